"""A hotline call left behind by a crash is offered back when the window has started, whichever pane
it opens on, without the Cases pane being made before Home (only the recovery folder is looked at);
Recover opens the call screen with what was typed. Ctrl+Shift+H opens the call screen from any pane."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from commdesk.ui.cases.call import CALL_DRAFTS, CallDraft
from commdesk.ui.main_window import MainWindow

STARTED = datetime(2026, 12, 7, 2, 0, tzinfo=UTC)


def _window(qtbot, services) -> MainWindow:
    window = MainWindow(services.prefs, "en")
    qtbot.addWidget(window)
    made: list[str] = []
    real = window.pane

    def pane(key):  # the order the panes are made in
        if key not in window.panes:
            made.append(key)
        return real(key)

    window.pane = pane
    window.made = made
    window.show()
    window.attach(services)
    return window


@pytest.fixture
def left_behind(app_services):
    store = CALL_DRAFTS.open(app_services.ctx)
    draft = CallDraft("call-1", STARTED.isoformat(), caller_text="赵先生", notes="停车场收费太高")
    store.save(draft.key, draft, label="赵先生")
    yield store
    for rec in store.list():
        store.discard(rec.key)


def test_a_call_left_behind_is_offered_at_start_and_recovered(qtbot, app_services, left_behind, answer):
    answer.reply = QMessageBox.StandardButton.Yes  # Recover
    window = _window(qtbot, app_services)
    qtbot.waitUntil(
        lambda: getattr(window.panes.get("cases"), "call_dialog", None) is not None, timeout=10000
    )
    assert window.made[0] == "home" and window.made.index("cases") > window.made.index("home")
    assert [title for _kind, title, _text in answer.asked] == ["Recover an unsaved call"]
    assert "赵先生" in answer.asked[0][2]
    dialog = window.panes["cases"].call_dialog
    assert dialog.notes.toPlainText() == "停车场收费太高" and dialog.caller_edit.text() == "赵先生"
    assert window.current_pane() is window.panes["cases"]
    dialog.store.discard(dialog.key)


def test_later_leaves_it_for_the_next_start_and_the_cases_pane_unmade(
    qtbot, app_services, left_behind, answer
):
    answer.reply = QMessageBox.StandardButton.No  # Later
    window = _window(qtbot, app_services)
    qtbot.waitUntil(lambda: bool(answer.asked), timeout=10000)
    assert "cases" not in window.panes
    assert len(left_behind.list()) == 1
    # opening the Cases pane later asks nothing again (offered in one place: at start)
    window.open_record("cases", None)
    assert len(answer.asked) == 1


def test_nothing_left_behind_asks_nothing_and_makes_no_cases_pane(qtbot, app_services):
    window = _window(qtbot, app_services)
    qtbot.waitUntil(lambda: window._started, timeout=10000)
    assert "cases" not in window.panes and window.case_jobs is not None


def test_ctrl_shift_h_opens_the_call_screen_from_any_pane(qtbot, app_services):
    window = _window(qtbot, app_services)
    qtbot.waitExposed(window)
    window.open_record("meetings", None)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(
        window, Qt.Key.Key_H, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    )
    qtbot.waitUntil(lambda: getattr(window.panes.get("cases"), "call_dialog", None) is not None)
    dialog = window.panes["cases"].call_dialog
    qtbot.waitUntil(dialog.isVisible)
    # a second press brings the same call screen forward instead of a second one
    assert window.take_call() is dialog
    assert (
        "Hotline call" in window.call_action.text()
        and window.call_action.shortcut().toString() == "Ctrl+Shift+H"
    )
    dialog.store.discard(dialog.key)
    dialog.reject()
