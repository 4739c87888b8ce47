"""No Alt key of the contacts or meetings pane is one of the main window's menus (File, Edit, View,
Help): with a contact selected, Alt+E opened both the Edit menu and the contact.
Pressed for real, Alt+E opens the menu and nothing else."""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QApplication, QDialog, QGroupBox, QLabel, QTabWidget

from commdesk.core.contacts.records import ContactRecord, Email
from commdesk.services.contacts.service import ContactService
from commdesk.ui.main_window import MainWindow

MNEMONIC = re.compile(r"&([^&\s])")


def _keys(text: str) -> list[str]:
    return [m.lower() for m in MNEMONIC.findall(text.replace("&&", ""))]


def visible_keys(widget) -> dict[str, list[str]]:
    """The Alt+letter keys of the visible buttons, labels with a buddy, group boxes and tabs in ``widget``."""
    out: dict[str, list[str]] = {}
    texts = [w.text() for w in widget.findChildren(QAbstractButton) if w.isVisible()]
    texts += [w.text() for w in widget.findChildren(QLabel) if w.isVisible() and w.buddy() is not None]
    texts += [w.title() for w in widget.findChildren(QGroupBox) if w.isVisible()]
    for tabs in widget.findChildren(QTabWidget):
        if tabs.isVisible():
            texts += [tabs.tabText(i) for i in range(tabs.count())]
    for t in texts:
        for k in _keys(t):
            out.setdefault(k, []).append(t)
    return out


@pytest.fixture(params=["en", "zh_CN"])
def window(request, qtbot, app_services):
    from commdesk.translations import install

    install(request.param)
    app_services.get(ContactService).create(
        ContactRecord(full_name="邓明", emails=[Email("", "deng@example.com")])
    )
    win = MainWindow(app_services.prefs, request.param)
    qtbot.addWidget(win)
    win.attach(app_services)
    win.resize(1280, 800)
    win.show()
    qtbot.waitExposed(win)
    yield win
    install("en")


def _row(key: str) -> int:
    """The navigation row of a pane, found by its key (rows move as areas are added)."""
    from commdesk.ui.navigation import PANES

    return next(i for i, spec in enumerate(PANES) if spec.key == key)


def _menu_keys(win) -> set[str]:
    keys = {k for a in win.menuBar().actions() for k in _keys(a.text())}
    assert {"f", "e", "v", "h"} <= keys
    return keys


def test_contacts_pane_with_a_contact_selected_leaves_the_menu_keys_alone(qtbot, window, answer):
    pane = window.pane("contacts")
    window.nav.setCurrentRow(_row("contacts"))
    qtbot.waitUntil(lambda: pane.model.rowCount() > 0)
    pane.table.selectRow(0)
    qtbot.waitUntil(lambda: pane.detail.edit_button.isVisible())
    keys = visible_keys(pane)
    assert len(keys) >= 5  # the check looked at something
    assert {k: t for k, t in keys.items() if k in _menu_keys(window)} == {}
    assert {k: t for k, t in keys.items() if len(t) > 1} == {}  # nor among themselves
    # Alt+E as a user presses it opens the Edit menu and no contact editor
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    pane.table.setFocus()
    qtbot.keyClick(pane.table, Qt.Key.Key_E, Qt.KeyboardModifier.AltModifier)
    assert not [w for w in QApplication.topLevelWidgets() if isinstance(w, QDialog) and w.isVisible()]
    popup = QApplication.activePopupWidget()
    if popup is not None:
        popup.close()


def test_meetings_pane_leaves_the_menu_keys_alone(qtbot, window, answer):
    pane = window.pane("meetings")
    window.nav.setCurrentRow(_row("meetings"))
    qtbot.waitUntil(pane.isVisible)
    keys = visible_keys(pane)
    assert len(keys) >= 3
    assert {k: t for k, t in keys.items() if k in _menu_keys(window)} == {}
