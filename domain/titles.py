"""Professional title series (专业技术职务系列) with their specialties and qualification ladders.

Series names are the official ones of the title reform; each specialty carries the
majors that lead to it and its four rungs: 初级, 中级, 副高级, 正高级.
The importer offers the series as a column's choices; the demo province draws people
from the same catalogue.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Line:
    specialty: str
    majors: tuple[str, ...]
    ladder: tuple[str, str, str, str]


@dataclass(frozen=True)
class Track:
    series: str
    lines: tuple[Line, ...]


def _line(specialty: str, majors: str, ladder: str) -> Line:
    junior, intermediate, vice_senior, senior = ladder.split()
    return Line(specialty, tuple(majors.split()), (junior, intermediate, vice_senior, senior))


_ENGINEER = "助理工程师 工程师 高级工程师 正高级工程师"
_TEACHER = "二级教师 一级教师 高级教师 正高级教师"
_LIBRARIAN = "助理馆员 馆员 副研究馆员 研究馆员"
_ECONOMIST = "助理经济师 经济师 高级经济师 正高级经济师"
_FARMER = "助理农艺师 农艺师 高级农艺师 农业技术推广研究员"

TRACKS: dict[str, Track] = {
    track.series: track
    for track in (
        Track("卫生技术", (
            _line("临床医学", "临床医学", "医师 主治医师 副主任医师 主任医师"),
            _line("中医学", "中医学 中西医临床医学", "医师 主治医师 副主任医师 主任医师"),
            _line("护理", "护理学 护理", "护师 主管护师 副主任护师 主任护师"),
            _line("药学", "药学 临床药学", "药师 主管药师 副主任药师 主任药师"),
            _line("医学检验", "医学检验技术", "检验技师 主管检验技师 副主任技师 主任技师"),
            _line("医学影像", "医学影像学 医学影像技术", "技师 主管技师 副主任技师 主任技师"),
            _line("预防医学", "预防医学", "医师 主治医师 副主任医师 主任医师"),
        )),
        Track("中小学教师", tuple(
            _line(subject, major, _TEACHER) for subject, major in (
                ("语文", "汉语言文学"), ("数学", "数学与应用数学"), ("英语", "英语"),
                ("物理", "物理学"), ("化学", "化学"), ("生物", "生物科学"), ("历史", "历史学"),
                ("地理", "地理科学"), ("道德与法治", "思想政治教育"), ("体育", "体育教育"),
                ("音乐", "音乐学"), ("美术", "美术学"), ("信息技术", "计算机科学与技术"),
            )
        )),
        Track("高等学校教师", (
            _line("机械工程", "机械设计制造及其自动化", "助教 讲师 副教授 教授"),
            _line("护理学", "护理学", "助教 讲师 副教授 教授"),
            _line("会计学", "会计学", "助教 讲师 副教授 教授"),
            _line("计算机科学与技术", "计算机科学与技术 软件工程", "助教 讲师 副教授 教授"),
            _line("马克思主义理论", "思想政治教育", "助教 讲师 副教授 教授"),
        )),
        Track("工程技术", (
            _line("建筑工程", "土木工程 建筑学", _ENGINEER),
            _line("市政工程", "给排水科学与工程 土木工程", _ENGINEER),
            _line("工程造价", "工程造价 工程管理", _ENGINEER),
            _line("道路与桥梁", "道路桥梁与渡河工程 土木工程", _ENGINEER),
            _line("交通工程", "交通工程 交通运输", _ENGINEER),
            _line("机械工程", "机械设计制造及其自动化 机械电子工程", _ENGINEER),
            _line("电气工程", "电气工程及其自动化", _ENGINEER),
            _line("化学工程", "化学工程与工艺 应用化学", _ENGINEER),
            _line("电子信息", "电子信息工程 通信工程", _ENGINEER),
            _line("计算机应用", "计算机科学与技术 软件工程", _ENGINEER),
        )),
        Track("农业技术", (
            _line("农学", "农学 种子科学与工程", _FARMER),
            _line("植物保护", "植物保护", _FARMER),
            _line("畜牧", "动物科学", "助理畜牧师 畜牧师 高级畜牧师 畜牧技术推广研究员"),
            _line("兽医", "动物医学", "助理兽医师 兽医师 高级兽医师 兽医技术推广研究员"),
        )),
        Track("经济", (
            _line("人力资源管理", "人力资源管理 劳动与社会保障", _ECONOMIST),
            _line("工商管理", "工商管理 市场营销", _ECONOMIST),
            _line("运输经济", "交通运输 物流管理", _ECONOMIST),
            _line("财政税收", "财政学 税收学", _ECONOMIST),
        )),
        Track("会计", (
            _line("会计", "会计学 财务管理", "助理会计师 会计师 高级会计师 正高级会计师"),
        )),
        Track("审计", (
            _line("审计", "审计学 会计学", "助理审计师 审计师 高级审计师 正高级审计师"),
        )),
        Track("统计", (
            _line("统计", "统计学 经济统计学", "助理统计师 统计师 高级统计师 正高级统计师"),
        )),
        Track("自然科学研究", (
            _line("化学", "化学 应用化学", "研究实习员 助理研究员 副研究员 研究员"),
            _line("海洋科学", "海洋科学", "研究实习员 助理研究员 副研究员 研究员"),
            _line("材料科学", "材料科学与工程", "研究实习员 助理研究员 副研究员 研究员"),
            _line("生物技术", "生物技术 生物工程", "研究实习员 助理研究员 副研究员 研究员"),
        )),
        Track("实验技术", (
            _line("实验技术", "化学 生物科学 物理学", "助理实验师 实验师 高级实验师 正高级实验师"),
        )),
        Track("图书资料", (_line("图书资料", "图书馆学 信息资源管理", _LIBRARIAN),)),
        Track("文物博物", (_line("文物博物", "文物与博物馆学 考古学", _LIBRARIAN),)),
        Track("群众文化", (_line("群众文化", "文化产业管理 音乐学 舞蹈学", _LIBRARIAN),)),
    )
}  # fmt: skip
