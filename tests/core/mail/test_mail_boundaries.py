import os
import subprocess
import sys
from pathlib import Path

import commdesk


def test_mail_core_imports_neither_qt_nor_a_database():
    code = (
        "import sys, commdesk.core.mail, commdesk.core.rules.mail\n"
        "bad = [m for m in sys.modules if m.split('.')[0] in ('PySide6', 'shiboken6', 'sqlalchemy')]\n"
        "assert not bad, bad\n"
    )
    src = str(Path(commdesk.__file__).resolve().parents[1])
    env = dict(os.environ, PYTHONPATH=src + os.pathsep + os.environ.get("PYTHONPATH", ""))
    subprocess.run([sys.executable, "-c", code], check=True, env=env)
