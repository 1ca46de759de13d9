"""A professional's profile, drawn to hang together: graduation follows birth and study
length, titles follow graduation, and the grade follows the years since graduating."""

from __future__ import annotations

import datetime as dt
import random
from itertools import accumulate

from domain.demo.industries import (
    SUPPORT_COLLEGES,
    SUPPORT_SERIES,
    SUPPORT_UNIVERSITIES,
    Industry,
)
from domain.demo.names import OTHER_NATIVE_PLACES, ethnicity
from domain.demo.shandong import PROVINCE_SHORT, City
from domain.demo.tree import Org
from domain.titles import TRACKS
from models.enums import OrgNature

# the last year a graduation, title or award may fall in, and the year ages are counted to
LAST_YEAR = 2025
REFERENCE_YEAR = 2026

EDUCATIONS = (
    "DOCTORATE",
    "MASTER",
    "BACHELOR",
    "JUNIOR_COLLEGE",
    "TECHNICAL_SECONDARY",
    "HIGH_SCHOOL_OR_BELOW",
)
_STUDY_YEARS = (28, 25, 22, 21, 18, 18)
_DEGREES = ("DOCTOR", "MASTER", "BACHELOR", "NONE", "NONE", "NONE")
_EDUCATION_INDEX = range(len(EDUCATIONS))
# by birth cohort: the young study longer than their parents did
_EDUCATION_CUM = {
    "old": tuple(accumulate((1, 5, 44, 30, 16, 4))),
    "mid": tuple(accumulate((2, 13, 56, 21, 7, 1))),
    "young": tuple(accumulate((3, 22, 61, 12, 2, 0))),
}
_GRADES = ("JUNIOR", "INTERMEDIATE", "SENIOR", "NONE")
# (years since graduation up to, cumulative weights of _GRADES)
_GRADE_CUM = tuple(
    (limit, tuple(accumulate(weights)))
    for limit, weights in (
        (1, (0, 0, 0, 1)), (5, (72, 6, 0, 22)), (12, (58, 34, 1, 7)), (20, (30, 54, 10, 6)),
        (30, (18, 52, 25, 5)), (99, (14, 46, 36, 4)),
    )
)  # fmt: skip
# years from graduation to the grade's title
_GRADE_YEARS = {"JUNIOR": (1, 3), "INTERMEDIATE": (5, 9), "SENIOR": (10, 18)}
_SUPPORT_LIST = tuple(series for series, _ in SUPPORT_SERIES)
_SUPPORT_CUM = tuple(accumulate(weight for _, weight in SUPPORT_SERIES))
_ADMIN_POSTS = (
    ("科长", "正科级"),
    ("副科长", "副科级"),
    ("主任", "正科级"),
    ("副主任", "副科级"),
    ("副院长", "副处级"),
    ("副校长", "副处级"),
)
_POST_NATURES = (OrgNature.PUBLIC_INSTITUTION, OrgNature.ORGAN)
_HONOURS = (
    ("NATIONAL", ("享受国务院政府特殊津贴专家", "国家百千万人才工程人选")),
    ("PROVINCIAL", ("山东省有突出贡献的中青年专家", "泰山学者青年专家", "山东省优秀科技工作者")),
    ("MUNICIPAL", ("{city}专业技术拔尖人才", "{city}有突出贡献的中青年专家")),
    ("OTHER", ("全省{subject}系统优秀专业技术人才",)),
)
_HONOUR_CUM = tuple(accumulate((5, 25, 60, 10)))


def _series(rng: random.Random, org: Org, industry: Industry) -> tuple[str, bool]:
    """The title series, and whether it is a support post (财务, 人事, 统计) of the unit."""
    if rng.random() < 0.1:
        return rng.choices(_SUPPORT_LIST, cum_weights=_SUPPORT_CUM)[0], True
    if org.pattern is not None and org.pattern.series:
        return rng.choice(org.pattern.series), False
    names = [series for series, _ in industry.series]
    return rng.choices(names, [weight for _, weight in industry.series])[0], False


