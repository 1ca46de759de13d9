"""Inputs that hold a reference (an organisation's id, a region's code) are chosen from what
the API lists, never typed: a searchable select over `organisations`, a cascade over `regions`.

The options are read through /graphql as the person filling the form, so the API's own rules
decide what they may choose from (both lists are public: registration needs them).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

ORGANISATIONS = (
    "query($filter: OrganisationFilter) "
    "{ organisations(filter: $filter, first: 50) { edges { node { id name } } } }"
)
REGIONS = "query($parentCode: String) { regions(parentCode: $parentCode) { code name } }"


@dataclass(frozen=True)
class OrganisationPicker:
    """Organisations by name; `kinds` narrows to those the field may point at."""

    kinds: tuple[str, ...] = ()
    statuses: tuple[str, ...] = ("ACTIVE",)

    def widget(self) -> dict[str, Any]:
        wanted: dict[str, Any] = {"nameContains": "${term}"}
        if self.kinds:
            wanted["kinds"] = list(self.kinds)
        if self.statuses:
            wanted["statuses"] = list(self.statuses)
        api = {
            "method": "post",
            "url": "/graphql",
            "graphql": ORGANISATIONS,
            "data": {"filter": wanted},
            "adaptor": "return jijiao.options(payload, 'edges', 'node.name', 'node.id');",
        }
        return {
            "type": "select",
            "searchable": True,
            "source": api,
            "autoComplete": api,
            "placeholder": "输入名称查找",
        }


@dataclass(frozen=True)
class RegionPicker:
    """Province → city → district; the chosen value is the last code of the chain."""

    sent: str = field(default="${%s | split | last}")

    def widget(self) -> dict[str, Any]:
        return {
            "type": "chained-select",
            "joinValues": True,
            "delimiter": ",",
            "source": {
                "method": "post",
                "url": "/graphql",
                "graphql": REGIONS,
                "data": {"parentCode": "${parentId || null}"},
                "adaptor": "return jijiao.options(payload, '', 'name', 'code');",
            },
        }

    def value_of(self, name: str) -> str:
        return self.sent % name


Picker = OrganisationPicker | RegionPicker

# by "InputType.field" first, then by the field's name wherever it appears
PICKERS: dict[str, Picker] = {
    "OrganisationRegisterInput.parentId": OrganisationPicker(kinds=("HRSS", "COMPETENT")),
    "ProfessionalRegisterInput.organisationId": OrganisationPicker(kinds=("EMPLOYER",)),
    "parentId": OrganisationPicker(),
    "organisationId": OrganisationPicker(),
    "withinId": OrganisationPicker(),
    "regionCode": RegionPicker(),
}


def picker_for(owner: str | None, name: str) -> Picker | None:
    return PICKERS.get(f"{owner}.{name}") or PICKERS.get(name)


def sent_value(owner: str | None, name: str, path: str) -> str:
    """The data-mapping expression sending a control's value as the API wants it."""
    found = picker_for(owner, name)
    return found.value_of(path) if isinstance(found, RegionPicker) else f"${{{path}}}"
