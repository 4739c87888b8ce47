"""The organisation settings dialog's time zone, closed days and small-team minutes rule, as an
administrator sets them, and how the dialog looks at 1280x800."""

from __future__ import annotations

import os
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, Qt

from commdesk.services.settings import SettingsService


def _dialog(qtbot, app_services):
    from commdesk.ui.admin.org_settings_dialog import OrgSettingsDialog

    dlg = OrgSettingsDialog(app_services.get(SettingsService), True)
    qtbot.addWidget(dlg)
    return dlg


def test_zone_closed_days_and_self_approval_are_saved(qtbot, app_services, answer):
    dlg = _dialog(qtbot, app_services)
    dlg.show()
    qtbot.waitExposed(dlg)
    dlg.activateWindow()
    ui = dlg.ui
    assert ui.zoneEdit.currentData() == ""  # default: the computer's zone
    ui.zoneEdit.setCurrentText("Asia/Shanghai")
    assert "Asia/Shanghai, UTC+08:00" in ui.zoneNote.text()
    ui.closedDateEdit.setDate(QDate(2026, 10, 8))
    ui.closedLabelEdit.insert("司庆")  # QTest cannot type CJK; an input method would insert it
    qtbot.keyClick(ui.closedLabelEdit, Qt.Key.Key_Return)
    ui.closedDateEdit.setDate(QDate(2026, 12, 31))
    qtbot.mouseClick(ui.closedAddButton, Qt.MouseButton.LeftButton)
    assert [ui.closedList.item(i).text() for i in range(ui.closedList.count())] == [
        "2026-10-08  司庆",
        "2026-12-31  ",
    ]
    ui.closedList.setCurrentRow(1)
    qtbot.mouseClick(ui.closedRemoveButton, Qt.MouseButton.LeftButton)
    assert ui.closedList.count() == 1
    ui.selfApprovalCheck.setChecked(True)
    ui.nameEdit.setFocus()
    qtbot.waitUntil(ui.nameEdit.hasFocus)
    qtbot.keyClick(ui.nameEdit, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)  # Ctrl+S saves
    qtbot.waitUntil(lambda: dlg.result() == 1)
    org = app_services.get(SettingsService).organisation()
    assert org.time_zone == "Asia/Shanghai" and org.minutes_self_approval
    assert org.closed_days == ((date(2026, 10, 8), "司庆"),)
    # and it comes back
    again = _dialog(qtbot, app_services)
    assert again.ui.zoneEdit.currentText() == "Asia/Shanghai" and again.ui.closedList.count() == 1


def test_searching_the_zone_list_and_refusing_nonsense(qtbot, app_services, answer):
    dlg = _dialog(qtbot, app_services)
    completer = dlg.ui.zoneEdit.completer()
    completer.setCompletionPrefix("shang")
    found = [completer.completionModel().index(i, 0).data() for i in range(completer.completionCount())]
    assert "Asia/Shanghai" in found
    dlg.ui.zoneEdit.setCurrentText("Mars/Olympus")
    assert "Not a time zone" in dlg.ui.zoneNote.text()
    dlg.save()
    assert dlg.result() == 0 and "Mars/Olympus" in dlg.ui.errorLabel.text()


@pytest.mark.parametrize("lang", ["en", "zh_CN"])
def test_org_settings_fit_and_screenshot(qtbot, app_services, answer, lang, tmp_path):
    from PySide6.QtWidgets import QApplication

    from commdesk.translations import install
    from commdesk.ui.common.fonts import ensure_cjk_font

    ensure_cjk_font(QApplication.instance())
    if lang != "en":
        install(lang)
    try:
        dlg = _dialog(qtbot, app_services)
        dlg.show()
        qtbot.waitExposed(dlg)
        hint = dlg.sizeHint()
        dlg.resize(hint)
        dlg.grab().save(str(Path(os.environ.get("COMMDESK_SHOTS", tmp_path)) / f"org-settings-{lang}.png"))
        assert hint.width() <= 1280 - 170 and hint.height() <= 800 - 80, hint
        dlg.resize(hint)
        out = Path(os.environ.get("COMMDESK_SHOTS", tmp_path))
        dlg.grab().save(str(out / f"org-settings-{lang}.png"))
        assert (out / f"org-settings-{lang}.png").stat().st_size > 1000
    finally:
        if lang != "en":
            install("en")


def test_a_zone_outside_the_list_survives_opening_and_saving(qtbot, app_services, answer):
    # EST5EDT is a zone zoneinfo knows but the searchable list leaves out; typed once, it must not
    # turn back into "the computer's zone" the next time the dialog is opened and saved
    dlg = _dialog(qtbot, app_services)
    dlg.ui.zoneEdit.setCurrentText("EST5EDT")
    dlg.save()
    assert dlg.result() == 1
    assert app_services.get(SettingsService).organisation().time_zone == "EST5EDT"
    again = _dialog(qtbot, app_services)
    assert again.ui.zoneEdit.currentText() == "EST5EDT" and again.zone() == "EST5EDT"
    again.save()
    assert app_services.get(SettingsService).organisation().time_zone == "EST5EDT"
