"""The planning dialog's participant and agenda tables, the contact picker, live procedure warnings."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from commdesk.core.contacts.records import ContactRecord, Email
from commdesk.core.meetings.model import (
    AgendaItem,
    Meeting,
    MeetingKind,
    Participant,
    Response,
)
from commdesk.services.contacts.service import ContactService


def _findings(dlg) -> list[str]:
    dlg.update_findings()
    return [dlg.findings.item(i).text() for i in range(dlg.findings.count())]


def test_participant_and_agenda_tables_round_trip_and_warnings_follow_them(qtbot, app_services):
    from commdesk.ui.meetings.dialogs import PlanningDialog

    m = Meeting(
        kind=MeetingKind.CONFERENCE,
        topic="电话会",
        link="https://meet.example.org/j/1",
        duration=30,
        start=datetime.now(UTC) + timedelta(days=3),
        participants=[
            Participant("李明", "li@example.org", person_id=1, response=Response.ACCEPTED),
            Participant("Reporter", "press@example.com", contact_id=9, required=False),
        ],
        agenda=[
            AgendaItem("Review of actions", "", 5, review_of_actions=True),
            AgendaItem("流程", "李明", 10, documents=["plan.docx"]),
        ],
    )
    dlg = PlanningDialog(app_services, m)
    qtbot.addWidget(dlg)
    assert dlg.participants.values() == m.participants
    assert dlg.agenda.values() == m.agenda
    assert not any("agenda" in t.lower() and "longer" in t.lower() for t in _findings(dlg))
    # the agenda grows past the meeting: the time-box warning appears without pressing anything
    table = dlg.agenda.table
    dlg.agenda.add(AgendaItem(""))
    table.item(2, 0).setText("讨论")
    table.item(2, 2).setData(Qt.ItemDataRole.EditRole, 40)
    qtbot.waitUntil(
        lambda: not any("✓" in dlg.findings.item(i).text() for i in range(dlg.findings.count())), timeout=3000
    )
    assert dlg.agenda.values()[2] == AgendaItem("讨论", "", 40)
    # reorder keeps the hidden fields with their row
    table.selectRow(1)
    dlg.agenda.move_current(1)
    assert [a.title for a in dlg.agenda.values()] == ["Review of actions", "讨论", "流程"]
    assert dlg.agenda.values()[2].documents == ["plan.docx"]
    assert dlg.agenda.values()[0].review_of_actions
    dlg.agenda.move_current(-1)
    dlg.agenda.remove_current()
    assert [a.title for a in dlg.agenda.values()] == ["Review of actions", "讨论"]
    # participants: required checkbox, response and attendance
    pt = dlg.participants.table
    pt.item(1, 2).setCheckState(Qt.CheckState.Checked)
    pt.cellWidget(1, 3).setCurrentIndex(list(Response).index(Response.DECLINED))
    pt.cellWidget(0, 4).setCurrentIndex(1)
    got = dlg.participants.values()
    assert got[1].required and got[1].response is Response.DECLINED and got[1].contact_id == 9
    assert got[0].attended is True and got[0].person_id == 1
    # PC-1 (a conference far above 3-10 people) follows the participant table live
    assert not any("PC-1" in t for t in _findings(dlg))
    dlg.participants.add_participants([Participant(f"P{i}", f"p{i}@example.org") for i in range(15)])
    qtbot.waitUntil(
        lambda: any("PC-1" in dlg.findings.item(i).text() for i in range(dlg.findings.count())), timeout=3000
    )
    for _ in range(5):
        dlg.participants.table.selectRow(0)
        dlg.participants.remove_current()
    qtbot.waitUntil(
        lambda: not any("PC-1" in dlg.findings.item(i).text() for i in range(dlg.findings.count())),
        timeout=3000,
    )
    assert len(dlg.participants.values()) == 12


def test_add_from_contacts_and_people(qtbot, app_services, people, monkeypatch):
    from commdesk.ui.meetings import widgets

    c = app_services.get(ContactService).create(
        ContactRecord(
            full_name="张伟",
            outlet="新华社",
            emails=[Email("home", "zw@home.example"), Email("work", "zhang@xinhua.example.cn", primary=True)],
        )
    )
    editor = widgets.ParticipantsEditor(app_services)
    qtbot.addWidget(editor)
    picker = widgets.ContactPicker(app_services)
    qtbot.addWidget(picker)
    picker.search.setText("张伟")
    texts = [picker.list.item(i).text() for i in range(picker.list.count())]
    assert len(texts) == 1 and "新华社" in texts[0]
    picker.list.item(0).setCheckState(Qt.CheckState.Checked)
    officer = people["officer"]
    picker.search.setText(officer.name[:2])
    row = next(i for i in range(picker.list.count()) if officer.name in picker.list.item(i).text())
    picker.list.item(row).setCheckState(Qt.CheckState.Checked)
    chosen = picker.chosen()
    assert [p.name for p in chosen] == ["张伟", officer.name]
    assert chosen[0].email == "zhang@xinhua.example.cn" and chosen[0].contact_id == c.id
    assert chosen[1].person_id == officer.id and chosen[1].email == (officer.email or "")

    class FakePicker:
        def __init__(self, *_a):
            pass

        def exec(self):
            return QDialog.DialogCode.Accepted

        def chosen(self):
            return chosen

    monkeypatch.setattr(widgets, "ContactPicker", FakePicker)
    editor.pick()
    editor.pick()  # the same people twice: added once
    assert [p.name for p in editor.values()] == ["张伟", officer.name]
