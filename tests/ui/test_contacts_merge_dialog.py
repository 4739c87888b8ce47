"""The merge dialog on two contacts that differ in every field (owners too): taking every value
from the right-hand contact by clicking it, then from the left, gives exactly the chosen contact's
values; the name parts follow the full name's choice."""

from __future__ import annotations

from PySide6.QtCore import Qt
from tests.services.test_contacts_merge_every_field import LEFT, RIGHT, _value

from commdesk.core.contacts.records import MERGE_CHOICES, ContactRecord
from commdesk.services.contacts.service import ContactService
from commdesk.ui.contacts.duplicates import MergeDialog


def _pair(svc, people):
    a = svc.create(ContactRecord(**LEFT), owner_id=people["officer"].id)
    b = svc.create(ContactRecord(**RIGHT), owner_id=people["officer2"].id)
    return a.id, b.id


def _click(qtbot, dlg, row, col):
    rect = dlg.table.visualItemRect(dlg.table.item(row, col))
    qtbot.mouseClick(dlg.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def test_every_value_clicked_on_the_right_is_taken(qtbot, app_services, people):
    svc = app_services.get(ContactService)
    a, b = _pair(svc, people)
    right = svc.get(b)
    dlg = MergeDialog(app_services, a, b)
    qtbot.addWidget(dlg)
    dlg.resize(1000, 2400)  # every row visible, to be clicked
    dlg.show()
    names = [n for n, _ in dlg.rows]
    assert set(names) == set(MERGE_CHOICES) - {"source_date"}  # both made today: the same date
    for row in range(len(names)):
        dlg.table.scrollToItem(dlg.table.item(row, 2))
        _click(qtbot, dlg, row, 2)
    assert dlg.choices() == dict.fromkeys(names, "other")
    dlg.merge_button.click()
    assert dlg.merge_id is not None
    merged = svc.get(a)
    for name in names:
        assert _value(merged, name) == _value(right, name), name


def test_left_side_and_name_parts_follow_the_full_name(qtbot, app_services, people):
    svc = app_services.get(ContactService)
    a, b = _pair(svc, people)
    left = svc.get(a)
    dlg = MergeDialog(app_services, a, b)
    qtbot.addWidget(dlg)
    combos = dict(dlg.rows)
    combos["full_name"].setCurrentIndex(combos["full_name"].findData(1))
    assert {n: combos[n].currentData() for n in ("family_name", "given_name", "pinyin")} == dict.fromkeys(
        ("family_name", "given_name", "pinyin"), 1
    )
    combos["full_name"].setCurrentIndex(combos["full_name"].findData(0))
    for _name, combo in dlg.rows:
        combo.setCurrentIndex(combo.findData(0))
    dlg.swap()  # keep the right-hand contact, take every value from the left
    dlg.merge_button.click()
    merged = svc.get(b)
    assert merged.id == b and svc.get(a).deleted
    for name in (n for n, _ in dlg.rows):
        got = _value(merged, name)
        assert got == _value(left, name), name
