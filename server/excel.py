"""HTTP routes for Excel: import templates and batch imports (filled in by the import work)."""

from __future__ import annotations

from starlette.routing import Route

ROUTES: list[Route] = []
