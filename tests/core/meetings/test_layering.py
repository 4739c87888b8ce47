"""The meetings core stays free of Qt and of the database layer."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import commdesk


def test_meetings_core_imports_neither_qt_nor_sqlalchemy():
    code = (
        "import sys\n"
        "import commdesk.core.meetings.model, commdesk.core.meetings.schedule, commdesk.core.meetings.ics\n"
        "import commdesk.core.rules.meetings\n"
        "bad = sorted(m for m in sys.modules if m.split('.')[0] in ('PySide6', 'shiboken6', 'sqlalchemy'))\n"
        "print(bad)\n"
        "sys.exit(1 if bad else 0)\n"
    )
    src = str(Path(commdesk.__file__).resolve().parent.parent)
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([src, os.environ.get("PYTHONPATH", "")])}
    result = subprocess.run(
        [sys.executable, "-c", code], check=False, capture_output=True, text=True, env=env
    )
    assert result.returncode == 0, result.stdout + result.stderr
