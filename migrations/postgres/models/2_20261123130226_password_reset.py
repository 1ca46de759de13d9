from tortoise import BaseDBAsyncClient

RUN_IN_TRANSACTION = True


async def upgrade(db: BaseDBAsyncClient) -> str:
    return """
        CREATE TABLE IF NOT EXISTS "outbox_message" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "channel" VARCHAR(16) NOT NULL,
    "recipient" VARCHAR(128) NOT NULL,
    "subject" VARCHAR(128) NOT NULL,
    "body" TEXT NOT NULL,
    "created_at" TIMESTAMPTZ NOT NULL,
    "sent_at" TIMESTAMPTZ,
    "sender" VARCHAR(32)
);
CREATE INDEX IF NOT EXISTS "idx_outbox_mess_sent_at_c8c257" ON "outbox_message" ("sent_at");
COMMENT ON TABLE "outbox_message" IS 'A message for a person (one-time codes, notices), kept for the operator to read.';
        CREATE TABLE IF NOT EXISTS "password_reset_code" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "code_hash" VARCHAR(64) NOT NULL,
    "created_at" TIMESTAMPTZ NOT NULL,
    "expires_at" TIMESTAMPTZ NOT NULL,
    "used_at" TIMESTAMPTZ,
    "failed_attempts" SMALLINT NOT NULL,
    "account_id" INT NOT NULL REFERENCES "account" ("id") ON DELETE CASCADE
);
CREATE INDEX IF NOT EXISTS "idx_password_re_account_1d7a27" ON "password_reset_code" ("account_id", "used_at");
COMMENT ON TABLE "password_reset_code" IS 'A one-time code for a forgotten password: stored hashed, single use, short-lived.';"""


async def downgrade(db: BaseDBAsyncClient) -> str:
    return """
        DROP TABLE IF EXISTS "outbox_message";
        DROP TABLE IF EXISTS "password_reset_code";"""


