"""HTTP routes of the generated admin console (filled in by the console work)."""

from __future__ import annotations

from starlette.routing import BaseRoute

ROUTES: list[BaseRoute] = []
