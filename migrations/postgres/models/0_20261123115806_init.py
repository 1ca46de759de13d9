from tortoise import BaseDBAsyncClient

RUN_IN_TRANSACTION = True


async def upgrade(db: BaseDBAsyncClient) -> str:
    return """
        CREATE TABLE IF NOT EXISTS "account" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "id_type" VARCHAR(24) NOT NULL,
    "id_number" VARCHAR(32) NOT NULL,
    "name" VARCHAR(64) NOT NULL,
    "phone" VARCHAR(20),
    "email" VARCHAR(128),
    "landline" VARCHAR(32),
    "password_hash" VARCHAR(128) NOT NULL,
    "must_change_password" BOOL NOT NULL,
    "status" VARCHAR(16) NOT NULL,
    "created_at" TIMESTAMPTZ NOT NULL,
    "updated_at" TIMESTAMPTZ NOT NULL,
    CONSTRAINT "uid_account_id_type_a2d9ce" UNIQUE ("id_type", "id_number")
);
CREATE INDEX IF NOT EXISTS "idx_account_name_d49e11" ON "account" ("name");
CREATE INDEX IF NOT EXISTS "idx_account_id_numb_0f79c9" ON "account" ("id_number");
COMMENT ON COLUMN "account"."id_type" IS 'RESIDENT_ID: RESIDENT_ID\nPASSPORT: PASSPORT\nHK_MACAO_PERMIT: HK_MACAO_PERMIT\nTAIWAN_PERMIT: TAIWAN_PERMIT\nFOREIGN_PERMANENT: FOREIGN_PERMANENT';
COMMENT ON COLUMN "account"."status" IS 'ACTIVE: ACTIVE\nDISABLED: DISABLED';
COMMENT ON TABLE "account" IS 'One natural person, keyed by ID type + ID number; may hold several roles.';
CREATE TABLE IF NOT EXISTS "audit_log" (
    "id" BIGSERIAL NOT NULL PRIMARY KEY,
    "at" TIMESTAMPTZ NOT NULL,
    "account_id" INT,
    "acting_organisation_id" INT,
    "action" VARCHAR(64) NOT NULL,
    "subject_type" VARCHAR(32) NOT NULL,
    "subject_id" VARCHAR(64) NOT NULL,
    "before" JSONB,
    "after" JSONB,
    "request_id" VARCHAR(32)
);
CREATE INDEX IF NOT EXISTS "idx_audit_log_at_63718d" ON "audit_log" ("at");
CREATE INDEX IF NOT EXISTS "idx_audit_log_account_8988e4" ON "audit_log" ("account_id");
CREATE INDEX IF NOT EXISTS "idx_audit_log_acting__927f52" ON "audit_log" ("acting_organisation_id");
CREATE INDEX IF NOT EXISTS "idx_audit_log_subject_787ea6" ON "audit_log" ("subject_type", "subject_id");
COMMENT ON TABLE "audit_log" IS 'Append-only record of every decision and change: who, for which organisation, what.';
CREATE TABLE IF NOT EXISTS "region" (
    "code" VARCHAR(6) NOT NULL PRIMARY KEY,
    "name" VARCHAR(64) NOT NULL,
    "level" VARCHAR(16) NOT NULL,
    "parent_id" VARCHAR(6) REFERENCES "region" ("code") ON DELETE RESTRICT
);
COMMENT ON COLUMN "region"."level" IS 'PROVINCE: PROVINCE\nCITY: CITY\nDISTRICT: DISTRICT';
COMMENT ON TABLE "region" IS 'An administrative division, keyed by its six-digit GB-T-2260 code.';
CREATE TABLE IF NOT EXISTS "organisation" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "kind" VARCHAR(16) NOT NULL,
    "depth" SMALLINT NOT NULL,
    "credit_code" VARCHAR(18) UNIQUE,
    "credit_code_temporary" BOOL NOT NULL,
    "name" VARCHAR(128) NOT NULL,
    "nature" VARCHAR(32),
    "level" VARCHAR(16),
    "industry" VARCHAR(64),
    "phone" VARCHAR(32),
    "address" VARCHAR(255),
    "code_certificate_file" VARCHAR(80),
    "base_level" VARCHAR(16),
    "review_enabled" BOOL NOT NULL,
    "status" VARCHAR(16) NOT NULL,
    "created_at" TIMESTAMPTZ NOT NULL,
    "updated_at" TIMESTAMPTZ NOT NULL,
    "parent_id" INT REFERENCES "organisation" ("id") ON DELETE RESTRICT,
    "region_id" VARCHAR(6) NOT NULL REFERENCES "region" ("code") ON DELETE RESTRICT
);
CREATE INDEX IF NOT EXISTS "idx_organisatio_name_36ddcf" ON "organisation" ("name");
CREATE INDEX IF NOT EXISTS "idx_organisatio_kind_9bf0fa" ON "organisation" ("kind", "status");
CREATE INDEX IF NOT EXISTS "idx_organisatio_region__3a5e09" ON "organisation" ("region_id", "kind");
CREATE INDEX IF NOT EXISTS "idx_organisatio_parent__bdd4e7" ON "organisation" ("parent_id");
COMMENT ON COLUMN "organisation"."kind" IS 'HRSS: HRSS\nCOMPETENT: COMPETENT\nEMPLOYER: EMPLOYER\nBASE: BASE';
COMMENT ON COLUMN "organisation"."nature" IS 'ORGAN: ORGAN\nPUBLIC_INSTITUTION: PUBLIC_INSTITUTION\nSTATE_ENTERPRISE: STATE_ENTERPRISE\nPRIVATE_ENTERPRISE: PRIVATE_ENTERPRISE\nSOCIAL_ORGANISATION: SOCIAL_ORGANISATION\nOTHER: OTHER';
COMMENT ON COLUMN "organisation"."level" IS 'CENTRAL: CENTRAL\nPROVINCIAL: PROVINCIAL\nMUNICIPAL: MUNICIPAL\nCOUNTY: COUNTY\nTOWNSHIP: TOWNSHIP\nNONE: NONE';
COMMENT ON COLUMN "organisation"."base_level" IS 'INDUSTRY: INDUSTRY\nOTHER: OTHER';
COMMENT ON COLUMN "organisation"."status" IS 'PENDING: PENDING\nACTIVE: ACTIVE\nREJECTED: REJECTED\nWITHDRAWN: WITHDRAWN\nDISABLED: DISABLED';
COMMENT ON TABLE "organisation" IS 'Every organisation kind lives in one tree: HRSS → competent → employer or CE base.';
CREATE TABLE IF NOT EXISTS "admin" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "is_super" BOOL NOT NULL,
    "status" VARCHAR(16) NOT NULL,
    "created_at" TIMESTAMPTZ NOT NULL,
    "account_id" INT NOT NULL REFERENCES "account" ("id") ON DELETE RESTRICT,
    "organisation_id" INT NOT NULL REFERENCES "organisation" ("id") ON DELETE RESTRICT,
    CONSTRAINT "uid_admin_account_a84251" UNIQUE ("account_id", "organisation_id")
);
CREATE INDEX IF NOT EXISTS "idx_admin_organis_bc41e3" ON "admin" ("organisation_id", "is_super");
COMMENT ON COLUMN "admin"."status" IS 'ACTIVE: ACTIVE\nDISABLED: DISABLED';
COMMENT ON TABLE "admin" IS 'An account''s admin role in one organisation (超级管理员 or 管理员).';
CREATE TABLE IF NOT EXISTS "department" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "name" VARCHAR(64) NOT NULL,
    "sort_order" INT NOT NULL,
    "created_at" TIMESTAMPTZ NOT NULL,
    "organisation_id" INT NOT NULL REFERENCES "organisation" ("id") ON DELETE RESTRICT,
    "parent_id" INT REFERENCES "department" ("id") ON DELETE RESTRICT,
    CONSTRAINT "uid_department_organis_734341" UNIQUE ("organisation_id", "parent_id", "name")
);
COMMENT ON TABLE "department" IS '内设部门: a small tree inside one organisation.';
CREATE TABLE IF NOT EXISTS "organisation_closure" (
    "id" BIGSERIAL NOT NULL PRIMARY KEY,
    "distance" SMALLINT NOT NULL,
    "ancestor_id" INT NOT NULL REFERENCES "organisation" ("id") ON DELETE CASCADE,
    "descendant_id" INT NOT NULL REFERENCES "organisation" ("id") ON DELETE CASCADE,
    CONSTRAINT "uid_organisatio_ancesto_159053" UNIQUE ("ancestor_id", "descendant_id")
);
CREATE INDEX IF NOT EXISTS "idx_organisatio_descend_6b3988" ON "organisation_closure" ("descendant_id", "distance");
COMMENT ON TABLE "organisation_closure" IS 'Closure table of the organisation tree: one row per (ancestor, descendant), self included.';
CREATE TABLE IF NOT EXISTS "professional" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "status" VARCHAR(16) NOT NULL,
    "sex" VARCHAR(8),
    "birth_date" DATE,
    "native_place" VARCHAR(64),
    "ethnicity" VARCHAR(16),
    "education" VARCHAR(24),
    "school" VARCHAR(128),
    "major" VARCHAR(64),
    "graduation_date" DATE,
    "degree" VARCHAR(16),
    "postdoctoral" BOOL NOT NULL,
    "admin_post" VARCHAR(64),
    "admin_level" VARCHAR(32),
    "title_series" VARCHAR(64),
    "title_specialty" VARCHAR(64),
    "title_qualification" VARCHAR(64),
    "title_grade" VARCHAR(16) NOT NULL,
    "title_effective_date" DATE,
    "title_certificate_no" VARCHAR(64),
    "title_appointment_date" DATE,
    "title_certificate_file" VARCHAR(80),
    "created_at" TIMESTAMPTZ NOT NULL,
    "updated_at" TIMESTAMPTZ NOT NULL,
    "department_id" INT REFERENCES "department" ("id") ON DELETE SET NULL,
    "organisation_id" INT NOT NULL REFERENCES "organisation" ("id") ON DELETE RESTRICT,
    "region_id" VARCHAR(6) REFERENCES "region" ("code") ON DELETE RESTRICT,
    "account_id" INT NOT NULL UNIQUE REFERENCES "account" ("id") ON DELETE RESTRICT
);
CREATE INDEX IF NOT EXISTS "idx_professiona_organis_12497b" ON "professional" ("organisation_id", "status");
CREATE INDEX IF NOT EXISTS "idx_professiona_title_s_271078" ON "professional" ("title_series", "title_grade");
CREATE INDEX IF NOT EXISTS "idx_professiona_departm_124d40" ON "professional" ("department_id");
COMMENT ON COLUMN "professional"."status" IS 'PENDING: PENDING\nACTIVE: ACTIVE\nREJECTED: REJECTED\nWITHDRAWN: WITHDRAWN\nTRANSFERRED_OUT: TRANSFERRED_OUT';
COMMENT ON COLUMN "professional"."sex" IS 'MALE: MALE\nFEMALE: FEMALE';
COMMENT ON COLUMN "professional"."education" IS 'DOCTORATE: DOCTORATE\nMASTER: MASTER\nBACHELOR: BACHELOR\nJUNIOR_COLLEGE: JUNIOR_COLLEGE\nTECHNICAL_SECONDARY: TECHNICAL_SECONDARY\nHIGH_SCHOOL_OR_BELOW: HIGH_SCHOOL_OR_BELOW';
COMMENT ON COLUMN "professional"."degree" IS 'DOCTOR: DOCTOR\nMASTER: MASTER\nBACHELOR: BACHELOR\nNONE: NONE';
COMMENT ON COLUMN "professional"."title_grade" IS 'JUNIOR: JUNIOR\nINTERMEDIATE: INTERMEDIATE\nSENIOR: SENIOR\nNONE: NONE';
COMMENT ON TABLE "professional" IS '专业技术人员: the professional role of an account and its profile sections.';
CREATE TABLE IF NOT EXISTS "academic_honour" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "level" VARCHAR(16) NOT NULL,
    "name" VARCHAR(128) NOT NULL,
    "awarded_on" DATE,
    "professional_id" INT NOT NULL REFERENCES "professional" ("id") ON DELETE CASCADE
);
COMMENT ON COLUMN "academic_honour"."level" IS 'NATIONAL: NATIONAL\nPROVINCIAL: PROVINCIAL\nMUNICIPAL: MUNICIPAL\nOTHER: OTHER';
COMMENT ON TABLE "academic_honour" IS '学术技术称号.';
CREATE TABLE IF NOT EXISTS "practising_qualification" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "series" VARCHAR(64) NOT NULL,
    "name" VARCHAR(128) NOT NULL,
    "obtained_on" DATE,
    "certificate_no" VARCHAR(64),
    "professional_id" INT NOT NULL REFERENCES "professional" ("id") ON DELETE CASCADE
);
COMMENT ON TABLE "practising_qualification" IS '职（执）业资格.';
CREATE TABLE IF NOT EXISTS "aerich" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "version" VARCHAR(255) NOT NULL,
    "app" VARCHAR(100) NOT NULL,
    "content" JSONB NOT NULL
);"""


