"""The meetings pane's "Send invitation" and "Send minutes": procedure warnings need a reason, the
mail goes through the outbox to the loopback SMTP server ("Send now"), or into .eml files without
an account."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import icalendar
import pytest
import tests.support.smtp as loopback
from PySide6.QtWidgets import QFileDialog, QMessageBox
from tests.support.outbox import configure

from commdesk.core.meetings.model import AgendaItem, Meeting, MeetingKind, Participant
from commdesk.core.meetings.schedule import MinutesDue
from commdesk.services.audit import AuditService
from commdesk.services.mail.outbox import OutboxService
from commdesk.services.meetings.minutes import MeetingMinutesService
from commdesk.services.meetings.service import MeetingService
from commdesk.ui.meetings.pane import MeetingsPane

smtp_certificate, smtp_server_factory, smtp_server = (
    loopback.smtp_certificate,
    loopback.smtp_server_factory,
    loopback.smtp_server,
)


def _meeting(app_services, start):
    return app_services.get(MeetingService).save(
        Meeting(
            kind=MeetingKind.IN_PERSON,
            topic="新品发布沟通会",
            purpose="确认流程",
            start=start,
            duration=60,
            room="301",
            participants=[Participant("李明", "li@example.org"), Participant("王芳", "wang@example.org")],
            agenda=[AgendaItem("流程", "李明", 30)],
        )
    )


@pytest.fixture
def pane(qtbot, app_services):
    p = MeetingsPane(app_services)
    qtbot.addWidget(p)
    p.show()
    return p


def test_send_invitation_asks_reasons_and_arrives_with_a_calendar_part(
    qtbot, ctx, app_services, pane, answer, smtp_server, tmp_path
):
    configure(ctx, smtp_server, tmp_path)
    m = _meeting(app_services, datetime.now(UTC) + timedelta(days=7))
    warnings = app_services.get(MeetingService).check(m)
    pane.open_record(m.id)
    answer.text = "已电话确认"  # every reason asked for
    answer.reply = QMessageBox.StandardButton.Yes  # "Send now?"
    pane.buttons["send_invite"].click()
    qtbot.waitUntil(lambda: len(smtp_server.messages) == 1, timeout=20000)
    [got] = smtp_server.messages
    assert sorted(got.rcpt_tos) == ["li@example.org", "wang@example.org"]
    [cal] = [p for p in got.message.walk() if p.get_content_type() == "text/calendar"]
    assert [str(e.get("summary")) for e in icalendar.Calendar.from_ical(cal.get_content()).walk("VEVENT")]
    asked = [t for k, t, _ in answer.asked if k == "text"]
    assert len(asked) >= len({f.rule for f in warnings})
    assert app_services.get(MeetingService).get(m.id).invitation_sent_at is not None
    if warnings:
        notes = [e.note or "" for e in app_services.get(AuditService).history("meetings", m.id)]
        assert any("已电话确认" in n for n in notes)


def test_no_reason_sends_nothing(qtbot, ctx, app_services, pane, answer, smtp_server, tmp_path):
    configure(ctx, smtp_server, tmp_path)
    m = _meeting(app_services, datetime.now(UTC) + timedelta(days=7))
    pane.open_record(m.id)
    answer.text = None  # the user cancels every question
    pane.buttons["send_invite"].click()
    assert ctx.service(OutboxService).list() == []
    assert app_services.get(MeetingService).get(m.id).invitation_sent_at is None


def test_send_minutes_marks_them_distributed(qtbot, ctx, app_services, pane, answer, smtp_server, tmp_path):
    configure(ctx, smtp_server, tmp_path)
    m = _meeting(app_services, datetime.now(UTC) - timedelta(hours=3))
    minutes = app_services.get(MeetingMinutesService)
    minutes.save(minutes.draft(m.id))
    pane.range.setCurrentIndex(pane.range.findData("all"))
    pane.open_record(m.id)
    answer.text = "纪要格式已确认"
    answer.reply = QMessageBox.StandardButton.Yes
    pane.buttons["send_minutes"].click()
    qtbot.waitUntil(lambda: len(smtp_server.messages) == 1, timeout=20000)
    [pdf] = [
        a
        for a in smtp_server.messages[0].message.iter_attachments()
        if a.get_content_type() == "application/pdf"
    ]
    assert pdf.get_content().startswith(b"%PDF")
    qtbot.waitUntil(lambda: minutes.deadline(m.id).status is MinutesDue.DONE, timeout=20000)
    # the list follows the commit that marked them distributed (no "due" left in the row)
    qtbot.waitUntil(lambda: [r.minutes_due for r in pane.model.rows if r.id == m.id] == [MinutesDue.DONE])


def test_without_an_account_both_save_eml_files(
    qtbot, ctx, app_services, pane, answer, tmp_path, monkeypatch
):
    m = _meeting(app_services, datetime.now(UTC) + timedelta(days=7))
    pane.open_record(m.id)
    (tmp_path / "invite").mkdir()
    (tmp_path / "minutes").mkdir()
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(tmp_path / "invite"))
    pane.buttons["send_invite"].click()
    [invite] = list((tmp_path / "invite").glob("*.eml"))
    assert b"text/calendar" in invite.read_bytes()
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(tmp_path / "minutes"))
    pane.open_record(m.id)
    pane.buttons["send_minutes"].click()
    [mail] = list((tmp_path / "minutes").glob("*.eml"))
    assert b"application/pdf" in mail.read_bytes()
    assert ctx.service(OutboxService).list() == []
    assert all(k == "info" for k, _t, _x in answer.asked)
