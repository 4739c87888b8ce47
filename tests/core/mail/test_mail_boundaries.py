import os
import subprocess
import sys
from pathlib import Path

import commdesk


def test_mail_core_imports_neither_qt_nor_a_database():
    code = (
        "import sys, commdesk.core.rules.mail\n"
        "import commdesk.core.mail.account, commdesk.core.mail.attachment, commdesk.core.mail.compose\n"
        "import commdesk.core.mail.labels, commdesk.core.mail.merge, commdesk.core.mail.subject\n"
        "import commdesk.core.mail.transport\n"
        "bad = [m for m in sys.modules if m.split('.')[0] in ('PySide6', 'shiboken6', 'sqlalchemy')]\n"
        "assert not bad, bad\n"
    )
    src = str(Path(commdesk.__file__).resolve().parents[1])
    env = dict(os.environ, PYTHONPATH=src + os.pathsep + os.environ.get("PYTHONPATH", ""))
    subprocess.run([sys.executable, "-c", code], check=True, env=env)
