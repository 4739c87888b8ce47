"""Switching person at a shared desk: every pane, button, tooltip and menu follows the new person at once.

The check is generic: each pane is built for the administrator, then the desk switches to another
person; every button, action and editor of that pane must then look exactly as in a pane built afresh
for the new person (what they would see after restarting commdesk). A pane that keeps a button of the
previous person (Approve disabled for the reviewer, Save enabled for a reviewer) fails here.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QItemSelectionModel, QSettings
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QHeaderView,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
)

from commdesk.bootstrap import open_database
from commdesk.services.people import PeopleService
from commdesk.ui.main_window import MainWindow
from commdesk.ui.navigation import PANES


@pytest.fixture
def demo_services(demo_db, tmp_path, qapp):
    from commdesk.ui.common.services import AppServices, Preferences

    opened = open_database(demo_db)
    services = AppServices(
        opened.ctx, Preferences(QSettings(str(tmp_path / "p.ini"), QSettings.Format.IniFormat))
    )
    services.set_person(services.get(PeopleService).find("陈静"))
    yield services
    services.runner.wait(10000)
    opened.ctx.engine.dispose()


SELECT_ROW = QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows


def widget_states(root) -> list[tuple]:
    """What a user sees of the rights in ``root``: each button's and action's text, enabled, shown and
    tip; each editor's read-only state (in creation order, which is the same for two builds)."""
    states = []
    for w in root.findChildren(QAbstractButton):
        states.append(("button", w.text(), w.isEnabled(), w.isVisibleTo(root), w.toolTip()))
    for a in root.findChildren(QAction):
        states.append(("action", a.text(), a.isEnabled(), a.isVisible(), a.toolTip()))
    for cls in (QLineEdit, QPlainTextEdit, QTextEdit):
        for w in root.findChildren(cls):
            states.append(("editor", w.objectName(), w.isReadOnly(), w.isEnabled()))
    return states


def select_first_rows(pane) -> None:
    """Select the first row of every list shown in the pane, as a user clicking into it would."""
    for view in pane.findChildren(QAbstractItemView):
        model = view.model()
        if (
            view.isVisibleTo(pane)
            and not isinstance(view, QHeaderView)
            and model is not None
            and model.rowCount() > 0
        ):
            view.selectionModel().setCurrentIndex(model.index(0, 0), SELECT_ROW)


def use_every_pane(qtbot, window) -> None:
    for row in range(len(PANES)):
        window.nav.setCurrentRow(row)
        select_first_rows(window.current_pane())
    window.nav.setCurrentRow(0)
    window.services.runner.wait(10000)
    assert window.panes["releases"].release is not None  # the switch happens with a release open


def build_window(qtbot, services):
    window = MainWindow(services.prefs, "en")
    qtbot.addWidget(window)
    window.attach(services)
    window.show()
    for spec in PANES:
        window.pane(spec.key)
    return window


@pytest.mark.parametrize("who", ["王芳", "李明", "赵磊"])
def test_every_pane_follows_the_new_person_at_once(qtbot, demo_services, who):
    window = build_window(qtbot, demo_services)
    use_every_pane(qtbot, window)  # as the administrator: each pane shown, a record open in each list
    newcomer = demo_services.get(PeopleService).find(who)
    demo_services.set_person(newcomer)
    switched = {key: widget_states(pane) for key, pane in window.panes.items()}
    for key, pane in window.panes.items():
        assert pane.person == newcomer, f"the {key} pane still works for the previous person"

    fresh_window = build_window(qtbot, demo_services)
    use_every_pane(qtbot, fresh_window)
    stale = {}
    for key, pane in fresh_window.panes.items():
        fresh = widget_states(pane)
        if switched[key] != fresh:
            stale[key] = [
                (was, should) for was, should in zip(switched[key], fresh, strict=False) if was != should
            ][:3]
    assert not stale, f"panes that keep something of the previous person (shown, expected): {stale}"
    assert widget_states(window.menuBar()) == widget_states(fresh_window.menuBar())


def test_menus_follow_the_role(qtbot, demo_services):
    window = build_window(qtbot, demo_services)
    people = demo_services.get(PeopleService)
    assert window.backup_action.isEnabled()
    assert window.people_action.text() == "&People and roles…"
    demo_services.set_person(people.find("王芳"))  # a reviewer: no backup, her own profile, settings to read
    assert not window.backup_action.isEnabled()
    assert "administrator" in window.backup_action.statusTip()
    assert window.people_action.text() == "&People and my profile…"
    assert "read only" in window.settings_action.text()
    assert "王芳" in window.person_label.text()
    window.nav.setCurrentRow([s.key for s in PANES].index("releases"))
    assert window.new_action.isEnabled() == window.current_pane().can_create()
    assert not window.new_action.isEnabled()  # a reviewer writes no releases
    demo_services.set_person(people.find("李明"))
    assert window.new_action.isEnabled()
    assert not window.backup_action.isEnabled()
    demo_services.set_person(people.find("赵磊"))
    assert window.backup_action.isEnabled() and window.people_action.text() == "&People and roles…"
