"""Who is asking: an account acting through one of its roles, and what that role may do."""

from __future__ import annotations

from dataclasses import dataclass, field

from domain.scope import Scope
from models.enums import Module, OrgKind, RoleKind

ADMIN_KIND_OF_ORG = {
    OrgKind.EMPLOYER: RoleKind.EMPLOYER,
    OrgKind.COMPETENT: RoleKind.COMPETENT,
    OrgKind.HRSS: RoleKind.HRSS,
    OrgKind.BASE: RoleKind.BASE,
}
ALL_MODULES = frozenset(Module)


@dataclass(frozen=True)
class Principal:
    """Anonymous when account_id is None. Scope: what rows it reaches (see domain.scope)."""

    account_id: int | None = None
    kind: RoleKind | None = None
    organisation_id: int | None = None
    admin_id: int | None = None
    professional_id: int | None = None
    is_super: bool = False
    modules: frozenset[Module] = field(default_factory=frozenset)
    session_id: int | None = None
    # set after an admin reset: only the password change is open until it is done
    must_change_password: bool = False
    scope: Scope = field(default_factory=Scope.unrestricted)

    @property
    def is_authenticated(self) -> bool:
        return self.account_id is not None

    @property
    def is_admin(self) -> bool:
        return self.admin_id is not None

    def may_use(self, module: Module) -> bool:
        return self.is_admin and (self.is_super or module in self.modules)


ANONYMOUS = Principal()
