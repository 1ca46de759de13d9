from tortoise import BaseDBAsyncClient

RUN_IN_TRANSACTION = True


async def upgrade(db: BaseDBAsyncClient) -> str:
    return """
        CREATE TABLE IF NOT EXISTS "account" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "id_type" VARCHAR(24) NOT NULL /* RESIDENT_ID: RESIDENT_ID\nPASSPORT: PASSPORT\nHK_MACAO_PERMIT: HK_MACAO_PERMIT\nTAIWAN_PERMIT: TAIWAN_PERMIT\nFOREIGN_PERMANENT: FOREIGN_PERMANENT */,
    "id_number" VARCHAR(32) NOT NULL,
    "name" VARCHAR(64) NOT NULL,
    "phone" VARCHAR(20),
    "email" VARCHAR(128),
    "landline" VARCHAR(32),
    "password_hash" VARCHAR(128) NOT NULL,
    "must_change_password" INT NOT NULL,
    "status" VARCHAR(16) NOT NULL /* ACTIVE: ACTIVE\nDISABLED: DISABLED */,
    "created_at" TIMESTAMP NOT NULL,
    "updated_at" TIMESTAMP NOT NULL,
    CONSTRAINT "uid_account_id_type_a2d9ce" UNIQUE ("id_type", "id_number")
) /* One natural person, keyed by ID type + ID number; may hold several roles. */;
CREATE INDEX IF NOT EXISTS "idx_account_name_d49e11" ON "account" ("name");
CREATE INDEX IF NOT EXISTS "idx_account_id_numb_0f79c9" ON "account" ("id_number");
CREATE TABLE IF NOT EXISTS "audit_log" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "at" TIMESTAMP NOT NULL,
    "account_id" INT,
    "acting_organisation_id" INT,
    "action" VARCHAR(64) NOT NULL,
    "subject_type" VARCHAR(32) NOT NULL,
    "subject_id" VARCHAR(64) NOT NULL,
    "before" JSON,
    "after" JSON,
    "request_id" VARCHAR(32)
) /* Append-only record of every decision and change: who, for which organisation, what. */;
CREATE INDEX IF NOT EXISTS "idx_audit_log_at_63718d" ON "audit_log" ("at");
CREATE INDEX IF NOT EXISTS "idx_audit_log_account_8988e4" ON "audit_log" ("account_id");
CREATE INDEX IF NOT EXISTS "idx_audit_log_acting__927f52" ON "audit_log" ("acting_organisation_id");
CREATE INDEX IF NOT EXISTS "idx_audit_log_subject_787ea6" ON "audit_log" ("subject_type", "subject_id");
CREATE TABLE IF NOT EXISTS "region" (
    "code" VARCHAR(6) NOT NULL PRIMARY KEY,
    "name" VARCHAR(64) NOT NULL,
    "level" VARCHAR(16) NOT NULL /* PROVINCE: PROVINCE\nCITY: CITY\nDISTRICT: DISTRICT */,
    "parent_id" VARCHAR(6) REFERENCES "region" ("code") ON DELETE RESTRICT
) /* An administrative division, keyed by its GB\/T 2260 six-digit code. */;
CREATE TABLE IF NOT EXISTS "organisation" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "kind" VARCHAR(16) NOT NULL /* HRSS: HRSS\nCOMPETENT: COMPETENT\nEMPLOYER: EMPLOYER\nBASE: BASE */,
    "depth" SMALLINT NOT NULL,
    "credit_code" VARCHAR(18) UNIQUE,
    "credit_code_temporary" INT NOT NULL,
    "name" VARCHAR(128) NOT NULL,
    "nature" VARCHAR(32) /* ORGAN: ORGAN\nPUBLIC_INSTITUTION: PUBLIC_INSTITUTION\nSTATE_ENTERPRISE: STATE_ENTERPRISE\nPRIVATE_ENTERPRISE: PRIVATE_ENTERPRISE\nSOCIAL_ORGANISATION: SOCIAL_ORGANISATION\nOTHER: OTHER */,
    "level" VARCHAR(16) /* CENTRAL: CENTRAL\nPROVINCIAL: PROVINCIAL\nMUNICIPAL: MUNICIPAL\nCOUNTY: COUNTY\nTOWNSHIP: TOWNSHIP\nNONE: NONE */,
    "industry" VARCHAR(64),
    "phone" VARCHAR(32),
    "address" VARCHAR(255),
    "code_certificate_file" VARCHAR(80),
    "base_level" VARCHAR(16) /* INDUSTRY: INDUSTRY\nOTHER: OTHER */,
    "review_enabled" INT NOT NULL,
    "status" VARCHAR(16) NOT NULL /* PENDING: PENDING\nACTIVE: ACTIVE\nREJECTED: REJECTED\nWITHDRAWN: WITHDRAWN\nDISABLED: DISABLED */,
    "created_at" TIMESTAMP NOT NULL,
    "updated_at" TIMESTAMP NOT NULL,
    "parent_id" INT REFERENCES "organisation" ("id") ON DELETE RESTRICT,
    "region_id" VARCHAR(6) NOT NULL REFERENCES "region" ("code") ON DELETE RESTRICT
) /* Every organisation kind lives in one tree: HRSS → competent → employer \/ CE base. */;
CREATE INDEX IF NOT EXISTS "idx_organisatio_name_36ddcf" ON "organisation" ("name");
CREATE INDEX IF NOT EXISTS "idx_organisatio_kind_9bf0fa" ON "organisation" ("kind", "status");
CREATE INDEX IF NOT EXISTS "idx_organisatio_region__3a5e09" ON "organisation" ("region_id", "kind");
CREATE INDEX IF NOT EXISTS "idx_organisatio_parent__bdd4e7" ON "organisation" ("parent_id");
CREATE TABLE IF NOT EXISTS "admin" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "is_super" INT NOT NULL,
    "status" VARCHAR(16) NOT NULL /* ACTIVE: ACTIVE\nDISABLED: DISABLED */,
    "created_at" TIMESTAMP NOT NULL,
    "account_id" INT NOT NULL REFERENCES "account" ("id") ON DELETE RESTRICT,
    "organisation_id" INT NOT NULL REFERENCES "organisation" ("id") ON DELETE RESTRICT,
    CONSTRAINT "uid_admin_account_a84251" UNIQUE ("account_id", "organisation_id")
) /* An account's admin role in one organisation (超级管理员 or 管理员). */;
CREATE INDEX IF NOT EXISTS "idx_admin_organis_bc41e3" ON "admin" ("organisation_id", "is_super");
CREATE TABLE IF NOT EXISTS "department" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "name" VARCHAR(64) NOT NULL,
    "sort_order" INT NOT NULL,
    "created_at" TIMESTAMP NOT NULL,
    "organisation_id" INT NOT NULL REFERENCES "organisation" ("id") ON DELETE RESTRICT,
    "parent_id" INT REFERENCES "department" ("id") ON DELETE RESTRICT,
    CONSTRAINT "uid_department_organis_734341" UNIQUE ("organisation_id", "parent_id", "name")
) /* 内设部门: a small tree inside one organisation. */;
CREATE TABLE IF NOT EXISTS "organisation_closure" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "distance" SMALLINT NOT NULL,
    "ancestor_id" INT NOT NULL REFERENCES "organisation" ("id") ON DELETE CASCADE,
    "descendant_id" INT NOT NULL REFERENCES "organisation" ("id") ON DELETE CASCADE,
    CONSTRAINT "uid_organisatio_ancesto_159053" UNIQUE ("ancestor_id", "descendant_id")
) /* Closure table of the organisation tree: one row per (ancestor, descendant), self included. */;
CREATE INDEX IF NOT EXISTS "idx_organisatio_descend_6b3988" ON "organisation_closure" ("descendant_id", "distance");
CREATE TABLE IF NOT EXISTS "professional" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "status" VARCHAR(16) NOT NULL /* PENDING: PENDING\nACTIVE: ACTIVE\nREJECTED: REJECTED\nWITHDRAWN: WITHDRAWN\nTRANSFERRED_OUT: TRANSFERRED_OUT */,
    "sex" VARCHAR(8) /* MALE: MALE\nFEMALE: FEMALE */,
    "birth_date" DATE,
    "native_place" VARCHAR(64),
    "ethnicity" VARCHAR(16),
    "education" VARCHAR(24) /* DOCTORATE: DOCTORATE\nMASTER: MASTER\nBACHELOR: BACHELOR\nJUNIOR_COLLEGE: JUNIOR_COLLEGE\nTECHNICAL_SECONDARY: TECHNICAL_SECONDARY\nHIGH_SCHOOL_OR_BELOW: HIGH_SCHOOL_OR_BELOW */,
    "school" VARCHAR(128),
    "major" VARCHAR(64),
    "graduation_date" DATE,
    "degree" VARCHAR(16) /* DOCTOR: DOCTOR\nMASTER: MASTER\nBACHELOR: BACHELOR\nNONE: NONE */,
    "postdoctoral" INT NOT NULL,
    "admin_post" VARCHAR(64),
    "admin_level" VARCHAR(32),
    "title_series" VARCHAR(64),
    "title_specialty" VARCHAR(64),
    "title_qualification" VARCHAR(64),
    "title_grade" VARCHAR(16) NOT NULL /* JUNIOR: JUNIOR\nINTERMEDIATE: INTERMEDIATE\nSENIOR: SENIOR\nNONE: NONE */,
    "title_effective_date" DATE,
    "title_certificate_no" VARCHAR(64),
    "title_appointment_date" DATE,
    "title_certificate_file" VARCHAR(80),
    "created_at" TIMESTAMP NOT NULL,
    "updated_at" TIMESTAMP NOT NULL,
    "department_id" INT REFERENCES "department" ("id") ON DELETE SET NULL,
    "organisation_id" INT NOT NULL REFERENCES "organisation" ("id") ON DELETE RESTRICT,
    "region_id" VARCHAR(6) REFERENCES "region" ("code") ON DELETE RESTRICT,
    "account_id" INT NOT NULL UNIQUE REFERENCES "account" ("id") ON DELETE RESTRICT
) /* 专业技术人员: the professional role of an account and its profile sections. */;
CREATE INDEX IF NOT EXISTS "idx_professiona_organis_12497b" ON "professional" ("organisation_id", "status");
CREATE INDEX IF NOT EXISTS "idx_professiona_title_s_271078" ON "professional" ("title_series", "title_grade");
CREATE INDEX IF NOT EXISTS "idx_professiona_departm_124d40" ON "professional" ("department_id");
CREATE TABLE IF NOT EXISTS "academic_honour" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "level" VARCHAR(16) NOT NULL /* NATIONAL: NATIONAL\nPROVINCIAL: PROVINCIAL\nMUNICIPAL: MUNICIPAL\nOTHER: OTHER */,
    "name" VARCHAR(128) NOT NULL,
    "awarded_on" DATE,
    "professional_id" INT NOT NULL REFERENCES "professional" ("id") ON DELETE CASCADE
) /* 学术技术称号. */;
CREATE TABLE IF NOT EXISTS "practising_qualification" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "series" VARCHAR(64) NOT NULL,
    "name" VARCHAR(128) NOT NULL,
    "obtained_on" DATE,
    "certificate_no" VARCHAR(64),
    "professional_id" INT NOT NULL REFERENCES "professional" ("id") ON DELETE CASCADE
) /* 职(执)业资格. */;
CREATE TABLE IF NOT EXISTS "aerich" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "version" VARCHAR(255) NOT NULL,
    "app" VARCHAR(100) NOT NULL,
    "content" JSON NOT NULL
);"""


