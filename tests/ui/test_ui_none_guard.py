"""The window survives PySide6's lost references to None (see commdesk/ui/__init__.py)."""

from __future__ import annotations

import subprocess
import sys
import textwrap

PROGRAM = textwrap.dedent("""
    import commdesk.ui  # noqa: F401  (the guard)
    from PySide6.QtWidgets import QApplication, QComboBox
    app = QApplication([])
    combo = QComboBox()
    combo.addItem("x", None)
    for _ in range(200_000):
        combo.currentData()
    print("still here")
""")


def test_reading_empty_qt_values_many_times_does_not_abort_the_process():
    done = subprocess.run(
        [sys.executable, "-c", PROGRAM],
        capture_output=True,
        text=True,
        timeout=120,
        env={**__import__("os").environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    assert done.returncode == 0, done.stderr[-2000:]
    assert "still here" in done.stdout
