"""Reference data of the demo province: Shandong's regions (GB/T 2260) and its HRSS bureaus.

Only districts and counties whose codes are certain are listed; three to five per city
are enough to give every city a realistic spread of employers.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property

PROVINCE_CODE = "370000"
PROVINCE_NAME = "山东省"
PROVINCE_SHORT = "山东"
PROVINCE_BUREAU = "山东省人力资源和社会保障厅"
HRSS_INDUSTRY = "公共管理、社会保障和社会组织"


@dataclass(frozen=True)
class District:
    code: str
    name: str
    city: City

    @property
    def place(self) -> str:
        """The name organisations use: 市辖区 repeat across cities (市中区), counties do not."""
        if self.name.endswith("区"):
            return self.city.name + self.name
        return self.name

    @property
    def short(self) -> str:
        """历城区 → 历城, as in 分院 names; counties and county-level cities keep their name."""
        return self.name[:-1] if self.name.endswith("区") and len(self.name) > 2 else self.name


@dataclass(frozen=True)
class City:
    code: str
    name: str
    area_code: str
    # relative size: how many employers and professionals it draws
    weight: int
    district_table: tuple[tuple[str, str], ...]

    @property
    def short(self) -> str:
        return self.name.removesuffix("市")

    @cached_property
    def districts(self) -> tuple[District, ...]:
        return tuple(District(code, name, self) for code, name in self.district_table)


CITIES: tuple[City, ...] = (
    City("370100", "济南市", "0531", 10, (
        ("370102", "历下区"), ("370103", "市中区"), ("370104", "槐荫区"),
        ("370105", "天桥区"), ("370112", "历城区"),
    )),
    City("370200", "青岛市", "0532", 10, (
        ("370202", "市南区"), ("370203", "市北区"), ("370211", "黄岛区"),
        ("370212", "崂山区"), ("370214", "城阳区"),
    )),
    City("370300", "淄博市", "0533", 5, (
        ("370302", "淄川区"), ("370303", "张店区"), ("370304", "博山区"),
        ("370305", "临淄区"), ("370306", "周村区"),
    )),
    City("370400", "枣庄市", "0632", 4, (
        ("370402", "市中区"), ("370403", "薛城区"), ("370404", "峄城区"),
        ("370405", "台儿庄区"), ("370406", "山亭区"),
    )),
    City("370500", "东营市", "0546", 3, (
        ("370502", "东营区"), ("370503", "河口区"), ("370522", "利津县"), ("370523", "广饶县"),
    )),
    City("370600", "烟台市", "0535", 7, (
        ("370602", "芝罘区"), ("370611", "福山区"), ("370612", "牟平区"), ("370613", "莱山区"),
    )),
    City("370700", "潍坊市", "0536", 8, (
        ("370702", "潍城区"), ("370703", "寒亭区"), ("370704", "坊子区"),
        ("370705", "奎文区"), ("370783", "寿光市"),
    )),
    City("370800", "济宁市", "0537", 7, (
        ("370811", "任城区"), ("370812", "兖州区"), ("370881", "曲阜市"), ("370883", "邹城市"),
    )),
    City("370900", "泰安市", "0538", 5, (
        ("370902", "泰山区"), ("370911", "岱岳区"), ("370982", "新泰市"), ("370983", "肥城市"),
    )),
    City("371000", "威海市", "0631", 3, (
        ("371002", "环翠区"), ("371003", "文登区"), ("371082", "荣成市"), ("371083", "乳山市"),
    )),
    City("371100", "日照市", "0633", 3, (
        ("371102", "东港区"), ("371103", "岚山区"), ("371121", "五莲县"), ("371122", "莒县"),
    )),
    City("371300", "临沂市", "0539", 9, (
        ("371302", "兰山区"), ("371311", "罗庄区"), ("371312", "河东区"),
    )),
    City("371400", "德州市", "0534", 5, (
        ("371402", "德城区"), ("371403", "陵城区"), ("371481", "乐陵市"), ("371482", "禹城市"),
    )),
    City("371500", "聊城市", "0635", 5, (
        ("371502", "东昌府区"), ("371503", "茌平区"), ("371581", "临清市"),
    )),
    City("371600", "滨州市", "0543", 4, (
        ("371602", "滨城区"), ("371603", "沾化区"), ("371621", "惠民县"), ("371681", "邹平市"),
    )),
    City("371700", "菏泽市", "0530", 7, (
        ("371702", "牡丹区"), ("371703", "定陶区"), ("371721", "曹县"), ("371722", "单县"),
    )),
)  # fmt: skip

CITY_BY_CODE = {city.code: city for city in CITIES}
DISTRICT_BY_CODE = {district.code: district for city in CITIES for district in city.districts}
JINAN = CITIES[0]
LIXIA = JINAN.districts[0]

# every code a person's ID number may start with: cities and their districts
PERSON_REGION_CODES: tuple[str, ...] = tuple(
    code for city in CITIES for code in (city.code, *(d.code for d in city.districts))
)


def city_bureau_name(city: City) -> str:
    return f"{city.name}人力资源和社会保障局"


def district_bureau_name(district: District) -> str:
    return f"{district.place}人力资源和社会保障局"


def area_code_of(region_code: str) -> str:
    """The telephone area code of a city or district (the provincial capital's for the province)."""
    if region_code == PROVINCE_CODE:
        return JINAN.area_code
    return CITY_BY_CODE[region_code[:4] + "00"].area_code


ROADS = (
    "人民路", "解放路", "建设路", "文化路", "和平路", "胜利路", "新华路", "东风路", "青年路",
    "健康路", "工业路", "泰山路", "黄河路", "长江路", "中山路", "北园大街", "经十路", "花园路",
    "幸福街", "光明街", "振兴路", "科技路", "开发区大道", "学府路", "滨河路", "齐鲁大道",
)  # fmt: skip

# 街道 / 镇 names for community-level units; generic enough to exist in any district
STREETS = (
    "城东", "城西", "城南", "城北", "新华", "解放", "和平", "友谊", "文化", "建设", "人民",
    "胜利", "东关", "西关", "南关", "北关", "新城", "开元", "阳光", "丰收",
)  # fmt: skip
