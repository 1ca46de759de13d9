"""Entry for uvicorn workers: `uvicorn --factory server.asgi:app_factory`."""

from __future__ import annotations

import logging

from starlette.applications import Starlette

from server.app import create_app
from server.settings import Settings


def app_factory() -> Starlette:
    # uvicorn has applied server/logs.py's configuration in this worker; a library's
    # warning becomes a log line in the same format
    logging.captureWarnings(True)
    return create_app(Settings.from_env())
