"""What every resolver receives: who asks, within which scope, and the request's loaders."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from strawberry.types import Info as StrawberryInfo

from domain.scope import Scope
from resolvers.loaders import Loaders


@dataclass
class Principal:
    """Who is asking. Anonymous until sessions land; the scope then comes from the role."""

    account_id: int | None = None
    organisation_id: int | None = None
    scope: Scope = field(default_factory=Scope.unrestricted)


@dataclass
class Context:
    principal: Principal
    loaders: Loaders = field(default_factory=Loaders)
    request: Any = None
    response: Any = None


Info = StrawberryInfo[Context, None]
