"""The main window as a user meets it: first run, panes, languages, switching person, state restored."""

from __future__ import annotations

import argparse

import shiboken6
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QDialog, QMessageBox

from commdesk.app import GuiApp
from commdesk.core.domain.people import Role
from commdesk.services.people import PeopleService
from commdesk.ui.main_window import MainWindow
from commdesk.ui.navigation import PANES


def make_window(qtbot, app_services, lang="en"):
    from commdesk.translations import install

    install(lang)
    window = MainWindow(app_services.prefs, lang)
    qtbot.addWidget(window)
    window.attach(app_services)
    window.show()
    return window


def test_every_pane_is_reachable(qtbot, app_services):
    window = make_window(qtbot, app_services)
    for row, spec in enumerate(PANES):
        window.nav.setCurrentRow(row)
        assert window.current_pane() is window.panes[spec.key]
    # keyboard: Ctrl+2 goes to Contacts
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window.nav, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert window.nav.currentRow() == 1
    assert "陈静" in window.person_label.text() and "Database:" in window.db_label.text()


def test_chinese_interface(qtbot, app_services):
    window = make_window(qtbot, app_services, "zh_CN")
    titles = [window.nav.item(i).text() for i in range(window.nav.count())]
    assert "联系人" in titles[1] or "媒体" in titles[1], titles
    assert window.menuBar().actions()[0].text().startswith("文件")
    from commdesk.translations import install

    install("en")


def test_language_switch_rebuilds_the_window(qtbot, qapp, app_services):
    gui = GuiApp(qapp, argparse.Namespace(db=None, lang=None), app_services.prefs)
    gui.services = app_services
    gui.choose_language()
    first = gui.show_window()
    qtbot.addWidget(first)
    first.attach(app_services)
    for spec_key in ("home", "contacts", "releases", "meetings", "outbox", "audit"):
        first.pane(spec_key)
    gui.set_language("zh_CN")
    qtbot.addWidget(gui.window)
    assert gui.window is not first and gui.lang == "zh_CN"
    assert gui.window.menuBar().actions()[0].text().startswith("文件")
    assert app_services.prefs.value("language") == "zh_CN"
    gui.set_language("en")
    qtbot.addWidget(gui.window)
    assert gui.window.menuBar().actions()[0].text() == "&File"
    # the old windows and their panes are deleted now (deleteLater runs); the services live on
    qtbot.waitUntil(lambda: not shiboken6.isValid(first))
    app_services.tables_changed.emit(frozenset({"meetings", "contacts", "releases", "people", "audit_log"}))
    app_services.set_person(app_services.person())  # no slot of a deleted pane may run


def test_state_is_restored(qtbot, app_services):
    window = make_window(qtbot, app_services)
    window.nav.setCurrentRow(3)
    window.resize(737, 500)
    saved = window.size()
    window.close()
    again = make_window(qtbot, app_services)
    assert again.nav.currentRow() == 3
    assert again.size() == saved
    # the eager panes are built; a wide pane scrolls, the window keeps its size
    eager = [spec.key for spec in PANES if spec.eager]
    qtbot.waitUntil(lambda: all(key in again.panes for key in eager))
    assert again.size() == saved


def test_first_run_creates_the_profile(qtbot, qapp, ctx, monkeypatch):
    from commdesk.ui.admin import org_settings_dialog, person_dialog
    from commdesk.ui.common.services import AppServices, Preferences

    def fill_and_accept(dlg):
        dlg.ui.nameEdit.setText("张伟")
        dlg.ui.emailEdit.setText("zhang.wei@example.org")
        dlg.ui.passEdit.setText("pass phrase")
        dlg.ui.pass2Edit.setText("pass phrase")
        assert not dlg.ui.adminCheck.isEnabled() and dlg.ui.adminCheck.isChecked()
        dlg.save()
        return dlg.result() == QDialog.DialogCode.Accepted

    from commdesk.ui.admin import first_run

    def choose_create(dlg):
        dlg.create_button.click()
        return dlg.result()

    monkeypatch.setattr(first_run.WelcomeDialog, "exec", choose_create)
    monkeypatch.setattr(person_dialog.PersonDialog, "exec", fill_and_accept)
    monkeypatch.setattr(org_settings_dialog.OrgSettingsDialog, "exec", lambda self: 0)
    services = AppServices(ctx, Preferences(QSettings()))
    gui = GuiApp(qapp, argparse.Namespace(db=None, lang="en"), services.prefs)
    gui.services = services
    gui.show_window()
    qtbot.addWidget(gui.window)
    assert gui.sign_in()
    me = services.person()
    assert me.name == "张伟" and me.has(Role.ADMINISTRATOR) and me.has_passphrase
    assert ctx.service(PeopleService).count() == 1


