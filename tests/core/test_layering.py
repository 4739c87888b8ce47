"""ARCHITECTURE rule 1: the core never imports Qt."""

from __future__ import annotations

import ast
import os
import subprocess
import sys
from pathlib import Path

import commdesk

CORE = Path(commdesk.__file__).parent / "core"


def test_no_module_under_core_imports_qt():
    offenders = []
    for path in CORE.rglob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            names = []
            if isinstance(node, ast.Import):
                names = [a.name for a in node.names]
            elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
                names = [node.module]
            for name in names:
                if name.split(".")[0] in ("PySide6", "shiboken6", "PyQt5", "PyQt6"):
                    offenders.append(f"{path.relative_to(CORE)}:{node.lineno} imports {name}")
    assert offenders == []


def test_importing_every_core_module_loads_no_qt():
    modules = sorted(
        ".".join(("commdesk", "core", *p.relative_to(CORE).with_suffix("").parts)).removesuffix(".__init__")
        for p in CORE.rglob("*.py")
    )
    code = (
        "import importlib, sys\n"
        f"for m in {modules!r}: importlib.import_module(m)\n"
        "bad = sorted(m for m in sys.modules if m.split('.')[0] in ('PySide6', 'shiboken6'))\n"
        "print(bad); sys.exit(1 if bad else 0)\n"
    )
    env = {**os.environ, "PYTHONPATH": str(CORE.parent.parent)}
    res = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env)
    assert res.returncode == 0, res.stdout + res.stderr