async def downgrade(db: BaseDBAsyncClient) -> str:
    return """
        """


MODELS_STATE = (
    "eJztXW13m7gS/is6/nLbc9M9Dkkc1/cTsWlD1zG5Nml3t+zhYJBtbrHw8pI0Z7f//UpgzJ"
    "vA4NgOpnyxsaQR+NFImhnNDH+3lqYGDfsXVlU0uNTVWxOZrtXqgb9bSFlCfJHR4gy0lNUq"
    "rCcFjjI1PBJl3VZehI2ntmMpqoOrZ4phQ1ykQVu19JWjm4gQSe7VtNOR3M41M8OfTLcdXF"
    "+/n+Hrq4vZ9S+kK81UcV86mpeicpH+lwtlx5xDZwHJX/z6Jy7WkQa/Qzv4ufomz3RoaDEE"
    "dI104JXLzvPKK+OR88FrSB5oKqum4S5R2Hj17OD/vmmtI4eUziGCluJA0r1juQQE5BrGGr"
    "YAF/9Jwyb+I0ZoNDhTXINASaj9BwjLWrI8EkR5womy3ErBHFBEMFwXqSYiQ4Qf1fb+/Zw8"
    "wjvm/PL6snvRueziJt5jbkquf/i3DoHxCT14RmLrh1evOIrfwsM4BNWAj9BI49pfKBaH3K"
    "UHLo+fSEEqTIG8IU7gjP9AEucA1Tygg4IQ6ZBHd4e6NWJFXhixwx4IriR0PxY+86M+T0rD"
    "awndPYz4Pn9PijeXEhLEW27cA95XkvUzhm2pfJcNiObOAv887+SM0Wd23L9lx2/OO29J3y"
    "aenv70Ha1rGK+KDGM4bN43ddTo0yFoX+WBKj4n4uAy3SLoMt1seEldHF/lSbE0qMn4wVIo"
    "DzBSdJTjVAms8RSEjr6Ev5CLAqivV5mqgJ6D8YAVuQR+K8ucQdvG91AMudTCTaHcvoqfAt"
    "PuYSEnW+PsG3Udj8KWRvuDaUF9jn6Fz6kFPQHuWsy4T3R3YmD/CLgqKA3nk6U8bWQLGrNh"
    "LDAC0PEXVHbSZweYuQnyU0X9Ria4HBsCUmMyZqJk0zZdtWSWyRIFKXMPJPJvyLNvhD3VdL"
    "2Hp8iBftUWATBstFXwExAESHFcSzHAClq2ic7AN/gMNTB9BvwAEA4B/yZXWC6YQus/YKk8"
    "g4VpaMDGcgAhs0wD2mnhcK89UwTIr1ja8xmYcJwm+720/kwIll+TdY2UeSwpMzI+u8iZEf"
    "LjCTCtMTfhB9xIlPlBq6TIGSHtgcgPLHiyk8m9MBax2Lm+ktDtr/Id22cF+Z4b3/G4KlEg"
    "IZHlv7CjTX3sp4Q+CGOO/+j/Zkf4Tj2QKtpFbGUuCwhWzGWmXEWq4mJBOAFLyK4xohoKsB"
    "dMAZgvmEyYSVW1tYOjLmUxbDtFWLiTzcKdFAuvMEKlwN0Q7IRuxbSAxALRLrJAtLMXiHYS"
    "XbhU9AxzBB3dDUH90D2IYmsoSDP0chwcpakfzPtffleKbT+ZWPhfKPai1FKRJKzhbncQrl"
    "66tiOrCwXNoRyAmAb+xsRahILo2Gd1kRiCKe7jUGOwKTmu+eZGEIak56Vt/2V4BbyYwP7h"
    "7obDg+INCW6k+9pxIPeH44Dld8e1dxXzQ+ojSvlsX+Q/c2UFfJ+qB/xvCQ34CXsz5LC0H1"
    "xVw06sWpAAJisO3Y5JDJL0+RCnzLNlkotTXJbwH9QEZDyvN6gc6EX+jpuI7N19bJoQsyep"
    "YbzS50Tpm+QwbToBX3jxFpCf4A9h5LHeyrSdueXdMWwn/tEiz6S4jikj80lWtIgsHZQGqM"
    "VG3V1pO456nLIZ9aqMeoBRZNi9p09ZhLMNlZHDDW2pI9kzqVE2yTXxh1/H0FA8eNOcEBgh"
    "SUcnyARZ5uEfpYy5RY3vAaICgqKJP7bjWtL6XjHxOhfdMtZvj7totu+A7XIs35smW+3eLA"
    "JrO/m/bODRedZmgL+x4g5Ma64g3fZGDLyR3K7WvZLca6hc48+pco4/L9sdyb26vOrixiBd"
    "+jZtET/CPSUkoT6Wac0lsbkvdY+dfDu61+V7jcGfzDUTJX4LFMdR1AVYQAuCpwX0nhOzIs"
    "Cj6WBiQHTBHEN85MQh+icotvhYNam0ZdtdNab5o5vmA9zLqUtRskZFalSkRkVqhOWqCMtF"
    "VKT1RlXONyVO1LilUJa36LZeDlwKZYPwdsefiMT1Qp+fiEvJiUFc1N0nPn9jnj5jvKCM+b"
    "7YyuTmPSAsJLqrKcyUmZyB9Su5Vbma7gzNeYumWwZ1Z7nqJWklG+tm21XM1Qoi7Z2Jd1Jg"
    "QdW0NGDOAHFtegYaVHVPNcOKFfDPH3pY8zLPwAxrdk8LHWtjUUDPcJniUFTKw9xju7/+15"
    "btTv8HVWfjoxP8xkNfTpm70ec/iz73nmEuLq6Z9kWne3V5fX3VbW/2hXRV3gZxw3/kRwll"
    "ZLvWV17YPaaQe9TxaGTcfcu42+2Rp2dAiaLq4NvJuwu62R00aFPRpsle2U4UIUUNvSf278"
    "+W3LyLwpykqyHY+/cMikhGO0BNXSTqAPT+uXoKsWRL4edPE2FEBzmkSMo4uuqAf4Ch2/tZ"
    "jasStUWgiAkyAZ5v7tjfklD3h8JNUkIhHdwkl+uZQztKyIZ9Q9CgvjvqFsR/2y67rMSpGs"
    "dO+vJdwsPikDaLAVwplrOE9GiwSO1Znt1Ci7crkgzgnBw9d6dTKLnv27CLP69gtwcUYC8V"
    "w8AcAMmxta1rMHV0TU0T8NL+qMfOSTsd/pfr/+gBlTx9bk6Yj3nCXLVolFoJOrZpOViV1G"
    "i7bibnxomOd8rSrjQHN0fCP7e5rDm6PPS88rflkvkgojQHMpCdHKg558HNkeVhjyzT/LwH"
    "lOPy+2nxc+FcG9GJXPo8OLI5L3RDw11Rjg9LuK7XEfHMDDwvdPOvsTv6odT12LJJUdiTy2"
    "q2yp5cz7cr7Zx35h/zIf+GsQeG/gjtwMWc6Nk9cDueTIDkMufvGaCayxWekMgJCuByZZjP"
    "0CIe5n0OTBUbpjX6Q9+siP8BuSFpu3aOxfVfsZg6XwPm1Xpl6+W6cTA/qvofjM4u7s4BbZ"
    "VNAS3C1z53S6gv3N1zopeCZXMpIe7ufij8TlIIBlcSumEnXA+Qz+Sceh03aA2uHEqw+oRY"
    "5TLnwIaoNjaEC+a6s5kB5Ece80/u2OGQaj4g7mEqXszL2L0SZHsxyL/uyhJn2UJx/zlh/6"
    "mo/whgsoM3EExlPVNEnbw4lsw+mqCWEkEtVTPxviKXHyK9hZc8b+fsaSF1hc/4WsL4Izvq"
    "Ae9LQvcPN0O+L/OjiciLDyRrbw+kyyQ0EVmRk/Emy43vxzzZUZMlJNcv/znZKl2G+xJIDm"
    "DZewJ+wvo3pRS+PB/w/h1LXjGN85H4o4+HakzyMq8vyuZw7gsPI/F3IpaRbwmJwpfR5Ja/"
    "74HgSkIjYYR5Y7Q2L7++TIYhdPH9KHtaTra8CE2Fx7MyB2hNPrdDrkuKplnQzgh3zfAICk"
    "nqhzBzdVUAYtwqO2ceqUvIwUR4VaHl6DNdxcDgvo1ymkdWB/UbgG6RlIXd7JSF3VTKQmKq"
    "kl+0/8Z7qDDmWPIfPEzEMd5Gg6sqvhzBgo86fJIhIuCUzQOXJj6iJhjoLSerCP402Q3uud"
    "GAH33Ekqd/IaFkvoMx94nri5yXANq/khDxYRiM2S9YsdhcNpkRqmPLbdxgmuRx9Rv1AKNk"
    "8rjGNefA/k7+IWRpt/wIUZUPvnZV4Yto8NkKPNUn/wAuOSUdnyrGyft0yklz9B7gHW86Oj"
    "FmLopsbBq/wN3Jyw7Y5OnMdnQKY1peiFIpl7CThGo/rnP1XBkr4jx3Mnx1LO+5vmHa5Phy"
    "ixNd0OysqC+drEYotvrUrbsHXlcksY6zSKRp9X3ciLebZT6RlKvgDdkBbce0zgDpDSJNQc"
    "7bM2BDYwZ0pBquBrW0R93hbkVSwk7cqRdiRzIBBUQAc5qlQxtMoWou/bi7NbsBwzS/uStc"
    "BKBOHPCAL6jmZIBddxrwnP8slASwkUrSVF9LDE3GoGpmDNoMUGoMtriI6Zmi4EkHxezDUS"
    "yYKyXzx8Sp6gTq3jTvcHEph22KrkG3QArKyJLfhBsVUQ4TU5j+zlk6PzcgFwU5NZer9Grf"
    "eyJv6jb+n/91FcM/d8+IFclqmivqrjZE8l8pqgJ5H7rtS1VyZ7N2V3I7TOfau34vuZfwXC"
    "EvJLi8xOXdC5WW46EU7fYAjyZc45jhGranCpQxWIcUdbRW793hrGq+0q8I7kGcpc2pg28H"
    "8fpMsXORA0w6zAmyvNPLkzV60VAmh4/Jc/+IJxgyy/BqmrLC3kyVWRGi1saSJ7BpykZh2a"
    "6w5L+vq7Q8XVMTb1KepjBbtSTqyChQxej4KOXJzomWBeRlLNteBBJuh+m28ec1MyMlU8V/"
    "JVfPM+RG+/bf+WXOgLJ5HZhnl9Ud22un41obeulsbZqcfZR7FgnATsaoRwOxHd0xoBzKiP"
    "7vuaVo0G8QyUnXRGYfV9RvnDXLO2uKY3Y0+cCNx9xAFh7EHkgUJOfp67hu2vD7zuPqk1ZY"
    "cGvdsUM8duRTQh84/5f/vQv6RXSQbA0kpX9MdctZyIGeUFT9iFP9zNoHwtvII5RXhkI7bM"
    "rTk+N0FWbgymgeeEtHuqo7pSIMY0T1Q3n/izHUXDUjH1uxJTnWQYURbw2EviiM8Zzugc2l"
    "hO7YiUhChPxvkvqkf8sNhTFJf+JfSejTw4gXxnJfGA65j5g8/htvu1z/dsT32SG+d18YDV"
    "gShEQplNAt//FWnvRvBYGEbcs3uP8vPUAr3WWzYIrMQSZ7DjLpDK7qYh1RVNjguqGoMC9U"
    "ySS4VP5HO53MRnhDUD+A97+JEF3O9X2qyko9FNKfWfTR4NyCO+f5CKkrzLXrLSLYH4ptDl"
    "XLy0Bib/BTOLg1ZeHODS9NkjZphkpEl3q+8DKBsMxiHqeq8NyozIruI5YT054H9CkEsu+I"
    "9P7zYySto0WhTtLVD+v9c/UasxVUdcUop/JSSBvEiyKe8j8qh3qKvEG+KPL+KcuO4mSiiy"
    "Ma+TeCXgmx0rcXBHYDCfEksdsdN+A9Y0T0l4QmnN/W/66eeOkjD2czcg73CEtrVVn0P7Nq"
    "5WOyu2dLFn2zGBVdjJTVysR3JAe9O3I0rYeGp1+S+Cu7h/rx9f4zfzX5cbKhP81MKU1+nJ"
    "9x1AOM8vLjhF5KZQPKEnRNnpy0Xa9581pNMxFVjW/3nYgoZjT1vSlLxvLGiPbDuifvs5jj"
    "ud283W4Xz+3d3m4Xf1n0C5Gu4/vWkjCn9voYyPgpwOhhOHzthFonCu7e8mmpigaXuipjDE"
    "3XemlmrXVvt15nNVpCEgFK9GDiF6dGygxsrguK6YCXlMCQxlBAUDTxR8GZz4b9nJSoUDhZ"
    "QkxGKjL1XxRHtF5IKRFE4RKbHTsUrufbo4ZYBLwjc500JJZ6oOmPOonTOQPf4DPUwPTZC8"
    "yx9e/vNH2uO+DjzTvxHcN02oDk7E8HBe2nyxfE5Jd+6dlL3nZWLX4+gHaRHbvTRJEf8MDi"
    "Fd+mdCSoW+sXJnGbVydxEurz3guSePJ6pAHvr6xeTnp/jd1haA7gepedpzrnlT05iaobQ8"
    "axMirXXUPZ1wvOo9r6CyXsmto3MrMnNC86P04K4LpN5YNms2WhpauLFkWhWNfkKhRK2Gab"
    "QpENQ5Nkq1qR94/Qsks6Q0ZIqixY7ijCHOS9eGRSlUB43byG6J63i/i+4FbZgng77f1iIo"
    "cqGH6aCKMsZX9DkvR+0FUH/AMM3T7F09occAkYMReHANM3d+xvSbj7Q+Em6btAOrihSejH"
    "zLLz4//dqnvc"
)
