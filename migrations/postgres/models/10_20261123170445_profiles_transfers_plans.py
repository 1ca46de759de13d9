from tortoise import BaseDBAsyncClient

RUN_IN_TRANSACTION = True


async def upgrade(db: BaseDBAsyncClient) -> str:
    return """
        CREATE TABLE IF NOT EXISTS "base_document" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "kind" VARCHAR(24) NOT NULL,
    "year" SMALLINT NOT NULL,
    "title" VARCHAR(128) NOT NULL,
    "content" VARCHAR(2000),
    "status" VARCHAR(16) NOT NULL,
    "reason" VARCHAR(500),
    "submitted_by_account_id" INT NOT NULL,
    "created_at" TIMESTAMPTZ NOT NULL,
    "decided_at" TIMESTAMPTZ,
    "file_id" INT NOT NULL REFERENCES "stored_file" ("id") ON DELETE RESTRICT,
    "organisation_id" INT NOT NULL REFERENCES "organisation" ("id") ON DELETE RESTRICT,
    "reviewer_id" INT NOT NULL REFERENCES "organisation" ("id") ON DELETE RESTRICT
);
CREATE INDEX IF NOT EXISTS "idx_base_docume_organis_b20b5b" ON "base_document" ("organisation_id", "kind", "year");
COMMENT ON COLUMN "base_document"."kind" IS 'ANNUAL_PLAN: ANNUAL_PLAN\nPLAN_APPLICATION: PLAN_APPLICATION\nANNUAL_SUMMARY: ANNUAL_SUMMARY';
COMMENT ON COLUMN "base_document"."status" IS 'PENDING: PENDING\nAPPROVED: APPROVED\nREJECTED: REJECTED\nWITHDRAWN: WITHDRAWN';
COMMENT ON TABLE "base_document" IS 'A CE base''s annual training plan, plan application or annual work summary (年度工作';
        CREATE TABLE IF NOT EXISTS "organisation_change" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "kind" VARCHAR(16) NOT NULL,
    "before" JSONB NOT NULL,
    "after" JSONB NOT NULL,
    "status" VARCHAR(16) NOT NULL,
    "old_parent_id" INT,
    "new_parent_id" INT,
    "applicant_account_id" INT NOT NULL,
    "reason" VARCHAR(500),
    "created_at" TIMESTAMPTZ NOT NULL,
    "decided_at" TIMESTAMPTZ,
    "organisation_id" INT NOT NULL REFERENCES "organisation" ("id") ON DELETE RESTRICT
);
CREATE INDEX IF NOT EXISTS "idx_organisatio_organis_6a110d" ON "organisation_change" ("organisation_id", "status");
CREATE INDEX IF NOT EXISTS "idx_organisatio_new_par_94c80c" ON "organisation_change" ("new_parent_id", "status");
COMMENT ON COLUMN "organisation_change"."kind" IS 'INFO: INFO\nPARENT: PARENT';
COMMENT ON COLUMN "organisation_change"."status" IS 'PENDING: PENDING\nAPPROVED: APPROVED\nREJECTED: REJECTED\nWITHDRAWN: WITHDRAWN';
COMMENT ON TABLE "organisation_change" IS '变更记录: a change of an organisation''s registered info (reviewed by its parent) or of';
        CREATE TABLE IF NOT EXISTS "profile_change" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "kind" VARCHAR(16) NOT NULL,
    "before" JSONB NOT NULL,
    "after" JSONB NOT NULL,
    "note" VARCHAR(500),
    "status" VARCHAR(16) NOT NULL,
    "reason" VARCHAR(500),
    "created_at" TIMESTAMPTZ NOT NULL,
    "decided_at" TIMESTAMPTZ,
    "decided_by_account_id" INT,
    "professional_id" INT NOT NULL REFERENCES "professional" ("id") ON DELETE RESTRICT,
    "reviewer_id" INT NOT NULL REFERENCES "organisation" ("id") ON DELETE RESTRICT
);
CREATE INDEX IF NOT EXISTS "idx_profile_cha_profess_e01291" ON "profile_change" ("professional_id", "kind", "status");
COMMENT ON COLUMN "profile_change"."kind" IS 'TITLE: TITLE\nIDENTITY: IDENTITY';
COMMENT ON COLUMN "profile_change"."status" IS 'PENDING: PENDING\nAPPROVED: APPROVED\nREJECTED: REJECTED\nWITHDRAWN: WITHDRAWN';
COMMENT ON TABLE "profile_change" IS '变更申请: a professional''s request to change a reviewed part of the profile (the title,';
        CREATE TABLE IF NOT EXISTS "profile_change_attachment" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "change_id" INT NOT NULL REFERENCES "profile_change" ("id") ON DELETE CASCADE,
    "file_id" INT NOT NULL REFERENCES "stored_file" ("id") ON DELETE RESTRICT,
    CONSTRAINT "uid_profile_cha_change__793d26" UNIQUE ("change_id", "file_id")
);
COMMENT ON TABLE "profile_change_attachment" IS 'Evidence attached to a change request (证明材料).';
        CREATE TABLE IF NOT EXISTS "training_plan" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "class_name" VARCHAR(128) NOT NULL,
    "subject" VARCHAR(16) NOT NULL,
    "form" VARCHAR(32) NOT NULL,
    "start_date" DATE NOT NULL,
    "end_date" DATE NOT NULL,
    "hours" DECIMAL(6,1) NOT NULL,
    "place" VARCHAR(128) NOT NULL,
    "expected_attendees" INT NOT NULL,
    "content" VARCHAR(500),
    "status" VARCHAR(16) NOT NULL,
    "reason" VARCHAR(500),
    "submitted_by_account_id" INT NOT NULL,
    "created_at" TIMESTAMPTZ NOT NULL,
    "decided_at" TIMESTAMPTZ,
    "organisation_id" INT NOT NULL REFERENCES "organisation" ("id") ON DELETE RESTRICT,
    "reviewer_id" INT NOT NULL REFERENCES "organisation" ("id") ON DELETE RESTRICT
);
CREATE INDEX IF NOT EXISTS "idx_training_pl_organis_d5ec64" ON "training_plan" ("organisation_id", "status");
COMMENT ON COLUMN "training_plan"."subject" IS 'PUBLIC: PUBLIC\nPROFESSIONAL: PROFESSIONAL';
COMMENT ON COLUMN "training_plan"."status" IS 'PENDING: PENDING\nAPPROVED: APPROVED\nREJECTED: REJECTED\nWITHDRAWN: WITHDRAWN';
COMMENT ON TABLE "training_plan" IS '培训班计划 (计划申报): a unit''s training class, reviewed by the level above before it';
        CREATE TABLE IF NOT EXISTS "transfer" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "from_department_id" INT,
    "phone" VARCHAR(32) NOT NULL,
    "reason" VARCHAR(500) NOT NULL,
    "status" VARCHAR(16) NOT NULL,
    "applicant_account_id" INT NOT NULL,
    "applicant_organisation_id" INT,
    "rejection_reason" VARCHAR(500),
    "created_at" TIMESTAMPTZ NOT NULL,
    "out_decided_at" TIMESTAMPTZ,
    "finished_at" TIMESTAMPTZ,
    "from_organisation_id" INT NOT NULL REFERENCES "organisation" ("id") ON DELETE RESTRICT,
    "professional_id" INT NOT NULL REFERENCES "professional" ("id") ON DELETE RESTRICT,
    "to_organisation_id" INT NOT NULL REFERENCES "organisation" ("id") ON DELETE RESTRICT
);
CREATE INDEX IF NOT EXISTS "idx_transfer_profess_746d92" ON "transfer" ("professional_id", "status");
CREATE INDEX IF NOT EXISTS "idx_transfer_from_or_825f67" ON "transfer" ("from_organisation_id", "created_at");
CREATE INDEX IF NOT EXISTS "idx_transfer_to_orga_ed7962" ON "transfer" ("to_organisation_id", "created_at");
COMMENT ON COLUMN "transfer"."status" IS 'OUT_PENDING: OUT_PENDING\nIN_PENDING: IN_PENDING\nCOMPLETED: COMPLETED\nOUT_REJECTED: OUT_REJECTED\nIN_REJECTED: IN_REJECTED\nWITHDRAWN: WITHDRAWN';
COMMENT ON TABLE "transfer" IS '人员调转: a professional moving from one employer to another. The old employer approves';
        CREATE TABLE IF NOT EXISTS "transfer_attachment" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "file_id" INT NOT NULL REFERENCES "stored_file" ("id") ON DELETE RESTRICT,
    "transfer_id" INT NOT NULL REFERENCES "transfer" ("id") ON DELETE CASCADE,
    CONSTRAINT "uid_transfer_at_transfe_8ab652" UNIQUE ("transfer_id", "file_id")
);
COMMENT ON TABLE "transfer_attachment" IS 'A file attached to a transfer application (附件).';
        ALTER TABLE "annual_completion" ADD "credited_organisation_id" INT;
        ALTER TABLE "annual_completion" ADD "credited_region_id" VARCHAR(6);
        ALTER TABLE "claim" ADD "plan_id" INT;
        ALTER TABLE "department" ADD "enabled" BOOL NOT NULL DEFAULT True;
        COMMENT ON COLUMN "review_step"."kind" IS 'ORGANISATION_REGISTRATION: ORGANISATION_REGISTRATION\nPROFESSIONAL_REGISTRATION: PROFESSIONAL_REGISTRATION\nCLAIM_REVIEW: CLAIM_REVIEW\nCLAIM_VERIFICATION: CLAIM_VERIFICATION\nTITLE_CHANGE: TITLE_CHANGE\nIDENTITY_CHANGE: IDENTITY_CHANGE\nPLAN_REVIEW: PLAN_REVIEW\nBASE_ANNUAL_PLAN: BASE_ANNUAL_PLAN\nBASE_PLAN_APPLICATION: BASE_PLAN_APPLICATION\nBASE_ANNUAL_SUMMARY: BASE_ANNUAL_SUMMARY\nTRANSFER_OUT: TRANSFER_OUT\nTRANSFER_IN: TRANSFER_IN\nORGANISATION_CHANGE: ORGANISATION_CHANGE\nPARENT_CHANGE_OUT: PARENT_CHANGE_OUT\nPARENT_CHANGE_IN: PARENT_CHANGE_IN';
        ALTER TABLE "claim" ADD CONSTRAINT "fk_claim_training_e92c4a52" FOREIGN KEY ("plan_id") REFERENCES "training_plan" ("id") ON DELETE RESTRICT;"""


