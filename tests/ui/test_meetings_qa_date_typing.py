"""Typing a date and time key by key into every kind of date field: the
separators go to the next section and never throw the focus out of the field, the date typed is the
date taken, and only Tab / Shift+Tab leave the field. Both with and without the application-wide
keys filter (the zoned editor holds on its own; the filter serves Qt's plain editors)."""

from __future__ import annotations

from datetime import UTC, datetime
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import QDate, QDateTime, Qt, QTime, QTimeZone
from PySide6.QtWidgets import QApplication, QDateEdit, QDateTimeEdit, QDialog, QLineEdit, QVBoxLayout

from commdesk.core.contacts.records import ContactRecord, Email
from commdesk.services.contacts.service import ContactService
from commdesk.ui.common.keys import StandardKeys
from commdesk.ui.meetings.zoned import ZonedDateTimeEdit


@pytest.fixture
def keys_filter(qapp):
    """The application-wide filter, removed again afterwards (other tests run without it)."""
    keys = StandardKeys()
    qapp.installEventFilter(keys)
    yield keys
    qapp.removeEventFilter(keys)


def _focus(qtbot, window, field):
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    field.setFocus()
    qtbot.waitUntil(field.hasFocus)


def _type(qtbot, field, text):
    """Type ``text`` one key at a time; the field keeps the focus after every key."""
    for ch in text:
        qtbot.keyClicks(field, ch)
        assert field.hasFocus(), f"the focus left the field at {ch!r}"


def _dialog(qtbot, field):
    dlg = QDialog()
    qtbot.addWidget(dlg)
    layout = QVBoxLayout(dlg)
    after = QLineEdit()
    layout.addWidget(field)
    layout.addWidget(after)
    return dlg, after


@pytest.mark.parametrize(
    "typed, wall",
    [("2027-12-15 03:00", datetime(2027, 12, 15, 3, 0)), ("2027-1-5 3:7", datetime(2027, 1, 5, 3, 7))],
)
def test_zoned_field_takes_a_date_typed_key_by_key(qtbot, typed, wall, monkeypatch):
    monkeypatch.setenv("TZ", "UTC")
    edit = ZonedDateTimeEdit("Asia/Shanghai")
    edit.setDateTime(QDateTime(QDate(2026, 12, 6), QTime(21, 0), QTimeZone.utc()))
    dlg, after = _dialog(qtbot, edit)
    _focus(qtbot, dlg, edit)
    _type(qtbot, edit, typed)
    assert edit.wall_clock() == wall
    assert edit.instant() == wall.replace(tzinfo=ZoneInfo("Asia/Shanghai"))
    qtbot.keyClick(edit, Qt.Key.Key_Tab)  # only Tab leaves the field
    assert after.hasFocus()
    qtbot.keyClick(after, Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
    assert edit.hasFocus()


@pytest.mark.parametrize(
    "make, fmt, typed, shown",
    [
        (QDateTimeEdit, "yyyy-MM-dd HH:mm", "2027-12-15 03:00", "2027-12-15 03:00"),
        (QDateTimeEdit, "yyyy-MM-dd HH:mm", "2027-1-5 3:7", "2027-01-05 03:07"),
        (QDateEdit, "yyyy-MM-dd", "2027-12-15", "2027-12-15"),
        (ZonedDateTimeEdit, "yyyy-MM-dd HH:mm", "2027-12-15 03:00", "2027-12-15 03:00"),
    ],
)
def test_every_date_field_takes_a_date_typed_key_by_key_with_the_app_keys(
    qtbot, keys_filter, make, fmt, typed, shown
):
    edit = make()
    edit.setDisplayFormat(fmt)
    edit.setDateTime(QDateTime(QDate(2026, 12, 6), QTime(21, 0), QTimeZone.utc()))
    dlg, after = _dialog(qtbot, edit)
    _focus(qtbot, dlg, edit)
    _type(qtbot, edit, typed)
    assert edit.text() == shown
    qtbot.keyClick(edit, Qt.Key.Key_Tab)
    assert after.hasFocus()
    qtbot.keyClick(after, Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
    assert edit.hasFocus()


@pytest.mark.parametrize("with_filter", [False, True])
def test_meeting_start_typed_in_the_planning_dialog(qtbot, app_services, answer, qapp, with_filter):
    from commdesk.ui.meetings.dialogs import PlanningDialog

    keys = StandardKeys()
    if with_filter:
        qapp.installEventFilter(keys)
    try:
        dlg = PlanningDialog(app_services)
        qtbot.addWidget(dlg)
        dlg.tz.setCurrentText("Asia/Shanghai")
        edit = dlg.start.edit
        _focus(qtbot, dlg, edit)
        _type(qtbot, edit, "2027-12-15 03:00")
        assert dlg.start.instant() == datetime(2027, 12, 14, 19, 0, tzinfo=UTC)
        qtbot.keyClick(edit, Qt.Key.Key_Tab)
        focused = QApplication.focusWidget()
        assert focused is dlg.duration or dlg.duration.isAncestorOf(focused)
    finally:
        qapp.removeEventFilter(keys)


def test_interaction_time_typed_in_the_log_dialog(qtbot, app_services, answer):
    from commdesk.ui.contacts.dialogs import InteractionDialog

    svc = app_services.get(ContactService)
    made = svc.create(ContactRecord(full_name="邓明", emails=[Email("", "deng@example.com")]))
    dlg = InteractionDialog(app_services, made.id, "邓明")
    qtbot.addWidget(dlg)
    edit = dlg.ui.whenEdit.edit
    _focus(qtbot, dlg, edit)
    _type(qtbot, edit, "2026-12-01 10:00")
    assert edit.wall_clock() == datetime(2026, 12, 1, 10, 0)
