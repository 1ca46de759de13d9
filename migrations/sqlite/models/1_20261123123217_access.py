from tortoise import BaseDBAsyncClient

RUN_IN_TRANSACTION = True


async def upgrade(db: BaseDBAsyncClient) -> str:
    return """
        CREATE TABLE IF NOT EXISTS "login_throttle" (
    "key" VARCHAR(96) NOT NULL PRIMARY KEY,
    "failures" INT NOT NULL,
    "window_started_at" TIMESTAMP NOT NULL,
    "locked_until" TIMESTAMP
) /* Failed logins per key ("account:<id>" or "address:<ip>") in the current window. */;
        CREATE TABLE IF NOT EXISTS "admin_role" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "name" VARCHAR(64) NOT NULL,
    "modules" JSON NOT NULL,
    "created_at" TIMESTAMP NOT NULL,
    "organisation_id" INT NOT NULL REFERENCES "organisation" ("id") ON DELETE RESTRICT,
    CONSTRAINT "uid_admin_role_organis_4e6516" UNIQUE ("organisation_id", "name")
) /* 角色管理: a named set of permission modules, defined by one organisation. */;
        CREATE TABLE IF NOT EXISTS "session" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "token_hash" VARCHAR(64) NOT NULL UNIQUE,
    "kind" VARCHAR(16) NOT NULL /* PROFESSIONAL: PROFESSIONAL\nEMPLOYER: EMPLOYER\nCOMPETENT: COMPETENT\nHRSS: HRSS\nBASE: BASE */,
    "created_at" TIMESTAMP NOT NULL,
    "last_seen_at" TIMESTAMP NOT NULL,
    "expires_at" TIMESTAMP NOT NULL,
    "revoked_at" TIMESTAMP,
    "client_address" VARCHAR(64),
    "account_id" INT NOT NULL REFERENCES "account" ("id") ON DELETE CASCADE,
    "admin_id" INT REFERENCES "admin" ("id") ON DELETE CASCADE,
    "professional_id" INT REFERENCES "professional" ("id") ON DELETE CASCADE
) /* A login. The token itself is never stored: only its SHA-256, so a leaked table is useless. */;
CREATE INDEX IF NOT EXISTS "idx_session_account_d8320a" ON "session" ("account_id", "revoked_at");
        ALTER TABLE "admin" ADD "role_id" INT REFERENCES "admin_role" ("id") ON DELETE SET NULL;"""


async def downgrade(db: BaseDBAsyncClient) -> str:
    return """
        ALTER TABLE "admin" DROP FOREIGN KEY "fk_admin_admin_ro_42e26f3f";
        ALTER TABLE "admin" DROP COLUMN "role_id";
        DROP TABLE IF EXISTS "login_throttle";
        DROP TABLE IF EXISTS "admin_role";
        DROP TABLE IF EXISTS "session";"""


