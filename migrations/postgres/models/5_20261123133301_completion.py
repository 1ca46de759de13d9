from tortoise import BaseDBAsyncClient

RUN_IN_TRANSACTION = True


async def upgrade(db: BaseDBAsyncClient) -> str:
    return """
        CREATE TABLE IF NOT EXISTS "year_standard" (
    "year" SMALLSERIAL NOT NULL PRIMARY KEY,
    "public_min" DECIMAL(6,1) NOT NULL,
    "professional_min" DECIMAL(6,1) NOT NULL,
    "total_min" DECIMAL(6,1) NOT NULL
);
COMMENT ON TABLE "year_standard" IS '各年度继续教育合格标准: configurable per year by the operator.';
        CREATE TABLE IF NOT EXISTS "annual_completion" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "year" SMALLINT NOT NULL,
    "public_hours" DECIMAL(7,1) NOT NULL,
    "professional_hours" DECIMAL(7,1) NOT NULL,
    "total_hours" DECIMAL(7,1) NOT NULL,
    "passed" BOOL NOT NULL,
    "updated_at" TIMESTAMPTZ NOT NULL,
    "professional_id" INT NOT NULL REFERENCES "professional" ("id") ON DELETE RESTRICT,
    CONSTRAINT "uid_annual_comp_profess_e7e0d4" UNIQUE ("professional_id", "year")
);
CREATE INDEX IF NOT EXISTS "idx_annual_comp_year_c52ac9" ON "annual_completion" ("year", "passed");
COMMENT ON TABLE "annual_completion" IS 'One professional''s hours in one year, kept current in the deciding transaction.';"""


async def downgrade(db: BaseDBAsyncClient) -> str:
    return """
        DROP TABLE IF EXISTS "annual_completion";
        DROP TABLE IF EXISTS "year_standard";"""


