"""Our generic top-level names (schema, models, …) must be ours, and nothing installed may
shadow them or be shadowed by them."""

from __future__ import annotations

import importlib.util
import subprocess
import sys
from importlib.machinery import PathFinder
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
OURS = ("schema", "models", "resolvers", "domain", "documents", "server", "bench", "admin_ui")


def test_our_packages_resolve_to_the_repository() -> None:
    for name in OURS:
        spec = importlib.util.find_spec(name)
        assert spec is not None and spec.origin is not None, name
        assert Path(spec.origin).resolve().is_relative_to(ROOT), (name, spec.origin)


def test_no_installed_distribution_provides_the_same_names() -> None:
    others = [p for p in sys.path if p and Path(p).resolve() != ROOT and Path(p).is_dir()]
    clashes = {name: spec.origin for name in OURS if (spec := PathFinder.find_spec(name, others))}
    assert clashes == {}


def test_the_cli_imports_our_packages_from_the_repository_root() -> None:
    probe = (
        "import models, schema, server; print(models.__file__, schema.__file__, server.__file__)"
    )
    out = subprocess.run(
        [str(ROOT / ".venv/bin/python"), "-c", probe],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    ).stdout.split()
    assert all(Path(path).resolve().is_relative_to(ROOT) for path in out), out