def draw_profile(
    rng: random.Random, org: Org, birth: dt.date, male: bool, home: City, professional_id: int
) -> tuple[tuple[object, ...], int]:
    """The professional columns from sex to title_certificate_file, and the graduation year."""
    industry = org.industry
    assert industry is not None
    cohort = "old" if birth.year < 1970 else "mid" if birth.year < 1985 else "young"
    edu = rng.choices(_EDUCATION_INDEX, cum_weights=_EDUCATION_CUM[cohort])[0]
    while birth.year + _STUDY_YEARS[edu] > LAST_YEAR:
        edu += 1
    graduated = birth.year + _STUDY_YEARS[edu]
    series, support = _series(rng, org, industry)
    line = rng.choice(TRACKS[series].lines)
    if edu <= 2:
        school = rng.choice(SUPPORT_UNIVERSITIES if support else industry.universities)
    elif edu == 3:
        school = rng.choice(SUPPORT_COLLEGES if support else industry.colleges)
    elif edu == 4:
        school = industry.secondary_school.format(city=home.name)
    else:
        school = f"{home.name}第一中学"
    degree = _DEGREES[edu] if edu != 2 or rng.random() < 0.93 else "NONE"

    years = REFERENCE_YEAR - graduated
    cum = next(cum for limit, cum in _GRADE_CUM if years <= limit)
    grade = rng.choices(_GRADES, cum_weights=cum)[0]
    qualification = effective = certificate = appointed = None
    if grade != "NONE":
        low, high = _GRADE_YEARS[grade]
        year = min(graduated + rng.randint(low, high), LAST_YEAR)
        rung = {"JUNIOR": 0, "INTERMEDIATE": 1}.get(grade)
        if rung is None:
            rung = 3 if rng.random() < (0.15 if years > 20 else 0.03) else 2
        qualification = line.ladder[rung]
        effective = dt.date(year, rng.randint(1, 12), rng.randint(1, 28))
        certificate = f"{year}37{rung}{professional_id:09d}"
        appointed = (
            effective
            if rng.random() < 0.7 or year == LAST_YEAR
            else effective.replace(year=year + 1)
        )
    post = level = None
    if org.nature in _POST_NATURES and years >= 8 and rng.random() < 0.1:
        post, level = rng.choice(_ADMIN_POSTS)
    native = (
        f"{PROVINCE_SHORT}{home.short}" if rng.random() < 0.92 else rng.choice(OTHER_NATIVE_PLACES)
    )
    return (
        "MALE" if male else "FEMALE", birth, native, ethnicity(rng), EDUCATIONS[edu], school,
        rng.choice(line.majors) if edu <= 4 else None, dt.date(graduated, 7, 1), degree,
        edu == 0 and rng.random() < 0.12, post, level, series, line.specialty, qualification,
        grade, effective, certificate, appointed, None,
    ), graduated  # fmt: skip


def draw_practising(
    rng: random.Random, industry: Industry, graduated: int, qualification_id: int, region: str
) -> tuple[object, ...]:
    series, name = rng.choice(industry.practising)
    year = min(graduated + rng.randint(1, 6), LAST_YEAR)
    obtained = dt.date(year, rng.randint(1, 12), rng.randint(1, 28))
    return (series, name, obtained, f"{year}{region}{qualification_id:08d}")


def draw_honour(
    rng: random.Random, industry: Industry, graduated: int, city: City
) -> tuple[str, str, dt.date]:
    level, names = rng.choices(_HONOURS, cum_weights=_HONOUR_CUM)[0]
    name = rng.choice(names).format(city=city.name, subject=industry.base_subject)
    year = rng.randint(min(graduated + 5, LAST_YEAR), LAST_YEAR)
    return level, name, dt.date(year, rng.randint(1, 12), rng.randint(1, 28))
