"""Name pools of the demo province: people, trade names, places of origin.

Weights are rough shares per thousand; Shandong has more 孙, 于, 姜 and 孔 than the
national table, so those are nudged up.
"""

from __future__ import annotations

import random
from itertools import accumulate

_SURNAMES = (
    ("王", 90), ("张", 80), ("李", 78), ("刘", 60), ("陈", 35), ("杨", 30), ("孙", 26),
    ("赵", 24), ("徐", 18), ("高", 17), ("马", 15), ("吴", 14), ("周", 14), ("黄", 12),
    ("朱", 12), ("于", 12), ("郭", 11), ("胡", 10), ("宋", 10), ("姜", 10), ("韩", 9),
    ("林", 8), ("何", 8), ("郑", 8), ("梁", 7), ("谢", 6), ("唐", 6), ("许", 7), ("冯", 6),
    ("曹", 7), ("邓", 5), ("彭", 5), ("田", 7), ("董", 7), ("袁", 5), ("崔", 7), ("程", 5),
    ("魏", 6), ("吕", 6), ("丁", 6), ("任", 6), ("姚", 5), ("卢", 5), ("苏", 5), ("范", 5),
    ("石", 5), ("贾", 5), ("孟", 6), ("邢", 5), ("孔", 5), ("尹", 4), ("薛", 4), ("侯", 4),
    ("段", 3), ("郝", 4), ("史", 4), ("邵", 3), ("秦", 3), ("毛", 3), ("武", 4), ("解", 2),
    ("颜", 2), ("宫", 2), ("隋", 2), ("牟", 2), ("鞠", 2), ("逄", 1), ("曲", 3), ("臧", 2),
    ("纪", 2), ("葛", 2), ("庞", 2), ("单", 2), ("闫", 3), ("杜", 4), ("蒋", 3), ("钟", 2),
    ("潘", 3), ("夏", 3), ("方", 3), ("付", 3), ("白", 3), ("盛", 1), ("欧阳", 1), ("诸葛", 1),
)  # fmt: skip

_MALE_CHARS = (
    "伟强磊军勇杰涛明超斌鹏辉刚健波峰浩宇晨博文华建国志东海林成亮凯鑫帅阳帆振龙飞俊"
    "瑞哲昊然轩泽宁诚毅家兴永庆新忠平安德胜利光荣福贵山松江涛锋铭岩彬栋"
)
_FEMALE_CHARS = (
    "芳娜敏静丽艳娟霞秀燕玲桂红梅琳婷雪慧颖倩洁琪欣悦佳萍璐丹蕾晶莉娇月晓晨彤诗雨涵"
    "思怡可欢薇妍琦婧蓉瑶菲莹楠茜媛淑凤兰英华美玉"
)

# 字号 of firms, private hospitals and training schools
BRANDS = (
    "华泰", "鲁信", "金桥", "恒达", "宏远", "正元", "瑞丰", "鑫源", "泰和", "永安", "德润",
    "齐鲁", "海川", "东方", "银河", "中泰", "新华", "康宁", "仁和", "安康", "博远", "天成",
    "华信", "宏业", "盛世", "鲁能", "山河", "汇通", "嘉和", "明德", "润华", "九州", "长城",
    "同泰", "兴业", "广源", "信诚", "远航", "创新", "卓越", "鸿基", "晟达", "立信", "中联",
    "蓝海", "绿源", "丰泽", "百川", "圣泉", "海岱", "泉城", "岱宗", "琴岛", "鸢都", "孔孟",
    "沂蒙", "黄河", "渤海", "昆嵛", "蓬莱",
)  # fmt: skip

# characters that read well in a two-character 字号 when the curated list runs out
_BRAND_CHARS = (
    "华泰鲁信金桥恒达宏远正元瑞丰鑫源和永安德润齐海川东方银河中新康宁仁博天成业盛明九长同兴"
    "广诚航创卓鸿基晟立联蓝泽百圣岱锦峰盈通利嘉"
)

ETHNICITIES = (("汉族", 990), ("回族", 6), ("满族", 2), ("蒙古族", 1), ("壮族", 1))

OTHER_NATIVE_PLACES = (
    "河北石家庄", "河北沧州", "河南郑州", "河南商丘", "江苏徐州", "江苏连云港", "安徽宿州",
    "辽宁大连", "黑龙江哈尔滨", "山西太原", "北京", "天津",
)  # fmt: skip

MOBILE_PREFIXES = (
    "130", "131", "132", "133", "135", "136", "137", "138", "139", "150", "151", "152",
    "153", "155", "156", "157", "158", "159", "176", "177", "178", "180", "181", "182",
    "183", "185", "186", "187", "188", "189", "191", "198", "199",
)  # fmt: skip

EMAIL_DOMAINS = ("qq.com", "163.com", "126.com", "sina.com", "sohu.com")

_SURNAME_LIST = tuple(name for name, _ in _SURNAMES)
_SURNAME_CUM = tuple(accumulate(weight for _, weight in _SURNAMES))
_ETHNIC_LIST = tuple(name for name, _ in ETHNICITIES)
_ETHNIC_CUM = tuple(accumulate(weight for _, weight in ETHNICITIES))


def person_name(rng: random.Random, male: bool) -> str:
    """A surname by frequency and a one- or two-character given name fitting the sex."""
    surname = rng.choices(_SURNAME_LIST, cum_weights=_SURNAME_CUM)[0]
    chars = _MALE_CHARS if male else _FEMALE_CHARS
    if rng.random() < 0.25:
        return surname + rng.choice(chars)
    return surname + rng.choice(chars) + rng.choice(chars)


def brand(rng: random.Random) -> str:
    """A trade name: a curated one half of the time, else two characters from the pool."""
    if rng.random() < 0.5:
        return rng.choice(BRANDS)
    first, second = rng.sample(_BRAND_CHARS, 2)
    return first + second


def ethnicity(rng: random.Random) -> str:
    return rng.choices(_ETHNIC_LIST, cum_weights=_ETHNIC_CUM)[0]


def mobile(rng: random.Random) -> str:
    return f"{rng.choice(MOBILE_PREFIXES)}{rng.randrange(10**8):08d}"


_DIGITS = "零一二三四五六七八九"


def chinese_ordinal(n: int) -> str:
    """1 → 一, 10 → 十, 23 → 二十三, 105 → 一百零五, 110 → 一百一十 (as in 第一百零五中学)."""
    if not 0 < n < 1000:
        raise ValueError(n)
    if n < 10:
        return _DIGITS[n]
    if n < 100:
        tens, units = divmod(n, 10)
        return ("" if tens == 1 else _DIGITS[tens]) + "十" + (_DIGITS[units] if units else "")
    hundreds, rest = divmod(n, 100)
    if not rest:
        return _DIGITS[hundreds] + "百"
    if rest < 10:
        return _DIGITS[hundreds] + "百零" + _DIGITS[rest]
    tail = chinese_ordinal(rest)
    return _DIGITS[hundreds] + "百" + ("一" + tail if rest < 20 else tail)
