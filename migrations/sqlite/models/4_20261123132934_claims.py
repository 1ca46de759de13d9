from tortoise import BaseDBAsyncClient

RUN_IN_TRANSACTION = True


async def upgrade(db: BaseDBAsyncClient) -> str:
    return """
        CREATE TABLE IF NOT EXISTS "claim" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "year" SMALLINT NOT NULL,
    "subject" VARCHAR(16) NOT NULL /* PUBLIC: PUBLIC\nPROFESSIONAL: PROFESSIONAL */,
    "form" VARCHAR(32) NOT NULL,
    "details" JSON NOT NULL,
    "requested_hours" VARCHAR(40) NOT NULL,
    "recognised_hours" VARCHAR(40),
    "status" VARCHAR(16) NOT NULL /* DRAFT: DRAFT\nSUBMITTED: SUBMITTED\nAPPROVED: APPROVED\nREJECTED: REJECTED */,
    "filed_by_account_id" INT NOT NULL,
    "created_at" TIMESTAMP NOT NULL,
    "updated_at" TIMESTAMP NOT NULL,
    "submitted_at" TIMESTAMP,
    "professional_id" INT NOT NULL REFERENCES "professional" ("id") ON DELETE RESTRICT
) /* 学时申报: hours a professional claims for one year, in one subject and learning form. */;
CREATE INDEX IF NOT EXISTS "idx_claim_profess_ada8b1" ON "claim" ("professional_id", "year");
CREATE INDEX IF NOT EXISTS "idx_claim_status_b96d38" ON "claim" ("status");
        ;"""


async def downgrade(db: BaseDBAsyncClient) -> str:
    return """
        ;
        DROP TABLE IF EXISTS "claim";"""


