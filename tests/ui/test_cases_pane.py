"""The Cases pane as a user meets it: the list's filters (status, channel, category, mine,
overdue, words), the clock column in words and colour with its zone, Enter opening a case, a status
step with only the allowed steps offered, a step on a stale case said in words; the knowledge base
dialog's four eyes."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from commdesk.core.cases.workflow import CaseStatus, Channel
from commdesk.core.domain.people import Role
from commdesk.services.cases.admin import CaseAdminService
from commdesk.services.cases.knowledge import KnowledgeService
from commdesk.services.cases.service import CaseService
from commdesk.services.people import PeopleService
from commdesk.services.settings import SettingsService
from commdesk.ui.cases import models as m
from commdesk.ui.cases.dialogs import KnowledgeDialog
from commdesk.ui.cases.pane import CasesPane

NOW = datetime(2026, 12, 8, 6, 0, tzinfo=UTC)  # Tuesday 14:00 in Shanghai


@pytest.fixture
def cases(app_services, people):
    ctx = app_services.ctx
    settings = app_services.get(SettingsService)
    settings.save_organisation(replace(settings.organisation(), time_zone="Asia/Shanghai"))
    admin = app_services.get(CaseAdminService)
    billing = admin.save_category("billing", "账单", "Billing")
    parking = admin.save_category("parking", "停车", "Parking")
    svc = app_services.get(CaseService)
    ctx.clock = lambda: NOW
    made = {
        # received a week ago: its first response ran out long since
        "old": svc.create(
            Channel.LETTER, "来信：账单有误", category=billing.id, received_at=NOW - timedelta(days=7)
        ),
        "fresh": svc.create(Channel.HOTLINE, "停车场收费", category=parking.id, received_at=NOW),
        "mail": svc.create(
            Channel.WEB_FORM, "网站表单：发票", category=billing.id, owner_id=people["officer"].id
        ),
    }
    return {"billing": billing, "parking": parking, **made}


def make_pane(qtbot, app_services):
    pane = CasesPane(app_services)
    qtbot.addWidget(pane)
    pane.resize(1200, 760)
    pane.show()
    qtbot.waitExposed(pane)
    pane.activateWindow()
    return pane


def refs(pane) -> list[str]:
    return [pane.model.index(r, m.COL_REFERENCE).data() for r in range(pane.model.rowCount())]


def test_the_model_is_sound(qtmodeltester, app_services, cases):
    from commdesk.services.cases.desk import CaseDeskService

    model = m.CaseTableModel(app_services.get(CaseDeskService))
    model.set_filter(model.filter)
    qtmodeltester.check(model)


@pytest.mark.timezones
def test_filters_and_the_clock_column(qtbot, app_services, cases, people):
    pane = make_pane(qtbot, app_services)
    old, fresh, mail = cases["old"], cases["fresh"], cases["mail"]
    assert refs(pane)[0] == old.reference  # soonest due (overdue) first
    assert set(refs(pane)) == {old.reference, fresh.reference, mail.reference}
    assert "3" in pane.count_label.text()

    row = refs(pane).index(old.reference)
    clock = pane.model.index(row, m.COL_CLOCK)
    assert (
        clock.data().startswith("Overdue")
        and clock.data(Qt.ItemDataRole.ForegroundRole).color() == m.OVERDUE_COLOUR
    )
    assert "Asia/Shanghai" in clock.data(Qt.ItemDataRole.ToolTipRole)
    fresh_clock = pane.model.index(refs(pane).index(fresh.reference), m.COL_CLOCK)
    assert fresh_clock.data().endswith("left") and "h" in fresh_clock.data()
    received = pane.model.headerData(m.COL_RECEIVED, Qt.Orientation.Horizontal)
    assert "Asia/Shanghai" in received

    pane.overdue.setChecked(True)
    assert refs(pane) == [old.reference]
    pane.overdue.setChecked(False)

    pane.channel.setCurrentIndex(pane.channel.findData(Channel.HOTLINE.value))
    assert refs(pane) == [fresh.reference]
    pane.channel.setCurrentIndex(0)

    pane.category.setCurrentIndex(pane.category.findData(cases["billing"].id))
    assert set(refs(pane)) == {old.reference, mail.reference}
    pane.category.setCurrentIndex(0)

    pane.mine.setChecked(True)  # the admin logged the first two; the third is the officer's
    assert set(refs(pane)) == {old.reference, fresh.reference}
    pane.mine.setChecked(False)

    pane.search.setText("发票")
    qtbot.waitUntil(lambda: not pane.search_timer.isActive())
    assert refs(pane) == [mail.reference]
    pane.search.clear()
    qtbot.waitUntil(lambda: not pane.search_timer.isActive())

    app_services.get(CaseService).resolve(fresh.id, "已说明收费标准")
    pane.refresh()
    assert fresh.reference not in refs(pane)  # open cases by default
    pane.status.setCurrentIndex(pane.status.findData(CaseStatus.RESOLVED.value))
    assert refs(pane) == [fresh.reference]


def test_enter_opens_a_case_and_only_allowed_steps_are_offered(qtbot, app_services, cases, answer):
    pane = make_pane(qtbot, app_services)
    pane.table.setFocus()
    qtbot.waitUntil(pane.table.hasFocus)
    row = refs(pane).index(cases["fresh"].reference)
    pane.table.selectRow(row)
    qtbot.keyClick(pane.table, Qt.Key.Key_Return)
    view = pane.view
    assert view.case.id == cases["fresh"].id
    texts = [b.text().replace("&", "") for b in view.status_buttons]
    assert texts == ["Acknowledge", "Work on it", "Wait for them", "Resolve…"]
    assert QApplication.focusWidget() is view.status_buttons[0]
    assert "Asia/Shanghai" in view.fields["received"].text()
    assert "Asia/Shanghai" in view.conversation_label.text()

    qtbot.keyClick(view.status_buttons[2], Qt.Key.Key_Space)  # wait for them: the clocks pause
    assert view.case.status is CaseStatus.WAITING
    assert [b.text().replace("&", "") for b in view.status_buttons] == ["Work on it", "Resolve…"]
    line = pane.model.line(pane.model.row_of(cases["fresh"].id))
    assert line.paused and pane.model.index(pane.model.row_of(line.id), m.COL_CLOCK).data() == "Paused"

    # someone else moves the case on meanwhile: the step is refused in words, the case reloaded
    app_services.get(CaseService).resume(cases["fresh"].id)
    qtbot.keyClick(view.status_buttons[0], Qt.Key.Key_Space)
    assert answer.asked and "changed this case" in answer.asked[-1][2]
    assert view.case.status is CaseStatus.IN_PROGRESS
    assert [b.text().replace("&", "") for b in view.status_buttons] == ["Wait for them", "Resolve…"]


def test_a_note_and_a_resolution_with_fcr_and_satisfaction(qtbot, app_services, cases, monkeypatch):
    from commdesk.ui.cases import pane as pane_mod

    pane = make_pane(qtbot, app_services)
    pane.show_case(cases["old"].id)

    def fill_note(dlg):
        dlg.body.setPlainText("已回电说明")
        return 1

    monkeypatch.setattr(pane_mod.CaseTextDialog, "exec", fill_note)
    pane.view.note_button.click()
    assert pane.view.case.entries[-1].kind == "note" and "已回电说明" in pane.view.conversation.toPlainText()

    def fill_resolve(dlg):
        dlg.outcome.setPlainText("已更正账单")
        dlg.fcr.setChecked(False)
        dlg.csat.setCurrentIndex(dlg.csat.findData(4))
        return 1

    monkeypatch.setattr(pane_mod.ResolveDialog, "exec", fill_resolve)
    [resolve] = [b for b in pane.view.status_buttons if "Resolve" in b.text()]
    resolve.click()
    case = app_services.get(CaseService).get(cases["old"].id)
    assert case.status is CaseStatus.RESOLVED and case.first_contact_resolution is False and case.csat == 4
    assert "4/5" in pane.view.fields["outcome"].text()
    assert [b.text().replace("&", "") for b in pane.view.status_buttons] == ["Close", "Reopen…"]


def test_knowledge_base_dialog_four_eyes(qtbot, app_services, people, answer):
    both = app_services.get(PeopleService).create(
        "赵磊 Zhao Lei",
        "zhao@example.org",
        "品牌传播部",
        {Role.ADMINISTRATOR, Role.REVIEWER},
        passphrase="zhao-lei-passphrase-1",
    )
    app_services.set_person(both)
    dlg = KnowledgeDialog(app_services)
    qtbot.addWidget(dlg)
    dlg.show()
    dlg.new_entry()
    dlg.title.setText("营业时间")
    dlg.body.setPlainText("工作日 9:00-18:00。")
    assert dlg.save()
    assert dlg.entry is not None and dlg.entry.waiting
    assert not dlg.approve_button.isEnabled() and "someone else" in dlg.approve_button.toolTip()
    assert app_services.get(KnowledgeService).search("营业") == []  # not offered

    app_services.set_person(people["reviewer"])
    dlg2 = KnowledgeDialog(app_services)
    qtbot.addWidget(dlg2)
    assert dlg2.approve_button.isEnabled() and not dlg2.save_button.isEnabled()
    dlg2.approve_button.click()
    assert not dlg2.entry.waiting
    assert [a.title for a in app_services.get(KnowledgeService).search("营业")] == ["营业时间"]


def test_routing_grades_a_complaint_so_it_can_be_resolved(qtbot, app_services, cases, people, monkeypatch):
    from commdesk.ui.cases import pane as pane_mod

    admin = app_services.get(CaseAdminService)
    complaints = admin.save_category("complaint", "投诉", "Complaints", complaint=True)
    case = app_services.get(CaseService).create(Channel.WALK_IN, "投诉：多收费", category=complaints.id)
    pane = make_pane(qtbot, app_services)
    pane.show_case(case.id)

    def route(dlg):
        dlg.owner.setCurrentIndex(dlg.owner.findData(people["officer"].id))
        dlg.priority.setCurrentIndex(dlg.priority.findData("high"))
        dlg.grade.setCurrentIndex(dlg.grade.findData(1))
        return 1

    monkeypatch.setattr(pane_mod.RouteDialog, "exec", route)
    pane.view.route_button.click()
    routed = pane.view.case
    assert routed.owner_id == people["officer"].id and routed.priority.value == "high"
    assert routed.complaint_grade == 1 and "1" in pane.view.fields["grade"].text()