async def downgrade(db: BaseDBAsyncClient) -> str:
    return """
        ALTER TABLE "claim" DROP CONSTRAINT IF EXISTS "fk_claim_training_e92c4a52";
        ALTER TABLE "annual_completion" DROP COLUMN "credited_organisation_id";
        ALTER TABLE "annual_completion" DROP COLUMN "credited_region_id";
        ALTER TABLE "claim" DROP COLUMN "plan_id";
        ALTER TABLE "department" DROP COLUMN "enabled";
        COMMENT ON COLUMN "review_step"."kind" IS 'ORGANISATION_REGISTRATION: ORGANISATION_REGISTRATION\nPROFESSIONAL_REGISTRATION: PROFESSIONAL_REGISTRATION\nCLAIM_REVIEW: CLAIM_REVIEW\nCLAIM_VERIFICATION: CLAIM_VERIFICATION';
        DROP TABLE IF EXISTS "organisation_change";
        DROP TABLE IF EXISTS "transfer_attachment";
        DROP TABLE IF EXISTS "profile_change_attachment";
        DROP TABLE IF EXISTS "training_plan";
        DROP TABLE IF EXISTS "profile_change";
        DROP TABLE IF EXISTS "base_document";
        DROP TABLE IF EXISTS "transfer";"""


