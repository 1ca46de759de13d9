"""What every resolver receives: who asks, within which scope, and the request's loaders."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from strawberry.types import Info as StrawberryInfo

from domain.principal import ANONYMOUS, Principal
from schema.loaders import Loaders


@dataclass
class Context:
    principal: Principal = ANONYMOUS
    token: str | None = None
    client_address: str | None = None
    max_page_size: int = 100
    loaders: Loaders = field(default_factory=Loaders)
    # subscriptions open on this WebSocket connection (bounded per connection)
    open_subscriptions: int = 0
    request: Any = None
    response: Any = None
    # graphql-transport-ws puts the connection_init payload here
    connection_params: dict[str, Any] | None = None


Info = StrawberryInfo[Context, None]

__all__ = ["Context", "Info", "Principal"]
