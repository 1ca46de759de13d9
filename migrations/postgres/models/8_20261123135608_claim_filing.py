from tortoise import BaseDBAsyncClient

RUN_IN_TRANSACTION = True


async def upgrade(db: BaseDBAsyncClient) -> str:
    return """
        CREATE TABLE IF NOT EXISTS "stored_file" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "sha256" VARCHAR(64) NOT NULL,
    "size" INT NOT NULL,
    "media_type" VARCHAR(32) NOT NULL,
    "filename" VARCHAR(120) NOT NULL,
    "uploaded_by_account_id" INT NOT NULL,
    "created_at" TIMESTAMPTZ NOT NULL
);
CREATE INDEX IF NOT EXISTS "idx_stored_file_sha256_1a16cf" ON "stored_file" ("sha256");
CREATE INDEX IF NOT EXISTS "idx_stored_file_uploade_15930d" ON "stored_file" ("uploaded_by_account_id");
COMMENT ON TABLE "stored_file" IS 'An uploaded file: its bytes live under FILES_DIR by content hash, shared by every';
        CREATE TABLE IF NOT EXISTS "claim_attachment" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "claim_id" INT NOT NULL REFERENCES "claim" ("id") ON DELETE CASCADE,
    "file_id" INT NOT NULL REFERENCES "stored_file" ("id") ON DELETE RESTRICT,
    CONSTRAINT "uid_claim_attac_claim_i_3c7d87" UNIQUE ("claim_id", "file_id")
);
COMMENT ON TABLE "claim_attachment" IS 'A file attached to a claim as its evidence (证明材料).';
        ALTER TABLE "claim" ADD "external_ref" VARCHAR(64);
        ALTER TABLE "claim" ADD "filed_by_organisation_id" INT;
        ALTER TABLE "claim" ADD CONSTRAINT "fk_claim_organisa_53f31d8f" FOREIGN KEY ("filed_by_organisation_id") REFERENCES "organisation" ("id") ON DELETE RESTRICT;
        CREATE UNIQUE INDEX IF NOT EXISTS "uid_claim_filed_b_e4804f" ON "claim" ("filed_by_organisation_id", "external_ref");"""


async def downgrade(db: BaseDBAsyncClient) -> str:
    return """
        DROP INDEX IF EXISTS "uid_claim_filed_b_e4804f";
        ALTER TABLE "claim" DROP CONSTRAINT IF EXISTS "fk_claim_organisa_53f31d8f";
        ALTER TABLE "claim" DROP COLUMN "external_ref";
        ALTER TABLE "claim" DROP COLUMN "filed_by_organisation_id";
        DROP TABLE IF EXISTS "claim_attachment";
        DROP TABLE IF EXISTS "stored_file";"""


