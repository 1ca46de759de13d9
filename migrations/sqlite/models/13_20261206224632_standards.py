from tortoise import BaseDBAsyncClient

RUN_IN_TRANSACTION = True


async def upgrade(db: BaseDBAsyncClient) -> str:
    return """
        CREATE TABLE IF NOT EXISTS "public_subject" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "year" SMALLINT NOT NULL,
    "name" VARCHAR(128) NOT NULL,
    "hours" VARCHAR(40) NOT NULL,
    "required" INT NOT NULL,
    "introduction" VARCHAR(500),
    "enabled" INT NOT NULL,
    "organisation_id" INT NOT NULL,
    "created_at" TIMESTAMP NOT NULL,
    "updated_at" TIMESTAMP NOT NULL,
    "region_id" VARCHAR(6) NOT NULL REFERENCES "region" ("code") ON DELETE RESTRICT,
    CONSTRAINT "uid_public_subj_region__95c575" UNIQUE ("region_id", "year", "name")
) /* 公需科目: a public-subject class an HRSS bureau publishes for its region and a year */;
CREATE INDEX IF NOT EXISTS "idx_public_subj_year_3214bc" ON "public_subject" ("year", "region_id");
        CREATE TABLE IF NOT EXISTS "standard_version" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "from_year" SMALLINT NOT NULL,
    "follows_parent" INT NOT NULL,
    "public_min" VARCHAR(40),
    "professional_min" VARCHAR(40),
    "total_min" VARCHAR(40),
    "reason" VARCHAR(200) NOT NULL,
    "recomputed_years" SMALLINT NOT NULL,
    "set_by_account_id" INT,
    "set_by_organisation_id" INT,
    "created_at" TIMESTAMP NOT NULL,
    "replaced_at" TIMESTAMP,
    "region_id" VARCHAR(6) NOT NULL REFERENCES "region" ("code") ON DELETE RESTRICT
) /* 各年度继续教育合格标准: one version of a region's standard, in force from `from_year` */;
CREATE INDEX IF NOT EXISTS "idx_standard_ve_region__c23147" ON "standard_version" ("region_id", "from_year");
CREATE INDEX IF NOT EXISTS "idx_standard_ve_replace_f754c2" ON "standard_version" ("replaced_at");
        INSERT INTO "standard_version" ("region_id", "from_year", "follows_parent", "public_min",
    "professional_min", "total_min", "reason", "recomputed_years", "created_at")
    SELECT r."code", y."year", 0, y."public_min", y."professional_min", y."total_min",
    '由原各年度合格标准迁移', 0, CURRENT_TIMESTAMP
    FROM "year_standard" y CROSS JOIN "region" r WHERE r."parent_id" IS NULL;
        INSERT INTO "standard_version" ("region_id", "from_year", "follows_parent", "public_min",
    "professional_min", "total_min", "reason", "recomputed_years", "created_at")
    SELECT r."code", y."year" + 1, 0, 30, 60, 90, '由原各年度合格标准迁移（该年无标准，按默认）', 0, CURRENT_TIMESTAMP
    FROM "year_standard" y CROSS JOIN "region" r WHERE r."parent_id" IS NULL
    AND NOT EXISTS (SELECT 1 FROM "year_standard" n WHERE n."year" = y."year" + 1);
        DROP TABLE IF EXISTS "year_standard";"""


async def downgrade(db: BaseDBAsyncClient) -> str:
    return """
        DROP TABLE IF EXISTS "standard_version";
        DROP TABLE IF EXISTS "public_subject";"""


