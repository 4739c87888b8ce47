"""Start-up to a painted main window: commdesk vs a bare PySide6 window with a table.

    .venv/bin/python bench/bench_startup.py [--runs 7]

Each run is a fresh process (interpreter start and imports included). The child reports the wall
clock at the first paint of its main window; the ratio of medians is what ARCHITECTURE's targets
name (<= 2). A second figure, "ready", is commdesk's time until the database is open and the first
pane is shown.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import textwrap
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

PAINT_HOOK = textwrap.dedent("""
    import sys, time
    from PySide6.QtCore import QEvent, QObject, QTimer
    from PySide6.QtWidgets import QApplication, QMainWindow

    class FirstPaint(QObject):
        def __init__(self, on_paint):
            super().__init__()
            self.on_paint = on_paint
            self.seen = False
        def eventFilter(self, obj, ev):
            if not self.seen and ev.type() == QEvent.Type.Paint and isinstance(obj, QMainWindow):
                self.seen = True
                self.on_paint()
            return False
""")

BASELINE = PAINT_HOOK + textwrap.dedent("""
    from PySide6.QtWidgets import QTableWidget, QTableWidgetItem
    app = QApplication(sys.argv[:1])
    hook = FirstPaint(lambda: (print("paint", time.time(), flush=True), QTimer.singleShot(0, app.quit)))
    app.installEventFilter(hook)
    w = QMainWindow()
    t = QTableWidget(50, 5)
    for r in range(50):
        for c in range(5):
            t.setItem(r, c, QTableWidgetItem(f"{r}:{c}"))
    w.setCentralWidget(t)
    w.resize(1180, 760)
    w.show()
    app.exec()
""")

COMMDESK = PAINT_HOOK + textwrap.dedent("""
    import argparse
    import commdesk.app as appmod
    from PySide6.QtCore import QTimer
    orig_attach = appmod.GuiApp.attach
    def attach(self):
        orig_attach(self)
        print("ready", time.time(), flush=True)
        QTimer.singleShot(0, self.qapp.quit)
    appmod.GuiApp.attach = attach
    orig_make = appmod.make_qapp
    def make_qapp(argv=None):
        app = orig_make(argv)
        hook = FirstPaint(lambda: print("paint", time.time(), flush=True))
        app.installEventFilter(hook)
        app._bench_hook = hook
        return app
    appmod.make_qapp = make_qapp
    sys.exit(appmod.run_gui(argparse.Namespace(db=sys.argv[1], lang="en")))
""")


def run(code: str, args: list[str], env: dict) -> dict[str, float]:
    start = time.time()
    out = subprocess.run(
        [sys.executable, "-c", code, *args], capture_output=True, text=True, env=env, timeout=120
    )
    marks = {}
    for line in out.stdout.splitlines():
        name, _, value = line.partition(" ")
        if name in ("paint", "ready"):
            marks[name] = float(value) - start
    if "paint" not in marks:
        raise SystemExit(f"no paint reported:\n{out.stdout}\n{out.stderr}")
    return marks


def main() -> int:
    p = argparse.ArgumentParser()
    p.add_argument("--runs", type=int, default=7)
    args = p.parse_args()
    tmp = Path(tempfile.mkdtemp(prefix="commdesk-bench-"))
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen"),
        "COMMDESK_DATA_DIR": str(tmp / "data"),
        "COMMDESK_LOG_DIR": str(tmp / "log"),
        "XDG_CONFIG_HOME": str(tmp / "config"),
        "PYTHONPATH": str(ROOT / "src"),
    }
    sys.path.insert(0, str(ROOT / "src"))
    from commdesk.demo import create_demo

    db = tmp / "demo.sqlite3"
    create_demo(db)
    # A remembered person without a passphrase, as on an office machine that has been used before.
    from commdesk.bootstrap import open_database
    from commdesk.services.people import PeopleService

    os.environ["COMMDESK_DATA_DIR"] = env["COMMDESK_DATA_DIR"]  # where this computer remembers them
    opened = open_database(db)
    people = opened.ctx.service(PeopleService)
    me = people.get(1)
    opened.ctx.current = lambda: me
    people.remember(people.update(me, clear_passphrase=True))
    opened.ctx.engine.dispose()
    base, ours, ready = [], [], []
    for _ in range(args.runs):
        base.append(run(BASELINE, [], env)["paint"])
        m = run(COMMDESK, [str(db)], env)
        ours.append(m["paint"])
        ready.append(m.get("ready", float("nan")))
    b, o, r = statistics.median(base), statistics.median(ours), statistics.median(ready)
    print(f"bare PySide6 window with a table: first paint {b * 1000:.0f} ms (median of {args.runs})")
    print(f"commdesk main window:             first paint {o * 1000:.0f} ms  ratio {o / b:.2f} (target <= 2)")
    print(f"commdesk database open, pane shown: {r * 1000:.0f} ms  ratio {r / b:.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
