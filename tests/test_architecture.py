"""The shape of the code, checked by tools: the layers (pyproject's import-linter contracts), no
module cycles, and no SQL in services.

Imports inside functions count: a cycle hidden by a late import is still a cycle.
"""

from __future__ import annotations

import ast
import os
import subprocess
import sys
from pathlib import Path

import grimp
import pytest
from importlinter.cli import lint_imports

ROOT = Path(__file__).resolve().parents[1]
SERVICES = ROOT / "src" / "commdesk" / "services"
CORE = ROOT / "src" / "commdesk" / "core"

# What a service may take from SQLAlchemy: its errors, and types to annotate with. Queries live in
# persistence/repositories; the unit of work's machinery in persistence/unit_of_work.py.
SERVICE_SQLALCHEMY_ALLOWED = {
    "sqlalchemy.exc": None,  # any error class
    "sqlalchemy.orm": {"Session", "sessionmaker"},
    "sqlalchemy.engine": {"Engine", "Connection"},
}


@pytest.fixture(scope="module")
def graph():
    return grimp.build_graph("commdesk", cache_dir=None)  # no cache folder left in the checkout


def test_the_layer_contracts_hold(capsys):
    code = lint_imports(config_filename=str(ROOT / "pyproject.toml"), no_cache=True, no_logo=True)
    report = capsys.readouterr().out
    assert code == 0, report[report.find("Broken contracts") :] or report


def _cycles(graph) -> list[list[str]]:
    """Strongly connected components of more than one module (Tarjan, iterative)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    on_stack: set[str] = set()
    stack: list[str] = []
    found: list[list[str]] = []
    counter = 0
    for root in sorted(graph.modules):
        if root in index:
            continue
        work = [(root, iter(sorted(graph.find_modules_directly_imported_by(root))))]
        index[root] = low[root] = counter
        counter += 1
        stack.append(root)
        on_stack.add(root)
        while work:
            node, children = work[-1]
            child = next(children, None)
            if child is not None:
                if child not in index:
                    index[child] = low[child] = counter
                    counter += 1
                    stack.append(child)
                    on_stack.add(child)
                    work.append((child, iter(sorted(graph.find_modules_directly_imported_by(child)))))
                elif child in on_stack:
                    low[node] = min(low[node], index[child])
                continue
            work.pop()
            if work:
                parent = work[-1][0]
                low[parent] = min(low[parent], low[node])
            if low[node] == index[node]:
                component = []
                while True:
                    member = stack.pop()
                    on_stack.discard(member)
                    component.append(member)
                    if member == node:
                        break
                if len(component) > 1:
                    found.append(sorted(component))
    return found


def test_no_module_cycles(graph):
    cycles = _cycles(graph)
    described = []
    for component in cycles:
        members = set(component)
        edges = [
            f"{a} -> {b}"
            for a in component
            for b in sorted(graph.find_modules_directly_imported_by(a))
            if b in members
        ]
        described.append("\n  ".join(edges))
    assert not cycles, "module cycles:\n  " + "\n\n  ".join(described)


def test_services_contain_no_sql():
    offenders = []
    for path in sorted(SERVICES.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        rel = path.relative_to(ROOT)
        for node in ast.walk(tree):
            if isinstance(node, ast.ImportFrom) and node.module and node.module.split(".")[0] == "sqlalchemy":
                if node.module not in SERVICE_SQLALCHEMY_ALLOWED:
                    offenders.append(f"{rel}:{node.lineno} imports from {node.module}")
                elif (allowed := SERVICE_SQLALCHEMY_ALLOWED[node.module]) is not None:
                    bad = [a.name for a in node.names if a.name not in allowed]
                    if bad:
                        offenders.append(f"{rel}:{node.lineno} imports {bad} from {node.module}")
            elif isinstance(node, ast.Import):
                offenders += [
                    f"{rel}:{node.lineno} imports {a.name}"
                    for a in node.names
                    if a.name.startswith("sqlalchemy") and a.name not in SERVICE_SQLALCHEMY_ALLOWED
                ]
            elif isinstance(node, ast.Attribute) and node.attr in {
                "exec_driver_sql",
                "execute",
                "scalars",
                "scalar",
            }:
                offenders.append(f"{rel}:{node.lineno} runs a statement (.{node.attr})")
    assert not offenders, "services reach the database only through repositories:\n" + "\n".join(offenders)


def test_importing_every_core_module_loads_no_qt():
    """The contract above reads the source; this loads every core module and looks at what came in."""
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
    res = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, check=False)
    assert res.returncode == 0, res.stdout + res.stderr
