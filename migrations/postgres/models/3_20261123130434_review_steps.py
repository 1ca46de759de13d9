from tortoise import BaseDBAsyncClient

RUN_IN_TRANSACTION = True


async def upgrade(db: BaseDBAsyncClient) -> str:
    return """
        CREATE TABLE IF NOT EXISTS "review_step" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "kind" VARCHAR(40) NOT NULL,
    "subject_type" VARCHAR(32) NOT NULL,
    "subject_id" INT NOT NULL,
    "step" SMALLINT NOT NULL,
    "status" VARCHAR(16) NOT NULL,
    "summary" JSONB NOT NULL,
    "applicant_name" VARCHAR(128) NOT NULL,
    "created_at" TIMESTAMPTZ NOT NULL,
    "decided_by_account_id" INT,
    "decided_at" TIMESTAMPTZ,
    "reason" VARCHAR(500),
    "hidden" BOOL NOT NULL,
    "reviewer_id" INT NOT NULL REFERENCES "organisation" ("id") ON DELETE RESTRICT
);
CREATE INDEX IF NOT EXISTS "idx_review_step_applica_e0d7ab" ON "review_step" ("applicant_name");
CREATE INDEX IF NOT EXISTS "idx_review_step_reviewe_b7d823" ON "review_step" ("reviewer_id", "kind", "status", "hidden");
CREATE INDEX IF NOT EXISTS "idx_review_step_subject_2a2f71" ON "review_step" ("subject_type", "subject_id");
COMMENT ON COLUMN "review_step"."kind" IS 'ORGANISATION_REGISTRATION: ORGANISATION_REGISTRATION\nPROFESSIONAL_REGISTRATION: PROFESSIONAL_REGISTRATION';
COMMENT ON COLUMN "review_step"."status" IS 'PENDING: PENDING\nAPPROVED: APPROVED\nREJECTED: REJECTED\nWITHDRAWN: WITHDRAWN';
COMMENT ON TABLE "review_step" IS 'One subject waiting for (or decided by) one organisation: the review engine''s table.';"""


async def downgrade(db: BaseDBAsyncClient) -> str:
    return """
        DROP TABLE IF EXISTS "review_step";"""


