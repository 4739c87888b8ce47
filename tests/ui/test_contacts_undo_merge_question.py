"""Undo merge in the window: when the kept contact was edited after the merge the person is told
and asked; No leaves everything as it is, Yes undoes the merge and the edit is gone."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox
from tests.ui.test_contacts_merge_dialog import _pair

from commdesk.services.contacts.service import ContactService
from commdesk.ui.contacts.duplicates import undo_merge_asking


def test_undo_after_an_edit_asks_first(qtbot, app_services, people, answer):
    svc = app_services.get(ContactService)
    a, b = _pair(svc, people)
    merge_id = svc.merge(a, b, {})
    merged = svc.get(a)
    svc.update(a, merged.record.copy(title="主编"), merged.version)

    answer.reply = QMessageBox.StandardButton.No
    assert not undo_merge_asking(None, svc, merge_id)
    kind, _title, text = answer.asked[-1]
    assert kind == "question" and "was changed after the merge" in text and "lose the later changes" in text
    assert svc.get(a).record.title == "主编" and svc.get(b).deleted

    answer.reply = QMessageBox.StandardButton.Yes
    assert undo_merge_asking(None, svc, merge_id)
    assert not svc.get(b).deleted and svc.get(a).record.title != "主编"


def test_undo_right_after_the_merge_asks_nothing(qtbot, app_services, people, answer):
    svc = app_services.get(ContactService)
    a, b = _pair(svc, people)
    merge_id = svc.merge(a, b, {})
    assert undo_merge_asking(None, svc, merge_id)
    assert answer.asked == [] and not svc.get(b).deleted