async def downgrade(db: BaseDBAsyncClient) -> str:
    return """
        """


MODELS_STATE = (
    "eJztXW13m7gS/is6/nLbc7O7CUkc1/cTsWlD1zG5Nml3t+zhYJBtbrHw8pI0Z7f//UpgzJ"
    "vA4LdgyhcbSxqBH42kmdHM8HdrYWrQsH9mVUWDC129M5HpWq0u+LuFlAXEFxktzkBLWS7D"
    "elLgKBPDI1FWbeV52HhiO5aiOrh6qhg2xEUatFVLXzq6iQiR5F5P2m3Jbd8wU/zJdM6D65"
    "t3U3x9fTm9+Zl0pZkq7ktHs1JULtL/cqHsmDPozCH5i1/+xMU60uA3aAc/l1/lqQ4NLYaA"
    "rpEOvHLZeVl6ZTxy3nsNyQNNZNU03AUKGy9fHPzf16115JDSGUTQUhxIuncsl4CAXMNYwR"
    "bg4j9p2MR/xAiNBqeKaxAoCbX/AGFZS5aHgiiPOVGWWymYA4oIhqsi1URkiPCj2t6/n5FH"
    "+Im5uLq56ly2rzq4ifeY65Kb7/6tQ2B8Qg+eodj67tUrjuK38DAOQTXgEzTSuPbmisUhd+"
    "GBy+MnUpAKUyCviRM44z+QxDlANQ/ooCBEOuTR7aFuDVmRF4bsoAuCKwk9jIRP/LDHk9Lw"
    "WkL3j0O+xz+Q4vWlhATxjht1gfeVZP2MYVso32QDopkzxz8v2jlj9Ikd9e7Y0ZuL9lvSt4"
    "mnpz99h6saxqsiwxgOm/dNHTX6dAjaV3mgis+JOLhMpwi6TCcbXlIXx1d5ViwNajJ+sBTK"
    "fYwUHeU4VQJrPAWhoy/gz+SiAOqrVaYqoOdg3GdFLoHf0jKn0LbxPRRDLrVwUyg3r+KnwL"
    "R7WMjJ1jj9Sl3Ho7Cl0X5vWlCfoV/hS2pBT4C7EjMeEt2dGNjfA64KSsP5ZCnPa9mCxmwY"
    "C4wAdPwFlR332D5mboL8RFG/kgkux4aA1JiMmShZt01XLZhFskRByswDifwb8uxrYU81Xe"
    "/hKXKgX7VBAAwbbRT8BAQBUhzXUgywhJZtojPwFb5ADUxeAN8HhEPAv8kVlgsm0PoPWCgv"
    "YG4aGrCxHEDILNOAdlo43GvPFAHyC5b2fAYmHKfJfi+tPxOC5ZdkXSNlHkvKjIzPNnJmhP"
    "x4AkxrxI35PjcUZb7fKilyRki7IPIDC57sePwgjEQsdq6uJHT3q3zP9lhBfuBG9zyuShRI"
    "SGT5z+xwXR/7KaH3wojjP/i/2SG+UxekirYRW5mrAoIVc5UpV5GquFgQTsASsmuMqIYC7C"
    "VTAOZLJhNmUlVt7eCoS1kM23YRFm5ns3A7xcJLjFApcNcEW6FbMS0gsUCcF1kgzrMXiPMk"
    "unCh6BnmCDq6a4L6oXsQxdZQkGbo5Tg4SlM/mPe//C4V2342sfA/V+x5qaUiSVjD3e4gXL"
    "1wbUdW5wqaQTkAMQ38rYm1CAXRsc/qIjEEE9zHocZgXXJc882tIAxIzwvb/svwCngxgf3j"
    "/S2HB8UbEtxI97XjQO4PxwHL745rbyvmh9RHlPLZnsh/4soK+D5VF/jfEurzY/Z2wGFpP7"
    "iqhp1YtSABTFYcuh2TGCTp8yFOmWfLJBenuCzhP6gJyHhZbVA50Iv8PTcW2fuH2DQhZk9S"
    "w3ilL4nSN8lhWncCPvPiHSA/wR/C0GO9pWk7M8u7Y9hO/KNFnklxHVNG5rOsaBFZOigNUI"
    "uNurvUthz1OGUz6lUZ9QCjyLB7T5+yCGcbKiOHG9pCR7JnUqNskivi97+OoKF48KY5ITBC"
    "ko5OkAmyzMPfSxlzixrfA0QFBEUTf2zGtaT1vWLidS66ZazfHnfRbN8B2+VYvtdNNtq9WQ"
    "RWdvJ/2cCj86zNAH9jxR2Y1kxBuu2NGHgjuR2tcy25N1C5wZ8T5QJ/Xp23Jff66rqDG4N0"
    "6du0RfwI95SQhHpYpjUXxOa+0D128u3oXpfvNAZ/MjdMlPgtUBxHUedgDi0InufQe07Mig"
    "CPpoOJAdEFcwzxkROH6J+g2OJj1aTSlm132Zjmj26aD3Avpy5FyRoVqVGRGhWpEZarIiwX"
    "UZFWG1U535Q4UeOWQlneott6OXAplA3Cmx1/IhLXjj4/EZeSE4O4qLtPfP7GPH1GeEEZ8T"
    "2xlcnNe0BYSHRXU5gpMzkD61dyq3I13RmYsxZNtwzqznLVS9JKNlbNNquYyyVE2k8m3kmB"
    "BVXT0oA5BcS16QVoUNU91QwrVsA/f+hizcs8A1Os2T3PdayNRQE9w2WKQ1EpD3OPzf76X1"
    "q2O/kfVJ21j07wGw99OWXuVp/9KPrcO4a5vLxhzi/bneurm5vrzvl6X0hX5W0Qt/wHfphQ"
    "RjZrfeWF3WMKuUcdj0bG3beMu9keeXoGlCiqDr6dvL2gm91BgzYVbZrsle1EEVLU0Hti//"
    "5syc27KMxJuhqCvX/PoIhktAXU1EWiDkDvn6snEEu2FH7+OBaGdJBDiqSMo6sO+AcYur2f"
    "1bgqUVsEipggE+D55p79LQl1byDcJiUU0sFtcrmeOrSjhGzY1wQN6tujbkH8t+2yy0qcqn"
    "HspC/fJTwsDmmz6MOlYjkLSI8Gi9Se5dkttHi7IskALsjRc2cygZL77hx28Oc17HSBAuyF"
    "YhiYAyA5trZ1DaaOrqlpAnbtj3rsnLTT4X+5+o8eUMnT5+aE+ZgnzFWLRqmVoGObloNVSY"
    "2262ZybpzoeKcs55Xm4OZI+Mc2lzVHl4eeV/62XDIfRJTmQAaykwM15zy4ObI87JFlmp/3"
    "gHJcfj8tfi6cayM6kUufB0c257luaLgryvFhCdf1OiKemYFnRzf/GrujH0pdjy2bFIU9ua"
    "xmq+zJ9Xyz0s55Z/4xH/KvGHtg6E/QDlzMiZ7dBXej8RhILnPxjgGquVjiCYmcoAAulob5"
    "Ai3wC+hxYKLYMK3QH/heRbwPyP1I25VrLK7/goXU2Qour9YrWy3WjXv5UZX/YHS2cXYOaK"
    "tsCGgRtvaZW0I94f6BE70ELOtLCXH3DwPhd5JAMLiS0C075rqAfCan1Os4QWtw6VBC1cfE"
    "Jpc5B9ZEtbEgXDI37fUMID/ymH98zw4GVOMBcQ5T8VJexuqVINuLOf51V5Y4yxaK+s8J+k"
    "/F/EcAkx28f2Aq64Ui6ORFsWT20YS0lAhpqZqB9xW5/BDJLbzUeVvnTgupK3zC1xJGH9hh"
    "F3hfEnp4vB3wPZkfjkVefCQ5e7sgXSahsciKnIw3WW70MOLJjposIZl++U/JVuky3JdAMg"
    "DL3hPwY9a/KaVw92zA+3crecUkzkfijx4eqhHJyry6KJvBuSc8DsXfiVhGviUkCp+H4zv+"
    "oQuCKwkNhSHmjeHKuPz6MhmG0MX3o+xpObnyIjQVHs/KHJ812dwOuS4pmmZBOyPYNcMfKC"
    "SpH8LM9XUBiHGr7Ix5pC4hBxPhVYWWo091FQOD+zbKaR5ZHdRvADpFEhZ2shMWdlIJC4mp"
    "St5p/433UGHMseTffxyLI7yNBldVfDWCBZ90+CxDRMApmwUuTXxETTDQW05WEfxhchs8cM"
    "M+P/yAJU//QkLJbAcj7iPXEzkv/bN/JSHiwdAfsZ+xYrG+bPIiVMeW2zjBNKnj6jfqAUbJ"
    "1HGNY86BvZ38Q8jSTvkRoioffG2rwhfR4LMVeKpH/gEcckq6PVWMk/fpkpPm6D3AO1p3dG"
    "LMXBTZ2DTewdnJyw3YZOnMdnMKI1p2RKmUQ9hJQrUfx7l6rowVcZ07Gb46lu9czzBtcny5"
    "wYUuaHZW1JNOViMUGz3qVt0DryuSVseZJ5K0+i5uxNnNMp9JwlXwhuyAtmNaZ4D0BpGmIO"
    "ftGbChMQU6Ug1Xg1raoe5wtyIJYcfuxAuwI3mAAiKAOc3SoQ0mUDUXftTdit2AYZpf3SUu"
    "AlAnDnjAF1Rz8r+uOg14zn8WSvrXSCVpqq8khiZfUDXzBa0HKDUGG1zE9ExR8KRDYvbhKB"
    "bMlZLZY+JUdQJ1b5p3uLiUwzZF16BbIAFlZMlvgo2KKIeJKUx/4yydnxuQi4KcmstVerHv"
    "A5E3dRv/z/+6iuGfu2dEimQ1zRV1l2si+a8UVYGsD53zK/WN5LaZ9s1byb2CFwp5CcHVFS"
    "7qXKq0vA4FKDYHczShGccMzbA9sb+McTqkqKNleu/OZVXzi35FcA/iGG1OHHw7iNdiik2L"
    "HFbSYU6Q5Z1UnqyBi4YyOWhMnvFHvL6QWYZX05QV9lyqzIoQtSyWPG1NUzbKyWblJP/NXK"
    "Vl55qac5OyM4XZqiU9R0aBKjLHRylPTk60LCAbY9n2MpBw20znHH/eMFNSMlH8l291PaNt"
    "tG//7V7mFCjrF395Nljdsb12Oq61oZe41qZJ10e5Z5Fg62Q0ejTo2tEdA8qhjOj/nlmKBv"
    "0GkexzTRT2cUX9xjGzvGOmOGKH4/fcaMT1ZeFR7IJEQXKevo6bpg2/bT2uPmmFBbfWPTvA"
    "Y0c+JfSe83/539ugX0QHydZAUvrHRLecuRzoCUXVjzjVj6x9ILyNPEF5aSi0g6U8PTlOV2"
    "EGrozmgbd0pKu6UyqaMEZUP5T3vxhDzVUzMq8VW5JjHVQY8VZf6InCCM/pLlhfSuieHYsk"
    "HMj/JmlOenfcQBiRVCf+lYQ+Pg55YST3hMGA+4DJ47/xtsv17oZ8jx3ge/eEYZ8lAUeUQg"
    "nd8R/u5HHvThBIiLZ8i/v/3AW00m02C6bIHGSy5yCTztWqzlfRQ4UNrmuKCvNClUyCC+V/"
    "tJPIbITXBPUDeP+bCNHlXN9/qqzUQyH9kUUfDc4suHVOj5C6wly72iKC/aHY5lC1HAwkzg"
    "Y/hYNbUxbu3FDSJGmTUqhEJKnn9y4TCMss5nGqCs+NyqzoPmI58et5QJ9C0PqWSO8/F0bS"
    "OloU6iRd/bDeP1evMFtCVVeMciovhbRBvCjiKV+jcqinyBvkiyLvn7JsKU4mujiikX8t6J"
    "UQK317QWA3kBBPkrjdc33eM0ZEf0lozPlt/e/qiZc+8nA6JedwT7C0VpVF/yOrVj4m23u2"
    "ZNE3i1HRxUhZLk18R3LQuyVH03poeHqXJF/ZPdSPr/ef5avJhZMN/WlmRWly4fyIox5glJ"
    "cLJ/RSKhs8lqBrcuKk7XrNO9ZqmnWoany776RDMaOp701ZMm43RrQf1j15n8Ucz+3mPXbb"
    "eG5v9x67+Guhd0S6jm9WS8Kc2utjIOOnAMPHweC1k2edKLh7y52lKhpc6KqMMTRda9csWq"
    "ve7rzOarSEJAKU6IHDO6dBygxirguK6YCXlMCQxlBAUDTxR8GZz4b9nJSoUDgxQkxGKjL1"
    "d4ojWi2klAiicInNjh0K1/PNUUMsAt6RuU4aEks90PQnncTpnIGv8AVqYPLiBeZ8uP1FBA"
    "zTPge2/u0nTZ/pDiD5+dNBQfvpcoeY/NIvONvlzWbV4ucDaBfZsTtNFPkBDyxe8c1JR4K6"
    "tXo5Erd+TRInoR7vvQyJJ69C6vP+yurln/fX2C2G5gCud9k5qXNez5OTlLoxZBwre3LdNZ"
    "R9vco8qq3vKGHX1L6RmT2heaX5cdL91m0qHzRzLQstXZ23KArFqiZXoVDCNpsUimwYmiRb"
    "1Yq8f4KWXdIZMkJSZcFySxHmIO/AI5OqBMKr5jVE9+K8iO8LbpUtiJ+nvV9M5FAFw49jYZ"
    "il7K9Jkt4PuuqAf4Ch26d4WpsDLgEj5uIQYPrmnv0tCXdvINwmfRdIB7c0Cf2YWXa+/x+q"
    "f3Lu"
)
