"""Industries of the demo province: competent departments, employer name patterns, internal
departments, title series, practising qualifications and the schools people come from.

Template fields: {province} 山东省, {city} 济南市, {city_short} 济南, {place} 济南市历下区 or
曹县, {street} a 街道 name, {brand} a trade name, {x} one of the pattern's choices, {ord} a
Chinese ordinal counted per rendered prefix (第一, 第二 …), so such names never collide.
"""

from __future__ import annotations

from dataclasses import dataclass

from models.enums import OrgNature

PUB = OrgNature.PUBLIC_INSTITUTION
STATE = OrgNature.STATE_ENTERPRISE
PRIVATE = OrgNature.PRIVATE_ENTERPRISE
SOCIAL = OrgNature.SOCIAL_ORGANISATION
ORGAN = OrgNature.ORGAN


@dataclass(frozen=True)
class Pattern:
    template: str
    nature: OrgNature
    # province: under the provincial department; city: 市本级; district: 区县
    scope: str
    weight: int
    # relative headcount of one such employer
    size: float
    series: tuple[str, ...] = ()
    branch: str | None = None
    choices: tuple[str, ...] = ()


@dataclass(frozen=True)
class Industry:
    key: str
    label: str
    province_department: str | None
    city_department: str | None
    weight: int
    patterns: tuple[Pattern, ...]
    series: tuple[tuple[str, int], ...]
    departments: tuple[str, ...]
    sub_departments: dict[str, tuple[str, ...]]
    practising: tuple[tuple[str, str], ...]
    universities: tuple[str, ...]
    colleges: tuple[str, ...]
    base_subject: str
    secondary_school: str = "{city}职业中等专业学校"
    male_share: float = 0.5


P = Pattern

