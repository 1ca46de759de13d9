"""内设部门: an organisation's own small tree of departments, kept by its admins.

Add (at the top or under a parent: 添加下级), edit (rename, and nest under another parent),
disable and enable again (禁用: kept for the history, offered to no one), and put selected
members into a department or back into none (未分配). An admin manages its own
organisation's departments; another organisation's are not found.
"""

from __future__ import annotations

from typing import Any

from domain import audit, events, rules
from domain.audit import Actor
from domain.errors import DomainError, NotFound
from domain.patch import KEEP, Keep
from domain.principal import Principal
from models import Department, Professional
from models.enums import ProfessionalStatus

MAX_NAME = 64
MAX_MEMBERS = 1000


def _name(text: str) -> str:
    name = text.strip()
    if not name:
        raise DomainError("REQUIRED", "请填写部门名称", "name")
    if len(name) > MAX_NAME:
        raise DomainError("NAME_TOO_LONG", f"部门名称不能超过{MAX_NAME}字", "name")
    return name


async def access_department(organisation_id: int, department_id: int, field: str) -> Department:
    found = await Department.get_or_none(id=department_id, organisation_id=organisation_id)
    if found is None:
        raise NotFound("部门", field)
    return found


async def _descendants(department: Department) -> list[int]:
    """The department and every department under it (the tree is small: one query)."""
    rows = await Department.filter(organisation_id=department.organisation_id).values_list(  # type: ignore[attr-defined]
        "id", "parent_id"
    )
    children: dict[int | None, list[int]] = {}
    for row_id, parent_id in rows:
        children.setdefault(parent_id, []).append(row_id)
    found, queue = [], [department.id]
    while queue:
        current = queue.pop()
        found.append(current)
        queue.extend(children.get(current, []))
    return found


async def _parent(organisation_id: int, parent_id: int | None) -> Department | None:
    if parent_id is None:
        return None
    parent = await access_department(organisation_id, parent_id, "parentId")
    if not parent.enabled:
        raise DomainError("PARENT_DISABLED", "上级部门已禁用", "parentId")
    return parent


async def _refuse_duplicate(
    organisation_id: int, parent_id: int | None, name: str, own_id: int | None = None
) -> None:
    siblings = Department.filter(organisation_id=organisation_id, parent_id=parent_id, name=name)
    if own_id is not None:
        siblings = siblings.exclude(id=own_id)
    if await siblings.exists():
        raise DomainError("DUPLICATE_NAME", "同一上级部门下已有同名部门", "name")


async def add_department(principal: Principal, name: str, parent_id: int | None) -> Department:
    organisation_id = rules.MANAGE_ORGANISATION.organisation_of(principal)
    name = _name(name)
    await _parent(organisation_id, parent_id)
    async with events.atomic():
        await _refuse_duplicate(organisation_id, parent_id, name)
        department = await Department.create(
            organisation_id=organisation_id, parent_id=parent_id, name=name
        )
        await audit.record(
            Actor.of(principal),
            "department.add",
            "department",
            department.id,
            after={"name": name, "parent_id": parent_id},
        )
    return department


async def update_department(
    principal: Principal,
    department_id: int,
    name: str | Keep | None = KEEP,
    parent_id: int | Keep | None = KEEP,
) -> Department:
    """编辑: rename, and move under another parent (None: to the top) with its
    sub-departments; what is left KEEP stays as it is."""
    organisation_id = rules.MANAGE_ORGANISATION.organisation_of(principal)
    department = await access_department(organisation_id, department_id, "id")
    before = {"name": department.name, "parent_id": department.parent_id}  # type: ignore[attr-defined]
    new_name = before["name"] if name is KEEP else _name(name or "")
    new_parent = before["parent_id"] if parent_id is KEEP else parent_id
    if new_parent is not None and new_parent in await _descendants(department):
        raise DomainError("PARENT_CYCLE", "不能将部门移到其自身或其下级部门之下", "parentId")
    if parent_id is not KEEP:
        await _parent(organisation_id, new_parent)
    after = {"name": new_name, "parent_id": new_parent}
    if after == before:
        return department
    async with events.atomic():
        await _refuse_duplicate(organisation_id, new_parent, new_name, department.id)
        await Department.filter(id=department.id).update(**after)
        await audit.record(
            Actor.of(principal), "department.update", "department", department.id,
            before=before, after=after,
        )  # fmt: skip
    return await Department.get(id=department.id)