MODELS_STATE = (
    "eJztXe1zokq6/1e6/HJm6jpTiYnGuFunyhgz4azRXHVm9uxhi0JoIzvYuLxMJnf3/O+3uw"
    "HlpUFQVGT6QxShn4b8uul+3p//1JaGCnXrY1eRVbjUlEcDGY5Z64D/1JC8hPggoUUd1OTV"
    "anOdnLDlmU5JZK+ttNg0nlm2KSs2vjyXdQviUyq0FFNb2ZqBCJHoNGetlui0bhpz/NloX/"
    "jHN7dzfNy8mt98JF2phoL70tBLLioHaf92oGQbL9BeQPIv/vFPfFpDKvwBLf/n6ps016Cu"
    "hhDQVNIBPS/Zbyt6TkD2A21IHmgmKYbuLNGm8erNxv/7urWGbHL2BSJoyjYk3dumQ0BAjq"
    "57sPm4uE+6aeI+YoBGhXPZ0QmUhNp9gM25miQNR1Np0p9KUi0Gs08RwNA7pRiIDBF+VIv+"
    "9y/kET40Lq9vrttXres2bkIfc33m5k/31htgXEIKz3Ba+5Nel23ZbUEx3oCqw+9Qj+PaW8"
    "hmHzlLCq6An0hGCoyBvCaO4Iz/gSjOPqppQPsnNkhv5ujuUNeG3akwGnYHHeAfieh5PPoi"
    "DHsCObs5FtHT56HQE57J6fWhiEbTx/64A+hXdOonDNtS/iHpEL3YC/zzspUyRl+6495jd/"
    "zusvWe9G3g19N9fYfelQa9RIZxM2z0mzlq7NfBb1/mgcr+ToTBbbSzoNtoJ8NLroXxlV9l"
    "U4WqhB8shvI9RoqNcpgqgjV+BaGtLeFHcpABdW+VKQvoKRjfd6f9CH4r05hDy8L3kHUp18"
    "LNoNy+ip/DpC1gISdb4/wbcx0PwhZH+8EwofaC/gbfYgt6BFyPzXiOdHdmYP/pzyr/7OZ9"
    "MuXXNW/BmmwYC4wAtN0FtTvpde/x5CbIz2TlG3nBpdAQkCtGw4icWbeNX1o2ltEzMpJfKE"
    "jkvyHPvmb2FMOhD8/gA91LWxjATaOtjN8IQYBk2zFlHaygaRmoDr7BN6iC2RsQ7gGZIeB/"
    "yBHmC2bQ/AtYym9gYegqsDAfQMhMQ4dWnDkstGcGA/kH5vbcCUxmnCq5vdT+GWEs/4he41"
    "zmsbjMwPjswmcGyI/HwNTG/Ylw3x9OJeG+lpPlDJB2QOAHZjy7k8nzaDzFbKd3JKLHv0lP"
    "3V53JD33x08CvhQ5IaJpV/jaHa6vh36K6GE07guf3N/dIb5TB8RO7cK2Nq4zMFaN60S+il"
    "wKswWbFzAH7xoiqiADe9XIAPNVIxFmcqnc0sFRl7IQtq0sU7iVPIVbsSm8wgjlAndNsBO6"
    "JZMCIgvERZYF4iJ5gbiIoguXspagjmCjuyaoHroHEWx1Gam6lm8GB2mqB3Pxy+9KtqxXAz"
    "P/C9la5FoqooQV3O0OMquXjmVLykJGL1DyQYwDf2dgKUJGbOyTuogMwQz3cagxWJ85rvrm"
    "bjQakJ6XlvVvnZ4QphHsPz/d9fGg0CHBjTRXOvb5/s04YP7ddqxd2fwN9RG5/G5vKnzp52"
    "XwXaoOcL9FdC9MuneDPub2/aNy6IkVExLAJNlm6zGJQpL9PoQp03SZ5OAclyX8D6ojpL95"
    "G1QK9FPhqT+Zdp+eQ68JUXuSKw169i1y9l10mNadgK/C9BGQn+AfoyGdeivDsl9MesdNu+"
    "k/auSZZMc2JGS8SrIa4KX9sz5qoVF3VuqOox6m5KNellH3MQoMO336mEY4WVEZMG6oSw1J"
    "VKXG2CQ94oe/jaEuU3jjM8FXQpKOznASJKmHQy8RHhiIOQL8n+6J0rPHTYxJhz18rqqIWa"
    "4qfU+4Jm4vVQIpl40gq03Hx3SE4NTAHxkmYj6jTsmktlR08xhV6KLFMqn4q1mKQWXdZKs5"
    "pYuAZ375xQKUjhoxAP42EASG+SIjzaIjBt6JTlttN0XnBso3+HMmX+LP64uW6DSvm23cGM"
    "TPvo8bWo5wTxGJqIdFJWNJTDlLjU4n1zxDu7xVG/izcdMIEr8Hsm3LygIsoAnB6wLS58RT"
    "EeDRtDExICqGFPtOwJAV/CcYJp7QZXLRkixnxS0+R7f4+LjH1600KTxIxiVvLnkz1lUueX"
    "MZrLSSt7dR5XN5ChNxbyfG8hbc1vOBy6DkCDMQJixcPmQDFDshWjL54sAOegEWdk/fvIDr"
    "15nN2axueeEFMeSRN8Yr9FjoTWuJy0MBCI8i3VUUZsbSmAFr8toXMYuJeDr2+jqvlSIrvo"
    "EFMoQrvj8Yfh4M0txKT6dVOxOw8ynVdtER0cmZpCfyZ+4WXZHkvy1ZAq/YypMOkAF5AuIM"
    "awNjHtS74Ns6OrTqAMOuIdehNqrpYQVrHfBOTP1NdH2miEaVN1xBc0wFTdl8BE/oklK8k6"
    "D3tsTx/W0yGib4n2xIoiK/ptjgv0DXrIPxfLW/zh2kUL3wzNF0W0PWR3K/X3NqZ4pQihGI"
    "QtK+D/S7p+7fo2PQG4zuomI86eCOa2O4NoZrDY4t5HI57LByWGbvjiM5dnBZAWOFkCPrPW"
    "O5wuPlPnBcZIi2SZccaGv8b4SaZwrgC7oM/GKBheGYlm/+fYOySQLvVjZQHNOEyCZXMJOO"
    "eXpFUzGwGCwZWbLCFhsO0D9TWIi6PZB+GZZeerruOk3jceH23aOKDz76YVgnS1nXE7Fdj1"
    "iFdtKrxk1rjS35kQbr5Kk7GMRV7ytnptMsLfhlYrCn+OXBsCZEDERIo/ypS/vR6+NQMF8c"
    "X0q47/cEjOa7m3rUNu5LC9ex4KJQtPdOaDM74JinYG4b9o5gRyg5ymkz290D4zxfmq/Nho"
    "h72uTwtOHO9cl74nmqEpKc63lCG57QpiRgF5XQJosq4aDCsqNq9sB4qbGEZP9aPVU4Jq0k"
    "3Wu23Q17tYJI/WDgRQmYUDFMlRi2SFaZNyqWUuOWjFTghn52wOvCqIO5YeIDTVmE7Ft1fE"
    "62GW7Xh7nH9lSJf9QsZ/YvqNjr9Cj+by2vQHynvfwsMvFto3F1ddO4uGq1m9c3N832xXrp"
    "il9KW8PuhE/CMMJGbJec8/MNx+QXjjoe58kulNkPdLtC9vyUUEFUbXw7aXezTnIHHG0m2i"
    "wzTrKPwIaCewlk8BKIbt5ZYY7SVRDs4pOyBDijHaBmLhJVALr4WT2DmLNlzOdk15cNxV6e"
    "L+U0Rh7NxUWe26xwu2TY1wQc9d1RNyH+t628y0qYiufUYi/fOZJbHFJn0YOmrc01RaYqlJ"
    "jaIni5nqa5UCINM3gE30D1SnSu4aUsOu2ZckmOWy0SaO2VW2jOW/6VVusCvqdaBWKMd5X7"
    "1Cb/F/AdmvjG5DmI265mk7hrFbIcgw9/w91N/tzAzw3852ngz5/ztuiEt6edqgdm7d3VRn"
    "HFecVLsJMVaSYxB30r6JplOdCU8oYRRMgqKFEdJMElhW0Xm3OIkJucz0mHzE3O3OR8ekn6"
    "7E3OPV3WljWW4EYv1FNFtnWT7HXzqIR007y6InXw5GbHc5KWQ77TgPZsraUn13fac6T2lI"
    "7UZKzjC4i4TuOWy5S6e4e+K1Nsm2s63ltmb1I07gP+sKFJ5oMJ5wzXbba4Vwd/+ImIuDM3"
    "l/XOVNbzXiM2T5whE9eGvMy8ce35891A6HWA+00LKj70JxOv0GLwV3TNysRDF56Oiyxkee"
    "QUv32ZB6E0sqAKbVnTc4U7B0jKEe5MbluZcGfPvoA351087xnUp/G+P42dyHfAb+VwwCdu"
    "fy+YA9oZ8Tj53pCXzEJUMOJnmPDyftx9mOZcYlyiDqBfIpp8vnsSplOS7nJ9KKLuM6lhTE"
    "76RyIa93/r92hD/0hEX/pj4UEg5/wj79zv0kNXGKwv+D9LsnX7UsZOTnUJ1FViWwvz+AqJ"
    "bTmYpShd9QzaxbvJ8IwkydBXV6fLg8eqNupZgsewUL/U7N3GPUpbwMiXbKU934GOv99Mje"
    "iODMvxvNTPmmnhZjJuJjv96lWgmWzrelIA6Dkza5VsCcmKedpSuk+GLVrMZgnJ08SGIk+a"
    "LWqB7K57q9DsP2jGrShsSbbdMLJbrLySHG69PbIYkOnlVTaCKrANILsGViBb1OcVftdUiF"
    "9DWhhp7TKLP2+aF8Rke3vLquFUWLdMk+3aok3uwl1sT2p2deddLmiDJJxXYXCDZFrn57c5"
    "opm5v8ACshcHsva+OTN4s/IewTc1xGv0upNe974f5/MKAHViYwr1QctUVeFckQ28sKVyNL"
    "uHK9m0kziSwNVUZkQNt8vid3ZJyji2ZzPMA9xewDb+bMI2SeZvEQ8ejCEkJSAtzDVkKg6w"
    "d3+ZSgDg/9L7H3kxgJNzIrwYwCHD/A3TxhKoyooASpy5YaLjMSaHSnhYNJ/HzWfJUJ+nIY"
    "Un9C/De+Vuyzn16EEabqLgVRJKVK1uw2buiXKYfz+v+ZzZRhF8kfdQkCsLTVdxV/tpx6uI"
    "eKLlck9LQk4j2rmgdUhxfWC8aGi6MA3bppjEJPZwg3qa0K6TppIdbLtVcH+QiXUKUFKLlN"
    "oD3+AbeCf6aQA7f9XUX8UaFq8BPqfi98my8LkVPvfeL6zh19l4xQNnvMaF+QPdY3tm0kTx"
    "Hd8/j6DpNa9cPP5tFi/Z22Qv2VvPSzZZpJ/joXdMVg26ZE14gIRLnFHO2J3/EuYTzN0ET2"
    "YHFZQ/z0TezOTPpRvKNzxWeKnUGL4u6eMdpeWee2Ub6ZiMdhrDQUiAYzAiUQEvmQ+JSpbb"
    "uZA+zVIepAPfNBIBrn2H68peROPfAY/jyQSITuPytgFIbTIsGmC2wDsBlyvdeMMMBmYlen"
    "0wky1GfrFD3yxLxnRyQ9LWjzQnUecmfPEAo1fpOU9w5JHoRzVE+KOzS0yXT1tmo0SNzGt3"
    "douoN3p67k/7w2kHrA9F1H96Hox+7487wD8S0V130u8A8hl9p04TkqXCFe45Nk7pGQPWRJ"
    "XhLYvIF6CYkBS0yJu2LEJWSMRVieSjy0w5tFJSaMUyaAUAk2y8gWAqkyGKplbMSuyDF9DK"
    "UUCrbMbmE87yQ6SKQ5ivYeXfzraJbqhLHMRZG40/dYcdQL9E5OYgkYThZCpMP0+F0dDPSx"
    "I8JyIsIkz7Et5k++PnsUB21OgZksdE+BJtFT+H+xr1hO5Aok8gTLruTRknRTSaPpLNnH7t"
    "snsXn65Dh98hQ5rNNkHWxGWeHz08VGOSiMY7oPlpvghDMjw0O413LKKnz0OhJzyT0+tDwp"
    "l9Hk5/J2wZ+RbRdPR1OHkUnjvAPxLREAuiHTD0xNHT82QYQgffL5d6NUhT4vEsjSvPCiOU"
    "a+9aE1QP3eLXJc8AkQffAEn1EG40mxkgxq0SMabXInwwYV4DqegltutxiuSR1EH1BqB9kQ"
    "H/9kUi/O1Y1hqiqpL22n/DPZQYc8z533+eTMd4G/WP9meGit82Tfhdg68SRAScvCWU48RH"
    "lAR9ueVsBcEzTOHU7U2FL/1azjfhuT+8F4afMOfpHojI7acD3G92tiZi87gfd79iwWJ9KK"
    "J7LFjc0VRN/lE53iPukJsMfXUdcnk+m6qNOsNYGndc407CxfuXuEbI3IXEAkRlNnztKsJn"
    "keCTBXhmFbEDOAf/HOk0srgHx2d0AfCO1x2d2WTOimzoNd4nM4m61NCersRd0keFsI6omP"
    "A/J5lYpLPIE2iIKfLlRWtsVCrgmpGByC0csR9UWSP+z2R1jDpEeLEKe4KUK+jhLCdUMcEh"
    "1dxxSxIecpbzytPFWTZc7YnWmPY0wR1VCatjebD2dMMiLgRbHFn9ZvWs/qx4D9pQbPVr9b"
    "oHtCtgzGkoS8jz1PUzJR6npvFKY2PeES7Usg2zDkhvEKkyst/XgQX1OdCQojsqVONerYe7"
    "lYhENHFmNOEGKcvkEwE800wNWmAGFWPpZuHwphvQDeObs8KnANSIEyxwhcXkxBx+p/6cc5"
    "+FUbUpcJE01TyuPZ+H7J328rM4yd42GldXN42Lq1a7eX1z02xfrFUE8UtpuoI74RNRF9SD"
    "Qu52V9r1AMXGYIubppYojp11iHwRzpr+u5JP9RWhqhKohWm/NotLPmxjdBzd7QkIgks+Tz"
    "6QRUETeYW3J3QLb5Yc5Cwgx95lNswnCtJy7Jnx4wlLUfILm7kNNUhna2lTaRlomyHdrNec"
    "Vu+UCRdpYSbvHeb9PhALGSB+OVYdIMPW8FzFvOQ3uLJpY8qPrsiMIT8MQAxTrMSzxd8gS0"
    "CWRXTKMo+0Onby2YWMUJIbUoKhfkNSQVPTIVyLFG2lMS1MaRa9AFEVYT5EzENq0VU2zmdS"
    "aLVMKM8MleFdPoU/EpZiv30l8E1z3+j/fRry3IiV8Fx7bwxGw09+82hdT+5PVW3Pmiz+VD"
    "4zlHPIA2Q8y0R5HKeY48vMA5uyT60pSuzrfdIQkpJk8XiWLevVMNUxtKDdI3HZDCEx3qie"
    "JiiuvOaSSdqvo72zSIshsc0T6fDni2HbEAG/4w6waMp4sJCtBVTrwMKjp0PgkE6thWHaH0"
    "hyDqa4eIA7ZJEXvdRltLnlbnNcdDyu6EgigMhw5hIeg0SV4Ah5hVjOARbPAcIfKw33tsOo"
    "hykrOOpnMsqZGEF/68o5xgEyzuiXeXznNPMqKSoHlyuWU2C6EZ5BzrMmBQ3xLhOY0w4fIu"
    "KG4gyG4g2vvacJs7vp6cwgzmwiDs2uMpkun4msqBG5638dWXfD9hNSTSY1radKqWsi6d8x"
    "qgwFrNoX14rozOcXbdFpNVo39PhWdK7hpYyvqtfX+Hz7SmEVq8pFu0feai5IHkCQtKgXYz"
    "5tmE/BRcgMImTZUq1VzSJmzGyZxBBJrDA3wsmzYY6QpXHyleLiCWceVXIEEskgI5dCKUZZ"
    "PQX5ATJYxcvQZw3gjlNyFno7C72KhN7syUdXNJInykwzJlu5OOrAKDDZ6PAopfHOkZYZ+G"
    "XM2175HG6r0SZF328ac3Jmhs80r5vtDnXJC/YNSMwrCU6REfAkFRpSQgrKk3ak5rwFFXIT"
    "i8VnH+WeWcw/0RT3wTzutmbrUNrwiO7vF1NWodsgUFyX24yOy+rzXE/5cz1Nx93h5KE/Hv"
    "fvpdHnaQdETkTf09O4OVrwx87j6pKWmHGrPXUHeOzIp4ge+u4v93sX9LPIIMkSSNwjTzPt"
    "heTLCVnFjzDVzyx9ILyNfIfSSpdZcXJpcnKYrsQTuDSSB97SkaZodq4ExSGi6qFc/GIMVU"
    "dJKCybbUkOdVBixGv3o950NMbvdAesD0X01J1MSYZR95tUTuk99gejMame4h6J6LfPQ2E0"
    "lnqjwaD/CZOHf+Ntt997HAq97gDfuzca3ndJDlPGSRE9Cp8epUnvcTQiWd+lO9z/1w5gnd"
    "1ls2hkeQcbye9gI16KXll4CUkzK1zXFCWeC2VSCS7lf7ECK5MRXhNUD+DiNxEiyzluOoi8"
    "XA+D9GdmfVT4YsKdy4RsqEs8a70twt8fsm0OZSvrQBxT8FPYuDVj4U7NTh0l5VWKciSndj"
    "PFEQjzLOZhqhK/G6VZ0V3EUlLipwF9DnnwTxobEUQ6qh3NCnWUrnpYFz+rPcxWUNFkPZ/I"
    "yyDliGdFPOZ/lA/1GDlHPivyrpVlR3Yy0sURlfxrRi8HW+nqC3y9gYgEUhfuqX8vUGVE8J"
    "eIJn23rftdPvbSRR7O58QO9x3mlqqS6H9m0crFZHfPliR6vhhlXYzk1crAdySG3h1nNKsH"
    "Pqf3qRuW3EP15nXxhcN4MGAy9NUNBuTldao26ozgsZRk8nlzYUboeJmduF4vlFI6F7wMSu"
    "4AW55CRmWbt0XXMSpl+OPZ+yymeG5HPU339Nz+SZK4MlbJDKWi1FDZkz2RzlVDpWTLRlaY"
    "Y3t9CGT8FGD4eTA4dT2uMwW3sHJciqzCpaZIGEPDMfctzOX19kg7q9ASEhZ0jeUKo01iAv"
    "aECyFH1nvr7ioL2Eajsm+Brk1PlQXriHXMzhKgpFj+vQtQJeYVqCKKlhsCtSdoE7eX6uyz"
    "jBpUGXKNjBCcGvgjI3OyR6aRk0ozBeQZSeBO9gp19Hg9RpDjhgtMDm/csJwZclYiQL16NN"
    "KQGBOBqn3XyBtASg28QRXM3mjsoKX9+KBqL5oNPt19mH5oNFoXNAclI0llIV3ukTbEz9iZ"
    "OajdKNICflrpvHgFSHJ4IU90cUCbaopz3nbXjv1c9I4Ede15PPoiDHv9DvCPRNQTpr93AP"
    "kU0b3grqwd4B9F15oTeQcHS3JnnfwhIq5rZSw1afkciqoZX3UlSpZq8VmUKEGF4p4MdUVV"
    "sIkJXo5bNfhM5mlYH1BIMeqqvcoHrRUcqK7MFCqCtZfTBIt1teds0gUWIIFX8we8ypqNca"
    "E569/hPxUqmkqFgfe0lm5wyXHTmri3A3iL0RD8xXJr/cbljUPdJEtiFJfaLRXxDV8h35u8"
    "GQtNVfE0p1lQvCd0Z3F9XQqJLNU8K8pRs6L447QLY+3TlpqvHo0/dYfCpDsVRkNp3P9EmG"
    "f6owMSL4kI8+AP/ckEH3cHEarES5hfH3SFJ3zui9D/ivn2wC//2pf+WHgQel5X8XO78PTX"
    "WVz9rpNd/a5jrn7R1zNzqHaErswTY0fWvvigqMDal315CxNxJyCGE5C/MYcRTU967tMcD9"
    "DLw6JZRKbzM0yc5WW+quXcKxiZs56JNoZkyvKPsmfPKod+xnKWS9lkxP/9NhkNkxaXNUnU"
    "bVfDbOV/ga5ZB3shan+dO4hm5AMzR9MxA2t9JLf9NedgFhGFQCAiPSeXVYxWUKyHXXFJB9"
    "Gyilii0DWFlJjOqzKOUx7qlTqdlv4gGVF46EIy+ufpxJ4ldMETd6XZm7STt2oiPXdqjzMJ"
    "Plj5X7EwJa8pVJ6wkPgrhRcLK19U+4aiemae5kUWyRu3Styr6LXwi+SpyWIQp+bZ2RDxDD"
    "s5Muz4Cst8+0KEigvf2wMZgpphHsSQzQE8NMlyWy8PaT/xvQIZxpOAw2Cy5cQKNMpQR1g3"
    "XjT0EUwXENjGN4iIuxTU50CzAILfoemV9+0AA7Ox1Jdq8tj90Gi26sAygAzwsvkNqq4tgx"
    "A5mBo/Aaug8CFvlbOyMJ4A+Al4ceFDsa7JJhE68rmrC4epquc9V7hPV+UtT0FDUdhsJKL+"
    "0/Ng9DvJBOkfiag3enruT/vDaQesD0X0OJ5MOoB8kmyRkz7JFDkpSeoerldJhr66ehVdtm"
    "zJgni1yz/uUdoKjvyZjHQmeZ+XAv8phjnAa+Yc5jAlV96VeZQVXSPusJgCd5or/2qcsnrK"
    "vAPkFS5LioxT41ywqcFNvJwP1QAJt97EIT19Tc4KApyiD+VV7Yutah9bHopA1u/nvGZuZl"
    "gDS+J2UE9bQ/ZMIS55CdkJ1WU/aBTiuCZ/c7Weqsyn7daZVDMFWTsr3ZBJJAKh6lA9+uzN"
    "hhbQSYC0g0fVBA/CoD+R7oUxCZDGUNuYAwVEvVoHFmZU3cBpopN/i+vxi76DiNz+SCVZEi"
    "ZhYah8ir/gM5oFTOMVmFAxTNUCrwtj8wCaW3H2dSHb5NhN/wFsA8z2Du3m2v9DlIldyI1m"
    "K490tKGonjte8VKRpf0fw+kx2SPba84lIQbbvoSqJueO0ghTldmEUpoYDbKL5PXWDdJUEO"
    "TLRhbnJ9wqxVE35vzk75o7+2wmd3CoBeT89j5uv/v57HcxXUSWvAeFparr2rasLDKmQy3b"
    "TDhJiPrvUDYnWIhWcU81hnQWul5Pk8/ecEvJCjbdKqGJTvP64hp/whv6KbdE5wbCG/qpik"
    "6r2bwVnfbFrEFbtvGZ9pVCPi9wm+al0uoQ6WiuvTgm9YRaYWmLPAcRqIj8ZKzIBDDMuAvW"
    "cW+9h+xF+oy/GenRhT5NZYSw3aMLk+WvlTPTNUVi6vDuoaJhhBM00SHC6JbkUn70ejjfZY"
    "iF7H2/J2Bw37XqUZfnYPR3isZ/B7AZ5BzydMhtw94J6xAdBzkOcg7m5pB7dheamrJg7dbe"
    "ldR9Wt602bZBJ2PLlYnlUiZ+h6bv6Z5VbRAgqaDWoNFsZtAa4FaJWgN6LRZRnQdhr3kF0b"
    "3MFJB2mRKQdhkPSPPsHHGEkxMIBEiOn0DgNHtVYakCTrqZ/fn/eDFoGQ=="
)