MODELS_STATE = (
    "eJztfWt34jjW7l/R4ksn66RrJSSQFD1r1iKEVNFDIAeo6um3PcttsAjuMjbjS1I578x/P9"
    "ryBV9kY4MB49KHgLG1ZeeRLO37/t/aUpexan5ozyQZL5XZZ13TbaPWQv9b06QlJgcJLS5Q"
    "TVqt1tfhhCVNVUoiuW3Fxbrx1LQMaWaRy3NJNTE5JWNzZigrS9E1IBLsxrTZFOzmbX1OPu"
    "t3l97x7cc5OW5cz28/QFeyPiN9KdpLLipbU/5tY9HSX7C1wPAv/vEvclrRZPwdm97P1Tdx"
    "rmBVDiGgyNABPS9a7yt6rqdZj7QhPNBUnOmqvdTWjVfvFvnf/daKZsHZF6xhQ7IwdG8ZNo"
    "Cg2arqwubh4jzpuonziAEaGc8lWwUogdp5gPW5migOhhNx3J2IYi0Gs0cRwNA9NdM1GCLy"
    "qCb971/gEX6uX93c3txdN2/uSBP6mP6Z2/86t14D4xBSeAaT2n/pdcmSnBYU4zWoKn7Fah"
    "zXzkIyupq9pOD2yBNJ2gzHQPaJIziTfyCKs4dqGtDeiTXS6zm6PdS1QXvSGw7a/RbyjgTt"
    "eTT82ht0enB2fSxoT18GvU7vGU77h4I2nHzujlqIfkWnfsKwLaXvooq1F2tBfl41U8boa3"
    "vU+dwenV01z6Fvnbyezus7cK/U6SUYxvWw0W/mqLFfB699mQcq+zsRBrd+lwXd+l0yvHAt"
    "jK/0JhkylkXyYDGUHwhSbJTDVBGsySuILWWJP8BBBtTdVaYsoKdg/NCedCP4rQx9jk2T3E"
    "NSxVwLN4Ny8yp+CpO2gIUctsb5N+Y6HoQtjvajbmDlRfsHfo8t6BFwXTbjOdLdiYH9X29W"
    "eWfX75Mhvfm8BWuyESwIAthyFtT2uNN+IJMbkJ9Ks2/wgouhIYArel2PnPHbxi8t68voGU"
    "mTXihI8N/As/vM3ky36cMz+EDn0gYGcN1oI+M31DDSJMs2JBWtsGHq2gX6ht+xjKbvqPeA"
    "YIag/wNHhC+YYuMXtJTe0UJXZWQSPgDIDF3FZpw5LLRnBgP5B+H2nAkMM04WnV5q/4owln"
    "9Er3Eu81BcZmB8tuEzA+SHY2Bqo+6499AdTMTeQy0nyxkgbaHAD8J4tsfj5+FoQthO90jQ"
    "Pv9DfGp32kPxuTt66pFLkROCNmn3fmsP/Ouhn4L2OBx1e5+c3+0BuVMLxU5tw7bWbzIwVv"
    "WbRL4KLoXZgvULmIN3DRFVkIG9rmeA+bqeCDNcKrd0cNClLIRtM8sUbiZP4WZsCq8IQrnA"
    "9Qm2QrdkUkBkgbjMskBcJi8Ql1F08VJSEtQRbHR9guqhuxfBVpU0WVXyzeAgTfVgLn75XU"
    "mm+aYT5n8hmYtcS0WUsIK73V5m9dI2LXG2kLQXLHogxoG/14kUIWls7JO6iAzBlPSxrzHw"
    "zxxWfXM/HPah56Vp/lulJ3qTCPZfnu67ZFDokJBGiiMde3z/ehwI/27Z5rZs/pr6gFx+uz"
    "Ppfe3mZfAdqhZyvgXtoTdu3/e7hNv3jsqhJ54ZGAATJYutxwSFJPt9CFOm6TLh4BSXJfIP"
    "ykNNfXc3qBToJ72n7njSfnoOvSag9oQrdXr2PXL2LDpMfifot97kM4Kf6H+GAzr1VrppvR"
    "j0jut2k/+pwTNJtqWLmv4mSnKAl/bOeqiFRt1eyVuOepiSj3pZRt3DKDDs9OljGuFkRWXA"
    "uCEvFU2kKjXGJukSP/5jhFWJwhufCZ4SEjo6wUmQpB4OvURkYDDhCMh/uiNKzy43MYIOO+"
    "RcVREzHVX6jnCNnV6qBFIuG0FWm46H6VDDE518ZJiI+Yw6JZPaUtHNY1ShixbLpOKtZikG"
    "Fb/JRnNKW0Ou+eUnE1E6asRA5FvXMNKNF0lTTDpi6Eyw7+S7hmDfYumWfE6lK/J5c9kU7M"
    "ZN4440RvGz53FDywHuKWiC1iGikr4EU85SodPJMc/QLj/KdfJZv60Hic+RZFnSbIEW2MDo"
    "bYHpc5KpiMhoWoQYgYohxb4TMGQF/wmGiSd0GS6aommvuMXn4BYfD/f4upUmhQfJuOTNJW"
    "/Gusolby6DlVbydjeqfC5PYSLu7cRY3oLbej5wGZQcYQbCwMLlQzZAsRWiJZMv9uygF2Bh"
    "d/TNC7h+ndiczeqWF14QQx55I7JCj3qdSS1xeSgA4WGku4rCzFgaM2ANr30RsxjE05Hb12"
    "mtFFnxDSyQIVzJ/dHgS7+f5lZ6PK3aiYCdT6m2jY6ITs4kPZE3czfoikTvbckSeMVWnrSQ"
    "hOAJwBnWQvo8qHcht7VVbF4gAruiOQ61UU0PK1hrj3di6m+i6zNFNKq84QqaQypoyuYjeE"
    "SXlOKdBN23JY7vr+PhIMH/ZE0SFfmVmYX+g1TF3BvPV/vb3NZmVC88tRXVUjTzA9zv7zm1"
    "M0UoxQCikLTvAX321P5ndAw6/eF9VIyHDu65NoZrY7jW4NBCLpfD9iuHZfbuOJBjB5cVCF"
    "aaZktqR1+uyHg5DxwXGaJt0iUH2pr8G6HmmQL4gi4DP5looduG6Zl/37FkQODdykIz2zCw"
    "ZsEVwqQTnn6myARYApakmdKMLTbsoX+msBB1e4B+GZZeevrCcZom48LtuwcVHzz0w7COl5"
    "KqJmLrj1iFdtLr+m3TxxZ+pME6fmr3+3HV+8qeqjRLC3mZGOwpeXkIrAkRAxHSKH/q0H5w"
    "+9gXzJeHlxIeup0eQfPs9iJqG/ekhZtYcFEo2nsrtJkdcMxTMLd0a0uwI5Qc5bSZ7eyBcZ"
    "4vzddmTcQ9bXJ42swMLCugEdheukzrgptSUyA38EsS2MmaSzZ19QIZs7gwJXswxRyYeBBJ"
    "Mu6nqTJLCiLhiZt44qaSgF1U4qYsKrO9KoVssuX09ZcaSxnkXbtIVQJBK1F1m20ON1itsC"
    "b/rJNFCRl4phsyGHAhe9I7Vb9QI66kycgJcW6ht4V+gea6QQ6U2SJkx70g5ySLEV6wn3ts"
    "Tgn6R820p3/hmeWnAfJ+K3kVP/fKy4+i+/lYr19f39Yvr5t3jZvb28bdpb90xS+lrWH3vU"
    "+9QYRd3qwhys83HJJfOOh4nCa7UGZ/582M+OkpW4OoWuR2OwiYyR1wtJlos8yVyRLlmoJ7"
    "w2Twholu3llhjtJVEOzikw8FOKMtoN5BN1JuoIuf1VNMOFvGfE528VpT7OThVTIl1KFdua"
    "S5xQorTYbdJ+Cob4+6gcm/beZdVsJU1VO5FrN850jisk+dxb1k4gd9Zi8xO+V06PpFmu5i"
    "SlqKcrDpZv0F6nQR0EHmAur/gijq4DWyUiXtgn4ick9VmTkZDHTDa/mmG9+QaS+XkvEOWQ"
    "ga+PYGPiVIWyDjhmDfzBuzuD5j//cUNMFuXl5PIc2CfH1+gQz8quA3x39esUy0kqijzBk4"
    "+2ALDmVMzlmAHNzt82g8RlObSJD2eWZtSdQN7xu5Ct9rTxruKHMoRxkP+/iSuTks36MtMz"
    "9Waw8GX9p98bnfHrRQ4IegwafYfn7u9zq08EoLRc8Imksw/vL01B797nfg/o6+slnW5OKz"
    "VnNfp+J8nSzFYoUPJrMQPkGZX4It2Ye95EKFlDqYFWicYiFfk1SPR6tfXmZLU32Zlqj6Mu"
    "Zzc4IZV567g4fe4FMt5wrvkpHl2zkgq/YzFM2CpCvekaCNur92O5MuLXjgHAka6J8fRu3f"
    "yNLvH26zphefnoUwVGY+pd+aonrvSCPTK9JIeUMajBfEni4VCxxBpu/iVoaClB6qtK8W6S"
    "fFo9x+OBscja7YatTDlAWMeskWuRMZZIZfVnyU50re/DwBCr5a8pxSx8gp5Si7jJx5pcJU"
    "HFked3vsuNvoQlwAxmOLUMiPSqYESKeKcGALypJZyn3x+QzOnGEqvFSWygW2gw1LmYPhBN"
    "cY1qTg5Ys0Y9Is0jBDIiWwtQj2Db6SBPtuOruC42aTWmmcKvWNedO70mxe4nPqpAoxzE5M"
    "FA1l/gW9YoPcGJ7Ds9ZANQBWPqX933D7SGlu7uFx0adpK8hfKrToOqHHnap79hRzVhvHsE"
    "3rnORBmknMQd8IumKaNtmv82Zfi5BxW1g2WxiFbRvNWIiQq0PLoinLog7lEYw8gvEERLey"
    "RzB2VElZ1liCG71wkSqy+U0yCGtBCem2cU3kqGZdarTc3FJSKOUUoj2bvvTkpJxy80+5Pu"
    "w0AlElF6gfH2m5ZElsB7orU2wDrQg1aUbVdvi7hQ2YDwaeMzJescW9C/SH503AXfu4rHei"
    "sp77GrF54gzuNGvyMvPGtecv9/1ep4Wcb0F7Hg0fu+Nxbzho98nZwK/omnUcNxlYyPLIKV"
    "77Mg9CaWRBGVuSoubKEh0gKUeWaLhtZbJEu+EqZHPeJmEZg/o4ScuO41Hh5S1r5shbBlkk"
    "XggHtDXicfKdIT8dH5ZtED9Br9WHUftxknOJcYhaiH4J2vjL/VNvQp1T/cPsXqxfu6PeYw"
    "/OeUfuud/Fx3av71/wfpZk6/akjK1cLxOoq8S2FubmEhLbcjBLUbrq+RUXH3XNXVyToa+u"
    "TpfnIqzaqDN8XmO5CNfu//nHPUrLnZvLM9Bs5+aYRnRLhoXn1M3EtEBoe07z2JqCA8oAlN"
    "sdud3x6NtBgXbHjQt0AaDn9NMt2RKSxw06aW/KAD4svAVgPXFzmzy73VUT68AutUsRLcuS"
    "ZgtIwrJjJS1qLW/7vVVoYdlrUa0obEl+CGFkN3gkiFK4dYakRPDmIocMy8jSkeQ4AyDJpP"
    "7Z+FWRMXnrwNV77d5NPm8bl+Be8PHjOSOPcmHdMt0LfO8LGqnC3cGP6SLgzLt8xUECJJwN"
    "ZDDaPBJ2z4x1YAHZieHwPcVODN6srEbwTQ3xGp32uNN+6PK4wf3FDR7JKdIvyTnSVdVeMf"
    "mSaJt0xsRvLRrr5hs5kz54GmLwVNRkJ4bMRCtsuK6JQTGDtnAqH7XAq/FVAb4CDLmKaSkz"
    "E3IYEvZjjt9ifMo+biJoC1uTDeB6FrptAp0+hyKhJkaG/gbFRE0LS/TsX7qTi1FCS0VV4T"
    "YrrBO0gGEiFIrzJMmMkOdrx5C61qWgOH/EXSiPv5UX4ULJ81nsP5/FFuXndq86t53bTG1f"
    "oO6z6Jzqbjk5Jm+Q5HCzdl+FQQu3SiRUBk02RiRVBf1BwYzJScfhPB/8rNAsnjNwNZXblM"
    "PtskTnXN01QAc1xYL98RLfkc8GvmsRnsyETZowIxgDz6bImIbDBLcSZtzNrv0xOb2oVcLJ"
    "qg1HFCjO4x2Tx8sb61zhIOc91NbRDUvUDZmVJyE5r2aIiK/zMYdODf5LVvXAtHraAaoDFt"
    "T2VopTrqfNPTor5duXxaOTC6v75/yBB8rpiRSk4U5ePO9iifIurnn6HVEOC0unNZ8ze8EE"
    "X+Qd/GBmC0WVSVcMViiHE0wVEU/0/dzRYSinG+KpoLVP3Uhff1G0ycLQLYtiElOPhBtcpG"
    "lIVGgqWsG2G7UkjxL49yFK6ljIvmGoCeYVOm79TZH/LtSgnBc5J5P3yTTJuRU5dw5pRKwF"
    "RjPboIXA3sjA6W9xzcme7rG5mliiroTcP49U7zavXIq4j1k04B+TVeAfXR14sv5kTobeBs"
    "47Ox8XJOHifZQzdua/SPgEYzvBk9lBBeXPE5E3M4UYqfrsGxkrslQqjGiB9PGO0vJgsrKN"
    "dEmsNCEBjsGIRAW8ZD4kKllu5kK6r9h4D3vlQP1IpCqv2PSylYF5peUUFRXs+tXHOloXHn"
    "VP4OVK1d8Jg0FYCbc+apwd2ffNslQ59apjesnPIBGaY2yHs/QqPecKjjw5Gq97WmQqL5jX"
    "zuwWtM7w6bk76Q4mLeQfClr36bk//L07aiHvSNDu2+NuC8Fn9J3KwmwWnyVExivSc2yc0j"
    "2wfKLK8JZF+F/NDCwrVu5M2hGyQpKAlEg+usqU1jklq3O8wOkaMNEiGwihMhiiaKqtLrGP"
    "A1ru/DMna7orm2X/iLN8H9nLNcLXGAkAb95E19QlzitUG44+Qd1w+iVoTlpMsTcYT3qTL2"
    "7N8Ng5QSMiwqQrkk22O3oe9WBHjZ6B1Jq9r9FW8XOkr2Gn1+6L9Al6Y7dQOeOkoA0nn2Ez"
    "p1/b7N7FZ5BU8StmSLPZJohPXOb50SFDNYLcqO4BTZn6tTeA4aEJU91jQXv6Muh1es9w2j"
    "8EzuzLYPI7sGXwLWiT4W+D8efecwt5R4I2IIJoCw1ccfT4PBmB0Cb3y6VeDdKUeDxL4ze1"
    "Igjl2rt8guqhW/y65Bog8uAbIKkewvVGIwPEpFVyBXq4FuGDgXkNVEcT2RGGKZJHUgfVG4"
    "C7LPXN75LLm9/FEqmCqkrcaf8N91BizAnn//BlPBmRbdQ72p0ZKn7bdIohits5b8aJuQ9n"
    "dkHwBLMKtzuT3tduLeeb8NwdPPQGnwjn6RwImtNPCznf7ATCYPN4GLV/I4KFfyhoD0SwuK"
    "fZg72jcrxH3CE3GfrqOuTyFKtVG3WGsTTuuMadhH/sMOHDifC7BwqnOGIX5hz8YyQkzOIe"
    "HJ/RBcA78js6scmcFdnQa7xLAkJ5qWg7uhK3oY8KYR1RMZF/DnLmYBOeQNGYIl9etEZ6pf"
    "IqxTUWpC+7gLSW96SvB7erquLlqAQgcSsHLhdwTrpbp2jmbmhlzSB3Ittw1PPGDYrZEaRc"
    "0TUnOaGKiUKqJmsXAUrSXliRAtvi1KEdVnVeHS9s62ThgsSMhcyyZ6ezak8w16pgWni1I1"
    "wj2tOYdFRVrCw3Pb0IGdx3RCtnqvuTxMtnTzlwuSeaZs6xYYq6zVAZ5YSLdlV9qJQdma8q"
    "InWoSCJ3j9wQT7TeSbNFFbnbOCXIkgjuWr6DMgTzG5q+7ZKcmTcakLjN6QcS9kpaKCToJ5"
    "PmBCa7H+T7VbS5js68VQtN32mlA0cTeQ7xP/o8av880G0FbX0q3BSipnVVdq9dwG8nlFrD"
    "b+cf0J9TPNcN/CdNf/ynNCd3/BMtgIC0ETTnCWXkDDnSNfX9Apk0dzGSlfkcKSY9dgtHw4"
    "NhdZ45/ikaIhaMgyLPJ4aUvN5FHgTFg6AK9Qx6HIJX0ONQ0J7bIxoB5XyXw5fBeUHjQwDV"
    "39lTe00RtWQrMwv9B6lkYdmbU8rf5rY2o9GUU1tRLUUzP8Bt/57TTaUI7yBAKGTE9mA+e2"
    "r/MzoCnf7wPmqdhg7uo36hsETmGQ2fgA9G4YNxgk5brtdVzhFgeW1lLP3O8twqx8pGuAxx"
    "G++NGB334GAEtkXZp4zgxug4uHFwiXiiKjOJYOTmLsqHcRI5TwLJdEWSTJbjRpofkkdRYo"
    "/0LX2QGpdZwgBIq8R1mF7j7rLVdpzM4i4r45kibzXqYUqeSqg83rHxUeZZinlC3eO/SgUm"
    "1D1+WqyOqpuQl2CTNtttdpFdnR2g2KjPdrtHtCu3Al04nZWTvArSWBn6G024eQZzzbR04w"
    "JBb1iTCRN6foFAaYsUbabaZFmPp8ra360ETdDG9pSWTAENtEeEyOQ1FGyiKZ7pS6eOijuD"
    "karr3+wVOYWwAppl5CxZyaVVvE69aew8S6ykyh/Bi9BUcd/NfBrne+XlR1E6f6zXr69v65"
    "fXzbvGze1t4+7SX0vjl9IW1fvep94gErm3WTXtD1BsDDbkflISF92T3tGKyADlvSs5Bdow"
    "VZVALUyOXS8u+bCN0XF0NzNhwSWfM2BZGLDIK7y5GHR4s+QgZwE59i6zYT4Si2tbU/37Ez"
    "ZNKcFVI9Qgna2lTcVloO1GhraN3OZoThhACbhIkzB5Z4T3+xn0CAiSfZgXSNMthcxVwkt+"
    "wyuLNqb86ApmDPzQESht4mzsPm6QxcvBBGW6xNO3HthzAXxXtKTcJgnqzDVJmX0WttQd7y"
    "NfyUxZKcyw1TT1fICoijDvI5GiaU//wrNcOAdIOMrZUJ7qMiNl3QR/T1iKvfaVwDdN6939"
    "5ySk8I45b/hK7/5w8MlrHvXo4FYnbnXymKGcQx4g4/amMtubyEAxK/mm7FM+RfXM9cXkpY"
    "wpOo4jID5LpvmmG/IIm9jqQLJ3hpAYb3SRJiiu3OaiAe39FPJZpMWQ2OaKdOTzRbcsrCGv"
    "4xYCrQaW0UIyF1i+QCYZPRUjGzo1F7ph/QwVP5ji4h7ukEVedJ2CaHPT2ea46HhY0RHSis"
    "Jw5hIeg0SV4Aj3ncGYc4A/IgeIv68U0tsWox6mrOCon8goZ2IEva0r5xgHyDijX+bxndNy"
    "rmSooPgMKwFMuhGeQc5LMQUN8Vs5lnN38ryG4jWvvaMJs73u6cQgzmwiDs2uMpkun0FWVE"
    "Du+r+2pDq1ABLqVyY1vUiVUn0i8d8xqgyR53eXNzPBns8vIRC83rylxx8F+wZfSeSqfHND"
    "zt9dz+JCaE7aHYphc0FyD4KkSb0Y82nDPAouQmYQIctWv61qFjF9akmQmFRkObMDJ58QOx"
    "AmS+PkK8XFA2ceVXIEqtNoei6FUoyyegryPZTFCqSxy5kVPk7JWejNLPQqkjdwRz66omkI"
    "o8w0Y7KVi6MOjAKTjQ6PUhrvHGmZgV8mvO21x+E263eX5PO2PoczU3KmcdO4a1GXvGDfCB"
    "Jpu7mUXEmFhpTQxEhOpkZkYpoNw2Tx2Qe5565JkSzFUrG45hGd3y+GJGOnwTolL7cZHZjV"
    "P71cJMcvIDUZtQfjx+5o1H0Qh18mLRQ5EX1Pj+PmaOLvW4+rQ1pixq321O6TsYNPQXvsOr"
    "+c723QzyKDJEsgcY88xbAWoicnZBU/wlQ/svShkW3kFUNeVVacXJqcHKYr8QQujeRBtnRN"
    "mSlWrqrHIaLqoVz8Yoxle5YQXJ9tSQ51UGLEaw/DzmQ4Iu90C/mHgvbUHk+gbKnzLWj37c"
    "7nbn9IznhHgvbrl0FvOBI7w36/+4mQh3+Tbbfb+Tzoddp9cu/OcPDQhsKojJOC9rn36bM4"
    "7nweDqGUvHhP+v+thVhnt9ks6lnewXryO1iPvYPmbOFWOc2scPUpSjwXyqQSXEp/sQIrkx"
    "H2CaoHcPGbCMhytpMOIi/XwyD9kVkfGb8YOIHp2bxLrKlLPGvdLcLbH7JtDoPhgGwJA9ct"
    "5PgbOjimkKewSGvGwp1a8jpKesCC1/6Zk6147ZSfAwjzLOZhqhK/G6VZ0R3EVPyaLxY1Ql"
    "Y9pIuJjQjVeohoR7NCHaWrHtbFz2oXsxWeKZKaT+RlkHLEsyIe8z/Kh3qMnCOfFXnHyrIl"
    "Oxnp4oBKfp/Ry8FWOvoCT28gaIR56I6eug89qowI/hK0cddp63yXj710kMfzOdjhXnFuqS"
    "qJ/kcWrRxMtvdsSaLni1HWxUharXRyRzD0bjmjWT3wOR2ck2C+321Wez1Ub17fZUlDfpec"
    "hfyOJyHnwYCkC3slbznqYUo+6mUZdUbwWErh8Ly5MCN0vDhJXK/HM77vvyTJSxK2aWnPXh"
    "JhrQBDkEVuSxbbYlJbacIfT95nMcVzm5cq2MZzO3upAvaWVwDSD6HOTmvZyApzbK8PgUye"
    "Ag2+9Ps1xsJcAMAjv6NqghvajHIX2ggu05KMl8pMJBjqtrFj6fa229tn2lmFlpCwoKsvVw"
    "RtiAnYES5NsyW143dXWcDWGpUdEeuse6osWKqkLHeFCfqoKkBJsfw7YpaSV6CaKNLoJtEp"
    "EL8zdrSzDu2rqoiZTtDYjlCNnV6qw5mEdfCGpJlzvCsfMXG7qdJUigd7ZkhiM9TwRCcfGb"
    "neHVLYHFVMLiCBTQLbu3MM7XpZSwiiDa176VG06/WWts0QR9u4liFrTHN+I9i3jetrwb6b"
    "zm9bUPsiEMX6k4kMTIbRtKC0hXMH0sTArwp+wzICOcyr+uZFtZ7BD2rwuoia+Q91X0HzW0"
    "7faSNMOGH9HRu/IACaRuL2HsioLKfYuECkf1ldN16RVWSuG0u/rsf5B/TnFJNT+E9BA9o/"
    "pbmFjT/RQldlSuI8ooyc8Ue6pr5fIFOn12RlPkdn4X+92bzEBAA8a54jxaTNvH9YsaAQXu"
    "aY4GgQ9TdyFb692GAe6nvIUF8P/W0cgTzaMiegqU16E4gCpV+C1nvoDsjh7y3kHUVf+eN4"
    "9jgva3wgfh0PBwlxoT5F1F6ozCz0H6Qq5t7sG7W/zW2NpgJAU1tRLUUzP8Bt/17b767Igh"
    "sQCpkKY/UcoqUbLsI2QOggWs+BrpZ5RsMn4INR+GBoOssnKCXeV2d6AFXAMNW4zOKqQlol"
    "rjz0WiTM8PSSPbjZGnJOcFa2h+fn0fArZHfwjrJnfCjHxmFgycznPL2m4C9IpheEe3Mlo3"
    "+afj1ZvLlkPFPkrUY9TMkzf5fHeSt5lKfv4lZuGon03Jsr7mvE0xnu35uLapFyljyPUHFk"
    "eaLI4ySKZLsbedOzAJx/ELeuyAu9i1OMZUmzBXguFWkXbfu9VmgQGGatPdlfAvBtssSEkc"
    "5qkxGlMNlG80z3lXBB5M1DDiGWwQoieXYQz1BwBraT2ZVnTGjeNiAzaePjx/N4EtNCemSY"
    "I/6orc1ONKTpXxEDBTc/HNL84M63XNiGaDizwmAD6aucC9MABUd0M/sXXEN2Zvyq6C4U5U"
    "hC7yw7OXh0AheA7pgWM310O6sotIFXNzejt0+WxfU7Z3Aoa4/0ZIZk7f6eoX6uhmiGIQUa"
    "QmIDJCuvCogZF+gbfnf8JCCPual8/1lWXhQLfbr/efJzvd68pPVwGQVzC+lyhxJGXvXgrF"
    "p9r30xVpjj8hzFB2MlMyC86M4e8zukJArbbFncLV3YodxLwGrYG3S6LeQdCVqHOpjAp6A9"
    "9JxVuIW8o3LYDVeSkRSynDz5Q0TVsx4WsNSkqQwpeAVwNVUP6ArNsh10V8Hgxh21VxXVGy"
    "ZaZwpQ9uVQZ5/IPA07BSwUVSbzdDegqvYq71UHOqJa7bGFVzWmUOFf3SBYQDvR9BpulC6G"
    "GkamPf0Lzyz0JikWwQXNdQOdkT/X/EuEgXOkk3bBJaflOknD7RDZYhQN/2Qi+hxxeWNfN8"
    "nikB20r0ScscnRQpFlMs3/BRWZ3Cd0ZjG0cn+TpZq7bXO37SL56uHoU3vQG7cnveFAHHU/"
    "AfNMf7RQ4iVBIzz4Y3c8JsftfoQq8RLh1/vt3hM597XX/Y3w7YFf3rWv3VHvsddxu4qfEz"
    "TqXy4STnDwyfM2d3+tnc79y5ET5Ln77YH/AIEfkPV83BXbg8EX8tRwAbKfh8+4bShV+/m5"
    "7z8m83S4x/GXpydaMINxcl3RKlzOCn4FrvUGgUs90n9oeLz/mHGS/NftEcHB/encJHYq2g"
    "puFz2zjUR1k8VR8CbZT/Am7kcbWRyzClVRujK/llsKVsWnxw7sPNk3lzARt3MwLEceWxRG"
    "dLyUVDUZVpfmcIBe7RfN6/pt0wcSfqRhOH5q9/ssILlX/el61Zv2cikZjEzwyRFAARIeAw"
    "Q9FxuQtVqpykzSLDGvwj5Oua9X6ng2kr3UxuJhD8noVz/sgTvEH4Db4jEmP0KMCQ/R23uI"
    "nqukjEGcWnFtTcRrreWotcZjTA7kZMjjHg4d97BP65WX7YxhugokQku2W5mBRps94pCqvy"
    "jaBzSBFEP6N6y5WXogd4+GX7GBTOob2aKZf6gn2/hz++d6o0mzAEmILJvfwOkebg9ENqEm"
    "T8DwlNvrrbLYrwIpw8gEIE9A2SJukDqoQYqOvLiQzEUeRidMVT3fxcI96ipv9wua6cJGO0"
    "HrPj33h79DTWDvSNA6w6fn7qQ7mLSQfyhon0fjcQvBp2Pvcgxc5dAtcr1KMvTV1auokmmJ"
    "JiarXf5xj9JWcORPZKQzyfv4+0oh3W0x0GFKPsylHuYAr5lzmMOUXHlX5lGeqQo4IxMK0m"
    "muStxxyuop8/ZQYb4sxZKOjXPBpgYazZYT1QAJt96UMZ1RBQFO0YcmpobPrQ7dITl8ObbW"
    "XdLDMwOu6bteBLJeP6c1czPDGlgSN4N63CRRJwrxphxRPtJHUuOvUwqwNPmhhAMpynzazq"
    "+pnSnE3V6puiTTlP0qblE9+vTdwiZSITzdJqNqoMdevzsWH3ojCE8nUFuEA0WgXr1AJmFU"
    "nbB10Mm/x/X4Rd9B0Jz+vLIHJtQxcCl+IWcUExn6GzLwTDdkE70t9PUDKBatePC2kKC8AH"
    "IKQUEGoOnOgfVc+78H7T8Z+nqjmUc6WlNUzx2veKnIVP4fw+kx2SPbbc4lIQbbvsSyIuWO"
    "0ghTldmEUpoYDdhF8nrrBmkqCPJVPYvzE2mV4qgbc37yds2tfTaTO9jXAnJ6ex+33/149r"
    "uYLiJL1ompZGKRQGUXkDT1nvT14HZ1gtMhWyKFooq8VjOp7GEKlVYfu4LLcVYTsH0qTiZw"
    "J/JUz6rEdIIMXb9IU55Ybktx5TXNUj7ydv4RkgVLsmDfXmOZHl+R8/WrupNG2PvllXls1q"
    "XGOdR5JMNmQVIN97agjTDNCxSt2EjzlSFpqr9i5BRnQ4oVU7Mc7UkEzbA18xdEK5U5JSCB"
    "mh5Bv1TpY1Klj2RZmMxMbP6EFrptmK7qR7Eyu2TqEX9jXtvxGFoZOsC5AybDVJUUwvYQLe"
    "nmFmADnSHge01eZsRrz1/u+71OCznf4YQrYXfN6Mp3HGdLqIqbS//gti/zIJRGwUPmsmGJ"
    "IK+yJeEE5WSIKk0KPkHIUyAGKTYCINllc8MXpPmhwaOsCQM5PFOWkpoQ8ufRRJFziD64xB"
    "XDrtvpPbX7Z82LaHBfMM9RxLdFlWa5uAafoIIr514YBvx9RTZ8qg10ue0cHDCbmJt7WOpa"
    "x+KciwNek1TPZZPXEObZjngN4YO/IPZ0qVjWDka6lB74us/NdLmgrpaZjmfU2VFAKNMgZw"
    "rKCaqX862iDEq+evIkL8cLaohaSnb0Ef9BEr0wXmNeSHgPOBdXSLgwN4+T3XkPbm6njgo1"
    "tqnduXaxwcy+bpXBwn6Dp5JgN24ad4J9N7u8Jp/z5gzM1sGQDrTUX2lxC0Nf0moWeLlS9X"
    "cwSetI0nQwKTu5hHRVXl8kj2nor46aK2JPP8h9BQ3s5EuwqOu2hc6CyfDPL8CIrlFLugZl"
    "OPyePRJFC1D0BonFiWN29GgEkWdHh2Ic8J+I0e0jILvQRoSJSmvC7fGHtMfTEZPxSjKsZV"
    "LxteQKvUxiHjbKiMsliOSzXXgEFbRdFG/1Pbi2sNwAc326gy3ZCMUtdeoB0hYK/BC03mB9"
    "YX3sZP3qd6mC3T8UNCBda96Dv2hP60uBH2XWy69T12+XFSOBnIvlrPwYPljbK5dS++A7NU"
    "vLBE5vgNE2m0qclhujMu0u3DSSjH51TSNEbhW3N4/EqbmJpMwmkrlC9p/FVkMdIeXjXOpx"
    "jmqBttAqcKNYRsXC0RN+VR3hiLoyH8hsYo7zZiPkcRNVlQ3sojJVsY2QTLU9t0ZmATxps8"
    "qAOsMOwjHPgjl7Ud3BECz5kdM8FPvItuEAcilW4jC+m+3FohQmyFCsBkKPkUMGhWCgKIzX"
    "G3KVarS26Zlgf2ze3IDNd948Z9Wi2aEnhj32j5ARnGbr+xfPM3dMCyqkv8gn4KwpOCfI4r"
    "i9tzYfqx2m4shu5rHDK8lOrEfQf+fEQM7MdoQn2OZcu14q1R2hDSdwrSi4gTWxVCXyfseS"
    "MSYDJJOeWBxJ6HoqL/JOWopmsGmWFDE3l4QhaOBb+ik1BfsW41v6KQt2s9GAtC2X0zpteU"
    "fO3F3P4POStGlczZotyG47V15sg1ayWxGWA57Dy8qir2Au6UacbTnsrXfInQt9xl+y8VJS"
    "1cStwqOpDHNzXb9t+nsD/EjbFsZP7X5/M1+zsqeENRWZOdhTA9rDhDyqvdZKjWoPamy2AJ"
    "tBziFPh9zSra2wDtFxkOMgx1jN4+zZbWwoswVrt3avpO7T0rrNpg06GVueDL5cQvorNkym"
    "jjXZmSdAUkEX0XqjkcGJh7RKdOKh12IOa3kQdptXEN2rTC5SVykuUlcMF6mkrCG/joeDBN"
    "+oxKwhsjKz0H+QqpinqBdJARfACDlKeJiePbX/GYW70x/eRz0goIP7Y29m//3//d8igg=="
)