def test_person_dialog_shows_field_errors(qtbot, ctx, people):
    from commdesk.ui.admin.person_dialog import PersonDialog

    dlg = PersonDialog(ctx.service(PeopleService))
    qtbot.addWidget(dlg)
    dlg.ui.nameEdit.setText("")
    dlg.ui.emailEdit.setText("nobody@")
    dlg.save()
    assert dlg.result() != QDialog.DialogCode.Accepted
    assert "name" in dlg.ui.errorLabel.text().lower() and "e-mail" in dlg.ui.errorLabel.text().lower()
    dlg.ui.nameEdit.setText("Anna")
    dlg.ui.emailEdit.setText("anna@example.org")
    dlg.ui.passEdit.setText("a")
    dlg.ui.pass2Edit.setText("b")
    dlg.save()
    assert "differ" in dlg.ui.errorLabel.text()


def test_switch_person_checks_the_passphrase(qtbot, ctx, people):
    from commdesk.ui.admin.switch_person import SwitchPersonDialog

    svc = ctx.service(PeopleService)
    locked = svc.create("Desk Two", roles={Role.OFFICER}, passphrase="secret words")
    dlg = SwitchPersonDialog(svc, people["admin"])
    qtbot.addWidget(dlg)
    dlg.combo.setCurrentIndex(dlg.combo.findData(locked.id))
    assert dlg.passphrase.isEnabled()
    dlg.passphrase.setText("wrong")
    dlg.try_accept()
    assert dlg.chosen is None and "not correct" in dlg.error.text()
    dlg.passphrase.setText("secret words")
    dlg.try_accept()
    assert dlg.chosen.id == locked.id


def test_people_dialog_disables_what_an_officer_may_not_do(qtbot, app_services, people):
    from commdesk.ui.admin.people_dialog import PeopleDialog

    app_services.set_person(people["officer"])
    dlg = PeopleDialog(app_services)
    qtbot.addWidget(dlg)
    assert not dlg.add_button.isEnabled()
    dlg.table.selectRow([p.id for p in dlg.everyone].index(people["reviewer"].id))
    assert not dlg.edit_button.isEnabled() and not dlg.toggle_button.isEnabled()
    dlg.table.selectRow([p.id for p in dlg.everyone].index(people["officer"].id))
    assert dlg.edit_button.isEnabled()


def test_conflict_offers_both_versions(qtbot, ctx, people, monkeypatch):
    from dataclasses import replace

    from commdesk.ui.admin.person_dialog import PersonDialog
    from commdesk.ui.common import conflict

    svc = ctx.service(PeopleService)
    stale = people["officer"]
    svc.update(replace(stale, department="Someone else's edit"))
    seen = {}

    def choose(parent, exc):
        seen["mine"], seen["theirs"] = exc.mine.department, exc.theirs.department
        return "mine"

    monkeypatch.setattr(conflict, "resolve_conflict", choose)
    dlg = PersonDialog(svc, stale)
    qtbot.addWidget(dlg)
    dlg.ui.departmentEdit.setCurrentText("My edit")
    dlg.save()
    assert seen == {"mine": "My edit", "theirs": "Someone else's edit"}
    assert svc.get(stale.id).department == "My edit"


