"""Principal rows kept between requests, only while the database tells us of every change.

A session's principal is one statement (domain/sessions.py). On PostgreSQL that statement is
a round trip costing more CPU than the rest of a small request (bench http-floor), so its
row may be kept — but only under these rules, which make the cache fail closed:

- The database announces each change: triggers on every column the statement reads
  (server/db_policies.py) notify on commit, and server/principal_feed.py forgets everything
  on each notification. Completeness comes from the database, not from remembering to
  publish an event in each domain function.
- Rows are kept only while that feed is connected: none before it is, none after it is lost
  (and what was kept is dropped then). A read that raced with a change is not kept: a fill
  carries the generation seen before the read and is refused once any change came since.
- A row is kept at most MAX_AGE seconds, whatever happens (a feed that died silently is
  noticed by its heartbeat within that time).
- Only a row that grants a live session is answered from here; anything else (expired,
  idle, to be touched) is read fresh (domain/sessions.py).

The keeper is attached to the ORM client it watches, so two databases in one process (tests)
never share one.
"""

from __future__ import annotations

import time
from collections import OrderedDict
from typing import Any

from tortoise import connections

MAX_AGE = 5.0
MAX_ROWS = 20_000


class PrincipalRows:
    def __init__(self, max_age: float = MAX_AGE, max_rows: int = MAX_ROWS) -> None:
        self.max_age = max_age
        self.max_rows = max_rows
        self.generation = 0
        self._rows: OrderedDict[str, tuple[float, dict[str, Any]]] = OrderedDict()

    def get(self, key: str) -> dict[str, Any] | None:
        found = self._rows.get(key)
        if found is None:
            return None
        kept_at, row = found
        if time.monotonic() - kept_at > self.max_age:
            del self._rows[key]
            return None
        return row

    def keep(self, key: str, row: dict[str, Any], generation: int) -> None:
        """Keep a row read when the generation was `generation`, unless anything changed."""
        if generation != self.generation:
            return
        self._rows[key] = (time.monotonic(), row)
        self._rows.move_to_end(key)
        while len(self._rows) > self.max_rows:
            self._rows.popitem(last=False)

    def forget(self, key: str) -> None:
        self._rows.pop(key, None)

    def changed(self) -> None:
        """Something a principal is read from changed: nothing kept is trusted any more."""
        self.generation += 1
        self._rows.clear()


def current() -> PrincipalRows | None:
    """The keeper of the database requests are served from, if its feed is connected."""
    return keeper_of(connections.get("default"))


def forget_all() -> None:
    keeper = current()
    if keeper is not None:
        keeper.changed()


def keeper_of(connection: Any) -> PrincipalRows | None:
    """The keeper attached to an ORM client while its feed is connected, else None."""
    return getattr(connection, "_jijiao_principal_rows", None)


def attach(connection: Any, rows: PrincipalRows | None) -> None:
    connection._jijiao_principal_rows = rows
