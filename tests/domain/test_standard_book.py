"""Which standard judges a region's year (domain.standard_book): pure resolution along
district → city → province, newest version in force from its year, the law's 30 / 60 / 90
where nobody set one."""

from __future__ import annotations

from decimal import Decimal

from domain.standard_book import StandardBook, Version

PARENTS: dict[str, str | None] = {"370000": None, "370100": "370000", "370102": "370100",
                                  "370200": "370000"}  # fmt: skip
ROOTS = ["370000"]


def version(id_: int, region: str, year: int, *hours: int, follows: bool = False) -> Version:
    public, professional, total = (Decimal(h) for h in hours) if hours else (None, None, None)
    return Version(id_, region, year, follows, public, professional, total)


def minimums(book: StandardBook, region: str, year: int) -> tuple[int, int, int, str | None]:
    found = book.resolve(region, year)
    return (int(found.public_min), int(found.professional_min), int(found.total_min),
            found.region_code)  # fmt: skip


def test_nobody_set_one_reads_the_law() -> None:
    book = StandardBook([], {}, [])
    found = book.resolve("370102", 2016)
    assert (found.total_min, found.from_year, found.region_code) == (Decimal(90), None, None)
    assert not found.passes(Decimal(24), Decimal(66))


def test_a_district_follows_its_city_and_a_city_the_province() -> None:
    book = StandardBook(
        [version(1, "370000", 2016, 30, 60, 90), version(2, "370100", 2016, 24, 66, 90)],
        PARENTS,
        ROOTS,
    )
    assert minimums(book, "370102", 2016) == (24, 66, 90, "370100")
    assert book.resolve("370102", 2016).passes(Decimal(24), Decimal(66))
    assert minimums(book, "370200", 2016) == (30, 60, 90, "370000")
    assert not book.resolve("370200", 2016).passes(Decimal(24), Decimal(66))
    # before anyone's year the law; an unknown region reads the province's
    assert minimums(book, "370102", 2015) == (30, 60, 90, None)
    assert minimums(book, "", 2020) == (30, 60, 90, "370000")
    assert minimums(book, "999999", 2020) == (30, 60, 90, "370000")


def test_a_version_holds_from_its_year_until_the_next() -> None:
    book = StandardBook(
        [
            version(1, "370000", 2016, 30, 60, 90),
            version(2, "370100", 2016, 24, 66, 90),
            version(3, "370100", 2019, 30, 60, 90),
            version(4, "370100", 2021, follows=True),
            version(5, "370000", 2022, 20, 70, 90),
        ],
        PARENTS,
        ROOTS,
    )
    assert [minimums(book, "370102", y)[0] for y in (2016, 2018, 2019, 2020, 2021, 2022)] == [
        24, 24, 30, 30, 30, 20]  # fmt: skip
    # from 2021 the city follows the province again: the province's version is what counts
    assert minimums(book, "370100", 2021)[3] == "370000"
    assert book.resolve("370100", 2019).same_minimums(book.resolve("370100", 2021))
    assert not book.resolve("370100", 2016).same_minimums(book.resolve("370100", 2019))
