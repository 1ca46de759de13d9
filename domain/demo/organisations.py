"""The organisation tree of the demo province.

Fixed part (the same at every scale): the province bureau, 16 city and their district
bureaus, the competent departments of the province and of every city, and the two anchor
units the printed demo logins belong to. Scaled part: employers and CE bases.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from itertools import accumulate

from domain.demo.industries import (
    COMPETENT_INDUSTRIES,
    DIRECT,
    INDUSTRY_BY_KEY,
    Industry,
    Pattern,
)
from domain.demo.names import brand
from domain.demo.shandong import (
    CITIES,
    HRSS_INDUSTRY,
    JINAN,
    LIXIA,
    PROVINCE_BUREAU,
    PROVINCE_CODE,
    City,
    city_bureau_name,
    district_bureau_name,
)
from domain.demo.tree import Org, OrgWriter
from models.enums import BaseLevel, OrgKind, OrgLevel, OrgNature

ANCHOR_EMPLOYER = "济南市历下区人民医院"
ANCHOR_BASE = "山东第一医科大学卫生健康专业技术人员继续教育基地"
BASE_INDUSTRY = "教育"

_HRSS, _COMPETENT, _EMPLOYER, _BASE = (k.value for k in OrgKind)
_CITY_CUM = tuple(accumulate(city.weight for city in CITIES))
_INDUSTRY_CUM = tuple(accumulate(i.weight for i in COMPETENT_INDUSTRIES))
_SCOPE_LEVEL = {
    "province": OrgLevel.PROVINCIAL,
    "city": OrgLevel.MUNICIPAL,
    "district": OrgLevel.COUNTY,
}
# attempts before only patterns with an open name space ({brand}, {ord}) are drawn
_ANY_PATTERN_ATTEMPTS = 6
_MAX_ATTEMPTS = 200


@dataclass
class Province:
    bureau: Org
    city_bureaus: dict[str, Org] = field(default_factory=dict)
    district_bureaus: dict[str, Org] = field(default_factory=dict)
    departments: dict[tuple[str, str], Org] = field(default_factory=dict)

    def department(self, region: str, industry: Industry) -> Org:
        """The competent department of an industry at the province or a city."""
        return self.departments[(region, industry.key)]


def build_fixed_tree(w: OrgWriter) -> Province:
    organ = OrgNature.ORGAN
    province = Province(
        w.add(
            _HRSS, None, PROVINCE_BUREAU, PROVINCE_CODE, organ, OrgLevel.PROVINCIAL, HRSS_INDUSTRY
        )
    )
    for industry in COMPETENT_INDUSTRIES:
        assert industry.province_department is not None
        province.departments[(PROVINCE_CODE, industry.key)] = w.add(
            _COMPETENT,
            province.bureau,
            industry.province_department,
            PROVINCE_CODE,
            organ,
            OrgLevel.PROVINCIAL,
            industry.label,
        )
    for city in CITIES:
        bureau = w.add(
            _HRSS,
            province.bureau,
            city_bureau_name(city),
            city.code,
            organ,
            OrgLevel.MUNICIPAL,
            HRSS_INDUSTRY,
        )
        province.city_bureaus[city.code] = bureau
        for industry in COMPETENT_INDUSTRIES:
            assert industry.city_department is not None
            province.departments[(city.code, industry.key)] = w.add(
                _COMPETENT,
                bureau,
                industry.city_department.format(city=city.name),
                city.code,
                organ,
                OrgLevel.MUNICIPAL,
                industry.label,
            )
        for district in city.districts:
            province.district_bureaus[district.code] = w.add(
                _HRSS,
                bureau,
                district_bureau_name(district),
                district.code,
                organ,
                OrgLevel.COUNTY,
                HRSS_INDUSTRY,
            )
    return province


def add_anchors(w: OrgWriter, province: Province) -> tuple[Org, Org]:
    """The employer and CE base of the printed demo logins, named the same at every scale."""
    health = INDUSTRY_BY_KEY["health"]
    employer = w.add(
        _EMPLOYER,
        province.department(JINAN.code, health),
        ANCHOR_EMPLOYER,
        LIXIA.code,
        OrgNature.PUBLIC_INSTITUTION,
        OrgLevel.COUNTY,
        health.label,
    )
    employer.industry, employer.pattern, employer.size = health, health.patterns[0], 6.0
    base = w.add(
        _BASE,
        province.department(PROVINCE_CODE, health),
        ANCHOR_BASE,
        JINAN.districts[4].code,
        OrgNature.PUBLIC_INSTITUTION,
        OrgLevel.PROVINCIAL,
        BASE_INDUSTRY,
        base_level=BaseLevel.INDUSTRY.value,
    )
    return employer, base


class EmployerPlanner:
    """Draws employers: ~86% under a competent department, ~10% branches of an earlier
    employer, ~4% directly under a district HRSS bureau."""

    def __init__(self, w: OrgWriter, province: Province) -> None:
        self.w = w
        self.rng: random.Random = w.rng
        self.province = province
        self.branchable: list[Org] = []
        # the anchor employer is in Jinan; the next fifteen go one to each other city, so
        # even the smallest scale fills the map
        self.unfilled = list(CITIES[1:])

    def add(self) -> Org:
        if self.unfilled:
            city = self.unfilled.pop(0)
            roll = self.rng.random() * 0.9 + 0.1
        else:
            city = self._city()
            roll = self.rng.random()
        if roll < 0.10 and self.branchable:
            branch = self._branch(self.rng.choice(self.branchable))
            if branch is not None:
                return branch
        if roll > 0.96:
            return self._regular(city, DIRECT)
        industry = self.rng.choices(COMPETENT_INDUSTRIES, cum_weights=_INDUSTRY_CUM)[0]
        return self._regular(city, industry)

    def _city(self) -> City:
        return self.rng.choices(CITIES, cum_weights=_CITY_CUM)[0]

    def _regular(self, city: City, industry: Industry) -> Org:
        rng = self.rng
        patterns = industry.patterns
        open_patterns = [p for p in patterns if "{brand}" in p.template or "{ord}" in p.template]
        weights = [p.weight for p in patterns]
        for attempt in range(_MAX_ATTEMPTS):
            if attempt < _ANY_PATTERN_ATTEMPTS:
                pattern = rng.choices(patterns, weights)[0]
            else:
                pattern = rng.choice(open_patterns)
            district = rng.choice(city.districts)
            place = district.place if pattern.scope == "district" else city.name
            name = self.w.render(pattern, city, place)
            if name is not None:
                return self._place(name, city, district.code, industry, pattern)
        raise RuntimeError(f"no free employer name left for {industry.key} in {city.name}")

    def _place(
        self, name: str, city: City, district: str, industry: Industry, pattern: Pattern
    ) -> Org:
        nature = pattern.nature
        if industry is DIRECT:
            parent = self.province.district_bureaus[district]
            level = OrgLevel.TOWNSHIP if nature is OrgNature.ORGAN else OrgLevel.COUNTY
        elif pattern.scope == "province":
            parent = self.province.department(PROVINCE_CODE, industry)
            level = OrgLevel.PROVINCIAL
        else:
            parent = self.province.department(city.code, industry)
            level = _SCOPE_LEVEL[pattern.scope]
        if nature in (OrgNature.PRIVATE_ENTERPRISE, OrgNature.SOCIAL_ORGANISATION):
            level = OrgLevel.NONE
        region = city.code if pattern.scope == "city" else district
        org = self.w.add(_EMPLOYER, parent, name, region, nature, level, industry.label)
        org.industry, org.pattern = industry, pattern
        org.size = pattern.size * self.rng.lognormvariate(0, 0.5)
        if pattern.branch and industry is not DIRECT:
            self.branchable.append(org)
        return org

    def _branch(self, parent: Org) -> Org | None:
        """分公司 / 分所 in another city, 分院 in another district of the parent's city."""
        pattern = parent.pattern
        assert pattern is not None and pattern.branch is not None and parent.industry
        for _ in range(5):
            if pattern.branch == "分院":
                district = self.rng.choice(parent.city.districts)
                where = district.short
            else:
                district = self.rng.choice(self._city().districts)
                where = district.city.short
            name = f"{parent.name}{where}{pattern.branch}"
            if name in self.w.names or district.code == parent.region:
                continue
            org = self.w.add(
                _EMPLOYER,
                parent,
                name,
                district.code,
                parent.nature,
                parent.level,
                parent.industry.label,
            )
            org.industry, org.pattern = parent.industry, pattern
            org.size = pattern.size * 0.3 * self.rng.lognormvariate(0, 0.5)
            return org
        return None