MODELS_STATE = (
    "eJztXWtzokoa/itdftmZ2sxUYm7G3doqYpgJ5xhxlcycs8MWhdAqG2w8XCaT2j3/fbu5KJ"
    "cGQVGR4Yti02+DTzfNe3//21oYKtStj4wiq3ChKY8GMhyz1QX/bSF5AfFBSo8z0JKXy/V5"
    "0mDLE90lkf2+0nzdeWLZpqzY+PRU1i2Im1RoKaa2tDUDESLRuZ7c3IjOzW17ij/bnfPg+P"
    "Zuio+vL6e3H8lQqqHgsTQ0K0TlIO0PB0q2MYP2HJK/+O3fuFlDKvwBreDn8kWaalBXIwho"
    "KhnAbZfst6XbxiH7k9uR3NBEUgzdWaB15+Wbjf/7qreGbNI6gwiasg3J8LbpEBCQo+s+bA"
    "Eu3p2uu3i3GKJR4VR2dAIlofZuYN3WkqQBL0hjVpCkVgLmgCKEod+kGIhMEb5Vy/33M3IL"
    "H9oXV7dXncubqw7u4t7mquX2T+/Sa2A8QheegdD60z0v27LXw8V4DaoOv0M9iWtvLpssch"
    "YuuBy+IxkpMAHyijiGM/4DcZwDVLOADhrWSK/X6PZQtwaMwPEDpt8FwZGIhiP+CzfocaR1"
    "fSyip+cB1+OGpHl1KCJeeGRHXeB+xZd+yrQt5B+SDtHMnuOfFzcZc/SFGfUemdG7i5v3ZG"
    "wDP57e4zvwz7TdU2Qa19PmflNnjf44BP2rPFH5n4kouO1OHnTbnXR4ybkovvKrbKpQlfCN"
    "JVB+wEjRUY5SxbDGjyC0tQX8SA5yoO7vMlUBPQPjB0ZgY/gtTWMKLQtfQ9alQhs3hXLzLn"
    "4Ki7aEjZy8Gqcv1H08DFsS7U+GCbUZ+hW+JTb0GLg+mzGMDXdiYP8ZrKqgdf08mfLrireg"
    "LTaMBUYA2t6Gyox7zANe3AT5iay8kAdcikwBOWO0jVjLqm/y1KK9iLfISJ65IJF/Q+59xe"
    "wphuPePIUP9E5tYADXnTYyfjyCAMm2Y8o6WELTMtAZeIFvUAWTN8A9ALJCwF/JEeYLJtD8"
    "G1jIb2Bu6CqwMB9AyExDh1aSOSx1ZAoD+Q1ze94CJitOlbxRWv+OMZbf4ucaLvNQXGZofr"
    "bhM0Pkh2NgWiN2zD2wA0HiHloFWc4QaReEfmDGkxmPh/xIwGynfySix1+lJ6bH8NKQHT1x"
    "+FSsQUQCw31lBqvzkZ8i+sSPWO6z95sZ4Ct1QaJpG7a1fZWDsWpfpfJV5FSULVg/gAV41w"
    "hRDRnYy3YOmC/bqTCTU9WWDg66lUWwvcmzhG/Sl/BNYgkvMUKFwF0RbIVuxaSA2AZxnmeD"
    "OE/fIM7j6MKFrKWoI+jorgjqh+5eBFtdRqquFVvBYZr6wVz+9ruULevVwMz/XLbmhbaKOG"
    "EN33Z7WdULx7IlZS6jGZQCEJPA3xtYipARHfu0IWJTMMFj7GsOVi2HVd/c83yfjLywrD90"
    "t4ETYtg/P92zeFLcKcGdNE86Dvj+9Txg/t12rG3Z/DX1Abl8pidwX9iiDL5H1QXet4geuD"
    "Fz32cxtx8cVUNPrJiQACbJNl2PSRSS9OchSpmlyyQHp7gt4T+o8kh/819QGdAL3BM7Fpin"
    "YeQxIWpPcqbttr7FWt/Fp2k1CPjKCY+A/AT/4gfu0lsalj0z3Suu+wn/apF7kh3bkJDxKs"
    "lqiJcOWgPUIrPuLNUtZz1K2cx6VWY9wCg07e7dJzTC6YrKkHFDXWhIclVqlJekT/zp1xHU"
    "ZRfe5EoIlJBkoBNcBGnq4chDhCcGYo4A/9MdURr63MSIDNjDbXVFzPJU6TvCNfZGqRNIhW"
    "wEeW06AaY8goKBP3IsxGJGnYpJbZnoFjGquJsWzaQS7GYZBpVVl43mFAYB3/zyFwu4dK4R"
    "A+BvA0FgmDMZaZY7Y+Cd6HTUzrXo3EL5Fn9O5Av8eXV+IzrXV9cd3BkkW98nDS0HuKaIRN"
    "TDopKxIKacheYuJ8884w55p7bxZ/u2HSZ+D2TblpU5mEMTgtc5dO8TL0WAZ9PGxICoGDLs"
    "OyFDVvhPUEw8kdPkpCVZzrKx+Bzc4hPgnty3sqTwMFkjeTeSN2VfbSTvRgarrOTtv6iKuT"
    "xFiRpvJ8r2Fn6tFwOXQtkgTEGYsHDFkA1RbIVoxeSLPTvohVjYHX3zQq5fJ7Zm87rlRTfE"
    "iEfeCO/QI64ntFK3hxIQ5mPD1RRmytaYA2vy2Jexiol4OvLHOq2dIi++oQ0ygiu+Phg89/"
    "tZbqXH06qdCNjFlGrb6IjcxZmmJwpW7gZdkRQ8LXkCr+jKky6QAbkD4gxrA2Ma1rvgyzo6"
    "tM4Ahl1DnkNtXNNDC9ba45Wo+pv4/uwiGlfeNAqaQypoquYjeESXlPKdBP2nJYnvL2N+kO"
    "J/siaJi/yaYoP/AV2z9sbztf4+dZDi6oUnjqbbGrI+kuv9o6B2pgylGIEoIu0HQL97Yn6L"
    "z0Gvz9/HxXgywH2jjWm0MY3W4NBCbiOH7VcOy+3dcSDHjkZWwFg5qmb3jVmLJioE57IlBd"
    "JL0v1umy3LyyVE6gcDb9nAhIphqoRXJ4Fyb5g7VzSXX5eRCjxv1i54nRtnYGqY+EBT5hGW"
    "/Qy3yTbFkryfa2zO/vCtZTmT/0DFXkV8Bb/xg1HMhnuvzX4WKeGu3b68vG2fX950rq9ub6"
    "8756uNPXkqa4e/5z5zg5gNcrMsUZyrOiQ3ddD5qC8zdSzT1uZ3zOmJ5WFUsbA1k7bnVNMH"
    "aNCmok3jTNPVHmuKRvGRQ/ERf3nnhTlOV0Owy48zC3FGW0BN3STqAHT5q3oCMWdLWc/p2r"
    "w1xU7KvGrKVwfT2slTm+ZBmA77iqBBfXvUTYj/tlV0W4lSNWHC9O27QLzOPnUWD3Apm/YC"
    "0nMLhc6eZekt1Gi/PKklL4jHeWcygaJzdw47+PMadojd0VrIuo5XACTe6pamwlx2zJ3Hy2"
    "WtxP/S/4+N3bKxW1ZnS9oD+26YNhYlVdpbN3XlRokOZyY5r/QKbmyPP7e6rLE97vu58l7L"
    "BbOLhmkar+XGoFshx9o1m7kjylH+/bTWc16IIw/yDtZyZa7pKh5qN3t5HRGPrs1Q6Piu6R"
    "DqG4W+L3G9b8w0JMxNw7bpLsnRDmdZQrtOukp2uO9Gwf2TrOlQBS6pRbyCSfpe8E4MzHvd"
    "v2vqP8SWGzPewiwS5qIs3LbEbe9J8DkWrYHimOSJBa944ozXpDC/p2vsUG8CX7+IoOl3L0"
    "fOPK4IH5Ey7/KExt6lh8be+aGx6SL9FE+9Y9LcZVP5uDBJI3HGOWNv/UuYTzC3EzypA9RQ"
    "/jwReTPAJFPg1A3lBc8V3ippGVSz5ztOW8JUV/O9fbIzXRHDQUSAozAicQEvnQ+JS5abuR"
    "DW9T6MJLF5wasJ6Np3aAU5bojGvwseR+MxEJ32xV0bKMZiiUUDzBb4DXCx1I03zGBgVqLH"
    "golswSQ7su+L5fGEJBckff3sHPj8t5YJZz5g7lm3zRccmww3BzVEBLOT5A8351sJaKtslG"
    "iRde2tbhH1+KchK7ilBVaHImKfhn3+d1IaKzgS0T0zZruAfMafqTzMZvl5WFS4tClJmMfE"
    "Ppj6DKyIasNbXrZvb1ZPAPmRtfjHT0y/TzVkEEd1xU9hmFcwipGV4hpQIfnoIlc+64x01o"
    "ls1iHAJBu/QDCVSRFFMxNppY7RZNUqkFWrasbmI67yfaRtd4tCbV0VaE1dYW+jFj/6zAy6"
    "wP0S0fD5vs/1JG4wFjjhmVSj7IJkm4iwiCCwEn7JsqPhiCNv1HgLqWHJfYn3SrbhsXhS21"
    "Jy74AbM95FKY2717ks38X1iOVJD7Q+eniqRqTeqH9QtDZpj38eCL8Ttox8i0jgvw7Gj9yw"
    "C4IjEQ2wINoFA18cPT5PhiF08PUKqVfDNBWez8q48jR1iva5L/kGiCL4hkjqh3D7+joHxL"
    "hXei0oci7GBxPmVYGmrU01BQODx6alnsqQPNIGqN8EdPKU4uqkl+LqJEpxEVWVtNP7NzpC"
    "hTHHnP/D81gY4ddocFTFot8m/K7BVwkiAk7R+kZJ4gNKgoHccrKC4E+TXnnIDh64wWfMeX"
    "oHIoonXB6xv7A9gXULm3pHIiI2j4cR8xULFqvDJjVzdXS5jUNuUxSpfrNOMZYmHdcaJ+Hy"
    "/Us8I2ThAMEQUZUNX9uK8Hkk+HQBnhoduAfn4IIu2BVbyWW6BydXdAnwjlYDndhizots5D"
    "E+kTRlp4J1TMW0qtIn+Ul3S0ArZ8btk0RsHY+847oq5M5/klCVE/ZQz3dJRQIfTmZdHcrf"
    "sKcbFjH4bnA7DLqd5fU+lJQQxUYvRH944A5FkiKSwIOIn6DnFUj8A03j1Y1keEd4Bss2TJ"
    "I+3VIgUmVkvz8DFtSnQEOK7qhQTfog7u9SpIrf2Jm46RFIFseACOCVZmrQAhOoGAsvZ4K/"
    "3IBuGC/OEjcBqBGXReCx9hlF+/xBgzXn3QulZl/oJOmq+TxWk+2xmtkeVxOUmIMNTnVaKv"
    "N80gHNZbjWBc9Kwdx/Uao6gVqarmK9uRTDNkHXoJujyFVoy29CxfOI07FHOCJQ95hxj3lg"
    "WynruQE5L8iJZ5kO85FCahx7Yvx4wpKBPKMzt5EO2Wyt21VahPpuTicO/O5u+m6ZcJEWqQ"
    "+Neb8PxJ4BiBeFdQaQYWt4rWJe8gUubbezy48uyYohPwxAzAiUXOJ7uECuROJEAyg3cTEH"
    "joshGeFRmtNIill1TVJDw8A+HEEUbalR7QFZ9pcQUR1h3oeHup8stwjOIZIG5XwoTwyV4g"
    "sswB8pW3HQvxb4Zhnb2d+EiJ09kd51ZWvv84PPQfd4ztfG+6XefhB5vF8CZqjglIfImpwA"
    "1XFzoc4vNWtnxntqRVFhz9yjOvxXJOfCULasV8NUR9CCdo9E0VKExGSnsyxBcel3l0zSfx"
    "Wbm0dajIhtvkiHP2eGbUMEgoG7gGg1oArmsjWH6hmw8OzpEDhkUGtumPYHkkqBKi7u4Qp5"
    "5MVQhXY8htqIjocXHUm8BpnOQsJjmKgWHOG+Q8MaDvBn5ADhj6WGR9ti1qOUNZz1E5nlXI"
    "xg8OoqOMchsobRr/L8Tt08mXiqSFYPmqNbthGeQt7kuAkb4o9U5bBqW+K+DcVrXntHEyaz"
    "HunEIM5tIo6sriqZLodEVtSI3PVPR9a9IOuUxIBpXc8ypdQVkfRHgipHuaHO+ZUiOtPpeU"
    "d0bto3t+7xnehcwQsZn1WvrnB751KhlRYqRLtDluFGkNyDIGm5XozFtGEBRSNC5hAhq5YY"
    "q24WMWNiyyTiQ6IFJRFOng5zjCyLk68VF08487iSI5T2AxmFFEoJyvopyPeQbygU3VAw3D"
    "ZJ2bDQm1noZSycZEc+uqbRKXFmmrLYqsVRh2aBykZHZymLd471zMEvY972MuBwb9qdc/x5"
    "256Slgluub667nRdl7zw2IBEKJLgFBkBX1JxQ0o023L7afisBd0q6haNzz7INfOYf+IJyc"
    "NZt23N1qG05hG93zNTVqHXIVQKtbEZHZbVbzLzFM/MI4yYwfgTOxqxDxL/LHRBrCH+nB7H"
    "zdGCP7aeV4+0woxb64np47kjnyL6xHq/vO9t0M8jg6RLIEmPPM2051IgJ+QVP6JUP7P0gf"
    "Br5DuUlrpMi5PLkpOjdBVewJWRPPArHWmKZhdKJxshqh/K5W/GUHWUlDKg+bbkyAAVRrz1"
    "wPcEfoSf6S5YHYroiRkLJB+k903qXPQe2T4/IrUuvCMR/fI84PiR1OP7ffYzJo/+xq9dtv"
    "c44HpMH1+7xw8eGJJxktIookfu86M07j3yPMnRLd3j8b92Aa11m5dFO88z2E5/BtvJwuHK"
    "3E8fmVvhuqKo8FqokkpwIf+HFliZjvCKoH4Al/8SIbKc46WDKMr1UEh/ZtZHhTMTbl3UYU"
    "1d4VXrvyKC90O+l0PVkvATxxR8FzbuTdm4M3MJx0mbmjIFUgl7eb0IhEU28yhVhZ+Nyuzo"
    "HmIZCcyzgD6FrOVHjY0IIx3XjuaFOk5XP6zLX9U+ZkuoaLJeTOSlkDaI50U84X9UDPUEeY"
    "N8XuQ9K8uW7GRsiAMq+VeMXgG20tMXBHoDEXGkitcT+8C5yojwLxGNWa+v91099tJDHk6n"
    "xA73HRaWqtLof2bRysNke8+WNPpmM8q7GcnLpYGvSAy9W65o2gjNmt6lylP6CPVb1+WXeW"
    "qCAdOhr28wYFMMpW6zTgkey0iQXjQXZoyuKYqS1OtFUkoXgpdC2TjAVqfsTNXWbdlVZyoZ"
    "/njyPosZnttxT9MdPbd/kiSulF0yR2EfNVLKY0ekC9UFqdi2kRfmxLs+AjK+CzB47vePXT"
    "3pRMEtrXiSIqtwoSkSxtBwzF3LKPmjPbqD1WgLiQUo0YOJd67qkhrYXEcULS8GY0fQxt4o"
    "9XnQKUVwciQ74BEUDPyRc3fcIdXBUdmpEhIdpGyPO8Va+S8bSpTV+jWUHl+1fuflSJqHgO"
    "tWoJGOxJoBVO27Rp4Akuv8Dapg8uYGL1najw+qNtNs8Pn+g/Ch3b45d5PgUbLklTLkDnkL"
    "gpSBuaNqjTJNcMcVD8qXwNLjm5pI+z0adTK8gzbblnfzEToQ1K3hiP/CDXpsFwRHIupxwu"
    "9dQD7dIu3uzuoWaff22C2mZg/uiemFm9MXf1bl5kbZc6gSw3WX4vIUF84jxYU1Gjsy1DXV"
    "AaVmmDhsKc4TWadRu24pFV7r9ijvtVhpINVSJIqQwJsuUlihTjkScevGTEMfgTCHwDZeIC"
    "Lsvlvl0wIIsyamnx+b1AfVPVlg/Mh8aF/fnAHLADLQofyC5QSvuigmcjA1vgNaRu59Xqpg"
    "am4Tfsd30GTnpvAKe8604M584fTcUar6SX+lyyQv+G9tK5IEtFWXSD6x4zHHD5i+K5Wsfo"
    "mIfRr2+d9JKFVwhKUV/mnICuwAiyirQxE9jsbjLiCfJNxqzJJQq3FFfF8bn6p06E/TuyaP"
    "T5UuW7ZkQbzbFZ/3OG0NZ/5EZpriR5Wc6iaX/k8xzSFes+A0RymbjPpVnmVF19wqZyoWl6"
    "1CAYxJyhrqHMsPzK2Kj9mxcS7ZPdKLXC6Gaoik8elNQnr8pLY1BDjDBNGUhSi3LERieygD"
    "2WCc01q5uWENbYmbQT1uEuYThbjiOZgZaGrKvEXR4vtnzrKU+PK6zyYdfjqwTT2Raqm+v0"
    "MzsMzklQ1CJFXWxm4pFbSvr/OkELy+Ts8hSM7FGFj8UBVA2O9eQ3QvzvOE+eJe6Trp82Sg"
    "r4Fsqn/HL2N+kOaztyKJqzA0xQb/A7pmnTCLRQOXgBFRXASYvntifovD3evz93GNBBng/t"
    "jFo//8P9sM1Ek="
)