INDUSTRIES: tuple[Industry, ...] = (
    Industry(
        "health", "卫生和社会工作", "山东省卫生健康委员会", "{city}卫生健康委员会", 22,
        (
            P("{place}人民医院", PUB, "district", 3, 6, branch="分院"),
            P("{place}中医医院", PUB, "district", 2, 4, branch="分院"),
            P("{place}妇幼保健院", PUB, "district", 1, 3),
            P("{place}疾病预防控制中心", PUB, "district", 1, 1.5, series=("卫生技术",)),
            P("{place}{street}街道社区卫生服务中心", PUB, "district", 3, 1),
            P("{city}第{ord}人民医院", PUB, "city", 2, 8, branch="分院"),
            P("{city}中心医院", PUB, "city", 1, 10, branch="分院"),
            P("{city_short}{brand}医院", PRIVATE, "district", 2, 1.5),
            P("{province}第{ord}人民医院", PUB, "province", 1, 10, branch="分院"),
        ),
        (("卫生技术", 100),),
        ("内科", "外科", "妇产科", "儿科", "急诊科", "护理部", "医务科", "药剂科", "检验科",
         "放射科", "财务科", "办公室"),
        {"内科": ("心血管内科", "呼吸内科", "消化内科", "神经内科"),
         "外科": ("普外科", "骨科", "泌尿外科", "神经外科"),
         "护理部": ("门诊护理组", "病区护理组")},
        (("医师资格", "执业医师"), ("护士执业资格", "注册护士"), ("药师资格", "执业药师")),
        ("山东大学", "山东第一医科大学", "山东中医药大学", "青岛大学", "滨州医学院", "潍坊医学院",
         "济宁医学院", "泰山医学院"),
        ("山东医学高等专科学校", "山东中医药高等专科学校", "菏泽医学专科学校", "淄博职业学院"),
        "卫生健康", "{city}卫生学校", male_share=0.35,
    ),
    Industry(
        "education", "教育", "山东省教育厅", "{city}教育局", 28,
        (
            P("{place}第{ord}中学", PUB, "district", 4, 3),
            P("{place}实验中学", PUB, "district", 2, 3),
            P("{place}实验小学", PUB, "district", 2, 2),
            P("{place}{street}小学", PUB, "district", 4, 1.5),
            P("{city}第{ord}中学", PUB, "city", 3, 4),
            P("{city_short}{brand}学校", SOCIAL, "district", 1, 1.5),
            P("{city_short}职业学院", PUB, "city", 1, 6, series=("高等学校教师",)),
            P("山东{x}职业技术学院", PUB, "province", 1, 8, series=("高等学校教师",),
              choices=("商业", "电子", "劳动", "交通", "水利", "城市建设", "外贸", "信息", "工业",
                       "科技", "服装", "化工", "旅游", "畜牧兽医", "轻工", "海事")),
        ),
        (("中小学教师", 100),),
        ("办公室", "教务处", "政教处", "总务处", "语文教研组", "数学教研组", "英语教研组",
         "理化生教研组", "体音美教研组"),
        {"教务处": ("教学研究室", "学籍管理室"), "政教处": ("团委", "心理健康教育中心")},
        (("教师资格", "高级中学教师资格"), ("教师资格", "初级中学教师资格"),
         ("教师资格", "小学教师资格")),
        ("山东师范大学", "曲阜师范大学", "聊城大学", "临沂大学", "鲁东大学", "济南大学",
         "青岛大学", "德州学院", "潍坊学院", "泰山学院", "菏泽学院", "齐鲁师范学院"),
        ("济南幼儿师范高等专科学校", "山东艺术设计职业学院", "日照职业技术学院"),
        "教师", "{city}师范学校", male_share=0.3,
    ),
    Industry(
        "construction", "建筑业", "山东省住房和城乡建设厅", "{city}住房和城乡建设局", 10,
        (
            P("{city}建筑设计研究院有限公司", STATE, "city", 1, 5),
            P("{city}市政工程设计研究院", PUB, "city", 1, 4),
            P("山东{brand}建设集团有限公司", PRIVATE, "city", 3, 4, branch="分公司"),
            P("{city_short}{brand}建筑工程有限公司", PRIVATE, "district", 4, 2, branch="分公司"),
            P("{city_short}{brand}工程造价咨询有限公司", PRIVATE, "district", 2, 1),
            P("{place}建设工程质量安全服务中心", PUB, "district", 1, 1),
            P("山东{brand}工程设计研究院有限公司", STATE, "province", 1, 5, branch="分公司"),
        ),
        (("工程技术", 100),),
        ("综合办公室", "工程管理部", "技术质量部", "安全环保部", "财务部", "设计一所", "设计二所",
         "造价咨询部"),
        {"工程管理部": ("第一项目部", "第二项目部", "第三项目部")},
        (("建设工程", "一级建造师"), ("建设工程", "二级建造师"), ("建设工程", "注册监理工程师"),
         ("建设工程", "一级注册结构工程师"), ("建设工程", "一级造价工程师")),
        ("山东建筑大学", "山东大学", "青岛理工大学", "山东科技大学", "济南大学", "烟台大学"),
        ("山东城市建设职业学院", "日照职业技术学院", "淄博职业学院"),
        "住房城乡建设", male_share=0.8,
    ),
    Industry(
        "transport", "交通运输、仓储和邮政业", "山东省交通运输厅", "{city}交通运输局", 6,
        (
            P("{city}公路事业发展中心", PUB, "city", 1, 4),
            P("{place}公路事业发展中心", PUB, "district", 2, 2),
            P("{city_short}公交集团有限公司", STATE, "city", 1, 5),
            P("{city_short}{brand}物流有限公司", PRIVATE, "district", 3, 1.5, branch="分公司"),
            P("{city_short}{brand}交通工程监理有限公司", PRIVATE, "district", 1, 1),
            P("山东{brand}路桥集团有限公司", STATE, "province", 1, 6, branch="分公司"),
        ),
        (("工程技术", 75), ("经济", 25)),
        ("办公室", "工程科", "养护科", "运营管理部", "安全监督科", "财务科", "机务部"),
        {"养护科": ("第一养护站", "第二养护站"), "运营管理部": ("调度中心", "线路一队")},
        (("交通运输工程", "公路水运工程试验检测师"), ("建设工程", "一级建造师"),
         ("交通运输工程", "注册安全工程师")),
        ("山东交通学院", "山东大学", "山东科技大学", "山东建筑大学"),
        ("山东交通职业学院", "山东城市建设职业学院"),
        "交通运输", male_share=0.75,
    ),
    Industry(
        "agriculture", "农、林、牧、渔业", "山东省农业农村厅", "{city}农业农村局", 7,
        (
            P("{place}农业技术推广中心", PUB, "district", 3, 1.5),
            P("{place}畜牧兽医事业发展中心", PUB, "district", 2, 1),
            P("{city}农业科学研究院", PUB, "city", 1, 3),
            P("{city_short}{brand}种业有限公司", PRIVATE, "district", 2, 1),
            P("{place}{street}镇农业综合服务中心", PUB, "district", 2, 0.5),
            P("山东{brand}农业发展集团有限公司", STATE, "province", 1, 4, branch="分公司"),
        ),
        (("农业技术", 100),),
        ("办公室", "农技推广科", "植保站", "土肥站", "畜牧兽医科", "财务科", "质量检测室"),
        {"农技推广科": ("粮油作物组", "蔬菜果树组")},
        (("农业", "执业兽医"), ("农业", "农产品质量安全检测员")),
        ("山东农业大学", "青岛农业大学", "山东农业工程学院", "聊城大学"),
        ("潍坊职业学院", "山东畜牧兽医职业学院", "淄博职业学院"),
        "农业", "{city}农业学校", male_share=0.6,
    ),
    Industry(
        "finance", "租赁和商务服务业", "山东省财政厅", "{city}财政局", 5,
        (
            P("山东{brand}会计师事务所有限公司", PRIVATE, "city", 3, 2, branch="分所"),
            P("{city_short}{brand}税务师事务所有限公司", PRIVATE, "district", 2, 1),
            P("{city}财政投资评审中心", PUB, "city", 1, 1),
            P("{city_short}{brand}资产评估有限公司", PRIVATE, "district", 1, 1),
            P("山东省{x}中心", PUB, "province", 1, 2,
              choices=("财政国库支付", "政府采购", "财政投资评审", "会计人员服务")),
        ),
        (("会计", 60), ("审计", 25), ("经济", 15)),
        ("审计一部", "审计二部", "税务咨询部", "资产评估部", "质量控制部", "综合部"),
        {"审计一部": ("项目一组", "项目二组")},
        (("财会", "注册会计师"), ("财会", "税务师"), ("财会", "资产评估师")),
        ("山东财经大学", "山东工商学院", "青岛大学", "山东大学", "中国海洋大学"),
        ("山东商业职业技术学院", "淄博职业学院", "日照职业技术学院"),
        "会计", "{city}财经学校", male_share=0.35,
    ),
    Industry(
        "industry", "制造业", "山东省工业和信息化厅", "{city}工业和信息化局", 14,
        (
            P("山东{brand}重工集团有限公司", STATE, "province", 1, 10, branch="分公司"),
            P("{city_short}{brand}{x}股份有限公司", STATE, "city", 2, 5, branch="分公司",
              choices=("钢铁", "汽车", "装备制造", "食品", "轮胎", "造纸", "纺织", "电力设备")),
            P("{city_short}{brand}机械有限公司", PRIVATE, "district", 4, 2, branch="分公司"),
            P("{city_short}{brand}化工有限公司", PRIVATE, "district", 2, 2),
            P("{city_short}{brand}电子科技有限公司", PRIVATE, "district", 3, 1.5),
            P("{city_short}{brand}制药有限公司", PRIVATE, "district", 1, 2),
        ),
        (("工程技术", 100),),
        ("技术中心", "生产部", "质量管理部", "设备动力部", "财务部", "人力资源部", "销售部"),
        {"技术中心": ("研发一室", "研发二室", "工艺室")},
        (("安全生产", "注册安全工程师"), ("质量", "注册质量工程师"), ("设备", "注册设备监理师")),
        ("山东大学", "山东科技大学", "山东理工大学", "齐鲁工业大学", "青岛科技大学",
         "中国石油大学（华东）", "哈尔滨工业大学（威海）"),
        ("淄博职业学院", "潍坊职业学院", "山东工业职业学院", "日照职业技术学院"),
        "工业和信息化", male_share=0.7,
    ),
    Industry(
        "science", "科学研究和技术服务业", "山东省科学技术厅", "{city}科学技术局", 3,
        (
            P("山东省{x}研究院", PUB, "province", 1, 4,
              choices=("海洋化工", "材料", "生物技术", "计量科学", "分析测试", "自动化", "激光")),
            P("{city}{x}研究所", PUB, "city", 2, 2,
              choices=("化工", "农业机械", "环境保护科学", "海洋", "材料")),
            P("{city_short}{brand}检测技术有限公司", PRIVATE, "district", 2, 1),
            P("{place}科技创新服务中心", PUB, "district", 1, 0.5),
        ),
        (("自然科学研究", 50), ("工程技术", 30), ("实验技术", 20)),
        ("综合办公室", "科研管理处", "第一研究室", "第二研究室", "分析测试中心", "财务处"),
        {"第一研究室": ("课题一组", "课题二组")},
        (("安全生产", "注册安全工程师"), ("检验检测", "注册计量师")),
        ("山东大学", "中国海洋大学", "山东科技大学", "齐鲁工业大学", "山东师范大学"),
        ("淄博职业学院", "山东科技职业学院"),
        "科技", male_share=0.55,
    ),
    Industry(
        "culture", "文化、体育和娱乐业", "山东省文化和旅游厅", "{city}文化和旅游局", 4,
        (
            P("{city}图书馆", PUB, "city", 1, 1.5, series=("图书资料",)),
            P("{city}博物馆", PUB, "city", 1, 1.5, series=("文物博物",)),
            P("{city}群众艺术馆", PUB, "city", 1, 1, series=("群众文化",)),
            P("{place}文化馆", PUB, "district", 2, 0.5, series=("群众文化",)),
            P("{place}图书馆", PUB, "district", 2, 0.5, series=("图书资料",)),
            P("{city_short}{brand}文化传媒有限公司", PRIVATE, "district", 1, 0.5, series=("经济",)),
            P("山东省{x}", PUB, "province", 1, 3, choices=("美术馆", "非物质文化遗产保护中心")),
        ),
        (("图书资料", 35), ("文物博物", 35), ("群众文化", 30)),
        ("办公室", "业务部", "典藏部", "展览部", "群众文化部", "财务科"),
        {"业务部": ("采编组", "流通组")},
        (("文化旅游", "导游资格"),),
        ("山东大学", "山东师范大学", "山东艺术学院", "曲阜师范大学", "聊城大学"),
        ("山东艺术设计职业学院", "山东旅游职业学院"),
        "文化和旅游", "{city}艺术学校", male_share=0.4,
    ),
    # employers without a competent department register directly under the district bureau
    Industry(
        "direct", "公共管理、社会保障和社会组织", None, None, 0,
        (
            P("{place}{street}街道办事处", ORGAN, "district", 3, 1,
              series=("经济", "农业技术", "统计")),
            P("{place}公共就业和人才服务中心", PUB, "district", 1, 1, series=("经济",)),
            P("{city_short}{brand}人力资源服务有限公司", PRIVATE, "district", 2, 1,
              series=("经济",)),
        ),
        (("经济", 100),),
        ("办公室", "综合科", "社会事务科", "经济发展办公室", "财务科"),
        {"社会事务科": ("社区管理组", "民生保障组")},
        (("人力资源社会保障", "企业人力资源管理师"),),
        ("山东财经大学", "山东师范大学", "济南大学", "临沂大学"),
        ("山东劳动职业技术学院", "山东商业职业技术学院"),
        "人力资源",
    ),
)  # fmt: skip

INDUSTRY_BY_KEY = {industry.key: industry for industry in INDUSTRIES}
COMPETENT_INDUSTRIES = tuple(i for i in INDUSTRIES if i.province_department is not None)
DIRECT = INDUSTRY_BY_KEY["direct"]

# everyone may also hold a title in one of these: 财务, 人事, 统计 posts exist in every unit
SUPPORT_SERIES = (("会计", 55), ("经济", 35), ("统计", 10))
SUPPORT_UNIVERSITIES = ("山东财经大学", "山东工商学院", "青岛大学", "济南大学", "山东大学")
SUPPORT_COLLEGES = ("山东商业职业技术学院", "山东经贸职业学院", "淄博职业学院")
