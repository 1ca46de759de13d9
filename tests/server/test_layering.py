"""Imports point down the layers and no two packages import each other, read from the source.

Nothing is imported: every .py file is parsed (ast), so a module that fails to import cannot
hide a violation and the whole check takes milliseconds. Every import statement counts — at
module level, inside a function (a lazy import is still a dependency, and the usual way to
dodge a cycle) and under `if TYPE_CHECKING:` (a type names the module it comes from).
"""

from __future__ import annotations

import ast
import fnmatch
from collections import defaultdict
from dataclasses import dataclass
from functools import cache
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

# The stated order (DESIGN.md, STYLE.md), highest first: a package imports only packages after
# it. admin_ui/ generates the console from the schema and is served by server/. documents/
# (xlsx, pdf) sits under domain/: workflows call it (STYLE.md: "documents/ is called by domain/
# or resolvers") and it knows no rule. models/, last, imports nothing of ours but itself.
LAYERS = ("server", "admin_ui", "resolvers", "schema", "domain", "documents", "models")
# they drive the product from outside; the product never imports them
DRIVERS = ("bench", "tests")

# the API layer's frameworks: rules, documents and models stay plain Python
WEB = ("strawberry", "graphql", "starlette", "uvicorn")
BELOW_THE_API = ("domain", "documents", "models")

# the demo province is loaded by the CLI (`serve`, `demo`), bench/ and tests/, never by the
# product's own code
DEMO = "domain.demo"
MAY_LOAD_THE_DEMO = ("domain/demo/*", "server/cli.py")


@dataclass(frozen=True)
class Import:
    path: str  # the importing file, relative to the repository
    line: int
    module: str  # the imported module, absolute

    @property
    def package(self) -> str:
        return self.path.split("/", 1)[0]

    @property
    def target(self) -> str:
        return self.module.split(".", 1)[0]

    def __str__(self) -> str:
        return f"{self.path}:{self.line} imports {self.module}"


def _module_name(path: Path) -> str:
    parts = path.relative_to(ROOT).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


@cache
def _our_modules() -> frozenset[str]:
    return frozenset(
        _module_name(path) for top in (*LAYERS, *DRIVERS) for path in (ROOT / top).rglob("*.py")
    )


def _imported(node: ast.Import | ast.ImportFrom, importer: Path) -> list[str]:
    if isinstance(node, ast.Import):
        return [alias.name for alias in node.names]
    base = node.module or ""
    if node.level:  # relative: resolved against the importing module's package
        package = _module_name(importer).split(".")
        if importer.name != "__init__.py":
            package = package[:-1]
        anchor = package[: len(package) - node.level + 1]
        base = ".".join([*anchor, *([base] if base else [])])
    # `from package import module` imports the module; `from module import name` the module
    modules = _our_modules()
    return [
        f"{base}.{alias.name}" if f"{base}.{alias.name}" in modules else base
        for alias in node.names
    ]


@cache
def imports() -> tuple[Import, ...]:
    found: list[Import] = []
    for top in LAYERS:
        for path in sorted((ROOT / top).rglob("*.py")):
            tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
            relative = path.relative_to(ROOT).as_posix()
            for node in ast.walk(tree):
                if isinstance(node, ast.Import | ast.ImportFrom):
                    found.extend(
                        Import(relative, node.lineno, module)
                        for module in dict.fromkeys(_imported(node, path))
                    )
    return tuple(found)


def _upward(found: Import) -> bool:
    if found.target in DRIVERS:
        return True
    if found.target not in LAYERS or found.target == found.package:
        return False
    return LAYERS.index(found.target) < LAYERS.index(found.package)


def test_the_scan_sees_the_layers_imports() -> None:
    # a resolver importing its schema types and the domain must be seen, or the rest proves
    # nothing
    seen = {(i.package, i.target) for i in imports()}
    assert {("resolvers", "schema"), ("resolvers", "domain"), ("domain", "models")} <= seen


def test_imports_point_down_the_layers() -> None:
    upward = [str(i) for i in imports() if _upward(i)]
    assert not upward, f"the order is {' → '.join(LAYERS)}:\n" + "\n".join(upward)


def _cycles(edges: dict[str, set[str]]) -> list[list[str]]:
    """Strongly connected components of more than one package (Tarjan)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    components: list[list[str]] = []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        for successor in sorted(edges.get(node, ())):
            if successor not in index:
                visit(successor)
                low[node] = min(low[node], low[successor])
            elif successor in stack:
                low[node] = min(low[node], index[successor])
        if low[node] == index[node]:
            component: list[str] = []
            while not component or component[-1] != node:
                component.append(stack.pop())
            if len(component) > 1:
                components.append(sorted(component))

    for node in sorted(edges):
        if node not in index:
            visit(node)
    return components


def test_no_two_packages_import_each_other() -> None:
    edges: dict[str, set[str]] = defaultdict(set)
    where: dict[tuple[str, str], str] = {}
    for found in imports():
        if found.target in LAYERS and found.target != found.package:
            edges[found.package].add(found.target)
            where.setdefault((found.package, found.target), str(found))
    cycles = [
        [where[a, b] for a in cycle for b in cycle if (a, b) in where] for cycle in _cycles(edges)
    ]
    assert not cycles, "\n\n".join("\n".join(cycle) for cycle in cycles)


def test_nothing_below_the_api_imports_a_web_framework() -> None:
    web = [str(i) for i in imports() if i.package in BELOW_THE_API and i.target in WEB]
    assert not web, "\n".join(web)


def test_only_the_cli_and_the_demo_itself_load_the_demo() -> None:
    users = [
        str(i)
        for i in imports()
        if (i.module == DEMO or i.module.startswith(f"{DEMO}."))
        and not any(fnmatch.fnmatch(i.path, allowed) for allowed in MAY_LOAD_THE_DEMO)
    ]
    assert not users, "\n".join(users)
