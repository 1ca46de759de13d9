"""The renderer pinned for the console (admin_ui/amis.lock), as `./dev setup` installs it."""

from __future__ import annotations

from pathlib import Path

AMIS_LOCK = Path(__file__).parent / "amis.lock"


def locked(key: str) -> str:
    """A value of amis.lock: `version` or `integrity`."""
    for line in AMIS_LOCK.read_text().splitlines():
        name, _, value = line.partition("=")
        if name.strip() == key and not line.startswith("#"):
            return value.strip()
    raise KeyError(f"{AMIS_LOCK} has no {key}=")