MODELS_STATE = (
    "eJztXWtzm0jW/itd+rJJrZOy5Wu0U1MlyyRmRpb8SjjZ2bBFIWhJbFCj4RLHtTv//e3DRe"
    "LSYJCQhAgfLCHo0+Cnm+5zP/9tLQwV69b7riKreKEp9wYxHLPVQf9tEXmB6UFKixPUkpfL"
    "9XU4YcsT3SWR/bbSfN14YtmmrNj08lTWLUxPqdhSTG1pawYBItG5nFxdic7VdXtKP9s3p8"
    "Hx9YcpPb48n16/h65UQ6F9aWRWiMoh2p8Olmxjhu05hn/x67/paY2o+Ae2gp/Lb9JUw7oa"
    "QUBToQP3vGS/LN1zPLE/ug3hgSaSYujOgqwbL19s+r+vWmvEhrMzTLAp2xi6t00HQCCOrv"
    "uwBbh4T7pu4j1iiEbFU9nRAUqg9h5gfa4lSYOhII05QZJaCZgDihCG/inFIDBE9FEt97+f"
    "wSO8a59dXF/cnF9d3NAm7mOuzlz/5d16DYxH6MIzEFp/uddlW/ZauBivQdXxd6wnce3NZZ"
    "MjzsIFl6dPJBMFJ0BeEcdwpv9AHOcA1SyggxNrpNdzdHOoW4OuwA8H3X4HBUcieRwNP/OD"
    "Hg9n18cieXga8D3+EU6vDkUyFO65UQe5X/GpnzJsC/mHpGMys+f059lVxhh97o56993Rm7"
    "Ort9C3QV9P7/Ud+Ffa7iUYxvWwud/MUWO/DkH7Kg9U/nciCm77Jg+67Zt0eOFaFF/5WTZV"
    "rEr0wRIo31Gk2ChHqWJY01cQ29oCv4eDHKj7q0xVQM/A+K4rcDH8lqYxxZZF7yHrUqGFm0"
    "H5+ip+DJO2hIUctsbpN+Y6HoYtifZHw8TajPyOXxILegxcn814jHV3ZGD/Fcyq4Oz6fTLl"
    "5xVvwZpsFAuKALa9BbU77nXv6OQG5Cey8g1ecCkyBHDFaBuxM6u2yUuL9iJ+RibyzAUJ/h"
    "t49hWzpxiO+/AMPtC79AoDuG70KuM3JBgR2XZMWUdLbFoGOUHf8AtW0eQF8XcIZgj6OxxR"
    "vmCCzX+ghfyC5oauIovyAUBmGjq2ksxhqT0zGMivlNvzJjDMOFXyemn9O8ZYfo1fa7jMfX"
    "GZofHZhM8Mke+PgWmNuDF/xw0Eib9rFWQ5Q6QdFPpBGc/uePw4HAmU7fSPRHL/u/TQ7XWH"
    "0iM3euDppdgJkQhd/kt3sLoe+SmSj8MRx3/yfncH9E4dlDi1CdvavsjBWLUvUvkquBRlC9"
    "YvYAHeNUJUQwb2vJ0D5vN2KsxwqdrSwV6Xsgi2V3mm8FX6FL5KTOElRagQuCuCjdCtmBQQ"
    "WyBO8ywQp+kLxGkcXbyQtRR1BBvdFUH90N2JYKvLRNW1YjM4TFM/mMtffpeyZT0blPmfy9"
    "a80FIRJ6zhbreTWb1wLFtS5jKZYSkAMQn8rUGlCJmwsU/rIjYEE9rHrsZgdWa/6pvb4bAP"
    "PS8s60/dPcELMeyfHm45OijukNBGmicdB3z/ehwo/2471qZs/pp6j1x+tyfwn7miDL5H1U"
    "Het0ju+HH3ts9Rbj84qoaeWDExACbJNluPCQpJ9vsQpczSZcLBMS5L9B9Uh0R/8TeoDOgF"
    "/oEbC92Hx8hrAmpPuNJ2z77Ezr6JD9OqE/SFF+4R/ET/Gg7cqbc0LHtmundctxP+1YJnkh"
    "3bkIjxLMlqiJcOzgaoRUbdWaobjnqUshn1qox6gFFo2N2nT2iE0xWVIeOGutCI5KrUGJuk"
    "T/zx9xHWZRfe5EwIlJDQ0RFOgjT1cOQlogODKUdA/9MtUXr0uYkRdNij5+qKmOWp0reEa+"
    "z1UieQCtkI8tp0AkyHBAsG/cgxEYsZdSomtWWiW8So4i5aLJNKsJplGFRWTV41p3QJ8s0v"
    "f7OQS+caMRD9NghGhjmTiWa5I4beiM6NenMpOtdYvqafE/mMfl6cXonO5cXlDW2MkmffJg"
    "0te7inSETSo6KSsQBTzkJzp5NnnnG7/KC26Wf7uh0mfotk25aVOZpjE6PnOXafk05FREfT"
    "psQIVAwZ9p2QISv8TzBMPJHLcNGSLGfZWHz2bvEJcE+uW1lSeJiskbwbyZuxrjaSdyODVV"
    "by9jeqYi5PUaLG24mxvIW39WLgMigbhBkIAwtXDNkQxUaIVky+2LGDXoiF3dI3L+T6dWRz"
    "Nq9bXnRBjHjkjegKPeJ7Qit1eSgB4WGsu5rCzFgac2ANr30ZsxjE05Hf13GtFHnxDS2QEV"
    "zp/dHgqd/Pcis9nFbtSMAuplTbREfkTs40PVEwc1/RFUnB25In8IqtPOkgGcETgDOsjYxp"
    "WO9Cb+vo2DpBFHaNeA61cU0PK1hrh3di6m/i67OLaFx50yho9qmgqZqP4AFdUsp3EvTfli"
    "S+v42HgxT/kzVJXOTXFBv9D+matTOer/XL1CGKqxeeOJpua8R6D/f7taB2pgylGEAUkfYD"
    "oN88dP8ZH4Nef3gbF+Ohg9tGG9NoYxqtwb6F3EYO260cltu7Y0+OHY2sQLFyVM3uG7MWS1"
    "QIrmVLCtBK0v1mr1uWl0tM1HcGXbKRiRXDVIFXh0C5F8qdK5rLr8tERZ43awc9z40TNDVM"
    "eqAp8wjLfkLPyTbDkrybe7ye/eFry3Im/8GKvYr4Cn7TF6OYDfdWm/0sUsKHdvv8/Lp9en"
    "51c3lxfX15c7pa2JOXslb4W/4TP4jZIF+XJYpzVfvkpvY6HvVlpg5l2np9jzk+sTyMKhW2"
    "ZtLmnGp6Bw3aTLRZnGm62mNN0Sg+cig+4pt3XpjjdDUEu/w4sxBntAHUzEWiDkCXP6snmH"
    "K2jPmcrs1bU2ylzKumfLU3rZ08tVkehOmwrwga1DdH3cT037aKLitRqiZMmL18F4jX2aXO"
    "oqfL2qLFUFh4F06ytBXKqkn+XJKXU/p5fXl+Drkh5csOmhuOaSEZhUMckNuz5WoRwLT4gm"
    "XzJPBd93ctV+eg0wuEjhy0XGTkotz1XfNoM+IxHNB9i7b6GvjcNn7pezV7uvgnYB0vZF1P"
    "xTagqZMF4Lx9fbXCFn5kwTp+6Pb7DJ9z7+1g7xI5nM7X5FXmQluPT7d9vtdB3rebO/QjNx"
    "77OUXDv+JL0WE8z2F9KrJzB+2rPAiVkblUbMuaXsiyHyKphmUfblsby77Pd2JVcnd3hiIa"
    "Kxpd3jO51jB1fIw88vd+N0f4SmSMyB3X4+na/ubqJB5hFIzMRSJFE5iDZkSzNkY8Sb415B"
    "WTHEpG/Ahju+5G3Y9CwSXGI+og90sk46fbB14QILJrdSiS7iOk64aTwZFIRtxvXM9tGBxV"
    "ZCPWdDrLJy/SRqaTFOo6MaGl6fUb9650qOtrkWzS3NRt1AOM4mluYlLnQrM3G/c4bQkjfz"
    "ysR8UHOvl+N0UEmiICh3+Vti4ikMd9c5fK/ju8lE17gdmFBEJXT7LU/mq0XR7d/xmkl7mZ"
    "TLDofDjFN/TzEt9AkJEF6laKJYbUNJam4lxBS1v3lys0if6X/v/YBCkdXFvfBCnt0lfHMG"
    "3JMFWWiT115kaJ9repnlZ6BjeSaH1lkibQqArvlbctF5QCwjRNipImeqtCWTTWbOaWKEf5"
    "9+Oaz7klrPCLvEVonDLXdJV2lYS9SHBcHRFP1btsm/u4vilndyWu942ZRoS5adg2O/9ItM"
    "FJltCuQ1PJDrd9VXD/KIPhCbmkFqQAgVp96I0YxPJ0ftHUX8WWmyC2RVkkykVZ9NySnnsL"
    "fnNUtEaKY8Ibi57pwBnPSWF+R/fYorg0vX8RQdNvXo6ceVgRPiJlfshjBP2QbgT94BtB00"
    "X6KR16x2Tlxki3hIZIGokzzhl781+ifIK5meDJ7KCG8ueRyJu5TCO6oXyjY0WXSla5tOzx"
    "jtM2RrCqjXRFogQiAhyDEYkLeOl8SFyyfJ0L4dxUA5GM9d808MLXvmMrcM8HjX8H3Y/GYy"
    "Q67bMPbaQYiyUVDShb4J/Ai6VuvFAGg7ISPQ5NZAsn2ZFd3yxPoADcENoGYQEQImDimQ+Y"
    "e9U95wuOTdjAXg0Rwehs4oAX0FbZKNGCee3NbpH0hg+PnODWEV4dioR7eOwP/+BGHRQcie"
    "S2O+Y6CD7j79RhPO5UvLQZFRezwztWRLXhLcsI7lBMDFlpFL9eUV7BKEZWShxgheSjs1zF"
    "KzNqVyZKV4YAk2y6gVAqkyGKZlbNSO2jKaFRoIRG1YzNB5zlu6jRSihfwwqiz7eJrqkrHF"
    "rcGo4+dQcd5H6JxAsYk/jBWOCFJ4EfDoIgsvA5kVARQeAkuslyo8cRDztq/AwEnfGf462S"
    "52hfwx7f7UvuE/DjrndTxkmRDIV72Mzdr0127/Jjq3T8HacU/359gqyIqzw/enSoRhA16B"
    "+4wYSf+QEMjxtK6B+L5OFpwPf4Rzi9OgTO7Gkg/AFsGXyLRBh+GYzv+ccOCo5EMqCCaAcN"
    "fHH08DwZhdCh9yukXg3TVHg8K+PKs6QIFdq7VgT1Q7f8dck3QBTBN0RSP4Tbl5c5IKatUj"
    "F2r8X4YGBeFWza2lRTKDASxD8VkjzSOqjfANyc5sD/5jQV/ptEiCGoqqSt9t9oDxXGnHL+"
    "d09jYUS30eBoe2ao/G3TxN81/CxhAuCwsptmCYRJ4j1KgoHccrSC4BHG225WS/GRG9zxg0"
    "+U8/QORBKvrpgMrRUJ2DzuRt0vVLBYHTZ1GKujy20ccpvQ0PqNep7Q0MZJeAf+JZ4RsnA2"
    "wBBRlQ1fm4rweST4dAGemQpwB87BBV2wKzaTy3QPTs7oEuAdrTo6ssmcF9nIa3wkNUmOBe"
    "uYiikoFmjBE0CFvRLQylle8ygRW8cjbzmvCrnzHyVU5YQ91HMvqUjgw1HOK1/LZNl4uSVa"
    "I7enMe2oTljtyzezpxsWGMdfcdEMmp3k9dSUlBDFqx6bfvfI7QqqRUGQRsSn0vOgBF9K03"
    "h2oz7eAH9l2YYJdWUtBRNVJvbbE2RhfYo0ouiOitWkv+bubiUSkYydiZtKApI+B0SIzjRT"
    "wxaaYMVYePkl/OmGdMP45izpKYQ1cO9EnhiUnnIi6DSYc96zJFJNfA1fhKaaz482ZbCqWQ"
    "ZrNUCJMXjFAVFLFTSOOvi7DDfE4F0pWBQpSlUnUEvT66wXl2LYJugadF8PrQ8v+U1YfR7V"
    "Q+wVjigfet1xr3vHtVLmcwNyXpAT7zIb5gOFHzn2xPjxQKUoecZmbiMNstlat6m0CLV9vc"
    "4q8pu7tUFk4CItyuS9obzfO7D9IPA4sU4QMWyNzlXKS37DS9tt7PKjS5gx8MNAYHJhFFnd"
    "wQ1yVVgFbancxBDtOYYISuWSNAebFBP0mqSGRpRdOM0o2lJj2k6ybFUhojrCvAtv/szaL2"
    "ycj6TeS5VQnhgqw29awD9SluKgfS3wzXJM4P4pRHwSEpVEVn4J/eHgU9A8Xl6k8RSqt89I"
    "Hk+hgBkqOOQhsiZ/QnVcgpjjy8xwmrFPrSgq7MV80OCIiuSneJQt69kw1RG2sN2DiGOGkJ"
    "hsdJIlKC795pIJ7VdxzHmkxYjY5ot09HNm2DYmKOi4g0CrgVU0l605Vk+QRUdPx8iBTq25"
    "YdrvIO0EU1zcwR3yyIt+Ui63ueVtc43ouF/REWJbYDgLCY9holpwhLsOo2s4wJ+RA8Q/lh"
    "rtbYNRj1LWcNSPZJRzMYLB1lVwjENkDaNf5fGdujlF6VBBBhSWU2C2EZ5B3uQDChviN6lh"
    "2JQuLGwoXvPaW5owu+uejgzi3CbiyOyqkunyEWRFDeSu/3Nk3QtIT0mimNb0JFNKXRFJfy"
    "aocpRmujm9UERnOj29EZ2r9tW1e/xBdC7wmUyvqhcX9PzNucIqw1SIdouMzI0guQNB0nK9"
    "GItpwwKKRoTMIUJWLYlY3SxixsSWITpGYgVwASfPhjlGlsXJ14qLB848ruQIpUghRiGFUo"
    "KyfgryHeRmaqqYNlVMD744bF3F9OAcdWgUmGx0dJSyeOdYyxz8MuVtzwMO96p9c0o/r9tT"
    "ODOhZy4vLm86rkteuG8E0ZwQnCIT5EsqbkiJZltuO41etbACN7FYfPZe7pnH/BNP3h7OUG"
    "5rto6lNY/o/Z6Zsoq9BqGysY3NaL+sfpPFqHgWI2HUHYw/cqMRdycNn4QOip2Iv6eHcXO0"
    "8I+Nx9UjrTDj1nro9unYwadIPnLeL+97E/TzyCDpEkjSI08z7bkUyAl5xY8o1c8sfRC6jX"
    "zH0lKXWXFyWXJylK7CE7gykgfd0ommaHah1LsRovqhXP5ijFVHSSmZmm9JjnRQYcRbd8Oe"
    "MBzRd7qDVocieeiOBcid6X1DTZDePdcfjqAuiHckkt+eBvxwJPWG/T73iZJHf9Ntl+vdD/"
    "het0/v3RsO7rqQnZNxUiT3/Kd7ady7Hw4hn7l0S/v/0kGss5tsFu0872A7/R1sJ4usK3M/"
    "1WZuheuKosJzoUoqwYX8H1ZgZTrCK4L6AVz+JgKynOOlgyjK9TBIf2bWR8UzE29cAGNNXe"
    "FZ628Rwf6Qb3OoWsECcEyhT2HT1oyFOzPvcpy0qb9TIO2ylwMNICyymEepKvxuVGZF9xDL"
    "SPaeBfQxZHg/aGxEGOm4djQv1HG6+mFd/qz2MVtiRZP1YiIvg7RBPC/iCf+jYqgnyBvk8y"
    "LvWVk2ZCdjXexRyb9i9AqwlZ6+INAbiISHimcP3B3vKiPCv0Qy5ry23nf12EsPeTydgh3u"
    "Oy4sVaXR/8yilYfJ5p4tafTNYpR3MZKXS4PeEQy9G85oVg/NnN6mIlZ6D/Wb1+WXxGqCAd"
    "Ohr28wYFM4pm6jzggey0gmXzQXZoyuKSCT1OtFUkoXgpdB2TjAVqdET9XmbdkVeioZ/nj0"
    "PosZnttxT9MtPbd/kiSujFUyRxEkNVL2ZEukC9VQqdiykRfmxF4fAZk+BRo89fuHrjR1pO"
    "CWVmhKkVW80BSJYmg45rYlp/ze7t3OarSERAVdXdYWWyLVgz7qClBatPXWJYJSI7/riKLl"
    "BalsCdrY66U+KyGjSlCObBBDggWDfuTcPrbIBXFQfrOETBAp+8dWwWj+bswIQ1vv0+kBaG"
    "umIEdWQYJcvwsNGoK5B6nadw3eAEgG/4JVNHlxo7ss7cc7VZtpNvp0+054125fnbpZAhlp"
    "BEvpcovEDkFOxdxhx0aZNsrDyk/li6jpAWBNKoIdWr0y3KdeN75v50S1J6hbj6PhZ37Q4z"
    "ooOBJJjxf+6CD4FMkd762sHRQcVcPAnlEFPH3yZ5UBb7Rh+6pXXXcxN0+l6jxibljlsyVD"
    "XVMlWWoKjv3WdT2SeRrVB5RSLrhur/JOq7mG6t8yhYpwddwswWJVjzefdEEFSORXZUHPsm"
    "ZTXNys4m/on4oVTXWFgbdutdPwkuMlnvBuh+gWoxH8N8urxpqUN3Z1kzypKzxqL5n/N3oF"
    "vteZDeaaqtJp7uap8J/Qm8Unq2I1sFQ3eSv2mrciGKdNGOuAttJ89XD0qTvgx12BHw6kEf"
    "cJmGf3RwelXhIJ5cE/cuMxPe72Y1Splyi/3u/yD/TcZ577Qvn20K9NePWLPE5WF+lOVhcJ"
    "J6v4a5c7SDZGV+UB35BlLz8cJbSm5V+2okSN+wXD/SLYcKOIZqebDmj2B+jZbtEsI8f0Ea"
    "Ys8nMOtQruAYycRY+gZYEcRcFR/rxF1dC7WM5iIZuMyKvfxsNB2uKyIok7TGqUXfwf0jVr"
    "Zy9E65epQ9xcaGjiaDplTK33cNtfCw5mGf7fABH0nF7QLl677iTqBAkdxAvaUUlB1xQo7l"
    "tUFZyk3NUrdTjt+05yUTRO4+noH6f7cB6ncV+MlSYv0kZ+gqn0jTtxkkkIwCr+ikUpm2ou"
    "1XHIT75SdLGwisUTrynqZ765PM0jedNWqXuVey36IvnqrwTEmRlO1kRNbpMCuU0CRWSxfS"
    "FG1Qjfr7uQhzW+jft4PtfbyCQrbJXcpV0k8PZjGEVCjoDpFhEr1ChHBVfdmGnkPRLmGNnG"
    "N0zADQrrU6RZiODv2PQLq3aQQdlY10dqfN991768OkGWgWREl81vWPVsFEDkUGr6BKxSrr"
    "u8VcGarnQC0CdoyrruinVNN3W4I1+4rmuUqn5ecaX7atXeohQ2AEXNQSLhHh77wz8gB19w"
    "JJLe8OGRE7iB0EGrQ5Hcj8bjDoJPyNM35iBH37giSVMavUo69PXVq+iyZUsWpqtd8XGP09"
    "Zw5I9kpHPJ+00R5p9imEO8ZsFhjlI2yrsqj7Kia+DmSilop4UyXyYp66fM20FG16okJzg0"
    "ziWbGryUt8VQDZE01pskpIevhlhDgDP0oU098XLriSeWhzKQDfo5rpmbG9bQkvg6qIet3n"
    "mkEFe8eGcXm5oybzG0+P6Vkywlvrxu85oOPx3YphB9tVTf37EZWGbyygYhkiprYzeUCtqX"
    "lznEAtoqvfgUXEt4ABZB2G9eQ3TPcjlQnGU4UJwlHSjoHW1m3Gu6w2uIZP8Or4fRXpTm2p"
    "rgcve5mf31/93mRzI="
)
