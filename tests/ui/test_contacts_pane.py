"""The Media contacts pane as a user meets it: search, filters, sort, lazy rows, detail panel,
do-not-contact, permissions, trash, bulk changes, column choice, export."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from commdesk.core.contacts.records import ContactRecord, Email, Phone, Tier
from commdesk.services.contacts.importing import ContactImportService
from commdesk.services.contacts.lists import ContactListService
from commdesk.services.contacts.service import ContactService
from commdesk.ui.contacts import models as m
from commdesk.ui.contacts.pane import ContactsPane


def rec(name, outlet="", email="", phone="", tier=None, beats=()):
    return ContactRecord(
        full_name=name,
        outlet=outlet,
        emails=[Email("", email, True)] if email else [],
        phones=[Phone("", phone, True)] if phone else [],
        tier=tier,
        beats=list(beats),
    )


@pytest.fixture
def contacts(app_services):
    svc = app_services.get(ContactService)
    made = {
        "wang": svc.create(
            rec("王伟", "新华社", "wangwei@xinhua.example.com", "13912345678", Tier.A, ["财经"])
        ),
        "ouyang": svc.create(
            rec("欧阳娜娜", "人民日报", "ouyang@people.example.cn", tier=Tier.B, beats=["教育"])
        ),
        "smith": svc.create(
            rec("John Smith", "Reuters", "john.smith@reuters.example.com", tier=Tier.A, beats=["energy"])
        ),
        "zhang": svc.create(rec("张敏", "澎湃新闻", "zhangmin@thepaper.example.cn", tier=Tier.C)),
    }
    return {k: v.id for k, v in made.items()}


def make_pane(qtbot, app_services):
    pane = ContactsPane(app_services)
    qtbot.addWidget(pane)
    pane.resize(1200, 700)
    pane.show()
    return pane


def type_search(qtbot, pane, text):
    pane.search.clear()
    if text.isascii():
        qtbot.keyClicks(pane.search, text)
    else:  # QTest types ASCII keys only
        pane.search.setText(text)
    qtbot.waitUntil(lambda: not pane.search_timer.isActive(), timeout=20000)
    return [s.name for s in pane.model.rows]


def test_search_as_you_type_finds_wang_wei_by_pinyin_and_initials(qtbot, app_services, contacts):
    pane = make_pane(qtbot, app_services)
    assert pane.model.rowCount() == 4 and "4" in pane.count_label.text()
    assert type_search(qtbot, pane, "wangwei") == ["王伟"]
    assert "王伟" in type_search(qtbot, pane, "ww")
    assert type_search(qtbot, pane, "reuters") == ["John Smith"]
    assert type_search(qtbot, pane, "教育") == ["欧阳娜娜"]
    assert type_search(qtbot, pane, "139 1234") == ["王伟"] or type_search(qtbot, pane, "13912345678") == [
        "王伟"
    ]
    # Enter in the search box goes to the first hit; the detail panel shows it
    type_search(qtbot, pane, "wangwei")
    qtbot.keyClick(pane.search, Qt.Key.Key_Return)
    assert pane.current_id() == contacts["wang"]
    assert "新华社" in pane.detail.info.toPlainText() and "wang wei" in pane.detail.info.toPlainText()


def test_filters_and_header_sort(qtbot, app_services, contacts):
    pane = make_pane(qtbot, app_services)
    f = pane.filters
    f.tier.setCurrentIndex(f.tier.findData(Tier.A))
    assert sorted(s.name for s in pane.model.rows) == sorted(["王伟", "John Smith"])
    f.beat.setCurrentIndex(f.beat.findData("财经"))
    assert [s.name for s in pane.model.rows] == ["王伟"]
    f.clear()
    assert pane.model.rowCount() == 4
    # Chinese names sort by pinyin among the Latin ones: John, ouyang, wang, zhang
    assert [s.name for s in pane.model.rows] == ["John Smith", "欧阳娜娜", "王伟", "张敏"]
    header = pane.table.horizontalHeader()
    header.setSortIndicator(m.COL_NAME, Qt.SortOrder.DescendingOrder)
    assert pane.model.query.sort == "name" and pane.model.query.descending
    assert pane.model.rows[0].name == "张敏"
    header.setSortIndicator(m.COL_OUTLET, Qt.SortOrder.AscendingOrder)
    assert pane.model.query.sort == "outlet"
    header.setSortIndicator(m.COL_EMAIL, Qt.SortOrder.AscendingOrder)  # not sortable: ignored
    assert pane.model.query.sort == "outlet" and header.sortIndicatorSection() == m.COL_OUTLET


def test_first_page_then_lazy_rows_on_2000_contacts(qtbot, app_services, tmp_path):
    path = tmp_path / "many.csv"
    with path.open("w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(["Name", "Outlet", "E-mail"])
        for i in range(2000):
            w.writerow([f"Reporter {i:04d}", f"Outlet {i % 37}", f"r{i}@example.com"])
    imp = app_services.get(ContactImportService)
    result = imp.apply(imp.plan(path))
    assert result.created == 2000
    pane = make_pane(qtbot, app_services)
    assert pane.model.total == 2000 and pane.model.rowCount() == m.PAGE
    assert "2000" in pane.count_label.text() or "2,000" in pane.count_label.text()
    pane.table.scrollToBottom()
    qtbot.waitUntil(lambda: pane.model.rowCount() > m.PAGE, timeout=20000)
    assert pane.model.rowCount() < 2000  # pages, never everything at once
    assert type_search(qtbot, pane, "reporter 1999") == ["Reporter 1999"]


def test_do_not_contact_shown_and_lift_only_for_administrators(qtbot, app_services, contacts, people, answer):
    svc = app_services.get(ContactService)
    svc.set_do_not_contact(contacts["wang"], "email", "asked by phone not to get releases")
    pane = make_pane(qtbot, app_services)
    pane.select_id(contacts["wang"])
    text = pane.detail.info.toPlainText()
    assert "asked by phone not to get releases" in text and "e-mail" in text
    assert pane.model.data(pane.model.index(pane.model.row_of(contacts["wang"]), m.COL_DNC)) == "e-mail"
    assert pane.detail.lift_button.isEnabled()
    app_services.set_person(people["officer"])
    pane.select_id(contacts["wang"])
    assert not pane.detail.lift_button.isEnabled()
    assert "administrators" in pane.detail.lift_button.toolTip()
    assert pane.detail.dnc_button.isEnabled()  # anyone may set it
    app_services.set_person(people["admin"])
    answer.reply = QMessageBox.StandardButton.Yes
    pane.select_id(contacts["wang"])
    pane.detail.lift_button.click()
    assert not svc.get(contacts["wang"]).consents or not any(
        c.do_not_contact for c in svc.get(contacts["wang"]).consents
    )
    assert "asked by phone" not in pane.detail.info.toPlainText()


def test_officer_sees_what_they_may_not_do_disabled(qtbot, app_services, contacts, people):
    app_services.set_person(people["officer"])
    pane = make_pane(qtbot, app_services)
    assert not pane.can_create() and not pane.new_button.isEnabled()
    assert not pane.delete_action.isEnabled() and not pane.import_action.isEnabled()
    assert not pane.duplicates_action.isEnabled() and not pane.owner_action.isEnabled()
    assert pane.log_action.isEnabled() and pane.export_action.isEnabled() and pane.add_list_action.isEnabled()
    pane.select_id(contacts["wang"])
    assert pane.detail.edit_button.text().replace("&", "") == "Open…"
    pane.delete_selected()  # Del does nothing for an officer (and the service would refuse)
    assert app_services.get(ContactService).count(pane.query()) == 4


def test_officer_may_edit_the_contacts_they_own(qtbot, app_services, contacts, people):
    svc = app_services.get(ContactService)
    svc.bulk_set_owner([contacts["zhang"]], people["officer"].id)
    app_services.set_person(people["officer"])
    pane = make_pane(qtbot, app_services)
    pane.select_id(contacts["zhang"])
    qtbot.waitUntil(lambda: pane.detail.detail is not None and pane.detail.detail.id == contacts["zhang"])
    assert pane.detail.edit_button.text().replace("&", "") == "Edit…" and pane.edit_action.isEnabled()
    pane.select_id(contacts["wang"])
    qtbot.waitUntil(lambda: pane.detail.detail.id == contacts["wang"])
    assert pane.detail.edit_button.text().replace("&", "") == "Open…" and not pane.edit_action.isEnabled()
    app_services.set_person(people["admin"])  # switching person changes it at once, no reselect needed
    assert pane.detail.edit_button.text().replace("&", "") == "Edit…" and pane.edit_action.isEnabled()


def test_trash_restore_and_erase(qtbot, app_services, contacts, answer):
    answer.reply = QMessageBox.StandardButton.Yes
    pane = make_pane(qtbot, app_services)
    pane.activateWindow()
    pane.select_id(contacts["zhang"])
    pane.table.setFocus()
    qtbot.waitUntil(pane.table.hasFocus)
    qtbot.keyClick(pane.table, Qt.Key.Key_Delete)
    assert pane.model.rowCount() == 3 and pane.model.row_of(contacts["zhang"]) < 0
    pane.trash_button.click()
    assert [s.name for s in pane.model.rows] == ["张敏"] and pane.restore_button.isVisible()
    pane.select_id(contacts["zhang"])
    pane.restore_button.click()
    assert pane.model.rowCount() == 0
    pane.trash_button.click()
    assert pane.model.rowCount() == 4
    pane.select_id(contacts["smith"])
    pane.delete_selected()
    pane.trash_button.click()
    pane.select_id(contacts["smith"])
    pane.erase_button.click()
    assert pane.model.rowCount() == 0
    assert "Erase" in answer.asked[-1][1]


def test_bulk_owner_beat_and_list(qtbot, app_services, contacts, people, answer):
    svc = app_services.get(ContactService)
    lists = app_services.get(ContactListService)
    lists.create_static("Finance desk")
    pane = make_pane(qtbot, app_services)
    pane.table.selectAll()
    assert len(pane.selected_ids()) == 4
    answer.text = people["officer"].name
    pane.bulk_owner()
    assert {svc.get(i).owner_id for i in contacts.values()} == {people["officer"].id}
    answer.text = "media relations"
    pane.bulk_beat()
    assert all("media relations" in svc.get(i).record.beats for i in contacts.values())
    answer.text = "Finance desk"
    pane.bulk_list()
    lst = next(x for x in lists.lists() if x.name == "Finance desk")
    assert lst.count == 4
    # choosing the list in the lists panel filters the table
    row = next(
        i
        for i in range(pane.lists_panel.lists.count())
        if pane.lists_panel.lists.item(i).data(Qt.ItemDataRole.UserRole) == lst.id
    )
    pane.lists_panel.lists.setCurrentRow(row)
    assert pane.model.query.list_id == lst.id and pane.model.rowCount() == 4


def test_smart_list_and_members_left_out(qtbot, app_services, contacts, answer):
    svc = app_services.get(ContactService)
    svc.set_do_not_contact(contacts["smith"], "email", "unsubscribed")
    pane = make_pane(qtbot, app_services)
    pane.filters.tier.setCurrentIndex(pane.filters.tier.findData(Tier.A))
    answer.text = "Tier A"
    pane.save_search_as_list()
    lst = next(x for x in app_services.get(ContactListService).lists() if x.name == "Tier A")
    assert lst.smart and lst.count == 2
    members = app_services.get(ContactListService).members(lst.id)
    from commdesk.ui.contacts.widgets import MembersDialog

    dlg = MembersDialog(lst.name, members)
    qtbot.addWidget(dlg)
    assert "1 contacts will receive" in dlg.summary.text() or "1 contact" in dlg.summary.text()
    left = dlg.tree.topLevelItem(0)
    assert left.childCount() == 1 and left.child(0).text(0) == "John Smith" and left.child(0).text(3)


def test_columns_chosen_are_kept(qtbot, app_services, contacts):
    pane = make_pane(qtbot, app_services)
    header = pane.table.horizontalHeader()
    assert header.isSectionHidden(m.COL_PINYIN)
    pane.set_column_visible(m.COL_PINYIN, True)
    pane.set_column_visible(m.COL_EMAIL, False)
    header.setSortIndicator(m.COL_OUTLET, Qt.SortOrder.AscendingOrder)
    pane.save_state()
    again = make_pane(qtbot, app_services)
    h2 = again.table.horizontalHeader()
    assert not h2.isSectionHidden(m.COL_PINYIN) and h2.isSectionHidden(m.COL_EMAIL)
    assert again.model.query.sort == "outlet"


def test_log_interaction_with_inquiry_deadline(qtbot, app_services, contacts):
    from commdesk.ui.contacts.dialogs import InteractionDialog

    pane = make_pane(qtbot, app_services)
    pane.select_id(contacts["wang"])
    dlg = InteractionDialog(app_services, contacts["wang"], "王伟", pane)
    qtbot.addWidget(dlg)
    ui = dlg.ui
    assert ui.inquiryBox.isHidden()
    ui.kindCombo.setCurrentIndex(ui.kindCombo.findData("inquiry"))
    assert not ui.inquiryBox.isHidden()
    ui.summaryEdit.setPlainText("Asks for the Q3 figures before 18:00")
    dlg.save()
    assert dlg.result() == dlg.DialogCode.Accepted
    pane.show_current()
    assert pane.detail.timeline.topLevelItemCount() == 1
    item = pane.detail.timeline.topLevelItem(0)
    assert "open" in item.text(4)
    pane.detail.timeline.setCurrentItem(item)
    assert not pane.detail.answer_button.isHidden()
    pane.detail.answer_button.click()
    assert "answered" in pane.detail.timeline.topLevelItem(0).text(4)


def test_log_interaction_shortcut(qtbot, app_services, contacts, monkeypatch):
    from commdesk.ui.contacts import pane as pane_mod

    opened = []
    monkeypatch.setattr(pane_mod.InteractionDialog, "exec", lambda self: opened.append(self.contact_id) or 0)
    pane = make_pane(qtbot, app_services)
    pane.activateWindow()
    pane.select_id(contacts["ouyang"])
    pane.table.setFocus()
    qtbot.waitUntil(pane.table.hasFocus)
    qtbot.keyClick(pane.table, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert opened == [contacts["ouyang"]]


def test_enter_opens_and_f2_edits(qtbot, app_services, contacts, monkeypatch):
    from commdesk.ui.contacts import pane as pane_mod

    opened = []
    monkeypatch.setattr(
        pane_mod.ContactDialog, "exec", lambda self: opened.append((self.contact_id, self.read_only)) or 0
    )
    pane = make_pane(qtbot, app_services)
    pane.activateWindow()
    pane.select_id(contacts["smith"])
    pane.table.setFocus()
    qtbot.waitUntil(pane.table.hasFocus)
    qtbot.keyClick(pane.table, Qt.Key.Key_Return)
    qtbot.keyClick(pane.table, Qt.Key.Key_F2)
    assert opened == [(contacts["smith"], False), (contacts["smith"], False)]


def test_export_current_search_to_csv_off_the_gui_thread(
    qtbot, app_services, contacts, monkeypatch, tmp_path, answer
):
    from commdesk.ui.contacts import import_wizard

    out = tmp_path / "media.csv"
    monkeypatch.setattr(
        import_wizard, "choose_export_file", lambda parent, fmt=None: (str(out), "csv", "gb18030")
    )
    pane = make_pane(qtbot, app_services)
    type_search(qtbot, pane, "新华社")
    pane.export_contacts()
    qtbot.waitUntil(lambda: bool(answer.asked), timeout=30000)
    text = out.read_bytes().decode("gb18030")
    assert "王伟" in text and "John Smith" not in text
    assert "1 contacts written" in answer.asked[-1][2] or "1 contact" in answer.asked[-1][2]


def test_export_pdf_media_list(qtbot, app_services, contacts, monkeypatch, tmp_path, answer):
    from pypdf import PdfReader

    from commdesk.ui.contacts import import_wizard

    out = tmp_path / "media.pdf"
    seen = {}

    def choose(parent, fmt=None):
        seen["fmt"] = fmt
        return str(out), "pdf", "utf-8"

    monkeypatch.setattr(import_wizard, "choose_export_file", choose)
    pane = make_pane(qtbot, app_services)
    assert pane.can_export_pdf()
    pane.export_pdf()
    qtbot.waitUntil(lambda: bool(answer.asked), timeout=20000)
    assert seen["fmt"] == "pdf"
    text = "".join(p.extract_text() for p in PdfReader(str(out)).pages)
    assert "John Smith" in text
    assert Path(out).stat().st_size > 1000
