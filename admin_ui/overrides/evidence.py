"""A claim as its reviewer or its owner reads it in a dialog: the learning form's answers and
the evidence shown inline (images as pictures, PDFs in a frame), read through the API.

The evidence is fetched by console.js with the session and shown from blob: URLs: an <img> or
<iframe> cannot send the bearer header, and a credential in the address would outlive the
session in logs, history and caches. Every value is data bound by path; none is a template.
"""

from __future__ import annotations

from typing import Any

from graphql import GraphQLEnumType

from admin_ui.widgets import read_only_form, shown_value

# (path in the dialog's data, label, the enum whose labels it shows)
Fact = tuple[str, str, GraphQLEnumType | None]

CLAIM_FIELDS = (
    "year subject formLabel requestedHours recognisedHours status currentHandler reason "
    "answers { label value } attachments { url mediaType filename }"
)


def answers_table(path: str) -> dict[str, Any]:
    """The form's answers, one row each (cells are text: amis does not read them as templates)."""
    return {
        "type": "table",
        "source": f"${{{path}}}",
        "columns": [{"name": "label", "label": "填写项"}, {"name": "value", "label": "内容"}],
        "placeholder": "无",
    }


def evidence(path: str) -> dict[str, Any]:
    """The attachments at `path` ([{url, mediaType, filename}]) shown inline by console.js."""
    return {
        "type": "custom",
        "className": "claim-evidence",
        "onMount": f"jijiao.evidence(dom, props.data, '{path}')",
        "onUpdate": f"jijiao.evidence(dom, data, '{path}')",
    }


def claim_view(prefix: str, facts: list[Fact]) -> list[dict[str, Any]]:
    """The claim at `prefix` (`claim.` inside a review step, `` for a claim row): `facts` are
    shown above its answers and evidence."""
    return [
        read_only_form([shown_value(name, text, enum) for name, text, enum in facts]),
        {"type": "tpl", "tpl": "填写内容", "className": "claim-heading"},
        answers_table(f"{prefix}answers"),
        {"type": "tpl", "tpl": "证明材料", "className": "claim-heading"},
        evidence(f"{prefix}attachments"),
    ]
