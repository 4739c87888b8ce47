"""Screenshots of every pane in both languages, from a fresh demo database (used in README).

    .venv/bin/python scripts/screenshots.py [OUT_DIR]      (default: docs/screenshots)

Runs offscreen; needs no display.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))


def main(argv: list[str]) -> int:
    p = argparse.ArgumentParser()
    p.add_argument("out", nargs="?", default=str(ROOT / "docs" / "screenshots"))
    p.add_argument("--langs", default="en,zh_CN")
    p.add_argument("--panes", default="")
    p.add_argument("--width", type=int, default=1280)
    p.add_argument("--height", type=int, default=800)
    p.add_argument(
        "--dialogs",
        action="store_true",
        help="also the shell's dialogs (sign-in, people, procedure, history), each as it opens",
    )
    args = p.parse_args(argv)
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix="commdesk-shots-"))
    os.environ["COMMDESK_DATA_DIR"] = str(tmp / "data")
    os.environ["COMMDESK_LOG_DIR"] = str(tmp / "log")

    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from commdesk.app import GuiApp, make_qapp
    from commdesk.bootstrap import open_database
    from commdesk.demo import create_demo
    from commdesk.services.people import PeopleService
    from commdesk.ui.common.services import Preferences
    from commdesk.ui.navigation import PANES

    db = tmp / "demo.sqlite3"
    create_demo(db)
    qapp = make_qapp()
    from commdesk.ui.common.fonts import ensure_cjk_font

    ensure_cjk_font(qapp)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp / "settings"))
    wanted = [k for k in args.panes.split(",") if k] or [s.key for s in PANES]
    for lang in args.langs.split(","):
        ns = argparse.Namespace(db=str(db), lang=lang)
        gui = GuiApp(qapp, ns, Preferences())
        gui.choose_language()
        gui.opened = open_database(str(db))
        from commdesk.ui.common.services import AppServices

        gui.services = AppServices(gui.opened.ctx, gui.prefs)
        gui.services.set_person(gui.services.get(PeopleService).find("陈静"))  # administrator and officer
        window = gui.show_window()
        window.resize(args.width, args.height)
        for row, spec in enumerate(PANES):
            if spec.key not in wanted:
                continue
            window.nav.setCurrentRow(row)
            for _ in range(5):
                qapp.processEvents()
            gui.services.runner.wait(10000)
            qapp.processEvents()
            path = out / f"{spec.key}-{lang}.png"
            window.grab().save(str(path))
            print(path)
        if args.dialogs:
            for name, dialog in shell_dialogs(gui.services, lang, window):
                dialog.show()
                for _ in range(5):
                    qapp.processEvents()
                path = out / f"dialog-{name}-{lang}.png"
                dialog.grab().save(str(path))
                dialog.close()
                print(path)
        window.close()
        gui.opened.ctx.engine.dispose()
    QApplication.processEvents()
    return 0


def shell_dialogs(services, lang: str, parent):
    """(name, dialog) of the shell's own dialogs, opened on the demo desk."""
    from commdesk.services.audit import AuditService
    from commdesk.services.people import PeopleService
    from commdesk.ui.admin.people_dialog import PeopleDialog
    from commdesk.ui.admin.procedure_viewer import ProcedureViewer
    from commdesk.ui.admin.switch_person import SwitchPersonDialog
    from commdesk.ui.common.history import HistoryDialog

    people = services.get(PeopleService)
    me = services.person()
    yield "switch-person", SwitchPersonDialog(people, me, parent)
    yield "sign-in-as", SwitchPersonDialog(people, people.find("王芳"), parent, only=True)
    yield "people", PeopleDialog(services, parent)
    yield "procedure-PC-2", ProcedureViewer(lang, parent, rule="PC-2")
    yield "history", HistoryDialog(services.get(AuditService), "people", me.id, me.name, parent)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
