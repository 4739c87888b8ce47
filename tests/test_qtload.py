"""Qt for Python's per-import source scan is answered from the module's namespace."""

import subprocess
import sys
import textwrap


def test_the_feature_hook_is_replaced_and_still_tells_qt_modules_apart():
    code = textwrap.dedent("""
        import sys, types
        from commdesk.qtload import load_qt
        assert load_qt(), "PySide6 renamed its feature hook: commdesk.qtload no longer applies"
        feature = sys.modules["PySide6.support.feature"]
        from PySide6.QtWidgets import QWidget
        uses = types.ModuleType("uses_qt"); uses.QWidget = QWidget
        plain = types.ModuleType("plain"); plain.x = 1; plain.os = __import__("os")
        assert feature._mod_uses_pyside(uses) and not feature._mod_uses_pyside(plain)
        from commdesk.ui.common.ask import ask  # the hook sees the module a "from" import names
        from commdesk.services.home import HomeService
        assert feature.pyside_feature_dict["commdesk.ui.common.ask"] == 0
        assert feature.pyside_feature_dict["commdesk.services.home"] == -1
        import linecache
        read = [n for n in linecache.cache if n.endswith(".py") and ("commdesk" in n or "sqlalchemy" in n)]
        assert not read, f"source files were read: {read[:3]}"
    """)
    subprocess.run([sys.executable, "-c", code], check=True)