def test_audit_pane_and_history(qtbot, app_services, people, qtmodeltester):
    from commdesk.services.audit import AuditService
    from commdesk.ui.admin.audit_pane import AuditPane
    from commdesk.ui.common.history import HistoryDialog

    pane = AuditPane(app_services)
    qtbot.addWidget(pane)
    pane.refresh()
    assert pane.model.rowCount() > 0
    qtmodeltester.check(pane.model)
    pane.search.setText("Emma")
    pane.refresh()
    assert all(
        "emma" in ((e.new or "") + (e.old or "") + (e.note or "") + (e.field or "")).lower()
        for e in pane.model.entries
    )
    app_services.set_person(people["officer"])
    pane.refresh()
    assert pane.model.rowCount() == 0 and "may not" in pane.notice.text()
    dlg = HistoryDialog(app_services.get(AuditService), "people", people["officer"].id, "李明")
    qtbot.addWidget(dlg)
    assert dlg.model.rowCount() >= 4


def test_procedure_viewer_in_both_languages(qtbot):
    from commdesk.ui.admin.procedure_viewer import ProcedureViewer

    zh = ProcedureViewer("zh_CN")
    qtbot.addWidget(zh)
    assert "总则" in zh.browser.toPlainText()
    en = ProcedureViewer("en")
    qtbot.addWidget(en)
    assert "PC-2" in en.browser.toPlainText()
    en.search.setText("Invitation at least 24 h")
    assert en.find_next()


def test_about_box_goes_through_ask(qtbot, app_services, answer):
    window = make_window(qtbot, app_services)
    window._about()
    assert answer.asked and answer.asked[0][0] == "info" and "commdesk" in answer.asked[0][2]
    assert answer.reply == QMessageBox.StandardButton.Ok


def test_first_run_can_explore_the_demo_instead(qtbot, qapp, ctx, monkeypatch, tmp_path):
    from commdesk.ui.admin import first_run, switch_person
    from commdesk.ui.common.services import Preferences

    monkeypatch.setenv("COMMDESK_DATA_DIR", str(tmp_path))

    def choose_demo(dlg):
        dlg.demo_button.click()
        return dlg.result()

    def pick_first(dlg):  # the sign-in says the demo's passphrase; the person types it
        assert "passphrase is: demo" in dlg.note.text()
        dlg.passphrase.setText("demo")
        dlg.try_accept()
        return dlg.result()

    monkeypatch.setattr(first_run.WelcomeDialog, "exec", choose_demo)
    monkeypatch.setattr(switch_person.SwitchPersonDialog, "exec", pick_first)
    gui = GuiApp(
        qapp,
        argparse.Namespace(db=str(tmp_path / "mine.sqlite3"), lang="en"),
        Preferences(QSettings(str(tmp_path / "p.ini"), QSettings.Format.IniFormat)),
    )
    gui.choose_language()
    gui.show_window()
    qtbot.addWidget(gui.window)
    gui.open_database()
    qtbot.waitUntil(lambda: gui.services is not None and gui.services.person().id is not None, timeout=60000)
    assert gui.args.db == str(tmp_path / "demo.sqlite3")
    assert gui.services.get(PeopleService).count() >= 5
    assert "demo.sqlite3" in gui.window.db_label.text()
    gui.opened.ctx.engine.dispose()


def test_help_opens_the_procedure_version_in_force(qtbot, app_services, monkeypatch):
    from commdesk.services.procedure.service import ProcedureService
    from commdesk.ui.admin import procedure_viewer

    shown = []
    monkeypatch.setattr(procedure_viewer.ProcedureViewer, "exec", lambda self: shown.append(self) or 0)
    window = make_window(qtbot, app_services)
    window._procedure()  # before any version is adopted: the shipped text
    assert shown[-1].windowTitle() == "Communication procedure" and "PC-2" in shown[-1].browser.toPlainText()
    app_services.get(ProcedureService).import_shipped()
    window._procedure()
    assert shown[-1].windowTitle() == "Communication procedure, version 1"
    assert "PC-2" in shown[-1].browser.toPlainText()
    for dlg in shown:
        qtbot.addWidget(dlg)
