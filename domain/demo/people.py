"""People of the demo province: accounts, professionals and their profile sections.

Resident ID numbers are unique by construction: for every (region, birth date) a running
two-digit sequence (00–98) fills digits 15–16, and digit 17 carries the sex. The sequence
99 is never issued: the fixed demo logins use it, so they cannot collide with anyone.
"""

from __future__ import annotations

import datetime as dt
import random

from domain.demo.names import EMAIL_DOMAINS, mobile, person_name
from domain.demo.profiles import draw_honour, draw_practising, draw_profile
from domain.demo.shandong import CITY_BY_CODE, LIXIA, PERSON_REGION_CODES, PROVINCE_CODE
from domain.demo.tables import Ids, Out, Row
from domain.demo.tree import Org
from domain.identity import resident_id_check_char

FIRST_BIRTH = dt.date(1960, 1, 1)
LAST_BIRTH = dt.date(2000, 12, 31)
DAYS = (LAST_BIRTH - FIRST_BIRTH).days + 1
_BIRTH_MODE = (dt.date(1992, 1, 1) - FIRST_BIRTH).days
RESERVED_SEQUENCE = 99

BIRTH_DATES = tuple(FIRST_BIRTH + dt.timedelta(days=d) for d in range(DAYS))
_DATE_DIGITS = tuple(d.strftime("%Y%m%d") for d in BIRTH_DATES)


def fixed_id_number(region: str, birth: dt.date, male: bool, slot: int) -> str:
    """An ID number from the reserved sequence 99; slot 0–4 picks the sex digit."""
    first17 = f"{region}{birth:%Y%m%d}{RESERVED_SEQUENCE}{2 * slot + (1 if male else 0)}"
    return first17 + resident_id_check_char(first17)


class IdNumbers:
    def __init__(self) -> None:
        self._region_index = {code: i for i, code in enumerate(PERSON_REGION_CODES)}
        # one byte per (region, day): about 1.3 MB, flat at any scale
        self._issued = bytearray(len(PERSON_REGION_CODES) * DAYS)

    def issue(self, rng: random.Random, region: str, male: bool) -> tuple[str, int]:
        """A new ID number and its birth-day index, for a person from the region."""
        base = self._region_index[region] * DAYS
        for _ in range(100):
            day = min(int(rng.triangular(0, DAYS, _BIRTH_MODE)), DAYS - 1)
            sequence = self._issued[base + day]
            if sequence < RESERVED_SEQUENCE:
                break
        else:  # pragma: no cover - needs ~1.5 million people born in one region
            raise RuntimeError(f"resident ID sequences exhausted for region {region}")
        self._issued[base + day] = sequence + 1
        first17 = f"{region}{_DATE_DIGITS[day]}{sequence:02d}{2 * rng.randrange(5) + male}"
        return first17 + resident_id_check_char(first17), day


def person_region(org: Org) -> str:
    """Where an ID number was issued: the unit's district or city (历下区 for the province)."""
    return LIXIA.code if org.region == PROVINCE_CODE else org.region


class People:
    """Writes accounts, admin roles and professionals, numbering every row from `ids`."""

    def __init__(
        self, rng: random.Random, ids: Ids, out: Out, password_hash: str, now: dt.datetime
    ) -> None:
        self.rng = rng
        self.ids = ids
        self.out = out
        self.password_hash = password_hash
        self.now = now
        self.id_numbers = IdNumbers()

    def account(
        self, region: str, male: bool, fixed: tuple[str, str] | None = None
    ) -> tuple[int, int]:
        """A new account; returns its id and the holder's birth-day index."""
        rng = self.rng
        email = None
        if fixed is None:
            id_number, day = self.id_numbers.issue(rng, region, male)
            name, phone = person_name(rng, male), mobile(rng)
            if rng.random() < 0.35:
                email = f"{rng.randrange(10**7, 10**10)}@{rng.choice(EMAIL_DOMAINS)}"
        else:
            # no draws: a fixed login looks the same whatever was generated before it
            name, id_number = fixed
            birth = dt.date(int(id_number[6:10]), int(id_number[10:12]), int(id_number[12:14]))
            day = (birth - FIRST_BIRTH).days
            phone = f"1386{id_number[10:17]}"
        account_id = self.ids.next("account")
        self.out.append(("account", (
            account_id, "RESIDENT_ID", id_number, name, phone, email, None,
            self.password_hash, False, "ACTIVE", self.now, self.now,
        )))  # fmt: skip
        return account_id, day

    def super_admin(self, org: Org, fixed: tuple[str, str] | None = None) -> None:
        male = int(fixed[1][16]) % 2 == 1 if fixed else self.rng.random() < 0.6
        account_id, _ = self.account(person_region(org), male, fixed)
        self.out.append(
            ("admin", (self.ids.next("admin"), account_id, org.id, True, "ACTIVE", self.now))
        )

    def professional(self, org: Org, department_id: int | None) -> None:
        """A professional of the employer with an account, ~10% with a practising
        qualification and ~3% with an academic honour."""
        rng = self.rng
        industry = org.industry
        assert industry is not None
        region = person_region(org)
        male = rng.random() < industry.male_share
        account_id, day = self.account(region, male)
        professional_id = self.ids.next("professional")
        home = CITY_BY_CODE[region[:4] + "00"]
        profile, graduated = draw_profile(rng, org, BIRTH_DATES[day], male, home, professional_id)
        self._professional_row(professional_id, account_id, org, department_id, region, profile)
        if rng.random() < 0.10:
            qualification_id = self.ids.next("practising_qualification")
            practising = draw_practising(rng, industry, graduated, qualification_id, region)
            self.out.append(
                ("practising_qualification", (qualification_id, professional_id, *practising))
            )
        if rng.random() < 0.03:
            honour = draw_honour(rng, industry, graduated, org.city)
            self.out.append(
                ("academic_honour", (self.ids.next("academic_honour"), professional_id, *honour))
            )

    def fixed_professional(
        self, org: Org, department_id: int, person: tuple[str, str], profile: Row
    ) -> None:
        """A login professional whose profile is given, so it never depends on the scale."""
        region = person_region(org)
        account_id, _ = self.account(region, int(person[1][16]) % 2 == 1, person)
        professional_id = self.ids.next("professional")
        self._professional_row(professional_id, account_id, org, department_id, region, profile)

    def _professional_row(
        self,
        professional_id: int,
        account_id: int,
        org: Org,
        department_id: int | None,
        region: str,
        profile: Row,
    ) -> None:
        self.out.append(("professional", (
            professional_id, account_id, org.id, department_id, region, "ACTIVE", *profile,
            self.now, self.now,
        )))  # fmt: skip
