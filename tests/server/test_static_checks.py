"""The code stays clean as it is written: ruff on the whole tree, mypy on domain/ and models/
(STYLE.md: the rules and workflows are typed)."""

from __future__ import annotations

import subprocess
import sys

from server.settings import ROOT


def run(*argv: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", *argv], cwd=ROOT, capture_output=True, text=True, timeout=300
    )


def test_ruff_finds_nothing() -> None:
    done = run("ruff", "check", "--quiet", ".")
    assert done.returncode == 0, done.stdout + done.stderr


def test_mypy_finds_nothing_in_domain_and_models() -> None:
    done = run("mypy", "domain", "models")
    assert done.returncode == 0, done.stdout + done.stderr
