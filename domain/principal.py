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
    """Anonymous when account_id is None. Scope: what rows it reaches (see domain.scope);
    nothing unless granted where the principal is built (domain.sessions)."""

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
    scope: Scope = field(default_factory=Scope.nothing)
    # the account's own name and ID number, read with the session (the viewer shows them);
    # kept out of repr so a logged principal carries no ID number
    name: str | None = field(default=None, compare=False)
    id_number: str | None = field(default=None, repr=False, compare=False)

    @property
    def is_authenticated(self) -> bool:
        return self.account_id is not None

    @property
    def is_admin(self) -> bool:
        return self.admin_id is not None

    @property
    def role_key(self) -> tuple[RoleKind | None, int | None, int | None]:
        """Which of the account's roles this is (to tell a role switch from a no-op)."""
        return (self.kind, self.admin_id, self.professional_id)


# no token: no organisation, no person; only the fields public by design answer it
ANONYMOUS = Principal(scope=Scope.nothing())