MODELS_STATE = (
    "eJztXWlz4kjS/isVfNnuWHeHjS+anZgIjNU2MxjxAu7e2daGQkgFaC1KjI52O3bnv79ZOk"
    "BHSUicQq0PxqJUWRJPXXlV5n9rc13BmvmxJUsKnqvyo05026g10X9rRJpjuEiocYZq0mKx"
    "uk8LLGmsOSSSV1ecrSqPTcuQZAtuTyTNxFCkYFM21IWl6oQSCfb1+OZGsG9u6xP4rDfO/e"
    "vbTxO4vr6c3H6kTSm6DG2pZJqLyibqnzYWLX2KrRmmP/Hbv6FYJQr+gU3/6+JFnKhYU0II"
    "qAptwCkXrbeFU9Yh1menIn2hsSjrmj0nq8qLNwt++7K2SixaOsUEG5KFafOWYVMQiK1pHm"
    "w+Lu6brqq4rxigUfBEsjUKJaV2X2BVVhPFHj8Sh9xIFGsxmH2KAIZekawT2kXwqqbz66f0"
    "FT7UL65urxqXN1cNqOK85rLk9i/30StgXEIHnt6o9pdzX7Ikt4aD8QpUDX/HWhzX9kwyOG"
    "LPHXA78EYSkXEM5CVxBGf4AVGcfVTTgPYLVkivxujmUNd6rVGH77W6TeRfCaQ/4L90eu0O"
    "LV1dC+Tpuddpd/q0eHkpEH70yA2ayPkXHfoJ3TaXfogaJlNrBl8vblL66Etr0H5sDd5d3L"
    "ynbeswPd3p2/Pu1J1btBtX3eb8Z/Yaezr49YvcUdnnRBjceiMLuvVGMrz0Xhhf6VUyFKyI"
    "8GIxlO8BKTbKYaoI1jAFsaXO8Ud6kQF1b5UpCugpGN+3RlwEv4WhT7BpwjMkTcy1cDMo16"
    "/ipzBod7CQ061x8sJcx4OwxdH+rBtYnZLf8VtsQY+A67EZ/UhzJwb2X/6o8ktX88mQXpe8"
    "BWuwARaAALbcBbU1bLfuYXBT5MeS/EInuBjqAnpHr+uRkmXd+K15fR4tkYg0dUCiv4a++5"
    "LZk3XbeXkGH+jeWsMAriqtZfx4ghGRLNuQNLTAhqmTM/SC37CCxm+oc4/oCEF/p1fAF4yx"
    "8Q80l97QTNcUZAIfQMkMXcNmnDncacsMBvIbcHvuAKYjThHdVmr/jjCW36L3Ki7zUFxmoH"
    "824TMD5IdjYGoDbti553ojsXNfy8lyBkibKPAFGM/WcNjnByNgO70rgTz+Lj612i1e7HOD"
    "pw7cihQIZNTqfG31lvdDXwXymR9wnQf3e6sHT2qiWNEmbGv9KgNjVb9K5KvorTBbsJqAOX"
    "jXEFEJGdjLegaYL+uJMNNbxZYODrqUhbC9yTKEb5KH8E1sCC8AoVzgLgk2QrdgUkBkgTjP"
    "skCcJy8Q51F08VxSE9QRbHSXBOVDdy+CrSYRRVPzjeAgTflg3v3yu5BM81UH5n8mmbNcS0"
    "WUsIS73V5G9dw2LVGeSWSKRR/EOPB3OkgREmFjn9REpAvG0Ma++mBZclj1zR3Pd2nLc9P8"
    "U3MKOqMI9s9Pdxx0itMlUEl1pWOf71/1A/Dvlm1uyuavqA/I5bfao84XLi+D71I1kftfIP"
    "edYeuuywG3718VQ08sG5gCJkoWW49JFZLs+RCmTNNl0otTXJbgByo80d68DSoF+lHniRuO"
    "Wk/90DShak96p+6UvkVK30W7adkI+toZPSL6Ff2L7zlDb6Gb1tRwnriqN/pXjb6TZFu6SP"
    "RXUVICvLRf6qMW6nV7oWzY62HKqteL0us+RoFud94+phFOVlQGjBvKXCWio1JjbJIe8eff"
    "B1iTHHjjI8FXQtKGTnAQJKmHQ5MIOgYDRwC/dEuU+h43MaANtqGsrIiZrip9S7iGbitlAi"
    "mXjSCrTcfHlCd4pMNHhoGYz6hTMKktFd08RhVn0WKZVPzVLMWgsqyy1pzSIsgzv/zNRA6d"
    "Y8RA8F8nGOnGVCKq6fQYeifYDaVxLdi3WLqFz7F0AZ9X5zeCfX113YDKKF76Pm5oOcAzBS"
    "KQNohK+pyacuaqM5xc84zT5CelDp/123qQ+D2SLEuSZ2iGDYxeZ9h5TxiKCHrTAmJEVQwp"
    "9p2AISv4IxgmntBtetMUTXtRWXwObvHxcY+vW2lSeJCskrwryZuxrlaSdyWDFVby9jaqfC"
    "5PYaLK24mxvAW39XzgMigrhBkIUxYuH7IBio0QLZh8sWcHvQALu6VvXsD168TGbFa3vPCC"
    "GPLIG8AKPei0R7XE5WEHCPOR5koKM2NpzIA1nfa7GMVUPB14bZ3WSpEV38ACGcIVno96z9"
    "1umlvp8bRqJwJ2PqXaJjoiZ3Am6Yn8kbtGVyT6syXLwSu28qSJJETfgDrDWkifBPUu8Fhb"
    "w+YZAthV4jrURjU9rMNae3wSU38TXZ8dRKPKm0pBc0gFTdF8BI/okrJ7J0FvtsTx/W3I9x"
    "L8T1YkUZFflS30P6Sp5t54vtovE5vIjl54bKuapRLzI33erzm1M7tQilGIQtK+D/S7p9Y/"
    "o33Q7vJ3UTGeNnBXaWMqbUylNTi0kFvJYfuVwzJ7dxzIsaOSFQArW1Gtrj6tsUQF/166pE"
    "BriZpXbb1lebHARPmgw5KNDCzrhkJ5dXpQ7g24c1l1+HWJKMj1Zm2i15l+hia6AReqPAux"
    "7GdQJlkMS/J+nrE++sO3mmmP/4Nla3niy/8OEyOfDfdOnf4sUsKnev3y8rZ+fnnTuL66vb"
    "1unC8X9vittBX+rvPQ6UVskOtlifxc1SG5qYP2R3mZqWOZttbvMacnlgdRBWFrKm7OqSY3"
    "UKHNRJvFmSarPVYUleIjg+IjunlnhTlKV0Kwd3/OLMAZbQA1c5EoA9C7H9VjDJwtYzwna/"
    "NWFFsp84opXx1MaydNLJYHYTLsS4IK9c1RNzD8bDPvshKmqo4Js5fvHOd19qmzuMcLybDm"
    "mB1bKHD3LE1voYTrZQkteUE9zhvjMRbsT+e4AZ/XuEHtjuZc0jQYAZh6q5uqgjPZMbduL5"
    "O1En6l9xsru2VltyzOkrQH9l03LBAlFdaumzhyw0SHM5OcF3oEV7bHn1tdVtke9z2v3G05"
    "Z3TRIE3ltVwZdAvkWLtiM7dEOcy/n9Z4zgpxaCJvYS2XZ6qmQFPb2cvLiHh4bAaOjm8bDq"
    "G8p9D3Ja539alKRjNDtyy2S3K4wlma0K7RqqIVrLtWcP8sqRpWkENqUq9gGr4XvRN8817z"
    "F1X5Vag5Z8ZrwCIBF2VC2QLK3tPD5yBaI9k26IxFr9Bx+mtcmN/TM7bINwHPzyNoetV3I2"
    "ceV4QPSZmfshyN/ZR8NPaTdzQ2WaSfQNfbBstdNpGPC5JUEmeUM3bHvwh8grGZ4MlsoITy"
    "54nImz4mqQKnpssv0FewVLIiqKb3d5R2B11dzH37ZHu6IIaDkADHYESiAl4yHxKVLNdzIZ"
    "zjfRgKYvMCowlp6nds+jFuqMa/iR4HwyES7PrFpzqS9fkCRANgC7wCPF9o+hswGMBKtDk0"
    "lkwcZ0f2/bAsnpD0gbSuF50D7n+rGXjqAebcdco8wbGKcHNQQ4TfO3H+cH28FZ+2yEaJGh"
    "3X7ugWSJt/6nMjJ7XA8lIg3FO/y/9BU2P5VwK5aw25JqKf0TmVhdncfRwWBS8sRhDmIbUP"
    "Js6BJVFpeMvL+u3NcgbQL2mDf/jU6naZhgzqqC57IQyzCkYRsp24BhRIPrrIFM86JZx1LJ"
    "p1ADDRgg0EqAyGKJoaSCuxjSqqVo6oWkUzNh9xlO8jbLuTFGrjrEAr6gJ7G9X4wUOr10TO"
    "P4H0n++6nbbY6Q1HndEzzUbZRPEygYCIMOJE2GS5QX/QoTtqtITmsOx8idaKl0FbPM1tKT"
    "pv0Bm23IcyCrfPc7l7F9cjpic90PhoQ1cNaL5R7yJvbtI2/9wb/UHZMvpfICP+a2/42Ok3"
    "kX8lkB4Iok3U88TR4/NkAKENz8ulXg3SFLg/C+PKU+Up2ue65Bkg8uAbICkfwvXr6wwQQ6"
    "3kXFD0XoQPpsyrjA1LnagyAANts0JPpUgeSQ2UrwMaWVJxNZJTcTViqbioqkrcav8Nt1Bg"
    "zIHzv38ejgawjfpXRUz6beDvKn4VMaHg5M1vFCc+oCToyy0nKwj+NOGV+1zvvtN7AM7TvR"
    "BINODygPuNa484J7GpeyUQavO4H7S+gmCxvKxCMxdHl1s55FZJkcrX6wxjadxxrXIS3r1/"
    "iWuEzH1AMEBUZMPXpiJ8Fgk+WYBnng7cg3NwThfsgo3kXboHx0f0DuAdLBs6scGcFdnQND"
    "6RMGWngnVExbTM0id6QXd3gFbGiNsnidjqPPKW4yqXO/9JQrWbYw/l3EsKcvDhJMeVp2Uy"
    "LbzYEq2B09IQGioTVofyzWxrukmN42tcNP1qZ1k9NUU5QLHWY9NrHjlN0QCS9JBGyKfS9a"
    "CkvpSG/uqc+nhH+SvT0g0aat6UMVEkYr0/QybWJkglsmYrWIn7a+7vUTTj4dAeO6EkaMRL"
    "nwjBSDNUbKIxlvW5G1/CG25I0/UXewFFCKvUvRO5YlBKgkOvUX/Mue/CyG8YuEmrqh4/Wk"
    "XGLGZkzGUHxfpgjQOimihonPTh7124IfpzJWecxDBVmUDdmV5ntbjkwzZGV6GbISFYYMmv"
    "jtVnUT1EpnBI+dBuDdute66WMJ4rkLOCHJvLbJiPdPzItsb6jyeQoqQpm7kNVUhna52q4j"
    "xQd33odeRVd0KdS5SLNGkubeD9PlDbD6IeJ+YZIrqlwlgFXvIFLyynssOPLuiIoV90RE0u"
    "jLjre3hApqDrVFsqVWeIDnyGiEbPJ0kONgkm6BVJCY0o+3CakdWFyrSdpNmqAkRlhHkf3v"
    "xeYOE8OAdIKpSzoTzWFYbf9Aj/SFiK/fqlwDfNMYH75yjkkxALhbv0S+jyvQe/ejQ+buUp"
    "VG6fkSyeQj4zlLPLA2RV/ITiuAQx+5cZ4TRln1pSFNiL+aiHIwoSn6IvmearbigDbGKrTU"
    "8cM4TEeKWzNEFx4VUXDVp/eY45i7QYEts8kQ4+p7plYYL8hpuIajWwgmaSOcPKGTKh9zSM"
    "bNqoOdMN6wMNO8EUF/fwhCzyYiCbPbShVKLj4UVHeraFdmcu4TFIVAqOcN/H6CoO8GfkAP"
    "GPhQqtbdDrYcoS9vqJ9HImRtDfunL2cYCsYvSL3L8TJ6YodBWNgMJyCkw3wjPIq3hAQUP8"
    "kTJCFm1J3LeheMVrb2nCbK1aOjGIM5uIQ6OrSKbLPpUVVSp3/Z8tae6B9IQgiklVz1Kl1C"
    "WR+GeMKkNqpsb5lSzYk8l5Q7Bv6je3zvUnwb7CFxLcVa6uoLxxKbPSMOWi3SIicyVI7kGQ"
    "NB0vxnzaMJ+iEiEziJBFCyJWNouYPrYkejpGZB3gopw8G+YIWRonXyounnLmUSVHIEQK0X"
    "MplGKU5VOQ7yE2U+AkSM6jyXHKioVez0IvIkdvtuSjS3qSJ8pMMwZbsTjqQC8w2ehwL6Xx"
    "zpGaGfhl4G0vfQ73pt44h8/b+oSWjKHk+uq60XRc8oJtI3qakx5OkQjyJBXnSIlqmU49Fe"
    "6a2Mk4b7L47IM8M4v5Jxq8PRih3FItDYsrHtH9PjUkBbsVAmljK5vRYVn9KopR/ihGo0Gr"
    "N/zMDQbcvcg/j5ooUhCdp8dxczTxj4371SUtMONWe2p1oe/op0A+c+439/8m6GeRQZIlkL"
    "hHnmpYM9GXE7KKH2Gqn1n6ILCNfMfiQpNY5+TS5OQwXYEHcGEkD9jSiSqrVq7QuyGi8qG8"
    "+8UYK7ackDI125IcaqDAiNfu+faIH8CcbqLlpUCeWsMRjZ3p/qc5QdqPXJcf0Lwg7pVAfn"
    "vudfiB2Oa7Xe4ByMPfYdvl2o+9TrvVhWe3+d59i0bnZBQK5LHz8CgO2488T+OZi3fQ/tcm"
    "YpVuslnUs8zBevIcrMeTrMszL9RmZoXrkqLAY6FIKsG59B/WwcpkhJcE5QN495sIleVsNx"
    "xEXq6HQfozsz4Knhp44wQYK+oCj1pvi/D3h2ybQ9ESFlDHFHgLC2ozFu7UuMtR0ir/To6w"
    "y24MNAphnsU8TFXguVGYFd1FLCXYexrQpxDh/ahnI4JIR7WjWaGO0pUP692Pag+zBZZVSc"
    "sn8jJIK8SzIh7zP8qHeoy8Qj4r8q6VZUN2MtLEAZX8S0YvB1vp6gt8vYFAOjTj2RN333GU"
    "EcFvAhlybl33f/HYSxd5PJlQO9x3nFuqSqL/mUUrF5PNPVuS6KvFKOtiJC0WOjyRGno3HN"
    "GsFqoxvU1GrOQWyjeud58SqzoMmAx9eQ8DVoljytbrjMNjKcHk88bCjNBVCWTier1QSOlc"
    "8DIoKwfY4qToKdq43XWGnkIefzx5n8UUz+2op+mWnts/SRBXxiqZIQmSEkp7siXSuXKoFG"
    "zZyApzbK8PgQxvgXrP3e6xM02dKLg7SzQlSwqeq7IIGOq2sW3KKa+1R6exEi0hkQNK7MPE"
    "W2fASTzYXEYUTfcMxpagDd1WyjPRGUlwMgQ74Ake6fCRcXXcItTBUdmpHQQ6SFgetzpr5W"
    "02jFNWq20o+XzVas/LEDSPIMetQKUVqTUDKep3lc4AGuv8DSto/OYcXjLVHx8Udapa6OHu"
    "w+hDvX5z7gTBY0TJ20mTW8Qt8EMGZj5Vq+/SBHdc8WD3Eljy+abqpP0ejTop3kHrbcvb+Q"
    "gdCOpaf8B/6fTaXBP5VwJpd0Z/NBH9dBLaOyurk9DeXWM36Jo9uCcmJ7lOHvxpWa4rZc+h"
    "0jGXXYrLkog5ixQX1GhsyVCXVAeUGGHisGlLT2Schu26O8mGW7apvNdkpYH0rkyhIpj8NU"
    "2wWKabzSZdgACJvKQj6FVSLcDFCZr9Dv4ULKuKIwy8d5J5BpccN66C+zgEW4xK8N9MN9lo"
    "XN7Y10OyRGZwqd1Y9S9wh/5fHdyfqYoCw9wJw+C9oTuKz5a5WOhSXYVlOGhYBr+fNmGsfd"
    "pC89X84KHV6wxbow7fEwfcA2WenS9NlHhLIMCDf+aGQ7hudSNUibc24cevsvgJXSX7CV3F"
    "/ISiUyvzOc8IXZE7tTAnKgLrVvalKUxUeRAwPAj8TTWMaHrEZJ/mcIBe7BfNXYRJPsGoO1"
    "7YnFrOdZ4RdqdPNSk0zI5/lT30TjF0K6Y9n0sG4/DQb0O+l7S4LEmiPn8qsIT/Q5pq7m1C"
    "1H6Z2MQJ54XGtqoB82l+pI/9NWdn7sKFmUJEW07OyRZNv3YW9uOjDURzsoE0oKkyzU+bV9"
    "0bp9zXlDqehn0v4RQqv+dk9E/TAzaL37MnqorjN3EjV7dE+sojNs4k+GDln2JhyiohSXF8"
    "yuNTChYLM9+R2BVF+Uw01+dZJG+olbhXOffCE8lTccUgTg3SsSKqwnPkCM/hKxvz7QsRqk"
    "r4Xu8FHdTqVh7Q2bxHQ4Mst+Vxn7YP36OPYfgIOPslWz3MQKUMSUg1faqSj2g0w8jSXzCh"
    "rk5YmyDVRAR/x4aXG7SJdGBjHT+o4WPrQ/365gyZOpIQLJsvWHHtEJTIBmp4A1Y20n0+Km"
    "daUhgA8AZVZtJ9sa7J5gyn53OnJg1Tlc/zbef+WKW3GgWNPGGTj0C4p36X/4OGkfOvBNLm"
    "n/rciOuNmmh5KZDHwXDYRPSThpobcjTM3LAgcT8qvUoy9OXVq2iSaYkmhtUuf79HaUvY8y"
    "fS05nk/SqP8E/RzQFeM2c3hykr5V2Re1nWVOrKChTQaK7gjXHK8inz9hCUtCjn64+N845N"
    "DW7U1nyoBkgq600c0uMn9CshwCn60Col9m5TYseWh10g67dzWiM3M6yBJXE9qMdNQHmiEB"
    "c8/2QLG6o8qzG0+N6dszQlvrSqs06HnwxslUu9WKrv79jwLTNZZYMASZG1sRtKBfXr6wxi"
    "AdRKzp9E78U8APMg7FUvIboXmRwoLlIcKC7iDhTwRIt5tjXZ4TVAcniH1+NoL3bm2hrjcg"
    "+5mf31/yarNA4="
)
