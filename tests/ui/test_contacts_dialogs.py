"""Contact dialogs: edit with per-field messages, duplicates while typing, conflict choice, merge
side by side with undo, and the import wizard end to end on a GB18030 CSV from Excel."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QMessageBox, QWizard

from commdesk.core.contacts.records import ContactRecord, Email, Phone
from commdesk.services.contacts.service import ContactQuery, ContactService
from commdesk.ui.contacts.dialogs import ContactDialog, parse_labelled_lines

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "contacts"


@pytest.fixture
def svc(app_services):
    return app_services.get(ContactService)


def wang(svc):
    return svc.create(
        ContactRecord(
            full_name="王伟",
            outlet="新华社",
            emails=[Email("", "wangwei@xinhua.example.com", True)],
            phones=[Phone("", "13912345678", True)],
        )
    )


def test_labelled_lines():
    assert parse_labelled_lines("work: a@b.org\n\n c@d.org \n手机：139 1234 5678\n+86 139 1234 5678") == [
        ("work", "a@b.org"),
        ("", "c@d.org"),
        ("mobile", "139 1234 5678"),
        ("", "+86 139 1234 5678"),
    ]


def test_new_contact_with_field_messages_then_saved(qtbot, app_services, svc):
    dlg = ContactDialog(app_services)
    qtbot.addWidget(dlg)
    dlg.show()
    ui = dlg.ui
    ui.fullNameEdit.setText("李娜")
    ui.emailsEdit.setPlainText("lina(at)infzm.example.com")
    ui.phonesEdit.setPlainText("mobile: 12345")
    # the messages appear while typing, next to their fields
    qtbot.waitUntil(lambda: not ui.emailsError.isHidden() and not ui.phonesError.isHidden(), timeout=20000)
    assert ui.tabs.tabText(1).endswith("⚠")
    assert "lina(at)infzm" in ui.emailsError.text() and "12345" in ui.phonesError.text()
    assert ui.fullNameError.isHidden()
    dlg.save()
    assert dlg.result() != QDialog.DialogCode.Accepted and svc.count(ContactQuery()) == 0
    ui.emailsEdit.setPlainText("work: lina@infzm.example.com")
    ui.phonesEdit.setPlainText("mobile: 139 1234 0000")
    dlg.save()
    assert dlg.result() == QDialog.DialogCode.Accepted
    stored = svc.get(dlg.saved_id).record
    assert stored.pinyin == "li na" and stored.phones[0].number == "+8613912340000"
    assert stored.emails[0].label == "work"


def test_missing_name_is_shown_on_save(qtbot, app_services, svc):
    dlg = ContactDialog(app_services)
    qtbot.addWidget(dlg)
    dlg.show()
    dlg.ui.titleEdit.setText("editor")
    dlg.save()
    assert not dlg.ui.fullNameError.isHidden() and "name" in dlg.ui.fullNameError.text().lower()
    assert dlg.ui.errorLabel.text()


def test_likely_duplicates_shown_while_typing(qtbot, app_services, svc):
    wang(svc)
    dlg = ContactDialog(app_services)
    qtbot.addWidget(dlg)
    dlg.show()
    assert not dlg.ui.duplicatesLabel.isVisible()
    dlg.ui.fullNameEdit.setText("王伟")
    dlg.ui.outletEdit.setCurrentText("新华社")
    qtbot.waitUntil(dlg.ui.duplicatesLabel.isVisible, timeout=20000)
    assert "王伟" in dlg.ui.duplicatesLabel.text()


def test_edit_existing_and_conflict_choice(qtbot, app_services, svc, monkeypatch):
    from commdesk.ui.common import conflict

    made = wang(svc)
    dlg = ContactDialog(app_services, made.id)
    qtbot.addWidget(dlg)
    assert (
        dlg.ui.fullNameEdit.text() == "王伟"
        and "wangwei@xinhua.example.com" in dlg.ui.emailsEdit.toPlainText()
    )
    # someone else saves first
    other = svc.get(made.id).record.copy(title="首席记者")
    svc.update(made.id, other, expected_version=made.version)
    seen = {}

    def choose(parent, exc):
        seen["theirs"] = exc.theirs.record.title
        return "mine"

    monkeypatch.setattr(conflict, "resolve_conflict", choose)
    dlg.ui.titleEdit.setText("财经记者")
    dlg.save()
    assert seen == {"theirs": "首席记者"}
    assert dlg.result() == QDialog.DialogCode.Accepted
    assert svc.get(made.id).record.title == "财经记者"


def test_read_only_for_officers(qtbot, app_services, svc, people):
    made = wang(svc)
    app_services.set_person(people["officer"])
    dlg = ContactDialog(app_services, made.id)  # not theirs: the service says read only
    qtbot.addWidget(dlg)
    dlg.show()
    assert dlg.read_only and dlg.ui.fullNameEdit.isReadOnly() and dlg.ui.notesEdit.isReadOnly()
    assert dlg.buttons.button(dlg.buttons.StandardButton.Save) is None  # no Save at all
    close = dlg.buttons.button(dlg.buttons.StandardButton.Close)
    assert close is not None and close.isVisible()
    assert not dlg.ui.tierCombo.isEnabled() and "read only" in dlg.windowTitle()
    assert not dlg.ui.fullNameEdit.hasFrame() or dlg.ui.fullNameEdit.property("readOnlyView")
    qtbot.keyClick(dlg, Qt.Key.Key_Escape)
    assert not dlg.isVisible() and dlg.result() == QDialog.DialogCode.Rejected


def test_officer_corrects_a_contact_they_own_and_ctrl_s_saves(qtbot, app_services, svc, people):
    made = svc.create(
        ContactRecord(full_name="王伟", outlet="新华社", emails=[Email("", "ww@xinhua.example.com")]),
        owner_id=people["officer"].id,
    )
    app_services.set_person(people["officer"])
    dlg = ContactDialog(app_services, made.id)
    qtbot.addWidget(dlg)
    dlg.show()
    assert not dlg.read_only and not dlg.ui.fullNameEdit.isReadOnly()
    assert not dlg.ui.ownerCombo.isEnabled()  # they may correct it, not give it away
    dlg.ui.titleEdit.setText("主编")
    dlg.activateWindow()
    dlg.ui.titleEdit.setFocus()
    qtbot.waitUntil(dlg.ui.titleEdit.hasFocus)
    qtbot.keyClick(dlg.ui.titleEdit, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert dlg.saved_id == made.id and svc.get(made.id).record.title == "主编"


def test_merge_side_by_side_and_undo(qtbot, app_services, svc, answer):
    from commdesk.ui.contacts.duplicates import DuplicatesDialog, MergeDialog

    a = wang(svc)
    b = svc.create(
        ContactRecord(
            full_name="王伟", outlet="新华社", title="记者", emails=[Email("", "ww@xinhua.example.com", True)]
        )
    )
    dlg = DuplicatesDialog(app_services)
    qtbot.addWidget(dlg)
    assert dlg.tree.topLevelItemCount() == 1
    group = dlg.tree.topLevelItem(0)
    assert group.childCount() == 2 and "pinyin" in group.text(0)
    assert dlg.chosen_pair() == (a.id, b.id) and dlg.merge_button.isEnabled()
    merge = MergeDialog(app_services, a.id, b.id, dlg)
    qtbot.addWidget(merge)
    names = [n for n, _ in merge.rows]
    assert "title" in names and "emails" in names and "full_name" not in names
    title_row = names.index("title")
    merge._cell_clicked(title_row, 2)  # take the other record's title
    assert merge.choices()["title"] == "other"
    assert "emails" not in merge.choices()  # both addresses are kept
    merge.do_merge()
    assert merge.merge_id is not None
    kept = svc.get(a.id).record
    assert kept.title == "记者" and len(kept.emails) == 2
    assert svc.count(ContactQuery(text="王伟")) == 1
    dlg.last_merge_id = merge.merge_id
    dlg.reload()
    assert dlg.tree.topLevelItemCount() == 0 and dlg.undo_button.isEnabled()
    answer.reply = QMessageBox.StandardButton.Yes
    dlg.undo_last()
    assert svc.count(ContactQuery(text="王伟")) == 2
    assert svc.get(a.id).record.title == ""
    assert dlg.tree.topLevelItemCount() == 1


def test_import_wizard_end_to_end_on_a_gb18030_csv(qtbot, app_services, svc):
    from commdesk.ui.contacts.import_wizard import ImportWizard

    wiz = ImportWizard(app_services)
    qtbot.addWidget(wiz)
    wiz.show()
    wiz.file_page.path.setText(str(FIXTURES / "excel_gb18030.csv"))
    wiz.next()
    qtbot.waitUntil(lambda: wiz.currentPage() is wiz.mapping_page, timeout=60000)
    info = wiz.mapping_page.info.text()
    assert "gb18030" in info.lower() and "comma" in info
    mapping = {h: c.currentData() for h, c in wiz.mapping_page.combos.items()}
    assert mapping["姓名"] == "full_name" and mapping["邮箱"] == "email"
    wiz.next()
    qtbot.waitUntil(lambda: wiz.currentPage() is wiz.report_page, timeout=60000)
    plan = wiz.preview.plan
    rejected = len(plan.rejected_rows)
    assert rejected >= 1 and plan.create
    assert f"reject <b>{rejected}</b>" in wiz.report_page.counts.text()
    assert wiz.report_page.rejects.rowCount() >= rejected
    assert "excel_gb18030.csv" in wiz.report_page.rejects.item(0, 0).text()
    # all-or-nothing with rejected rows: nothing can be imported
    assert not wiz.report_page.isComplete() and "writes nothing" in wiz.report_page.note.text()
    assert svc.count(ContactQuery()) == 0
    wiz.report_page.valid_only.setChecked(True)
    wiz.report_page.list_name.setText("Imported 2025")
    assert wiz.report_page.isComplete()
    wiz.next()
    qtbot.waitUntil(lambda: wiz.currentPage() is wiz.result_page, timeout=60000)
    result = wiz.result_counts
    assert result.created == len(plan.create) and result.rejected == rejected
    assert "created" in wiz.result_page.text.text()
    assert svc.count(ContactQuery(text="wangwei")) == 1
    assert wiz.button(QWizard.WizardButton.FinishButton).isVisible()


def test_import_wizard_mapping_override(qtbot, app_services, svc, tmp_path):
    from commdesk.ui.contacts.import_wizard import ImportWizard

    path = tmp_path / "odd.csv"
    path.write_text("Who;Mail;Zeitung\nAnna Schmidt;anna@faz.example.de;FAZ\n", encoding="utf-8")
    wiz = ImportWizard(app_services)
    qtbot.addWidget(wiz)
    wiz.show()
    wiz.file_page.path.setText(str(path))
    wiz.next()
    qtbot.waitUntil(lambda: wiz.currentPage() is wiz.mapping_page, timeout=60000)
    page = wiz.mapping_page
    assert "semicolon" in page.info.text()
    assert set(page.unknown_headers()) >= {"Who", "Zeitung"}
    head = page.table.horizontalHeaderItem(0)
    assert head.background().color().name() == "#fff4ce"
    page.set_target("Who", "full_name")
    page.set_target("Zeitung", "outlet")
    wiz.next()
    qtbot.waitUntil(lambda: wiz.currentPage() is wiz.report_page, timeout=60000)
    assert len(wiz.preview.plan.create) == 1 and wiz.report_page.isComplete()
    wiz.next()
    qtbot.waitUntil(lambda: wiz.currentPage() is wiz.result_page, timeout=60000)
    stored = svc.search(ContactQuery(text="anna"))[0]
    assert stored.outlet == "FAZ"
