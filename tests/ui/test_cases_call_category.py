"""The call screen's category: typed in pinyin (whole or initials) or in either language it is found,
shown on the wrap-up page; one that is no category is said in words and never saved as none."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from commdesk.services.cases.admin import CaseAdminService
from commdesk.services.cases.service import CaseService
from commdesk.ui.cases.pane import CasesPane


@pytest.fixture
def categories(app_services):
    admin = app_services.get(CaseAdminService)
    service = admin.save_category("service", "服务", "Service")
    complaint = admin.save_category("complaint", "投诉", "Complaint", complaint=True)
    return {"service": service, "complaint": complaint}


def open_call(qtbot, app_services):
    pane = CasesPane(app_services)
    qtbot.addWidget(pane)
    pane.resize(1200, 760)
    pane.show()
    qtbot.waitExposed(pane)
    pane.activateWindow()
    return pane.take_call()


@pytest.mark.parametrize("typed", ["tousu", "ts", "TouSu", "Complaint", "投诉"])
def test_a_category_typed_in_pinyin_or_either_language_is_found(qtbot, app_services, categories, typed):
    dlg = open_call(qtbot, app_services)
    qtbot.keyClicks(dlg.caller_edit, "13800138000")
    dlg.category_edit.setText(typed)
    qtbot.keyClicks(dlg.summary_edit, "late delivery")
    qtbot.keyClick(dlg.summary_edit, Qt.Key.Key_Escape)  # hang up
    assert dlg.pages.currentIndex() == 1
    assert "投诉" in dlg.wrap_category.text() and "⚠" not in dlg.wrap_category.text()
    dlg.fcr.setChecked(False)  # a complaint stays open to be graded
    qtbot.keyClick(dlg.fcr, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not dlg.isVisible())
    case = app_services.get(CaseService).get(dlg.saved.id)
    assert case.category_id == categories["complaint"].id and case.complaint


def test_the_completer_offers_categories_by_pinyin(qtbot, app_services, categories):
    dlg = open_call(qtbot, app_services)
    completer = dlg.category_edit.completer()
    completer.setCompletionPrefix("tousu")
    assert completer.completionCount() == 1 and completer.currentCompletion().startswith("投诉")


def test_an_unknown_category_is_said_and_not_saved_as_none(qtbot, app_services, categories):
    dlg = open_call(qtbot, app_services)
    qtbot.keyClicks(dlg.caller_edit, "13800138000")
    dlg.category_edit.setText("xyzzy")
    qtbot.keyClicks(dlg.summary_edit, "a question")
    qtbot.keyClick(dlg.summary_edit, Qt.Key.Key_Escape)
    assert "xyzzy" in dlg.wrap_category.text() and "not a category" in dlg.wrap_category.text()
    qtbot.keyClick(dlg.fcr, Qt.Key.Key_Return)  # save: back to the call to fix it, nothing saved
    assert dlg.isVisible() and dlg.saved is None and dlg.pages.currentIndex() == 0
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dlg.category_edit)
    assert app_services.get(CaseService).list() == []
    dlg.category_edit.clear()  # saved without a category, knowingly
    qtbot.keyClick(dlg.summary_edit, Qt.Key.Key_Escape)
    assert dlg.wrap_category.text() == "No category."
    qtbot.keyClick(dlg.fcr, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not dlg.isVisible())
    assert app_services.get(CaseService).get(dlg.saved.id).category_id is None
