"""Every module of the product imports on its own: `python -c "import resolvers.claims"` works
for each, whatever was imported before it (an import cycle inside a package breaks exactly
that, with a partially-initialised-module error, while a whole-app import still passes).

One fresh interpreter walks the layers bottom-up. Before each module it forgets every module
of that module's package, so the module is the first of its package to load. The layers below
stay loaded, which hides nothing as long as none of them loaded a module of this layer or one
above (checked before each layer; test_layering.py says the same from the source), and each
of them was imported the same way first.
"""

from __future__ import annotations

import json
import subprocess
import sys

from tests.server.test_layering import LAYERS, ROOT

WALK = """
import importlib, json, sys
from pathlib import Path

root, packages, failed = Path(sys.argv[1]), sys.argv[2:], []
sys.path.insert(0, str(root))
for index, package in enumerate(packages):
    above = set(packages[index:])
    early = sorted(m for m in sys.modules if m.split(".")[0] in above)
    if early:
        failed.append(f"loaded by a layer below {package}: {', '.join(early)}")
    for path in sorted((root / package).rglob("*.py")):
        if path.name == "__main__.py":  # runs the CLI: a script, not a module to import
            continue
        parts = path.relative_to(root).with_suffix("").parts
        name = ".".join(parts[:-1] if parts[-1] == "__init__" else parts)
        for loaded in [m for m in sys.modules if m.split(".")[0] == package]:
            del sys.modules[loaded]
        try:
            importlib.import_module(name)
        except Exception as error:
            failed.append(f"{name}: {type(error).__name__}: {error}")
print(json.dumps(failed))
"""


def test_every_module_imports_on_its_own() -> None:
    bottom_up = list(reversed(LAYERS))
    done = subprocess.run(
        [sys.executable, "-c", WALK, str(ROOT), *bottom_up],
        capture_output=True,
        text=True,
        timeout=120,
        cwd=ROOT,
    )
    assert done.returncode == 0, done.stderr
    failed = json.loads(done.stdout.strip().splitlines()[-1])
    assert failed == []
