"""Import pages (批量导入): one per kind of import the principal may run, generated from the
importers the server registers (domain/imports) — template download, a dry run that reports
every bad row, the import itself (all-or-nothing when asked), and the failed rows as a
workbook with 错误原因 that can be corrected and imported again.

The work happens in the HTTP routes of server/imports.py; these pages only call them.
"""

from __future__ import annotations

from typing import Any

from domain import imports
from domain.principal import Principal

GROUP = "批量导入"


def _run(kind: str, mode: str, title: str, atomic: bool = False) -> dict[str, Any]:
    """A button sending the chosen file to the import route; its report opens in a dialog.
    Each way of importing is its own button: the form holds the file and nothing else."""
    return {
        "type": "button",
        "label": title,
        "level": "primary" if mode == "commit" and not atomic else "default",
        "actionType": "ajax",
        "disabledOn": "${!file}",
        "api": {
            "method": "post",
            "url": f"/imports/{kind}?mode={mode}&atomic={int(atomic)}",
            # the file alone: the form also holds the last report, which is not sent back
            "requestAdaptor": "return jijiao.fileOnly(api, context);",
            "adaptor": "return jijiao.importReport(payload);",
        },
        "messages": {"success": "已完成" if mode == "commit" else "校验完成"},
        "feedback": {
            "title": f"{title}结果",
            "size": "lg",
            "actions": [{"type": "button", "actionType": "close", "label": "关闭"}],
            "body": [
                {
                    "type": "tpl",
                    "className": "import-summary",
                    "tpl": "共 ${total} 行：正确 ${valid} 行，新增 ${imported} 行，"
                    "更新 ${updated} 行，未变 ${unchanged} 行，错误 ${failedCount} 行"
                    "${failedTruncated ? '（以下只列出前一部分，全部错误行请下载）' : ''}",
                },
                {
                    "type": "table",
                    "source": "${failed}",
                    "visibleOn": "${failedCount > 0}",
                    "columns": [
                        {"name": "row", "label": "行号"},
                        {"name": "text", "label": "错误原因"},
                    ],
                },
            ],
        },
    }


def import_page(importer: type[imports.Importer]) -> dict[str, Any]:
    kind = importer.kind
    return {
        "type": "page",
        "title": f"{importer.title}批量导入",
        "remark": "先下载模板填写；校验只检查不导入；导入写入正确的行并列出错误行；"
        "全部正确才导入：有错误行时一行也不写入",
        "body": {
            "type": "form",
            "title": "",
            "name": f"import-{kind}",
            "mode": "horizontal",
            "wrapWithPanel": True,
            "actions": [
                _run(kind, "dry-run", "校验"),
                _run(kind, "commit", "导入"),
                _run(kind, "commit", "全部正确才导入", atomic=True),
                {
                    "type": "button",
                    "label": "下载错误行",
                    "disabledOn": "${!file}",
                    "onEvent": {
                        "click": {
                            "actions": [
                                {
                                    "actionType": "custom",
                                    "script": "jijiao.postDownload("
                                    f"'/imports/{kind}/failed.xlsx', event.data.file)",
                                }
                            ]
                        }
                    },
                },
            ],
            "body": [
                {
                    "type": "button",
                    "label": "下载导入模板",
                    "level": "link",
                    "onEvent": {
                        "click": {
                            "actions": [
                                {
                                    "actionType": "custom",
                                    "script": f"jijiao.download('/templates/{kind}.xlsx')",
                                }
                            ]
                        }
                    },
                },
                {
                    "type": "input-file",
                    "name": "file",
                    "label": "Excel 文件",
                    "accept": ".xlsx",
                    "asBlob": True,
                    "required": True,
                    "drag": True,
                },
            ],
        },
    }


def import_entries(principal: Principal) -> list[dict[str, Any]]:
    """Navigation entries of the imports the principal may run (none before a pending
    password change, as the import routes refuse)."""
    if principal.must_change_password:
        return []
    return [
        {
            "label": f"{importer.title}批量导入",
            "url": f"/import/{kind}",
            "schema": import_page(importer),
        }
        for kind, importer in imports.IMPORTERS.items()
        if imports.can_import(principal, importer)
    ]