def add_base(w: OrgWriter, province: Province) -> Org:
    """A CE base hosted by a university (provincial) or a private training school (city)."""
    rng = w.rng
    for _ in range(_MAX_ATTEMPTS):
        industry = rng.choices(COMPETENT_INDUSTRIES, cum_weights=_INDUSTRY_CUM)[0]
        city = rng.choices(CITIES, cum_weights=_CITY_CUM)[0]
        district = rng.choice(city.districts)
        if rng.random() < 0.4:
            host, parent_region = rng.choice(industry.universities), PROVINCE_CODE
            nature, level = OrgNature.PUBLIC_INSTITUTION, OrgLevel.PROVINCIAL
        else:
            host, parent_region = f"{city.short}{brand(rng)}职业培训学校", city.code
            nature, level = OrgNature.SOCIAL_ORGANISATION, OrgLevel.NONE
        industry_base = rng.random() < 0.75
        subject = industry.base_subject if industry_base else ""
        name = f"{host}{subject}专业技术人员继续教育基地"
        if name in w.names:
            continue
        base_level = BaseLevel.INDUSTRY if industry_base else BaseLevel.OTHER
        return w.add(
            _BASE,
            province.department(parent_region, industry),
            name,
            district.code,
            nature,
            level,
            BASE_INDUSTRY,
            base_level=base_level.value,
        )
    raise RuntimeError("no free CE base name left")