MODELS_STATE = (
    "eJztXetz2ki2/1e6+DJJXZKysbEJd2qqMCaxZjD4Ak42O9pSCakx2ogWo0cc1+787/e0Hq"
    "BHS5Z4CqU/GITUpyX/utV93uc/tYWhYt1631FkFS805c4ghmPW2ug/NSIvMByktKijmrxc"
    "rq/TE7Y81V0S2W8rzdeNp5ZtyooNl2eybmE4pWJLMbWlrRmEEolOc3p1JTpX140ZfDZaZ8"
    "Hx9YcZHDcvZtfvaVeqoUBfGnkqROUQ7S8HS7bxhO05pv/in/+C0xpR8Q9sBT+X36SZhnU1"
    "goCm0g7c85L9snTPCcT+6DakDzSVFEN3FmTdePliw/++aq0Rm559wgSbso1p97bpUBCIo+"
    "s+bAEu3pOum3iPGKJR8Ux2dAolpfYeYH2uJkmD4UQa9yaSVEvAHFCEMPRPKQahQwSParn/"
    "/RN9hHeN88vry9bF1WULmriPuTpz/bd36zUwHqELz2BS+9u9Ltuy18LFeA2qjr9jPYlrdy"
    "6bPeIsXHAFeCKZKDgB8oo4hjP8A3GcA1SzgA5OrJFez9HNoa4NOhNhOOj02yg4EsnDaPhZ"
    "GHQFenZ9LJL7x4HQFR7o6dWhSIaTu96ojdyv+NRPGbaF/EPSMXmy5/Dz/CpjjD53Rt27zu"
    "jN+dVb2rcBr6f3+g78Kw33Eh3G9bC538xRY78OQfsyD1T+dyIKbqOVB91GKx1eei2Kr/ws"
    "mypWJXiwBMq3gBQb5ShVDGt4BbGtLfB7epADdX+VKQvoGRjfdia9GH5L05hhy4J7yLpUaO"
    "FmUL6+ip/CpN3BQk63xtk35joehi2J9kfDxNoT+QO/JBb0GLg+m/EQ6+7EwP47mFXB2fX7"
    "ZMrPK96CNdkAC0AA296C2hl3O7cwuSnyU1n5Rl9wKTIE9IrRMGJnVm2TlxaNRfyMTOQnFy"
    "T639BnXzF7iuG4D8/gA71LrzCA60avMn5DghGRbceUdbTEpmWQOvqGX7CKpi9IuEV0hqD/"
    "oUfAF0yx+b9oIb+guaGryAI+gJKZho6tJHO4054ZDOSfwO15E5jOOFXyeqn9K8ZY/hm/xr"
    "nMQ3GZofHZhM8MkR+OgamNemPhtjeYSMJtrSDLGSJto9APYDw74/HDcDQBttM/EsndH9J9"
    "p9sZSg+90b0Al2InRDLpCF86g9X1yE+RfByOesIn73dnAHdqo8SpTdjWxmUOxqpxmcpX0U"
    "tRtmD9AhbgXSNEFWRgLxo5YL5opMJML5VbOjjoUhbB9irPFL5Kn8JXiSm8BIQKgbsi2Ajd"
    "kkkBsQXiLM8CcZa+QJzF0cULWUtRR7DRXRFUD929CLa6TFRdKzaDwzTVg3n3y+9StqxnA5"
    "j/uWzNCy0VccIK7nZ7mdULx7IlZS6TJywFICaBvzFAipAJG/u0LmJDMIU+9jUGqzOHVd/c"
    "DId92vPCsv7S3RPCJIb94/1NDwbFHRJopHnSccD3r8cB+HfbsTZl89fUB+TyO92J8LlXlM"
    "H3qNrI+xbJrTDu3PR7wO0HR+XQEysmpoBJss3WY1KFJPt9iFJm6TLpwSkuS/APqkOiv/gb"
    "VAb0E+G+N5507h8irwlVe9IrDffsS+zsm/gwrTpBX4TJHaI/0T+HA3fqLQ3LfjLdO67bTf"
    "5Zo88kO7YhEeNZktUQLx2cDVCLjLqzVDcc9SglH/WyjHqAUWjY3adPaITTFZUh44a60Ijk"
    "qtQYm6RP/PGPEdZlF97kTAiUkLSjE5wEaerhyEsEA4OBI4D/dEuUHnxuYkQ77MK5qiJmea"
    "r0LeEae71UCaRCNoK8Np0A0yHBEwM+ckzEYkadkkltmegWMaq4ixbLpBKsZhkGlVWTV80p"
    "HYJ888svFnLpXCMGgm+DYGSYTzLRLHfE0BvRaamtpuhcY/kaPqfyOXxenl2JTvOy2YLGKH"
    "n2bdLQcoB7ikQkXRCVjAU15Sw0dzp55hm3yw9qAz4b140w8Vsk27aszNEcmxg9z7H7nDAV"
    "EYymDcSIqhgy7DshQ1b4n2CYeCKX6UVLspwlt/gc3OIT4J5ct7Kk8DAZl7y55M1YV7nkzW"
    "Ww0kre/kZVzOUpSsS9nRjLW3hbLwYug5IjzECYsnDFkA1RbIRoyeSLPTvohVjYLX3zQq5f"
    "JzZn87rlRRfEiEfeCFbokdCd1FKXhx0gPIx1V1GYGUtjDqzpa7+LWUzF05Hf12mtFHnxDS"
    "2QEVzh/mjw2O9nuZUeT6t2ImAXU6ptoiNyJ2eaniiYua/oiqTgbckTeMVWnrSRjOgTUGdY"
    "GxmzsN4Fbuvo2KojgF0jnkNtXNPDCtba452Y+pv4+uwiGlfecAXNIRU0ZfMRPKJLyu6dBP"
    "23JYnv7+PhIMX/ZE0SF/k1xUb/Rbpm7Y3nq/06c4ji6oWnjqbbGrHe0/v9VlA7swulGIUo"
    "Iu0HQL+57/wjPgbd/vAmLsbTDm64NoZrY7jW4NBCLpfD9iuH5fbuOJBjB5cVACtCHFnvGo"
    "sljJf3wEmRId4mW3JwW8O/EWmeK4Av7DLwi4XmhmNagfn3BcsmDbxb2khxTBMTm14BJh14"
    "ekVTAVgASyaWrLDFhj30zxQW4m4PtF+Gpdc9XfecpmFcuH33oOJDgH4U1vFC1vVUbFcjVq"
    "Gd9KJxfbXClv7IgnV83+n3k6r3pTPV3Swt8DIx2FN4eQDWlIiBGGmcP/Vo3/t97Avms8NL"
    "Cbe9rgBovrmux23jgbRwmQguikR7b4Q2swOOeQbmtmFvCHaMkqOcNbO9PTDJ82X52qyJuK"
    "dNAU8b7lyfvieepiohzbmeJ7ThCW1KAvauEtrkUSXsVVh2VM3uG081lpAcXKtnCse0laT7"
    "zV53w14uMVHfGbAoIRMrhqlSwxbNKvPiiqWucUsmKvJCP9voeW7U0cww4UBT5hH7Vh3OyT"
    "bD7Xo/93g9VeKfNcuZ/hsr9io9SvBbKyoQ32hPP4tM/KHRuLi4bpxdXLWal9fXzdbZaulK"
    "Xspaw26ET8Igxka8LjkX5xsOyS8cdDxOk10osx/o6wrZ01NChVG14XbS5mad9A442ky0WW"
    "acdB+BNQX3EsjhJRDfvPPCHKerINi7T8oS4ow2gJq5SFQB6N3P6ikGzpYxn9NdX9YUW3m+"
    "lNMYeTAXF3lms8Lt0mFfEXDUN0fdxPBvW0WXlSgVz6nFXr4LJLfYp86iq8vaosZQWHgX6l"
    "naCmXVJH/hheYMPq+bFxe0kILcbPtWdjlifEduz5arRVgb331LvL9ruToHHS4QanuHlouM"
    "wg37vmsebQbb8l9HfwYBqtzIz438J2rk998O9i6RI0J7TV5mLrT28HjTF7pt5H27hTY+9s"
    "ZjvwBH+Fd8Kcqzr+w+TJuuT0V27qB9mQehNDKXim1Z0wu5wYdIyuEGT29bGTd4n+/E6kYe"
    "GQzq43hlHEd+CBwzrgo4ZlBz0BPRrI0RT5JvDXnJJIcdI36CiVBuR52Pk4JLjEfURu6XSM"
    "aPN/fCZELToKwORdJ5oLWt6MngSCSj3u+9rtswOCrJRqzpMMunL9JGppMU6ioxoTvT6/NY"
    "qHSoq2uR5G5rVRv1PG5rIDYuNHuzcY/T7mDkT4f1KPlAJ99v7qDIHRSP/yqdvIPiLV7Kpr"
    "3A7Kp7oav1LLW/Gm2XR/d/TnOxtqZTLDofznALPpu4RTNyWFTdClhimsfV0lScK8PH1v3l"
    "yuMB/6X/P/KMHkfX1vOMHvv01TFMWzJMlWViT525UaLDbar7ilrikiiXSXhWjvK/V962XF"
    "AKCNPwfJ481UmJUk6u2cwtUY7y76c1n3NLWOEXeYs8Mspc01XoKgl7kUwyVUQ8Ve+ybaGg"
    "6tZn2Ze43jeeNDKZm4Zts5N1RhvUs4R2nTaV7HDbVwX3jzI1PCGX1KL5Mmlhe/RGDGJ52r"
    "9q6m9iza2mUgMWCbgoC84t4dzbIDtOkCznGQbOeE4K83u6x+sOeaniO9y/iKDpN9+NnHlc"
    "ET4iZX7IYwT9kG4E/eAbQdNF+hkMvWOyEkmmW0JDJFzijHPG3vyXgE8wNxM8mR1UUP48EX"
    "kzl2lEN5RvMFawVLJqi2ePd5yWG8HKNtIliRKICHAMRiQu4KXzIXHJ8nUupOemGoiUd/um"
    "US987TtepeejGv82uhuNx0h0GucfGogmGATRANgC/wReLHXjBRgMYCW6PTSVLZxkR/Z9sz"
    "yBAvSGtG0QFkBDBEz85APmXnXP+YIjDxs4qCEiGJ1NHPAC2jIbJWp0XnuzWyTd4f1Db9Ib"
    "TNpodSiS3v1Df/i1N2qj4EgkN51xr43oZ/ydOo7HnYqX0HNinLLDO1ZEleEtdxHcoZiYZq"
    "VR/OK+eQWjGNlO4gBLJB+dt/JM2Vb6lG0xiuoFgEk2bCBAZTJE0cy0d6l98Cx4BbLglc3Y"
    "fMRZ3sg1zRsZ87yRmOgE+BpWEH2+TXRNXeLQ4tpw9KkzaCP3SyRewJgkDMYTYfI4EYaDII"
    "gsfE4kICJMehJssr3Rw0igO2r8DA06Ez7HWyXPQV/DrtDpS+4TCOOOd1PGSZEMJ3d0M3e/"
    "Ntm9dx9bpePvmCHN5psgK+Iyz48uDNWIRg36B24w4WdhQIfHDSX0j0Vy/zgQusIDPb06pJ"
    "zZ42DylbJl9Fskk+GXwfhOeGij4EgkAxBE22jgi6PH58kAQgfuV0i9GqYp8XiWxpVnCQgV"
    "2rtWBNVDd/frkm+AKIJviKR6CDeazRwQQ6tUjN1rMT6YMq8KNm1tpikAjETjnwpJHmkdVG"
    "8AWmc58G+dpcLfSoQYUlWVtNX+G+2hxJgD53/7OJ6MYBsNjrZnhna/bZr4u4afJUwoOEXz"
    "oCeJDygJBnLLyQqCJxhv2+lOhM+9WsE34aE3uBUGn4Dz9A5E4vXTRt43K7RWJNTmcTvqfA"
    "HBYnUoklsQLG76tGVwVI73iDvkpkNfXYdcHhpatVHPExrKnYT34F/iGSELZwMMEZXZ8LWp"
    "CJ9Hgk8X4JmpAPfgHFzQBbtkM3mX7sHJGb0DeEerjk5sMudFNvIan0gBz1PBOqZign9OMk"
    "Gks+gT0HL0O0BrZOinyKHkQmwdj7zlvCrkzn+SUO0m7KGae0lJAh9Ocl75WibLxsst0Rq5"
    "PY2hoyphdSjfzK5uWNQ4/oqLZtCsntdTU1JCFK96bPrdI7crWi2KBmlEfCo9D0rqS2kaz2"
    "7UxxvKX1m2YdYR7Q0TVSb22zqysD5DGlF0R8Vq0l9zf7cSiUjGztRNJUGTPgdECGaaqWEL"
    "TbFiLLz8Ev50Q7phfHOWcAphjbp3Ik8MSk85EXQazDnvWRj1oEMXaVPN50d5GaxylsFaDV"
    "BiDF5xQNRSBY2TDv7ehRti8K4ULIoUpaoSqDvT66wXl2LYJug4uq+H1oeXfB5Wn0f1EHuF"
    "I8qHbmfc7dz2ainzmYOcF+TEu8yG+UjhR449NX7cgxQlP7GZ20iDbLbWbSotQm1fr7OK/O"
    "ZubRCZcpEWMHlvgPd7R20/iHqcWHVEDFuDuQq85De8tN3GLj+6pDOG/jAQNbkwiqzu4Qa5"
    "KqxSbanMY4gOHENES+WSNAebFBP0mqSCRpR9OM0o2lJj2k6ybFUhoirCvA9v/szaL2ycT6"
    "TeS5lQnhoqw296gn+kLMVB+0rgm+WY0PvHJOKTkKgksvJL6A8Hn4Lm8fIi3FOo2j4jeTyF"
    "Amao4JCHyHj+hPK4BDHHl5nhNGOfWlGU2Iv5qMERJclP8SBb1rNhqiNsYbtLI44ZQmKyUT"
    "1LUFz6zSWTtl/FMeeRFiNimy/SweeTYduYoKDjNqJaDayiuWzNsVpHFoyejpFDO7Xmhmm/"
    "o2knmOLiHu6QR170k3K5zS1vm+Oi42FFRxrbQoezkPAYJqoER7jvMDrOAf6MHCD+sdSgtw"
    "1GPUpZwVE/kVHOxQgGW1fBMQ6RcUa/zOM7c3OKwlDRDCgsp8BsIzyDnOcDChviN6lhyEsX"
    "FjYUr3ntLU2YnXVPJwZxbhNxZHaVyXT5QGVFjcpd/+fIuheQnpJEMa1pPVNKXRFJfyWocp"
    "Rmap1dKqIzm521ROeqcXXtHn8QnUt8LsNV9fISzrcuFFYZpkK0W2Rk5oLkHgRJy/ViLKYN"
    "Cyi4CJlDhCxbErGqWcSMqS3T6BiJFcBFOXk2zDGyLE6+Ulw85czjSo5QihRiFFIoJSirpy"
    "DfQ24mXsWUVzE9+uKwdRXTo3PUoVFgstHRUcrinWMtc/DLwNteBBzuVaN1Bp/XjRk9M4Uz"
    "zctmq+265IX7RjSakwanyAT5koobUqLZlttOg6sWVuhNLBaffZB75jH/xJO3hzOU25qtY2"
    "nNI3q/n0xZxV6DUNlYbjM6LKvPsxgVz2I0GXUG44+90ah3Kw0fJ20UOxF/T4/j5mjhHxuP"
    "q0daYsatdt/pw9jRT5F87Hm/vO9N0M8jg6RLIEmPPM2051IgJ+QVP6JUP7P0QWAb+Y6lpS"
    "6z4uSy5OQoXYkncGkkD9jSiaZodqHUuxGi6qG8+8UYq46SUjI135Ic6aDEiNduh93JcATv"
    "dButDkVy3xlPaO5M75vWBOne9frDEa0L4h2J5PfHgTAcSd1hv9/7BOTR37Dt9rp3A6Hb6c"
    "O9u8PBbYdm52ScFMmd8OlOGnfvhkOaz1y6gf6/tBHr7CabRSPPO9hIfwcbySLrytxPtZlb"
    "4bqiKPFcKJNKcCH/mxVYmY7wiqB6AO9+E6GynOOlgyjK9TBIf2bWR8VPJt64AMaausSz1t"
    "8igv0h3+ZQtoIF1DEFnsKG1oyFOzPvcpyU198pkHbZy4FGISyymEepSvxulGZF9xDLSPae"
    "BfQpZHg/amxEGOm4djQv1HG66mG9+1ntY7bEiibrxUReBilHPC/iCf+jYqgnyDnyeZH3rC"
    "wbspOxLg6o5F8xegXYSk9fEOgNRCLQimf3vVvBVUaEf4lk3PPaet/lYy895PFsRu1w33Fh"
    "qSqN/mcWrTxMNvdsSaPni1HexUheLg24IzX0bjijWT3wOb1NRaz0Hqo3r3dfEosHA6ZDX9"
    "1gQF44pmqjzggey0gmXzQXZoyOF5BJ6vUiKaULwcug5A6w5SnRU7Z5u+sKPaUMfzx5n8UM"
    "z+24p+mWnts/SRJXxiqZowiSGil7siXShWqolGzZyAtzYq+PgAxPgQaP/f6xK02dKLg7Kz"
    "SlyCpeaIoEGBqOuW3JKb+3O7ezCi0hUUHXWCwBbRoTsCVchDiy3l11V1nAdFlbbIlVl/ZR"
    "VYDSwtO3rqmUGipfRRQtL6pnS9DGXi/V2ToYZZVypM8YEjwx4CPnfrtF8oyjMug7SJ2Rsu"
    "FuFb3nsy+MuL01Y5MesbfmonKkYSTIdVTRaENqH0Oq9l2jbwDNnv+CVTR9ccPhLO3HO1V7"
    "0mz06ebd5F2jcXXmplVk5F3cSZdbZMIIklDmjtM2dmnUPa7AuXuZPj1ijudu2KOZMMPf7H"
    "Vvhe28zg4Ede1hNPwsDLq9NgqORNIVJl/biH6K5FbwVtY2Co7K4ZGQUTY9ffJn1U3n6sND"
    "Ffiuul4gT2nvPHqBsI5sS4a6olrF1Jwlhy2EeyLzNKoP2El95aq9ynstfxsqGMwUKsLlhL"
    "MEi1UB43zSBQiQyC9jg55lzQZc3DTsb+BPxYqmusLAW7c8bHjJ8TJ1eLdDsMVoBP9ieeVr"
    "k/LGvm6SJ9eHR+1VP/gGV+j3OhXEXFNVmOZuYg//Cb1ZXF9V96FLNU/0cdBEH8E4bcJYB7"
    "Sl5quHo0+dgTDuTIThQBr1PlHm2f3RRqmXRAI8+MfeeAzHnX6MKvUS8Ov9jnAP5z4LvS/A"
    "t4d+bcKrX+bxSrtM90q7THilxV+73FHFMboyD/iGLPvu43dCa1r+ZStKxP1VGP4qwYYbRT"
    "Q7P3dAczhAz/eL5i6Scp9gjic/SVOt4B7ASPL0QLUsNKlTcJQ/0VM59C6Ws1jIJiNU7ffx"
    "cJC2uKxI4h6mGrCL/0W6Zu3thaj9OnOImzwOTR1NB8bUek9v+1vBwdyFwzyFiPacXgEwXu"
    "yvHvUapR3EKwCCpKBrCq2GXFQVnKTc1yt1PO37XpJ3cC/7dPRP0986j5e9L8ZK0xdpI8fK"
    "VHruf51kEgKwir9iUUpe/qY8EQzJVwoWC6tYAPaaonrmm+ZZHskbWqXuVe616Ivkq78SEG"
    "emhFkT8WQwBZLBBIrIYvtCjIoL36/73Ic1vtzfPp+vcmSSFbZK7tMuEnj7MYwiIUfAdIuI"
    "FWqUo+Stbjxp5D2azDGyjW+YUDcorM+QZiGCv2PTr0TbRgawsa6P1Piu867RvKojy0Aygm"
    "XzG1Y9GwUlcoAanoBV+3aftypYBBcmADwBr4O7L9Y13dThjnzhQrhRqup5xe3cV6vyFqWw"
    "AShqDhJJ7/6hP/xKkxYGRyLpDu8fepPeYNJGq0OR3I3G4zainzSx4bhHkxqOS5JlhutV0q"
    "Gvrl5Fly1bsjCsdsXHPU5bwZE/kZHOJe/zqtU/xTCHeM2Cwxyl5Mq7Mo+yomvUzRUooNNC"
    "qUKTlNVT5u0hBW5ZsjkcG+cdmxq8HMHFUA2RcOtNEtLjl4+sIMAZ+lBegH23BdgTy8MukA"
    "36Oa2ZmxvW0JL4OqjHLXd6ohCXvNrpVyybYxgoFXqqMXT5kev1LIX+C7SUrHDTHOVOm5dn"
    "l/CJr91P+Up0rjG+dj9V0blqNj+ITuts2nBbtuBM60Khn2fQpnmuXLURDMBMe3JMV9u+xC"
    "aiz0HjpGmIgrGkM8owWVVPD3nrLUKyaZ/Jly3bgzWgqYyaf3MP1nQN/9KZ6poiMfeJW6xo"
    "gHAKtxMhjIu7HuV7v4fT3ZJZyN72ugKA++aqHjerhyMMMrjKDcBmkHPIsyG3DXsjrCN0HO"
    "QkyAlm/jh7dgebmjJn7db+lcx9Wl63eW2DTsd2iw2Nm6v3YK7+js3AmyKvPi9EUmYL6oaa"
    "vEazmUOVB63SK2zSawmv/SII+80riO55LqfH8wynx/Ok0yPc0WbmqkgPUgmRHD5I5Th71c"
    "7CUY66mf39/2hFE+k="
)