MODELS_STATE = (
    "eJztXftzokge/1e6/OVm6jJTiUmM8bauiigzYddITsnO7Q1XFEKrXLBxeUwmtbv/+3XzUB"
    "4NgqJBhl8Um/42+OnX991/tJaGCnXrI6PIKlxqyr2BDMds9cAfLSQvIb5IqXEGWvJqtblP"
    "Cmx5qrsksl9XWmwqTy3blBUb357JugVxkQotxdRWtmYgQiQ619NOR3Q6N+0Z/mx3z4Prm9"
    "sZvr6+nN18JE2phoLb0tC8EJWDtN8dKNnGHNoLSP7i1//iYg2p8Du0gp+rZ2mmQV2NIKCp"
    "pAG3XLJfV24Zh+xPbkXyQlNJMXRniTaVV682/u/r2hqySekcImjKNiTN26ZDQECOrvuwBb"
    "h4b7qp4r1iiEaFM9nRCZSE2nuBTVlLkka8IE1YQZJaCZgDihCGfpFiINJF+FUt99/PySt8"
    "aF9c3Vx1LztXXVzFfc11yc1f3qM3wHiELjwjofWXe1+2Za+Gi/EGVB1+g3oS1/5CNlnkLF"
    "1wOfxGMlJgAuQ1cQxn/AfiOAeoZgEdFGyQ3ozR3aFujRiB40fMsAeCKxE9jvlfuVGfI6Wb"
    "axE9PI24PvdIiteXIuKFe3bcA+5XfOindNtS/i7pEM3tBf550cnoo1+Zcf+eGb+76LwnbR"
    "t4enrTd+Tfabu3SDduus39pvYafToE9avcUfnnRBTcdjcPuu1uOrzkXhRf+UU2VahK+MUS"
    "KA8wUnSUo1QxrPEUhLa2hB/JRQ7U/VWmKqBnYDxgBDaG38o0ZtCy8DNkXSq0cFMot6/ipz"
    "BoS1jIydY4e6au42HYkmh/MkyozdEv8DWxoMfA9dmMx1hzJwb2X8GoCko388mUX9a8BW2w"
    "YSwwAtD2FlRm0mcGeHAT5Key8kwmuBTpAnLHaBuxknXd5K1lexkvkZE8d0Ei/4a8+5rZUw"
    "zHfXkKH+jd2sIAbiptZfx4BAGSbceUdbCCpmWgM/AMX6EKpq+AGwAyQsDfyRXmC6bQ/AdY"
    "yq9gYegqsDAfQMhMQ4dWkjkstWUKA/kVc3veACYjTpW8Vlr/jTGWX+P3Gi7zWFxmqH924T"
    "ND5MdjYFpjdsIN2JEgcYNWQZYzRNoDoR+Y8WQmk0d+LGC2078S0f0v0gPTZ3jpkR0/cPhW"
    "rEBEAsN9YUbr+5GfIvrEj1nus/ebGeEn9UCiaBe2tX2Vg7FqX6XyVeRWlC3YTMACvGuEqI"
    "YM7GU7B8yX7VSYya1qSwdHXcoi2HbyDOFO+hDuJIbwCiNUCNw1wU7oVkwKiC0Q53kWiPP0"
    "BeI8ji5cylqKOoKO7pqgfugeRLDVZaTqWrERHKapH8zlL78r2bJeDMz8L2RrUWipiBPWcL"
    "c7yKheOpYtKQsZzaEUgJgE/s7AUoSM6NinNRHrgilu41B9sC45rvrmjueHpOWlZf2uuwWc"
    "EMP+6eGOxZ3idgmupHnSccD3b/oB8++2Y+3K5m+oj8jlM32B+5UtyuB7VD3gfYtowE2Yuy"
    "GLuf3gqhp6YsWEBDBJtul6TKKQpM+HKGWWLpNcnOKyhP+gyiP91d+gMqAXuAd2IjAPj5Fp"
    "QtSe5E7bLX2Nlb6Ld9O6EfCFE+4B+Qn+w4/cobcyLHtuuk/c1BP+0yLvJDu2ISHjRZLVEC"
    "8dlAaoRXrdWak79nqUsun1qvR6gFGo2923T2iE0xWVIeOGutSQ5KrUKJukT/zplzHUZRfe"
    "5EgIlJCkoRMcBGnq4ehe5imG94Ro4rVSJ5AKabzzWigCTHkEBQN/bEe2oImiYjJIJrpFTA"
    "TuFKQZCIK5mWEeWFfZahxgEPCNCX+zgEvnquQB/jYQBIY5l5FmuT0G3olOV+1ei84NlG/w"
    "51S+wJ9X5x3Rub667uLKIFn6Pmk2OMIzRSSiPmb8jSUxTCw1dzh5xga3yVu1jT/bN+0w8X"
    "sg27asLMACmhC8LKD7nngoAtybNiYGRGDOsFaEzDLhP0ExWERuk5uWZDmrxn5xdPtFgHty"
    "3cqSKcNkjRzZyJGUdbWRIxuJorJypL9RFXPgiRI1vjuU5S28rRcDl0LZIExBmLBwxZANUe"
    "yEaMXkiwO7m4VY2D09zUKOTCc2ZvM6mUUXxIh/2Riv0GOuL7RSl4cSEOZjzdUUZsrSmANr"
    "Mu3LGMVEPB37bZ3WSpEX39ACGcEVPx+MnobDLCfJt9OqnQjYxZRqu+iI3MGZpicKRu4WXZ"
    "EUzJY8YUR05UkPyIC8AXHttIExC+td8GMdHVpnAMOuIc89NK7poYUeHfBJVP1NfH12EY0r"
    "bxoFzTEVNFXzeHtDB4vyXd782ZLE9+cJP0rxptiQxEV+TbHBn0DXrIPxfK2fZg5SXL3w1N"
    "F0W0PWR/K8fxbUzpShFCMQRaT9AOh3D8y/433QH/J3cTGeNHDXaGMabUyjNTi2kNvIYYeV"
    "w3L7KhzJTaGRFTBWjqrZQ2PeookKwb1sSYHUknS/2nbL8moFkfrBwEs2MKFimCrh1UnY1y"
    "vmzhXN5ddlpALPN7MHXhbGGZgZJr7QlEWEZT/DZbJNsSQf5hnbcxl8bVnO9H9QsdfxS8Fv"
    "PDGK2XDvtPmPIiXcttuXlzft88tO9/rq5ua6e75e2JO3slb4O+4zN4rZILfLEsW5qmNyU0"
    "ftj/oyU29l2tq+x5yeWB5GFQtbc2l3TjW9gQZtKto0zjRd7bGhaBQfORQf8c07L8xxuhqC"
    "XX7UVIgz2gFq6iJRB6DLH9VTiDlbynhO1+ZtKPZS5lVTvjqa1k6e2TQPwnTY1wQN6rujbk"
    "L8t62iy0qUqgl6pS/fBaJPDqmzGMCVbNpLSM+UE7p7lqW3UKP18iRKvCAe593pFIrO7Tns"
    "4s9r2CV2R2sp6zoeAZB4q1uaCnPZMfduL5e1Ev9L/z82dsvGblmdJekA7Lth2liUVGm7bu"
    "rIjRIdz0xyXukR3Ngef2x1WWN7PPS88rblgrkywzSN13Jj0K2QY+2GzdwT5Sj/flrjOS/E"
    "kYm8h7VcWWi6ipvaz15eR8SjYzMUOr6nb0GNo9APJa4PjbmGhIVp2DbdJTla4SxLaNdJVc"
    "kO190quH+SNR2qwCW1iFcwSUYL3omBea/3k6b+U2y5MeMtzCJhLsrCZStc9p4En2PRGiiO"
    "SWYseMEdZ7wkhfkDPWOP0xPw84sImn71cuTMtxXhI1LmbZ7Q2Nv00NhbPzQ2XaSf4a53TJ"
    "q7bCofFyZpJM44Z+yNfwnzCeZugie1gRrKnycibwaYZAqcuqE8477CSyUtH2h2f8dpS+jq"
    "au7bJ9vTFTEcRAQ4CiMSF/DS+ZC4ZLmdC2Fd78NIEptnPJqArn2DVpDjhmj8e+B+PJkA0W"
    "lf3LaBYixXWDTAbIFfAJcr3XjFDAZmJfosmMoWTLIjh35YHk9I8kBS18/Oge9/bZlw7gPm"
    "3nXLfMGxyXBzVENE0DtJ/nB7vpWAtspGiRYZ197oFlGff3hkBTdR/vpSROzD45D/jRz0FF"
    "yJ6I6ZsD1APuNzKg+zWX4eFhWubEpK4QmxD6bOgTVRbXjLy/ZNZz0DyI+swT95YIZDqiGD"
    "OKoreDEvIhjFyEpxDaiQfHSRKztzRnLmRG7mEGCSjTcQTGVSRNHMRFqpbTRZtQpk1aqasf"
    "kNR/khkpC7RxztfMbNhrrC3kYtfvyZGfWA+yWix6e7IdeXuNFE4IQncrZiDyTLRIRFBIGV"
    "8CbLjh/HHNlR4yXkREbu13itZBluiycnNUruG3ATxnsopXD/UxvLd3F9w8M2jzQ++rirxu"
    "T0TP+i6Embff5pJPxG2DLyLSKB/zKa3HOPPRBciWiEBdEeGPni6NvzZBhCBz+vkHo1TFPh"
    "/qyMK09z6s4h1yXfAFEE3xBJ/RBuX1/ngBjXSj/ZiNyL8cGEeVWgaWszTcHA4LZpqacyJI"
    "+0BurXAd08B0t10w+W6iYOliKqKmmv/TfaQoUxx5z/4GkijPE2GlxV8QhrE37T4IsEEQGn"
    "6Gk9SeIjSoKB3HKyguAPk175kR0NuNFnzHl6FyKKJ1wesz+zfYF1j+n0rkREbB6DMfMFCx"
    "bryyY1c3V0uY1DbnPET/16nWIsTTquNU7C5fuXeEbIwgGCIaIqG752FeHzSPDpAjw1OvAA"
    "zsEFXbArNpLLdA9OjugS4B2vGzqxwZwX2cg0PpE0ZaeCdUzFtD5zTvKT7paAVs6M2yeJ2C"
    "Yeec9xVcid/yShKifsoZ57SUUCH05mXB3L37CvGxYx+G5xOwyqneX1PpSUEMVWL0S/eeA2"
    "RZIiksCDiJ+g5xVI/ANN48WNZHhHeAbLNkySPt1SIFJlZL8/AxbUZ0BDiu6oUE36IB7uUe"
    "QUv4kzddMjkCyOARHAI83UoAWmUDGWXs4Ef7gB3TCenRUuAlAjLovAY+0zDu3zGw3GnPcu"
    "lDP7QjdJVc3nsZpsj9XM9rjuoEQfbHGq01KZ55MOaC7DtS6YKwVz/0Wp6gRqabqKzeJSDN"
    "sEXYNujkOuQkt+EyqeR5yOTeGIQN1nJn1mwLZSxnMDcl6QE3OZDvPbhNQ8En5Ts/D//Jcj"
    "656nQkp0TVrVTFZ3tSaSfk9Q5TmV6PxKEZ3Z7LwrOp1258a9vhWdK3ghkzOkr65wefdSoZ"
    "4zVIR2j1DdJsDlAAEulisKFFHxbyjqqN8v3UWvat7lbwjuQdzLjaktE7WpRNPsE5MvHeYY"
    "WZa992SVXjSUibk27ikR8p1DRpGxmqSssP9XZVaEsLaxoM06SdkILNsFllVMJ7snP11TFW"
    "+cn6YMtmpx1KFeoLLR0V7K4p1jNXPwy5i3vQw43E67e44/b9ozUjLFJddX192eq8gNtw2I"
    "mY9oeGUE/Hw3rl5Wsy23nobvWtA9isCi8dlHeWaekPV4VH84dN3WbB1KGx7R+z03ZRV6FU"
    "L5hJtY9uOy+o17a3H3VmHMjCaf2PGYHUj8k9ADsYL4PH0bZ1cLft+5Xz3SCjNurQdmiPuO"
    "fIroE+v98r53QT+PDJIugSTkj6lm2gspkBPyih9Rqh9Z+kB4G/kGpZUu04xNWXJylK7CA7"
    "gykgfe0pGmaHahmMwIUf1QLn8xhqqjpOTSzbckRxqoMOKtAd8X+DGe0z2wvhTRAzMRSFCV"
    "902SxfTv2SE/JgljvCsR/fw04vix1OeHQ/YzJo/+xtsu278fcX1miJ/d50cDhoRtUQpFdM"
    "99vpcm/XueJ4Hu0h1u/0sP0Ep32SzaeeZgO30OtpPZ95WFH4OVW+G6pqjwWKiSSnAp/49m"
    "nUxHeE1QP4DL30SILOd4PlVFuR4K6Y/M+qhwbsKdM6NsqCs8av0tItgf8m0OVctkQaKV8F"
    "vYuDZl4c4MyI2TNomZCsTjes7xBMIii3mUqsJzozIruodYRhaALKBPIfR/R6TLzygS147m"
    "hTpOVz+syx/VPmYrqGiyXkzkpZA2iOdFPOF/VAz1BHmDfF7kPSvLjuxkrIkjKvnXjF4Btt"
    "LTFwR6AxFxJBXeAzvgXGVE+JeIJqxX1/uuHnvpIQ9nM2KH+wYLS1Vp9D+yaOVhsrtnSxp9"
    "sxjlXYzk1crATySG3h1HNK2FZkzvkyotvYX6jevyc6U1GYXSoT/N3DJNRqEfsdcDjLIyCm"
    "28lIoGlMXomsxCSb1ec2puTXM3VW3clp26KaI09bwpC8byRojKGbon77OY4bndnEy8i+f2"
    "bicTq5F8OHsiXcezcuMwJ/b6CMj4LcDoaTh86xRkJwpuaRnIFFmFS02RMIaGY+6bi8xv7d"
    "5trEZLSCxAiR5MvHdqpNTA5jqiaHkxGHuCNvFaqc9Ep2SSSjBVSch4BAUDf+RcHZlNOyfF"
    "TuVOKBHhI/Msj3vFWvmbDSXKarMNpcdXbfa87ZFVDAKuW4FGKhJrBlC1bxqZAWfkqHCogu"
    "mrG7xkad8/qNpcs8Hnuw/Ch3a7cw7ISRDJwKlymtwjb0Hho/T2OUOvWuP5ABJYenxTE2l/"
    "QKPOG57RdSSoW/4xXOz6QC5WRH3OPXaLI4duDThvZXVPOvDW2B265gDuienZzzMOgspIf9"
    "4oe46Vp7vuUlyeDN15pLiwRmNPhrqmOqDUDBPHzWd7IuM0atctJU1y3abyQTP+BlItRaII"
    "CbzpIoUVqrRdpgC6MdfQRyAsILCNZ4gIu++myrUAwqyJCUhyPqiSJLu6JwtM7pkP7evOGb"
    "AMIAMdys9YTvBS9GIiB1PjN6DIGgd9VJ7cDCEJ2oTf8Bu49ucm08JRMy24PS8tZItyJn2G"
    "d06Eqn7SX+kyyTP+W7uKJAFt1SWST+xkwvEj/5jg9S8RsQ+PQ/43EkoVXJFjgh8eWYEdCe"
    "SkYP9SRPfjyaQHyCcJtyIHSJPPasgujU9VOvSn6V2Tx6dKly1bsiBe7Yr3e5y2hj1/Ij1N"
    "8aNKdjX8vtJwczt0dJSy6eZKd3OI1yzYzVHKErq5mvJVLXpZ0TWiztnhXPQkZQ11juUH5l"
    "bFx+ytcS7ZPdKLXC6Gaoik8elNQvr2SW1rCHCGCSLVU6KwDWIPX4lqbK37eEtQT9+QgxMn"
    "90U258mVFRu5uWENLYnbQX3bJMwnCnHFczAz0NSURYuixffvnGUp8eVNnW06/HRgm/NEqq"
    "X6/gbNwDKTVzYIkVRZG7ujVNC+vs6TQvD6Oj2HILkXY2DxpCqAsF+9huhenOcJ88W10nXS"
    "58lAXwPZVP+Onyf8KM1nb00SV2Foig3+BLpmnTCLRQOXgBFRXASYvntg/h2Huz/k7+IaCd"
    "LAHY3LPeZm9tf/AVauNW4="
)
