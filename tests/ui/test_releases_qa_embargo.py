"""The embargo typed in the editor is the wall clock of the chosen zone, whatever the
computer's zone; a new embargo starts at a sensible time; a past one is flagged."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest
from PySide6.QtCore import Qt

from commdesk.core.releases.content import ReleaseContent
from commdesk.core.releases.records import ReleaseEdit
from commdesk.services.releases.service import ReleaseService
from commdesk.ui.releases.pane import ReleasesPane

pytestmark = pytest.mark.timezones


def _pane(qtbot, app_services, people, ctx, now: datetime) -> tuple[ReleasesPane, int]:
    app_services.ctx.clock = lambda: now
    ctx.current = lambda: people["officer"]
    r = ctx.service(ReleaseService).create(
        ReleaseEdit(ReleaseContent(title="禁发时间", body_markdown="正文", dateline_date=date(2026, 3, 6)))
    )
    app_services.ctx.current = app_services.person
    app_services.set_person(people["officer"])
    pane = ReleasesPane(app_services)
    qtbot.addWidget(pane)
    pane.resize(1280, 800)
    pane.show()
    pane.select(r.id)
    return pane, r.id


def test_typed_embargo_is_the_wall_clock_of_the_chosen_zone(qtbot, app_services, people, ctx, process_tz):
    # 02:30 on 8 March 2026 does not exist in Los Angeles (spring forward); in Shanghai it does.
    # Now is December 2025: the year typed differs from the one the field starts with.
    pane, rid = _pane(qtbot, app_services, people, ctx, datetime(2025, 12, 30, 2, 0, tzinfo=UTC))
    pane.window().activateWindow()
    qtbot.waitUntil(pane.window().isActiveWindow)
    ui = pane.editor.ui
    ui.zoneCombo.setCurrentText("Asia/Shanghai")
    ui.embargoCheck.setFocus()
    qtbot.waitUntil(ui.embargoCheck.hasFocus)
    qtbot.keyClick(ui.embargoCheck, Qt.Key.Key_Space)  # tick "Embargo until" by keyboard
    assert ui.embargoCheck.isChecked() and ui.embargoEdit.text() == "2025-12-31 10:00"
    qtbot.keyClick(ui.embargoCheck, Qt.Key.Key_Tab)  # into the field, as a user does
    edit = ui.embargoEdit
    qtbot.waitUntil(edit.hasFocus)
    for key in "2026-03-08 02:30":  # key by key, separators included
        qtbot.keyClicks(edit, key)
    assert edit.hasFocus() and edit.text() == "2026-03-08 02:30"
    qtbot.keyClick(edit, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: not pane.dirty)
    saved = ctx.service(ReleaseService).get(rid)
    assert saved.embargo_tz == "Asia/Shanghai"
    assert saved.content.embargo.astimezone(UTC) == datetime(2026, 3, 7, 18, 30, tzinfo=UTC)
    pane.select(rid)
    assert ui.embargoEdit.text() == "2026-03-08 02:30"  # read back the same, in its zone


def test_a_new_embargo_starts_on_the_next_working_day_at_ten_and_a_past_one_is_flagged(
    qtbot, app_services, people, ctx, process_tz
):
    from dataclasses import replace

    from commdesk.services.settings import SettingsService

    settings = app_services.get(SettingsService)
    settings.save_organisation(replace(settings.organisation(), time_zone="Asia/Shanghai"))
    # Friday 6 March 2026, 20:00 in Shanghai: the next working day is Monday 9 March
    pane, _rid = _pane(qtbot, app_services, people, ctx, datetime(2026, 3, 6, 12, 0, tzinfo=UTC))
    pane.window().activateWindow()
    qtbot.waitUntil(pane.window().isActiveWindow)
    ui = pane.editor.ui
    ui.embargoCheck.setFocus()
    qtbot.waitUntil(ui.embargoCheck.hasFocus)
    qtbot.keyClick(ui.embargoCheck, Qt.Key.Key_Space)
    assert ui.embargoCheck.isChecked()
    assert ui.zoneCombo.currentText() == "Asia/Shanghai"
    assert ui.embargoEdit.text() == "2026-03-09 10:00"
    assert ui.errorLabel.text() == ""
    # a time already past (typed) is flagged under the form and on the field
    edit = ui.embargoEdit
    qtbot.keyClick(ui.embargoCheck, Qt.Key.Key_Tab)
    qtbot.waitUntil(edit.hasFocus)
    qtbot.keyClicks(edit, "2026-03-05 10:00")
    assert edit.text() == "2026-03-05 10:00"
    assert "2026-03-05 10:00 (Asia/Shanghai, UTC+08:00)" in ui.errorLabel.text()
    assert edit.property("past")
    qtbot.keyClick(edit, Qt.Key.Key_Tab, Qt.KeyboardModifier.ShiftModifier)  # back, then in again
    qtbot.waitUntil(ui.embargoCheck.hasFocus)
    qtbot.keyClick(ui.embargoCheck, Qt.Key.Key_Tab)
    qtbot.waitUntil(edit.hasFocus)
    qtbot.keyClicks(edit, "2026-03-10 10:00")
    assert edit.text() == "2026-03-10 10:00"
    assert ui.errorLabel.text() == "" and not edit.property("past")
