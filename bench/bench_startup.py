"""Start-up: commdesk vs a bare PySide6 window with a table, on the demo database and a big one.

    .venv/bin/python bench/bench_startup.py [--runs 7] [--big /tmp/commdesk-big.sqlite3] [--no-big]

Each run is a fresh process (interpreter start and imports included), as a user starts commdesk
(through the ``commdesk`` command's own entry: arguments, log, window), from an installed copy whose modules are compiled to bytecode (a first, uncounted run writes it,
whatever PYTHONDONTWRITEBYTECODE says in the shell). Per database it reports the medians of

- "paint": the first paint of the main window (ARCHITECTURE's target: <= 2x the bare window's);
- "ready": Home's boxes are filled with the day's work (``sections_shown``): from the start-up glance
  (``ui/home/glance.py``) when it can be used, else from the services (target: <= 3x the bare
  window's first paint);
- "services": Home made from the services has taken the glance's place (the database is open, every
  action works);
- "charts": Home's charts are drawn too (``figures_shown``), right after the boxes.

Besides the wall-clock times it reports the CPU time the process had used at each mark (less
disturbed by other work on a shared machine than the wall clock, though it leaves out waiting).

The big database (1,000,000 contacts, 20,000 releases, 20,000 meetings, 2,000,000 audit entries) is
made by ``bench/make_big_db.py`` into /tmp when it is not there yet (about two minutes).
"""

from __future__ import annotations

import argparse
import os
import shutil
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

    def mark(name):
        print(name, time.time(), time.process_time(), flush=True)
""")

BASELINE = PAINT_HOOK + textwrap.dedent("""
    from PySide6.QtWidgets import QTableWidget, QTableWidgetItem
    app = QApplication(sys.argv[:1])
    hook = FirstPaint(lambda: (mark("paint"), QTimer.singleShot(0, app.quit)))
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
    import commdesk.app as appmod
    import commdesk.ui.main_window as main_window
    orig_pane = main_window.MainWindow.pane
    def pane(self, key):
        new = key not in self.panes
        widget = orig_pane(self, key)
        if new and key == "home":
            widget.sections_shown.connect(lambda: (mark("ready"), mark("services")))
            def charts():
                mark("charts")
                QTimer.singleShot(0, QApplication.instance().quit)
            widget.figures_shown.connect(charts)
        return widget
    main_window.MainWindow.pane = pane
    orig_glance = getattr(main_window.MainWindow, "show_glance", None)  # None: a commdesk without it
    def show_glance(self, glance):
        import commdesk.ui.home.pane as home_pane
        orig_view = home_pane.HomeGlanceView.show_glance
        def shown(view, g):
            orig_view(view, g)
            mark("ready")
        home_pane.HomeGlanceView.show_glance = shown
        orig_glance(self, glance)
    if orig_glance is not None:
        main_window.MainWindow.show_glance = show_glance
    orig_make = appmod.make_qapp
    def make_qapp(argv=None):
        app = orig_make(argv)
        hook = FirstPaint(lambda: mark("paint"))
        app.installEventFilter(hook)
        app._bench_hook = hook
        return app
    appmod.make_qapp = make_qapp
    from commdesk.cli import main  # as the commdesk command starts: its arguments, the log, the window
    sys.exit(main(["--db", sys.argv[1], "--lang", "en"]))
""")

MARKS = ("paint", "ready", "services", "charts")


def run(code: str, args: list[str], env: dict) -> tuple[dict[str, float], dict[str, float]]:
    """One start: (wall-clock seconds since the launch, CPU seconds of the process) at each mark
    (its first report: Home's boxes are "ready" from the glance, then again from the services)."""
    start = time.time()
    out = subprocess.run(
        [sys.executable, "-c", code, *args], capture_output=True, text=True, env=env, timeout=120
    )
    marks: dict[str, float] = {}
    cpu: dict[str, float] = {}
    for line in out.stdout.splitlines():
        name, wall, used = [*line.split(" "), "", ""][:3]
        if name in MARKS and name not in marks:
            marks[name] = float(wall) - start
            cpu[name] = float(used)
    if "paint" not in marks:
        raise SystemExit(f"no paint reported:\n{out.stdout}\n{out.stderr}")
    return marks, cpu


def prepare(db: Path, env: dict, upgrade: bool) -> None:
    """A remembered person without a passphrase, as on an office machine that has been used before
    (``upgrade``: bring a generated database to this commdesk's schema first, without a backup copy)."""
    from commdesk.bootstrap import open_database
    from commdesk.services.people import PeopleService

    os.environ["COMMDESK_DATA_DIR"] = env["COMMDESK_DATA_DIR"]  # where this computer remembers them
    if upgrade:
        from commdesk.persistence import schema
        from commdesk.persistence.db import make_engine, resolve_target

        engine = make_engine(resolve_target(db)[0])
        schema.upgrade(engine, backup=False)
        engine.dispose()
    from dataclasses import replace

    from commdesk.core.errors import ValidationError

    opened = open_database(db)
    people = opened.ctx.service(PeopleService)
    me = people.get(1)
    opened.ctx.current = lambda: me
    try:
        me = people.update(me, clear_passphrase=True)
    except ValidationError:
        # on a desk several people share, whoever can approve keeps a passphrase (and the window
        # asks for it): the desk becomes this person's alone, as on a single officer's computer
        for other in people.list():
            if other.id != me.id:
                people.update(replace(other, active=False))
        me = people.update(people.get(me.id), clear_passphrase=True)
    people.remember(me)
    opened.ctx.engine.dispose()


def median(values: list[float]) -> float:
    values = [v for v in values if v == v]  # a run that never reported leaves a NaN out
    return statistics.median(values) if values else float("nan")


def main() -> int:
    p = argparse.ArgumentParser()
    p.add_argument("--runs", type=int, default=7)
    p.add_argument("--big", type=Path, default=Path("/tmp/commdesk-big.sqlite3"))
    p.add_argument("--no-big", action="store_true", help="the demo database only")
    args = p.parse_args()
    tmp = Path(tempfile.mkdtemp(prefix="commdesk-bench-"))
    try:
        return _measure(args, tmp)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)  # the demo copy, settings and logs of the runs


