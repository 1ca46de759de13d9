"""User-supplied text (names of people and units, …) reaches the console as data, never inside
a page description.

amis reads most strings of a description as templates (`${…}`, `$name`, `<%…%>`): labels,
titles, values, messages — and maps even a page's own `data` through them. A unit named
`${window:sessionStorage['jijiao.token']}` written into a description would show each of its
members their session token. So a console route answers the description and, beside it, the
data it shows (`answer`); the shell hands that data to the renderer as its root data, which
amis takes as it is, and the description refers to it by path with the helpers below — a
value a template refers to is shown, never evaluated.
"""

from __future__ import annotations

from typing import Any


def answer(schema: dict[str, Any], data: dict[str, Any] | None = None) -> dict[str, Any]:
    """What a console route sends: the page description and the data it refers to."""
    return {"schema": schema, "data": data or {}}


def in_template(path: str) -> str:
    """The value at `path`, inside a `tpl` (shown as HTML: amis escapes the value)."""
    return f"${{{path}}}"


def as_label(path: str) -> str:
    """The whole label of a button or menu entry: the value at `path` as it is (amis shows
    labels as text, so escaping it as HTML would show the entities). Never in a `tpl`."""
    return f"${{{path} | raw}}"
