"""Rules are named and declared once: every root field and every HTTP route names a rule of
domain.rules, and no role or module check is written anywhere else."""

from __future__ import annotations

import re
from pathlib import Path

from starlette.routing import Mount

from domain import reviews, rules
from resolvers.root import build_schema
from schema.permissions import rule_of
from server.app import create_app
from server.auth import rules_of
from server.settings import ROOT, Settings


def test_every_root_field_names_a_declared_rule() -> None:
    schema = build_schema()
    undeclared = []
    for root in ("Query", "Mutation", "Subscription"):
        for field in schema.get_type_by_name(root).fields:  # type: ignore[union-attr]
            rule = rule_of(field)
            if rule is None or rules.RULES.get(rule.name) is not rule:
                undeclared.append(f"{root}.{field.name}")
    assert undeclared == []


def test_every_http_route_names_a_declared_rule(tmp_path: Path) -> None:
    settings = Settings.from_env(
        {"DATABASE_URL": "sqlite://:memory:", "DATA_DIR": str(tmp_path), "SECRET_KEY": "x"}
    )
    app = create_app(settings)
    undeclared, seen = [], 0
    for route in app.routes:
        assert not isinstance(route, Mount), f"{route.path}: a mount hides its routes' rules"
        declared = rules_of(route.endpoint)  # type: ignore[attr-defined]
        seen += 1
        if not declared or any(rules.RULES.get(r.name) is not r for r in declared):
            undeclared.append(route.path)  # type: ignore[attr-defined]
    assert undeclared == []
    assert seen >= 15


def test_the_sdl_shows_each_rule_by_name_with_each_module_once() -> None:
    sdl = build_schema().as_str()
    allows = re.findall(r"\) @allow\((.*?)\)|: \S+ @allow\((.*?)\)", sdl, flags=re.DOTALL)
    allows = [a or b for a, b in allows]
    assert len(allows) > 60
    for arguments in allows:
        assert re.match(r'rule: "[A-Z_]+"', arguments), arguments
        for listed in re.findall(r"odules: \[(.*?)\]", arguments, flags=re.DOTALL):
            modules = [m for m in re.split(r"[\s,]+", listed) if m]
            assert len(modules) == len(set(modules)), arguments
    review = re.search(r"reviewSteps\(.*?\): \S+ @allow\((.*?)\)", sdl, flags=re.DOTALL)
    assert review is not None and 'rule: "REVIEW_QUEUE"' in review.group(1)


def test_the_review_queue_rule_covers_every_review_kind() -> None:
    build_schema()  # imports every workflow, so every review handler is registered
    assert reviews.HANDLERS
    for kind, handler in reviews.HANDLERS.items():
        assert handler.rule in rules.REVIEW_RULES, kind
        assert set(handler.rule.modules) <= set(rules.REVIEW_QUEUE.modules), kind
    # and nothing else: the queue admits no module that decides no kind
    decided = {handler.rule.name for handler in reviews.HANDLERS.values()}
    assert decided == {rule.name for rule in rules.REVIEW_RULES}


# Who may act is decided by a rule object; these shapes of a hand-written check are not
# allowed anywhere else (sessions build principals, they do not check them).
HAND_CHECKS = re.compile(
    r"principal\.kind\s*(==|!=|in\b|not in\b)"
    r"|(==|!=)\s*principal\.kind\b"
    r"|(if|and|or|not)\s+principal\.is_super\b"
    r"|in\s+principal\.modules\b"
    r"|principal\.may_use\("
)
CHECKED = ("domain", "resolvers", "schema", "server", "documents", "admin_ui")


def test_no_role_or_module_check_outside_the_rules() -> None:
    found = []
    for package in CHECKED:
        for path in sorted((ROOT / package).rglob("*.py")):
            if path == ROOT / "domain" / "rules.py":
                continue
            for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
                if HAND_CHECKS.search(line):
                    found.append(f"{path.relative_to(ROOT)}:{number}: {line.strip()}")
    assert found == []