def _measure(args: argparse.Namespace, tmp: Path) -> int:
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen"),
        "COMMDESK_DATA_DIR": str(tmp / "data"),
        "COMMDESK_LOG_DIR": str(tmp / "log"),
        "XDG_CONFIG_HOME": str(tmp / "config"),
        "PYTHONPATH": str(ROOT / "src"),
    }
    env.pop("PYTHONDONTWRITEBYTECODE", None)  # an installed commdesk runs from bytecode
    sys.path.insert(0, str(ROOT / "src"))
    from commdesk.demo import create_demo

    dbs = {"demo": tmp / "demo.sqlite3"}
    create_demo(dbs["demo"])
    prepare(dbs["demo"], env, upgrade=False)
    if not args.no_big:
        if not args.big.exists():
            import make_big_db

            make_big_db.build(args.big, 1_000_000, 20_000, 20_000, 2_000_000)
        prepare(args.big, env, upgrade=True)
        dbs["big"] = args.big
    run(BASELINE, [], env)  # bytecode written, caches warm: neither side pays for a cold first start
    for db in dbs.values():
        run(COMMDESK, [str(db)], env)
    base: list[float] = []
    base_cpu: list[float] = []
    marks: dict[str, dict[str, list[float]]] = {name: {m: [] for m in MARKS} for name in dbs}
    cpus: dict[str, dict[str, list[float]]] = {name: {m: [] for m in MARKS} for name in dbs}
    for _ in range(args.runs):
        wall, cpu = run(BASELINE, [], env)
        base.append(wall["paint"])
        base_cpu.append(cpu["paint"])
        for name, db in dbs.items():
            wall, cpu = run(COMMDESK, [str(db)], env)
            for m in MARKS:
                marks[name][m].append(wall.get(m, float("nan")))
                cpus[name][m].append(cpu.get(m, float("nan")))
    b, bc = median(base), median(base_cpu)
    load = os.getloadavg()
    print(
        f"load average {load[0]:.2f} {load[1]:.2f} {load[2]:.2f} on {os.cpu_count()} cores; medians of {args.runs} runs"
    )
    print(f"bare PySide6 window with a table: first paint {b * 1000:.0f} ms (CPU {bc * 1000:.0f} ms)")
    ok = True
    for name, m in marks.items():
        paint, ready, services, charts = (median(m[k]) for k in MARKS)
        c_paint, c_ready, c_services, c_charts = (median(cpus[name][k]) for k in MARKS)
        met_paint, met_ready = paint / b <= 2, ready / b <= 3
        ok = ok and met_paint and met_ready
        print(f"commdesk, {name} database ({dbs[name]}):")
        print(
            f"  first paint     {paint * 1000:5.0f} ms  ratio {paint / b:.2f} (target <= 2: "
            f"{'met' if met_paint else 'NOT met'}); CPU {c_paint * 1000:4.0f} ms, ratio {c_paint / bc:.2f}"
        )
        print(
            f"  ready (Home)    {ready * 1000:5.0f} ms  ratio {ready / b:.2f} (target <= 3: "
            f"{'met' if met_ready else 'NOT met'}); CPU {c_ready * 1000:4.0f} ms, ratio {c_ready / bc:.2f}"
        )
        print(
            f"  services loaded {services * 1000:5.0f} ms  ratio {services / b:.2f}; "
            f"CPU {c_services * 1000:4.0f} ms, ratio {c_services / bc:.2f}"
        )
        print(
            f"  charts drawn    {charts * 1000:5.0f} ms  ratio {charts / b:.2f}; "
            f"CPU {c_charts * 1000:4.0f} ms, ratio {c_charts / bc:.2f}"
        )
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
