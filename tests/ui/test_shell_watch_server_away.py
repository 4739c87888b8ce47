"""A view whose reload fails because the server went away is not broken by it: the window says why
in its status bar, and the view reloads on the next change (or when shown) once reading works."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QMainWindow

from commdesk.core.errors import CommdeskError
from commdesk.ui.common.watch import TableWatch


def test_a_failed_reload_is_said_and_tried_again(qtbot, app_services):
    window = QMainWindow()
    qtbot.addWidget(window)
    label = QLabel()
    window.setCentralWidget(label)
    window.show()
    away = [True]
    reloads: list[frozenset[str]] = []

    def reload(tables: frozenset[str]) -> None:
        if away[0]:
            raise CommdeskError("The database server cannot be reached; nothing was saved.")
        reloads.append(tables)

    watch = TableWatch(app_services, label, {"people"}, reload)
    with qtbot.waitSignal(app_services.tables_changed):
        app_services.ctx.announce({"people"})
    assert "cannot be reached" in window.statusBar().currentMessage()
    assert watch.stale == {"people"} and reloads == []
    away[0] = False
    with qtbot.waitSignal(app_services.tables_changed):
        app_services.ctx.announce({"people"})
    assert reloads == [frozenset({"people"})] and watch.stale == frozenset()