async def set_department_enabled(
    principal: Principal, department_id: int, enabled: bool
) -> Department:
    """禁用 takes the sub-departments with it and needs them empty of members; 启用 needs an
    enabled parent."""
    organisation_id = rules.MANAGE_ORGANISATION.organisation_of(principal)
    department = await access_department(organisation_id, department_id, "id")
    async with events.atomic():
        if enabled:
            await _parent(organisation_id, department.parent_id)  # type: ignore[attr-defined]
            changed = [department.id]
        else:
            changed = await _descendants(department)
            members = await Professional.filter(department_id__in=changed).count()
            if members:
                raise DomainError(
                    "DEPARTMENT_HAS_MEMBERS",
                    f"该部门（含下级部门）尚有{members}名人员，请先调整其所在部门",
                    "id",
                )
        await Department.filter(id__in=changed).update(enabled=enabled)
        await audit.record(
            Actor.of(principal),
            "department.enable" if enabled else "department.disable",
            "department",
            department.id,
            after={"departments": changed},
        )
    return await Department.get(id=department.id)


async def move_members(
    principal: Principal, professional_ids: list[int], department_id: int | None
) -> int:
    """Put the selected members of the admin's organisation into a department, or into none
    (未分配). All of them or none: one not found refuses the whole selection."""
    organisation_id = rules.MOVE_DEPARTMENT_MEMBERS.organisation_of(principal)
    wanted = list(dict.fromkeys(professional_ids))
    if not wanted:
        raise DomainError("NOTHING_SELECTED", "请选择人员", "professionalIds")
    if len(wanted) > MAX_MEMBERS:
        raise DomainError("TOO_MANY_MEMBERS", f"一次最多调整{MAX_MEMBERS}人", "professionalIds")
    if department_id is not None:
        target = await access_department(organisation_id, department_id, "departmentId")
        if not target.enabled:
            raise DomainError("DEPARTMENT_DISABLED", "该部门已禁用", "departmentId")
    async with events.atomic():
        members: list[Any] = await Professional.filter(
            id__in=wanted, organisation_id=organisation_id, status=ProfessionalStatus.ACTIVE
        ).values_list("id", "department_id")
        if len(members) != len(wanted):
            raise NotFound("人员", "professionalIds")
        await Professional.filter(id__in=wanted).update(department_id=department_id)
        await audit.record(
            Actor.of(principal),
            "department.members_move",
            "department",
            department_id if department_id is not None else "none",
            before={"departments": {str(p): d for p, d in members}},
            after={"department_id": department_id, "professionals": wanted},
        )
    return len(wanted)


async def department_rows(principal: Principal) -> list[dict[str, Any]]:
    """The admin's own organisation's departments, each under its parent (tree order)."""
    if principal.organisation_id is None:
        return []
    rows = (
        await Department.filter(organisation_id=principal.organisation_id)
        .order_by("sort_order", "id")
        .values("id", "name", "parent_id", "enabled")
    )
    children: dict[int | None, list[dict[str, Any]]] = {}
    for row in rows:
        children.setdefault(row["parent_id"], []).append(row)
    ordered: list[dict[str, Any]] = []

    def walk(parent: int | None, level: int) -> None:
        for row in children.get(parent, []):
            ordered.append({**row, "level": level})
            walk(row["id"], level + 1)

    walk(None, 1)
    names = {row["id"]: row["name"] for row in rows}
    for row in ordered:
        row["parent_name"] = names.get(row["parent_id"])
    return ordered
