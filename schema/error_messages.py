"""Chinese words for the errors graphql-core raises in English (syntax, unknown fields, wrong
values, missing arguments, limits). The English original stays in `extensions.detail` for
the developer; the person reading a console or a portal gets a sentence in Chinese."""

from __future__ import annotations

import re

_CJK = re.compile(r"[\u4e00-\u9fff]")

# (pattern, reason, Chinese template using the pattern's groups), most specific first
_RULES: list[tuple[re.Pattern[str], str, str]] = [
    (re.compile(r"^Syntax Error: (.*)$"), "SYNTAX", "查询语句有语法错误（{0}）"),
    (
        re.compile(r"^Cannot query field '([^']+)' on type '([^']+)'"),
        "UNKNOWN_FIELD",
        "类型 {1} 没有字段 {0}",
    ),
    (
        re.compile(r"^Unknown argument '([^']+)' on field '([^']+)'"),
        "UNKNOWN_ARGUMENT",
        "字段 {1} 没有参数 {0}",
    ),
    (
        re.compile(r"^Field '([^']+)' argument '([^']+)' of type '([^']+)' is required"),
        "MISSING_ARGUMENT",
        "字段 {0} 缺少必填参数 {1}（{2}）",
    ),
    (
        re.compile(r"^Variable '\$([^']+)' of required type '([^']+)' was not provided"),
        "MISSING_VARIABLE",
        "缺少必填变量 ${0}（{1}）",
    ),
    (
        re.compile(r"Value '([^']*)' does not exist in '([^']+)' enum"),
        "BAD_VALUE",
        "“{0}”不是 {1} 的可选值",
    ),
    (
        re.compile(r"Expected a value of non-null type '([^']+)' to be provided"),
        "MISSING_VARIABLE",
        "缺少必填值（{0}）",
    ),
    (
        re.compile(r"Expected value of non-null type '([^']+)' not to be None"),
        "MISSING_VALUE",
        "缺少必填值（{0}）",
    ),
    (
        re.compile(r"Field '([^']+)' of required type '([^']+)' was not provided"),
        "MISSING_VALUE",
        "缺少必填项 {0}（{1}）",
    ),
    (
        re.compile(r"Field '([^']+)' is not defined by type '([^']+)'"),
        "UNKNOWN_FIELD",
        "{1} 没有字段 {0}",
    ),
    (
        re.compile(r"(Int|Float|Boolean|String|ID) cannot represent [^:]*: (.*)$"),
        "BAD_VALUE",
        "应为 {0} 类型的值，收到 {1}",
    ),
    (re.compile(r"exceeds maximum operation depth of (\d+)"), "LIMIT", "查询嵌套超过 {0} 层"),
    (re.compile(r"[Aa]liases"), "LIMIT", "查询中的别名过多"),
    (re.compile(r"maximum number of tokens"), "LIMIT", "查询语句过长"),
]


def in_chinese(message: str) -> tuple[str, str]:
    """(Chinese message, reason code) for a graphql-core message; a message already in
    Chinese (our own validation rules) is kept."""
    if _CJK.search(message):
        return message, "INVALID"
    variable = re.match(
        r"^Variable '\$([^']+)' (?:got|has) invalid value(?: at '?([^':]+)'?)?", message
    )
    where = ""
    if variable:
        where = f"变量 ${variable.group(1)}" + (
            f" 的 {variable.group(2)}" if variable.group(2) else ""
        )
    for pattern, reason, template in _RULES:
        found = pattern.search(message)
        if found:
            said = template.format(*found.groups())
            return (f"{where}：{said}" if where else said), reason
    prefix = f"{where}的取值无效" if where else "请求不符合接口定义"
    return f"{prefix}（{message}）", "INVALID"