MODELS_STATE = (
    "eJztfWtz2kq29l/p8pc4NeyUjQ222VNThTFJmLHBB0j27LM1pQipMdoREqOLHb9n5r+/vV"
    "oXdGkJCQQWSn8wFlKvlni61b3u6/9OloaCNetDV5YUvFTlz4ZuOOZJB/3fiS4tMTlIadFA"
    "J9Jqtb4OJ2xpplESyWsrLtaNZ5ZtSrJNLs8lzcLklIIt2VRXtmroQCQ4rVm7LTjtq+acfD"
    "avz/zjq5s5OW5dzK8+QFeKIZO+VP2pEJWjq/92sGgbT9heYPiJf/yLnFZ1Bf/Alv919V2c"
    "q1hTIgioCnRAz4v264qeG+j2R9oQHmgmyobmLPV149WrTX570FrVbTj7hHVsSjaG7m3TAR"
    "B0R9M82Hxc3CddN3EfMUSj4LnkaAAlULsPsD53IorD0VSc9KeieJKA2acIYeidkg0dhog8"
    "qkV//RM8wi/N88ury+uL9uU1aUIfMzhz9V/31mtgXEIKz3B68l96XbIltwXFeA2qhp+xls"
    "S1t5DMvu4sKbgD8kSSLuMEyAFxDGfyA+I4+6hmAe2fWCO9nqPbQ30y7E4Ho2H3voP8I0F/"
    "HI++Doa9AZxdHwv6w5fhoDd4hNPBoaCPpp/74w6i/+JTP2XYltIPUcP6k70gX8/bGWP0tT"
    "vufe6OT8/b76Fvg7ye7us79K406SUYxvWw0f/MUWO/Dn77Kg9U/nciCm7zOg+6zet0eOFa"
    "FF/pRTIVrIjkwRIo3xGk2ChHqWJYk1cQ2+oSf4CDHKh7q0xVQM/A+K477cfwW5nGHFsWuY"
    "ekiYUWbgbl5lX8GCZtCQs5bI3z78x1PAxbEu2PhonVJ/0f+DWxoMfA9diMx1h3Rwb2f/1Z"
    "5Z9dv0+m9BLwFqzJRrAgCGDbXVC7k173jkxuQH4myd/hBRcjQwBXjKYROxO0TV5aNpfxM5"
    "IuPVGQ4NfAswfMnmw49OEZfKB7aQMDuG60kfEb6Rjpku2YkoZW2LQMvYG+41esoNkrGtwh"
    "mCHoL3BE+IIZNn9FS+kVLQxNQRbhA4DMNDRsJZnDUntmMJB/EG7PncAw4xTR7eXkXzHG8o"
    "/4Nc5lHorLDI3PNnxmiPxwDMzJuD8Z3PWHU3Fwd1KQ5QyRdlDoC2E8u5PJ42g8JWyndyTo"
    "n/8hPnR73ZH42B8/DMil2AlBn3YHv3WHwfXIV0H/OBr3B5/c790huVMHJU5tw7Y2L3MwVs"
    "3LVL4KLkXZgvULWIB3jRDVkIG9aOaA+aKZCjNcqrZ0cNClLIJtO88UbqdP4XZiCq8IQoXA"
    "DQi2QrdiUkBsgTjLs0CcpS8QZ3F08VJSU9QRbHQDgvqhuxfBVpN0RVOLzeAwTf1gLn/5XU"
    "mW9WIQ5n8hWYtCS0WcsIa73V5m9dKxbFFeSPoTFn0Qk8DfGkSKkHQ29mldxIZgRvrY1xgE"
    "Zw6rvrkdje6h56Vl/VujJwbTGPZfHm77ZFDokJBGqisd+3z/ehwI/2471rZs/pr6gFx+tz"
    "cdfO0XZfBdqg5y/wv63WDSvb3vE27fP6qGnlg2MQAmSjZbjwkKSfb7EKXM0mXCwTEuS+QH"
    "KiNde/U2qAzop4OH/mTafXiMvCag9oQrTXr2NXb2ND5MQSfot8H0M4Kv6H9HQzr1VoZlP5"
    "n0jut20/89gWeSHNsQdeNFlJQQL+2f9VGLjLqzUrYc9SglH/WqjLqPUWjY6dMnNMLpisqQ"
    "cUNZqrpIVWqMTdIj/viPMdYkCm9yJvhKSOjoCCdBmno48hKRgcGEIyC/dEeUHj1uYgwd9s"
    "i5uiJmuar0HeGauL3UCaRCNoK8Nh0f05GOpwb5yDERixl1Kia1ZaJbxKhCFy2WScVfzTIM"
    "KkGTjeaUro4888s7C1E6asRA5L+hY2SYT5KuWnTE0KngXCvXLcG5wtIV+ZxJ5+Tz8qwtOK"
    "3L1jVpjJJn3/+KJMZpclfbSphg3vRpBP1FtRfkVvYCI4KqQzYeZMyRaltIJmKXsQSz0FKl"
    "U9N9LniGG6VJPptXzXC379ONQCFrV/j3MOxAkctw0RItZ8XNQgc3C/m4Jxe3LFE9TMbFcy"
    "6eMxZfLp5zQa2y4rm3URXzi4oScZcoxvIW3taLgcug5AgzEAberBiyIYqtEK2YELJnL74Q"
    "C7ujA1/IP+zI5mxe373oghhx2xuTFXo86E1PUpeHEhAexbqrKcyMpTEH1vDalzGLQVIde3"
    "0d10qRF9/QAhnBldwfDb/c32f5nr6d6u1IwC6medtGkUQnZ5oyyZ+5GxRKov+25InOYqtF"
    "OkhC8ATgMWuDbiWkUPE0Lg1EYFd11+s2rvRhRXTt8U5M/U18faaIxpU3XEFzSAVN1RwJ39"
    "BvpXxPQu9tSeL798lomOKksiaJi/yqbKP/IE219sbznfx17ugyVRHPHFWzVd36APf7W0Ht"
    "TBlKMYAoIu37QJ8+dP8ZH4Pe/eg2LsZDB7dcG8O1MVxrcGghl8th+5XDcruAHMj7g8sKBC"
    "tddyStZyxXZLzcB06KDPE22ZIDbU1+RqR5rii/sF/BOwstDMe0fEvwK5ZMiM5b2Uh2TBPr"
    "NvIMtwqWVYUAS8CSdEuS2WLDHvpnCgtx3wjol2Hppacbrmc1GRdu3z2o+OCjH4V1spQ0LR"
    "XbYMRqtJNeNK/aAbbwJQvWyUP3/j6pel85M42mciEvE4M9JS8PgTUlrCBGGudPXdoPXh/7"
    "gvns8FLCXb83IGieXjXitnFfWrhMRCBFQsK3QpvZAcc8A3PbsLcEO0bJUc6a2e4emOT5sn"
    "xt1kTc06aAp41sYkUFjcD20mVWF9yUmgG5iZ/SwE7XXLKp6xftmMeFKd2DKeHAxCNN0nE/"
    "TpVZWqQJz+7EsztVBOyysjvlUZntVSnkkC3n3ng6YSmD/GuNTCUQtBI1r9nmmITVCuvKLw"
    "ZZlJCJZcNUwIALKZZeqfqFGnElXUFuHHQHvSyMBpobJjlQ5UXEjtsg5yQ7qQDa0z025w39"
    "48RyZn9i2Q5yBfnf1aKKn1v16WfR/dw0mxcXV82zi/Z16/LqqnV9FixdyUtZa9jt4NNgGG"
    "OXN2uIivMNh+QXDjoex8kuVNnfeTMjfnzK1jCqNrndDgJmegccbSbaLHNlukS5puDeMDm8"
    "YeKbd16Y43Q1BLv8DEUhzmgLqHfQjVQb6PJn9QwTzpYxn9NdvNYUO3l4VUwJdWhXLmlus8"
    "JK02EPCDjq26NuYvKzraLLSpSqfirXcpbvAple9qmzuJUsfGfIzhKz81JHrjeydBcz0lJU"
    "wk036y9Qr4+ADpIYUP8XRFEHr5GVJukN+onIPTVVdpMZGKbf8sUwvyPLWS4l8xXyC7Tw1S"
    "V8SpCqQMEtwbmct+SkPmP/9xR0wWmfXcwg44Jy8b6BTPys4hfXfx6SJKwk6ihzCs4+2IZD"
    "BZNzNiAHd/s8nkzQzCESpJOaH2FjEoTv5Cr8X3vScEeZQznK+Ngnl8zNYfk+bZX5sZPucP"
    "iley8+3neHHRT6IujwKXYfH+8HPVqdpYPiZwTdI5h8eXjojn8POvC+x1/ZPGty+amtua9T"
    "eb5OtmqzwgfTWYiAoMovwZbsw14SppI72pgVaJxhIV+T1I9Ha56d5ctlfZaVzfos4XNzhB"
    "lXHvvDu8Hw00nBFd4jI8u3e0BW7UeorAVJV/wjQR/3/97vTfu0KoJ7JOigf74bd38jS39w"
    "uM2aXn56FsJQWcWUfmuK+r0jrVyvSCvjDWkxXhBntlRtcASZvYpbGQoyeqjTvlqmnxSPcv"
    "vpbHA0umKrUY9SljDqFVvkjmSQGX5ZyVGeq0Xz84Qo+GrJc0q9RU4pV9llFswrFaXiyPK4"
    "27eOu40vxCVgPLEJhfJRzZUA6VgRDm1BeTJLeS8+n8G5M0xFl8pKucD2sGmrczCc4BOGNS"
    "l8uZFlTJJjDXMkUgJbi+Bc4nNJcK5n8jkct9vUSuOWsm/N2/6VdvsMv6dOqhDD7MZE0VDm"
    "X9EzNsmN4Tl8aw2UDGDlU9r/DbePlObmHh4XfZy2guL1RMsuJvq2U3XPnmLuauMatmkxlC"
    "JIM4k56BtBVy3LIft10exrMTJuC8tnC6OwbaMZixBydWhVNGV51KE8gpFHMB6B6Fb1CMae"
    "JqnLE5bgRi80MkW2oEkOYS0sIV21Logc1W5KrY6XW0qKpJxCtGcrkJ7clFNe/inPh51GIG"
    "rkAvXjIy2XLIntQHdlim2gFaEmzbjaDv+wsQnzwcRzRsYrtrjXQH/43gT0OLX3wrGSXBjk"
    "wmBlhEHvPWMzzTn8bdbkVWaeTx6/3N4Peh3k/hf0x/HoY38yGYyG3XtyNvQtvqi9jR8NrH"
    "RFBBm/fZUHoTLCooJtSdUKpZEOkVQjjTTctjZppL14FrK/bpPRjEH9NlnN3sblwk9s1i6Q"
    "2AzSTDwRJmZrxJPkO0N+PE4u2yB+hG6td+Pux2nBJcYl6iD6T9AnX24fBlPqvRoc5ndz/d"
    "ofDz4O4Jx/5J37XfzYHdwHF/yvFdm6fUFhK9/MFOo6sa2l+cFE5LoCzFKcrn6Ox+WHZXMf"
    "2HTo66v05ckK6zbqDKfYRLLCdXxA8XGP03Lv5+oMNNv7OaHU3JJh4Ul3czEtEPte0H62pu"
    "CAMgDlhklumHzz7aBEw+TGBboE0As68lZsCSniJ522N+UAHxbeErCeeslPHr3u6ol1aJfa"
    "pcqWbUvyArK07Fhqi5rTu0FvNVpY9lp1Kw5bmqNCFNkNLguiFG2dI2sRvLnIJcMKsg0kud"
    "4CSLKoAzd+VhVM3jrwBV/7f5PPq9YZ+B/c3LxnJFourVum/0HgnkFDWbi/+Fu6CLjzrlj1"
    "kBAJZwMZjDYPld0zYx1aQHZiOAJXsiODNy+rEX5TI7xGrzvpde/6PLBwf4GFb+Q1GdTsHB"
    "ua5qyYfEm8TTZjErQWzXXzjZzJPbgiYnBl1BU3yMxCK2x6vothMYO2cEsjdcDt8VkFvgIM"
    "uaplq7IFSQ4J+zHHLwk+ZR83EfSFoysmcD0Lw7GAzphDFVELI9N4gWqjlo0levZPw03WKK"
    "GlqmlwmxU2CFrAMBEK1X2SdEbI97VjSF3rWlGcP+IulG+/lZfhQskTXuw/4cUW9el2L0u3"
    "ndvMyb5A3WdVOs3bcgpM3jDJ4WbtviqHlm6VSCkdmm6MSCsb+pOCmZCT3obzvAvSRrN4zt"
    "DVTG5TibbLE75zft0CHdQMC87NGb4mny183SE8mQWbNGFGMAaeTVUwjZcJbyXMwJxd+2Ny"
    "enGrhJt2G44oUJzHe0ser2gwdI2joPdQfMcwbdEwFVYihfTEmxEivs4nHDp1+JWs8oJZBb"
    "dDVAesuO2vFMdccJt7dNbKty+PRycXVvfP+QMPVNATKUzDnbx4YsYKJWZc8/Q7ohwVlo5r"
    "Puf2ggm/yDv4wcgLVVNIVwxWqIATTB0RT/X93NFhqKAb4rGgtU/dyL3xpOrThWnYNsUkoR"
    "6JNmhkaUg0aCra4bYbtSQfJfDvQ5TUtZB9x1A0zK+E3PmrqvxNOIF6X+ScQt4nyyLnVuTc"
    "e8gzYi8wkh2TVgp7IQNnvCQ1J3u6x+ZyY6m6EnL/IlK917x2OeRu8mjAb9JV4DeeDjxdfz"
    "InQ+8A552fjwuTcPE+zhm7818kfIK5neDJ7KCG8ueRyJu5Qow0Q/5OxooslSojWiB7vOO0"
    "PJisaiNdEStNRIBjMCJxAS+dD4lLlpu5kP4zNl+jXjlQYBJp6jO2/HRmYF7puFVHBad5ft"
    "NE68qk3gm8XGnGK2EwCCvhFVBNsiP7vlmeMqh++cxwdjTX2A5n6VV6zhMceXI0Xhi1zFRe"
    "MK/d2S3ovdHDY3/aH047KDgU9P7D4/3o9/64g/wjQb/tTvodBJ/xdyoPs1l+lhAFr0jPiX"
    "HK9sAKiGrDW5bhfyWbWFHtwqm2Y2SlJAGpkHx0nivvc0ba52QF1DVgok02EEJlMkTRTFtd"
    "ah8HtNwFZ47WdFc1y/4bzvJ9pDfXCV9jpgC8eRNdU1c4r9DJaPwJCovTf4LupsUUB8PJdD"
    "D94hUVT5wTdCIiTPsi2WT748fxAHbU+BlIrTn4Gm+VPEf6GvUG3XuRPsFg4lUyZ5wU9NH0"
    "M2zm9N82u3f5GSQ1/IwZ0my+CRIQV3l+9MhQjSE3qndAU6Z+HQxheGjCVO9Y0B++DAe9wS"
    "OcDg6BM/synP4ObBn8F/Tp6Lfh5PPgsYP8I0EfEkG0g4aeOPr2PBmB0CH3K6ReDdNUeDwr"
    "4ze1IggV2rsCgvqhW/665BkgiuAbIqkfws1WKwfEpFV6iXq4FuODgXkNlU8T2RGGGZJHWg"
    "f1G4DrPAXQr9Prn18nEqmCqkrcaf+N9lBhzAnnf/dlMh2TbdQ/2p0ZKn/bdKslits5byaJ"
    "uQ9nfkHwCLMKd3vTwdf+ScE34bE/vBsMPxHO0z0QdLefDnL/sxMIg83jbtz9jQgWwaGg3x"
    "HB4pZmD/aPqvEecYfcdOjr65DLU6zWbdQZxtKk4xp3Ev65w4QPJ8LvHiic4YhdmnPwz5GQ"
    "MI97cHJGlwDvOOjoyCZzXmQjr/EuCQiVparv6ErchT5qhHVMxUR+HOTMwRY8gaozRb6iaI"
    "2NWuVVSmosSF9OCWktb0lfd15XdcXLVQlA4lYOXCHg3HS3blXN3dDKm0HuSLbhuOeNFxSz"
    "I0iFomuOckKVE4VUT9YuBpSkP7EiBbbFqUc7rOu8eruwraOFCxIzljLLHt3O6j3BPKuCZe"
    "PVjnCNaU8T0lFdsbK99PQiZHDfEa2Cqe6PEq+APeXAFZ5oujXHpiUaDkNlVBAu2lX9oVJ3"
    "ZL7qiNShIom8PXJDPNF6J80XVeRt45QgTyK4C+UayhDML2n6tjNyZt5qQeI2tx9I2CvpkZ"
    "CgdxbNCUx2P8j3q+pzA536qxaavdJKB64m8j3E/xjzuP3zQLcV9PWpaFOImjY0xbvWgO9u"
    "KLWOX95/QN9meG6Y+BtNf/xNmpM7fkMLICBtBN19QgW5Q44MXXttIIvmLkaKOp8j1aLHXu"
    "FoeDCszXPHP8VDxMJxUOT5xIiS17/Ig6B4EFSpnkEfR+AV9HEk6I/dMY2Acv9Xw5fBfUGT"
    "QwDV39lTe00Rt2Srso3+gzSysOzNKeWvc0eXaTTlzFE1W9WtD3DbvxV0UynDOwgQihixfZ"
    "hPH7r/jI9A7350G7dOQwe3cb9QWCKLjEZAwAej9ME4Qqctz+uq4AiwvLZyln5neW5VY2Uj"
    "XIa4jfdGgo57cDAC2+LsU05wE3Qc3CS4RDzRVFkiGHm5i4phnEbOk0AyXZEki+W4keWH5F"
    "NU2CN9Sx+k1lmeMADSKnUdpte4u2y9HSfzuMsqWFaVrUY9SslTCVXHOzY5yjxLMU+o+/av"
    "UokJdd8+LVZPMyzIS7BJm+01a+RXZ4coNuqzve4R7cqrQBdNZ+Umr4I0VqbxQhNunsJcs2"
    "zDbCDoDesKYULfNxAobZGqy5pDlvVkqqz93UrQBX3izGjJFNBA+0SITF5TxRaaYdlYunVU"
    "vBmMNMP47qzIKYRV0Cwjd8lKL63id+pPY/dZEiVV/ghfhKaq924W0zjfqk8/i9L5ptm8uL"
    "hqnl20r1uXV1et67NgLU1eylpUbwefBsNY5N5m1XQwQIkx2JD7SU1ddI96RysjA5T/rhQU"
    "aKNUdQK1NDl2vbgUwzZBx9HdzISFl3zOgOVhwGKv8OZi0NHNkoOcB+TEu8yG+Y1YXMeeGT"
    "8esGVJKa4akQbZbC1tKi5DbTcytF3kNUdzwgBKwEVahMk7JbzfL6BHQJDsw2og3bBVMlcJ"
    "L/kdr2zamPKjK5gx8MVAoLRJsrH7uEEeLwcLlOkST996YM8F8F3R03KbpKgz1yRV9lnYUn"
    "e8j3wlsrpSmWGrWer5EFEdYd5HIkXLmf2J5UI4h0g4yvlQnhkKI2XdFP9IWYr99rXAN0vr"
    "3f/nNKLwTjhvBErv+9Hwk9887tHBrU7c6uQzQwWHPETG7U1VtjeRgWJW8s3YpwKK+pnry8"
    "lLmVB0vI2A+ChZ1othKmNsYbsHyd4ZQmKyUSNLUFx5zUUT2gcp5PNIixGxzRPpyOeTYdtY"
    "R37HHQRaDayghWQtsNJAFhk9DSMHOrUWhmn/AhU/mOLiHu6QR170nIJoc8vd5rjoeFjREd"
    "KKwnAWEh7DRLXgCPedwZhzgD8jB4h/rFTS2xajHqWs4agfySjnYgT9ravgGIfIOKNf5fGd"
    "03KuZKig+AwrAUy2EZ5BzksxhQ3xWzmWc3fyoobiNa+9owmzu+7pyCDObSKOzK4qmS4fQV"
    "ZUQe76H0fS3FoAKfUr05o2MqXUgEj8d4IqR+T59dmlLDjz+RkEgjfbV/T4RnAu8blEriqX"
    "l+T89YWcFEIL0u5QDJsLknsQJC3qxVhMG+ZTcBEyhwhZtfptdbOIGTNbgsSkIsuZHTj5lN"
    "iBKFkWJ18rLh4487iSI1SdRjcKKZQSlPVTkO+hLFYojV3BrPBJSs5Cb2ahV7G8gTvy0TVN"
    "QxhnphmTrVocdWgUmGx0dJSyeOdYyxz8MuFtL3wOt928PiOfV805nJmRM63L1nWHuuSF+0"
    "aQSNvLpeRJKjSkhCZGcjM1IgvTbBgWi88+yD13TYpkq7aGxTWP6H5/MiUFuw3WKXm5zejA"
    "rP7x5SJ5+wJS03F3OPnYH4/7d+Loy7SDYifi7+nbuDla+MfW4+qSVphxO3no3pOxg09B/9"
    "h3v7n/t0E/jwySLoEkPfJU016IvpyQV/yIUv3M0odOtpFnDHlVWXFyWXJylK7CE7gykgfZ"
    "0nVVVu1CVY8jRPVDufzFGCuOnBJcn29JjnRQYcRP7ka96WhM3ukOCg4F/aE7mULZUve/oN"
    "92e5/79yNyxj8S9L9/GQ5GY7E3ur/vfyLk0e9k2+33Pg8Hve49uXdvNLzrQmFUxklB/zz4"
    "9Fmc9D6PRlBKXrwl/f/WQayz22wWzTzvYDP9HWwm3kFLXnhVTnMrXAOKCs+FKqkEl9KfrM"
    "DKdIQDgvoBXP4mArKc46aDKMr1MEh/ZtZHwU8mTmF6Nu8Sa+oKz1pvi/D3h3ybw3A0JFvC"
    "0HMLefsNHRxTyFPYpDVj4c4seR0nPWDB6+DM0Va8dsvPAYRFFvMoVYXfjcqs6C5iGn4uFo"
    "saI6sf0uXERkRqPcS0o3mhjtPVD+vyZ7WH2QrLqqQVE3kZpBzxvIgn/I+KoZ4g58jnRd61"
    "smzJTsa6OKCSP2D0CrCVrr7A1xsIOmEe+uOH/t2AKiPC3wR90nfbuv+rx166yOP5HOxwz7"
    "iwVJVG/zOLVi4m23u2pNHzxSjvYiStVga5Ixh6t5zRrB74nA7PSTDf7zar/R7qN6+v86Qh"
    "v07PQn7Nk5DzYEDShbNSthz1KCUf9aqMOiN4LKNweNFcmDE6XpwkqdfjGd/3X5LkKQ3brL"
    "RnT6mw1oAhyCO3pYttCamtMuGPR++zmOG5zUsVbOO5nb9UAXvLKwHpu0hnx7Vs5IU5sddH"
    "QCZPgYZf7u9PGAtzCQCPg47qCW5kMypcaCO8TEsKXqqySDA0HHPH0u1dr7fPtLMaLSFRQd"
    "dYrgjaEBOwI1y67khaL+iutoCtNSo7ItZb91RbsDRJXe4KE/RRV4DSYvl3xCwjr0A9UaTR"
    "TaJbIH5n7GhnPdpXXRGz3KCxHaGauL3UhzOJ6uBNSbfmeFc+Yup1U6eplAz2zJHEZqTjqU"
    "E+cnK9O6SweVMxuYQENils784xtOtlLSWINrLuZUfRrtdb2jZHHG3rQoGsMe35peBctS4u"
    "BOd6Nr/qQO2LUBTrOwuZmAyjZUNpC/cOpImJn1X8ghUEcphf9c2Paj2FL9Tg1Yib+Q91X0"
    "EPWs5eaSNMOGHjFZu/IgCaRuIO7sioLGfYbCDSv6KtG6/IKjI3zGVQ1+P9B/Rthskp/E3Q"
    "gfabNLex+Q0tDE2hJO4jKsgdf2To2msDWQa9pqjzOTqN/vR2+wwTALDcfo9Uizbzf7BqQy"
    "G83DHB8SDq7+Qq/Pdjg3mo7yFDfX30t3EE8mmrnIDmZDqYQhQo/Sfog7v+kBz+3kH+UfyV"
    "fxvPHvdlTQ7E3yejYUpcaEARtxeqso3+gzTV2pt94+Svc0enqQDQzFE1W9WtD3Dbv53sd1"
    "dkwQ0IRUyFiXoO8dINjagNEDqI13Ogq2WR0QgI+GCUPhi6wfIJyoj3NZgeQDUwTLXO8riq"
    "kFapKw+9FgszPL5kD162hoITnJXt4fFxPPoK2R38o/wZH6qxcZhYsoo5T68p+AuS6wXh3l"
    "zp6B+nX08eby4Fy6qy1ahHKXnm7+o4b6WP8uxV3MpNI5Wee3MlfY14OsP9e3NRLVLBkucx"
    "Ko4sTxT5Noki2e5G/vQsAeefxK0r9kLv4hRj25K8AM+lMu2i3aDXGg0Cw6y1J/tLCL5Nlp"
    "go0nltMqIUJdtonuk/Ey6IvHnIJcQKWEEk3w7iGwpOwXYin/vGhPZVCzKTtm5u3ieTmJbS"
    "I8Mc8cfJ2uxEQ5r+FTNQcPPDIc0P3nwrhG2EhjMrDDaQvsqFMA1RcEQ3s3/hNWRnxq+O7k"
    "JxjiTyzrKTg8cncAnoTmgx049eZzWFNvTqFmb09sqyODNNlSfO7E8ssxmVSINs9oQ2Fa1Q"
    "2zwuI+dtWXBurs4IU3B1oxA24aqNMXXdoP394vWHZE2yLEh8/nk8maCZY2LJcdtYC2zRar"
    "mQBt31NKe+GBJ6xZKZ4FoOcE9BP7UwYYfOzi46SDhpnp1fk7viq0v4lNp5kr+DHwe+op8K"
    "sEutGyjNNGvC8YwyUHC11ZSu4fyctLmew69qX7Sbfv831zdw36s50M4k0ubqgjxVk5C3Zu"
    "02dDJvCye/Insh2fTB31mCTn80+XWSiRFpOJdbpL85JqNHGmgqNmlL6x25eHNGK0ORixm8"
    "3DpIwh8OOsfiPN0fwWWPgDuZHJTL89GPwppdVNGnqRM7UkYxRV4lar8pYRfs2J87LKtkvr"
    "IxDmjixh6X6INHfISAZ+Ud6fcGZIqethrx/Iw+8pcJUyrI7SphyRi6pKzcmGGyA+bF9Jfg"
    "o02LSe5mGoojF82vFqfjjgK5HAWwDj+96OQOUfG5nX9u89QQ+9Yicb+XdKjr6/fCsxjVbd"
    "QZjjCJaLU3SgNTuREuOw9Mhg758Akeqob2YTI87FPH6UHPUG6uByVdq7meAZu1mV0d0Szq"
    "KjSE5K1IUZ9VcKVooO/41Y0FA4Whpf74RVGfVBt9uv1l+kuz2T5DMrl30sRaTpc7lGmHPo"
    "qsN377cpaat9W4lZ9wKl39xlVGe8xhm1EMYXP0xG4lEQ4VQgeREYNhr99B/pGg92gQHXwK"
    "+t3AXYU7yD+KrzVvExuxksy0tIzpkz9CVD/Fx355Ghe8Q/I0FQM7tydkeJbt4J8X1mXs6K"
    "FXU9/IVA/0EhwaC7jsHsk8jaIVsbrvilfc2l/H+SUvVE0hb/ZuUNVt8YuHm+oKrGjP2Cwj"
    "iZDX3Ve3tzpNrP0KruAhPrHx6oQpvAZXG9kCLLQTLb/hRil2pGPkO8C8SKpNcKGeLqfkzw"
    "ulIkLne2SQduGtreMlHIHbIcLKqDp+ZyH6HEm5dl83yZPcJByrEEtsQo4WqqKQxYFQ/XHi"
    "PaE7n6GV952wBNw7hadAKVN+G40/dYeDSXc6GA3Fcf8TCGn0SwelXhJ0Iut97E8m5Lh7H6"
    "NKvUTkwvvu4IGc+zro/0bkw9A3/9rX/njwcdDzukqeE3Saq0UkEsfwk5+5xfu2TuASXI6d"
    "IM993x0GDxD6AhVEJ32xOxx+IU8NF6CSaPSM14ZSdR8f74PHZJ6O9jj58vBAi08zTpLfNO"
    "4OJx/7Y3H0hcjJ4W+ha4Nh6NKA9B8ZHv8XM06SX90dExy8r+5NEqfireB28TPbSO6XeWzp"
    "l+mm9KSfSHxxzCu8x+mq/FpuKcCXX2oytPPk31yiRNx+zrCf+2xREa9Hn+ZwgJ7vF80yXB"
    "55hppjzlBjOculZDKqqqZn0wqR8HxaEQ+CUpKbrVaaKku6LRY1DCUp9/VKvZ0tbi9OxdyV"
    "Kh3943SqKZJCiCeXOQC3xfM1/Qz5mni6u717sXtKygTEmU7sa6ID+rAHZ47WiZ3nazpQwD"
    "7PIXToHEL7tF75lUMYpqtQUZF0u5UVarTZ8xJpxpOqf0BTSNdvfMe6l/Ee8uDr+BmbyKJ5"
    "Bjo0iz71mJx87v7SbLVpRn0JkWXzOySwgdsDkUOoyRMwPDL3eqs89qtQ+Q0yAcgTULaIG6"
    "QOapCiIy8uJGtRhNGJUtXPR7Z0z83a2/3CZrqo0U7Q+w+P96Pf++MO8o8EvTd6eOxP+8Np"
    "BwWHgg75KTo0S4Vr73INXNXQLXK9Sjr09dWraJJlixYmq13xcY/T1nDkj2Skc8n7+MdKJd"
    "1tMdBRSj7MlR7mEK9ZcJijlFx5V+VRljUVnN4JBek0xZ6bslsnKOunzCufwd3K6FCCpaFq"
    "K2XZpgYaNVkQ1RAJt95UsTRADQHO0IemllktrA7dodBqNbbWXUqtMpOX0ne9DGT9fo5r5u"
    "aGNbQkbgb1bQsuHCnEm+otBEi/kRo/FrvDUucnw3sy1Pqx0KJ8+n3IiXp2Gc2hmpYflbSE"
    "irjXF5AN9foMsqSey+0ODSXxbgpVfiUvbes7C/nP1ECqDlEoMkZz01iib/ApQpLLbwkzwJ"
    "s/kaCT9U7VvHgYj07HP2y/S9dCQabXswo5+r3stRa2Lb/CMb3wzvoVcvar9isyTEFXINME"
    "OPB57ZfSK9BQM4bxojfQy0KVF+G0t3ND04wXizypZWNJ+YC6wY/yLSKCjhXVBpOIRE680A"
    "gfy6U16cNYUD85lEYXfiH5vtIkGZOebXT6zfsGUuS3934ZZEFfqGBtIc8ovVrk2Ywgeuhl"
    "IdnwtNjt8WXxWiBAKMj64sPtxgOFnoHbWw5rb1mPRALbbG/tCGGdRKUyvLa9d1dMywmQ6U"
    "+SJOZ+JQX8SrzIbSYfmpnJNkq4czrbavJNLPD9bLbtAtlsI+zVFlgzyDnimYjbhr0V1BE6"
    "jnEmxgd3sazcHhhRyzZz+Vg2M3wsm0kfSxPLxnLlgAGaFjwoyniw6A/Hf5xVn/kgYsXWbv"
    "dMWq5TTAV5+0zM6R1wuHk+Zu7s4i71a71AwWGPkXLjeJWN4zwD88GzFfIMzPmDAaqagTlU"
    "4o9pPggXAMyyHEA70S87mCsds7PSDAm0wUDVoVrr2auNLaRBKmWHDKiJPg7u+xPxbjCGVM"
    "oEZRvrNgIX7QayyEvtplgGLfZrwghQ+h0E3e0PzAGBXtyjgDJtqoVM4wWBaGEqrr47eADV"
    "9hTdEmjroXadurSgIu9s5yTQXKO9B402Gfpmq11kJ1lT1C+kv3zPKkv9f4zECelyjte8Ti"
    "aC0sSaJVZUKcjYlHe+RqlqyPqUn+cJdpGiGT/CNDUE+byZR7lHWmUk+0go9/xdc2sFVHoH"
    "+1pAjm/v42qRn08tkhDl0kWO9fSYSRYWCVTOEuu75rC+JX3deV0d4XRIk/ZiTvrA2++GUw"
    "/66Nq2JC/qDBUYcKH4ulvcvoR88qSzHu2r/tiRK7o1xyzTVxHUpl439QRsn4qTKV6uyMpt"
    "vvZMcKDrQW0lhgaF1ayRpUqxfQJRphSiX7UpjyfmJb649ErHk2N8IThX12fnHaRaluOqMq"
    "h7IZkVc8NcImMFwwx+fpD7gAynjV5UMk0c2/1KoFCQZciqpCH3aRJqlgPcU9ABAnRqYXLl"
    "7OwS/c/51fsG9U8EL03aBaD+K70R/Qr6Nssmbwft21e/kEfAJlUGgd+iJehke9fcSlzo2/"
    "3kG/qL7+f4F2RhMrV1GXfQxMscYciyY4IrJXUG9Qh9Z0dkvxheuyXG9gdBH9IvrqJPcVOj"
    "+32C7yV8153lDDqe064sHzHS41wyc3tEGrF8KjwB+qG1RbwOmy8O5kr9mJH5MZH4Ed7mwm"
    "k2I0S1lLr3kGLTXXy2kAIjhFwIrLoQGHm7rO0KFVvcJv7Ww5vLJq4bdrHClV77+gWH7yXT"
    "o7fyzV6LqSfjZNyqwdBKbu8UV5Y3XN0R5g4z+3GYSWywRdeHKBH35MyRnJT7IbE1YI0t/J"
    "CYO1wJ4NY/0UF8Y88BcFx5syPGP0luXcYWnwNrb109PMwVW43zohzdhyrltTiF5ya/8VGT"
    "mGkPItcbmep2r6W48pvmSXhwNYcEAjNJEZyrC0gpQI7PyfnmeROdhr+R662LC8FpN6XW+4"
    "6n8IaqmN5twRXQshpe1cy1upwWtkfSzHjGaIbnZIIipvL9jZ5E0E1Hh+QEc9CoQzNKvVbA"
    "B0p2JNk2JvMcW+/QwgAFuut3qdpbK7i9glRcyX1YJTcMcGFVbJSqhgLDXnSx1rrKdxLoHB"
    "Xb1uRVRvzk8cvt/aDXQe7/aMXUaL7l+MqXa2RKz5YM9ssik99vX+VBqIx3JZnLpi2C3pit"
    "jk7xDI5QZWmjjxDyrMD07rQfA5DssoXhC9P81OBR1oSBXFZShIBm54QIx4TdNnk+IIqyyM"
    "IZENRw5dwLw4B/rMiGT61yHrddgANmE3OdOctX2g33KsQBr0m4WS2XWY2XKz7mcsW8wuD+"
    "XxBntlRte4cImYwe+LrPY2QKQV1f9yheEvdncJLinib79zThVVoP4gjBrcmHsybziriHro"
    "i7hxjLo915Dxzr5kUJnrBN7e61xgYz+7pVrkC2mQTJ+VvXgnMtn12Qz3lbBrN1OOsvWkKe"
    "/Cc3/z7EguHlSjNesRtcphtgUnZT7Ruasr5IHtM0nl01VyKY7QD3FXSwky/Bog5hb6fTcX"
    "c4+dgfi6Mv0/cNMKLrbnwYfgn17JOoeohiMHyf244eLwHi29Ehez7NxB7fPkKyC21EmKis"
    "Jtwef0h7PB0xBa8k04aw3WK8FZuYu5oyMsETRIrZLnyCGtouyrf68mTZXJ/O0KeTjVDcUq"
    "ceIu2g0BdBHwzXF9bHbtnu+z5VsAeHgg6ka817+BvtaX0p9KXKennCfGiqLEEV0K3KWqaQ"
    "c7GcVeAyAGt75VJmH3ynZmmZwOkNMNpmU0nScmNUrt2Fm0bS0a+vaYTIreL25pEkNTeRVN"
    "lEMlfJ/rPYaqhjpHycKz3OcS3QFloFbhTLqVh484rddUc4pq4sBjKbmOO82Qj5tpWmqwZ2"
    "XuPYplLTbCMkU23PrZF5AE/brHKgzrCDcMzzYM5eVHcwBEtB2lKeB/WNbcMh5DKsxFF8N9"
    "uLRSlKsLmwDA09Ri4ZVtwso35vyFOqQWOIjr5pX16CzXfedq2o0QIyu/TEsMf+ETGC01I5"
    "/4rZaLkF9aAWVMg9XUzAWVNwTpDFcftvbTFWO0rFkd3MY0dXkp1Yj7D/zpGBnJvtiE6wCL"
    "/R60563bt+jK326pjtCG20elpNwQ2tiZVKEdPFpiovWLyIdyWT/5DWbTaxHOmI8qpu1drw"
    "n7FpMeW1dMNgiKSG7ibNViuHQZC0Sq/NDtcSxu8iCHvNa4jueS5z63mGufWcYW5Ni0D++2"
    "Q0LBqBrKiyjf6DNNU6Rh4rA1wAI2J08TE9fej+Mw537350G7emQAe3LB7skJvZf/8/RES0"
    "0A=="
)
