"""Which fields a client selected, so hot lists fetch only those columns."""

from __future__ import annotations

from collections.abc import Iterable

from strawberry.types.nodes import FragmentSpread, InlineFragment, SelectedField, Selection

from schema.context import Info


def _fields(selections: Iterable[Selection]) -> Iterable[SelectedField]:
    for selection in selections:
        if isinstance(selection, SelectedField):
            yield selection
        elif isinstance(selection, (FragmentSpread, InlineFragment)):
            yield from _fields(selection.selections)


def selected_names(info: Info, *path: str) -> set[str]:
    """Field names selected under `path` (e.g. "edges", "node"), as Python names."""
    # info.selected_fields holds the resolved field itself; start from its children
    level = [child for f in _fields(info.selected_fields) for child in _fields(f.selections)]
    for step in path:
        level = [child for f in level if f.name == step for child in _fields(f.selections)]
    return {_snake(f.name) for f in level}


def _snake(name: str) -> str:
    return "".join(f"_{c.lower()}" if c.isupper() else c for c in name)
