"""Writing organisations: one row, its closure rows, a credit code, a phone and an address.

Credit codes are unique by construction: the nine-character organisation code is an affine
permutation of the organisation id, never a random draw that could repeat.
"""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass

from domain.demo.industries import Industry, Pattern
from domain.demo.names import brand, chinese_ordinal
from domain.demo.shandong import (
    CITY_BY_CODE,
    DISTRICT_BY_CODE,
    JINAN,
    PROVINCE_CODE,
    PROVINCE_NAME,
    ROADS,
    STREETS,
    City,
    area_code_of,
)
from domain.demo.tables import Ids, Out
from domain.identity import credit_code_check_char
from models.enums import OrgNature

# GB 32100: registration authority + organisation type
_CODE_PREFIX = {
    OrgNature.ORGAN: "11",
    OrgNature.PUBLIC_INSTITUTION: "12",
    OrgNature.SOCIAL_ORGANISATION: "52",
    OrgNature.STATE_ENTERPRISE: "91",
    OrgNature.PRIVATE_ENTERPRISE: "91",
    OrgNature.OTHER: "93",
}
_ORG_CODE_WEIGHTS = (3, 7, 9, 10, 5, 8, 4, 2)
# odd and not a multiple of 5, hence invertible modulo 10**8
_CODE_MULTIPLIER = 7_368_787


@dataclass(slots=True, eq=False)
class Org:
    id: int
    kind: str
    name: str
    region: str
    nature: OrgNature
    level: str
    # ids from the organisation itself up to the province bureau
    chain: tuple[int, ...]
    industry: Industry | None = None
    pattern: Pattern | None = None
    # relative headcount, for spreading professionals over employers
    size: float = 0.0

    @property
    def depth(self) -> int:
        return len(self.chain) - 1

    @property
    def city(self) -> City:
        code = JINAN.code if self.region == PROVINCE_CODE else self.region[:4] + "00"
        return CITY_BY_CODE[code]


def organisation_code(body: int) -> str:
    """GB 11714: eight digits and a check character (the last nine of a credit code)."""
    digits = f"{body:08d}"
    check = 11 - sum(int(d) * w for d, w in zip(digits, _ORG_CODE_WEIGHTS, strict=True)) % 11
    return digits + {10: "X", 11: "0"}.get(check, str(check))


class OrgWriter:
    def __init__(self, rng: random.Random, ids: Ids, now: dt.datetime, out: Out) -> None:
        self.rng = rng
        self.ids = ids
        self.now = now
        self.out = out
        self.names: set[str] = set()
        self._ordinals: dict[str, int] = {}
        self._code_offset = rng.randrange(10**8)

    def add(
        self,
        kind: str,
        parent: Org | None,
        name: str,
        region: str,
        nature: OrgNature,
        level: str,
        industry_label: str,
        *,
        base_level: str | None = None,
    ) -> Org:
        if name in self.names:
            raise ValueError(f"duplicate demo organisation name {name}")
        self.names.add(name)
        org_id = self.ids.next("organisation")
        chain = (org_id, *(parent.chain if parent else ()))
        org = Org(org_id, kind, name, region, nature, level, chain)
        self.out.append(("organisation", (
            org_id, kind, parent.id if parent else None, org.depth,
            self._credit_code(org_id, nature, region), False, name, region, nature.value,
            str(level), industry_label, self._phone(region), self._address(region), None,
            base_level, True, "ACTIVE", self.now, self.now,
        )))  # fmt: skip
        for distance, ancestor in enumerate(chain):
            closure_id = self.ids.next("organisation_closure")
            self.out.append(("organisation_closure", (closure_id, ancestor, org_id, distance)))
        return org

    def render(self, pattern: Pattern, city: City, place: str) -> str | None:
        """A name from the pattern, or None when it is already taken (the caller draws again)."""
        template = pattern.template
        fields = {
            "province": PROVINCE_NAME,
            "city": city.name,
            "city_short": city.short,
            "place": place,
            "street": self.rng.choice(STREETS) if "{street}" in template else "",
            "brand": brand(self.rng) if "{brand}" in template else "",
            "x": self.rng.choice(pattern.choices) if pattern.choices else "",
        }
        if "{ord}" in template:
            prefix = template.format(ord="#", **fields)
            number = self._ordinals.get(prefix, 0) + 1
            if number >= 1000:
                return None
            self._ordinals[prefix] = number
            fields["ord"] = chinese_ordinal(number)
        name = template.format(**fields)
        return None if name in self.names else name

    def _credit_code(self, org_id: int, nature: OrgNature, region: str) -> str:
        body = (org_id * _CODE_MULTIPLIER + self._code_offset) % 10**8
        first17 = _CODE_PREFIX[nature] + region + organisation_code(body)
        return first17 + credit_code_check_char(first17)

    def _phone(self, region: str) -> str:
        return f"{area_code_of(region)}-{self.rng.choice('5678')}{self.rng.randrange(10**7):07d}"

    def _address(self, region: str) -> str:
        district = DISTRICT_BY_CODE.get(region)
        if district is None:
            city = JINAN if region == PROVINCE_CODE else CITY_BY_CODE[region]
            district = self.rng.choice(city.districts)
        road, number = self.rng.choice(ROADS), self.rng.randint(1, 999)
        return f"{PROVINCE_NAME}{district.city.name}{district.name}{road}{number}号"
