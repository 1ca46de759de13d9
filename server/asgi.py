"""Entry for uvicorn workers: `uvicorn --factory server.asgi:app_factory`."""

from __future__ import annotations

from starlette.applications import Starlette

from server.app import create_app
from server.settings import Settings


def app_factory() -> Starlette:
    return create_app(Settings.from_env())
