"""The meeting password is put into the invitation only
while it is handed to the server. The outbox row, its body, the .eml export and a backup of the
database never hold it; the mail the server received does (read with icalendar)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from email import message_from_bytes, policy
from zoneinfo import ZoneInfo

import icalendar
from sqlalchemy import text
from tests.support.outbox import configure

from commdesk.core.meetings.model import Meeting, MeetingKind, Participant
from commdesk.services.mail.sending import MeetingMailer
from commdesk.services.meetings.service import MeetingService

NOW = datetime(2026, 12, 1, 9, 0, tzinfo=ZoneInfo("Asia/Shanghai"))
SECRET = "Pw;7,x\\八九"  # characters iCalendar must escape, and non-ASCII


def _calendars(msg) -> list[str]:
    out = []
    for part in msg.walk():
        if part.get_content_type() in ("text/calendar", "application/ics"):
            content = part.get_content()
            out.append(content.decode() if isinstance(content, bytes) else content)
    return out


def test_the_password_goes_only_into_the_mail_the_server_receives(ctx, people, smtp_server, tmp_path):
    ctx.clock = lambda: NOW.astimezone(UTC)
    outbox = configure(ctx, smtp_server, tmp_path)
    meetings = ctx.service(MeetingService)
    m = meetings.save(
        Meeting(
            kind=MeetingKind.CONFERENCE,
            topic="线上发布会彩排",
            purpose="彩排",
            start=NOW + timedelta(days=7),
            duration=60,
            link="https://meet.example.org/abc",
            participants=[Participant("李明", "li@example.org")],
        )
    )
    meetings.set_password(m.id, SECRET)
    [mid] = ctx.service(MeetingMailer).send_invitation(
        m.id, reasons={"FM-1": "ok", "PC-1": "ok", "PC-2": "ok"}, override="ok"
    )

    stored = outbox.message(mid)
    assert SECRET.encode() not in stored.as_bytes() and "Pw;7" not in stored.as_string()
    assert all("\u25cf" * 6 in c.replace("\r\n ", "") for c in _calendars(stored))  # the mask
    with ctx.engine.connect() as conn:  # the row, and so every backup of it
        dump = " ".join(str(r) for r in conn.execute(text("SELECT * FROM mail_outbox")))
        audit = " ".join(str(r) for r in conn.execute(text("SELECT * FROM audit_log")))
    assert "Pw;7" not in dump and "Pw;7" not in audit
    assert outbox.get(mid).secret_ref == f"meeting:{m.uid}"
    folder = tmp_path / "eml"
    folder.mkdir()
    [eml] = outbox.export_eml([mid], folder)
    assert b"Pw;7" not in eml.read_bytes()
    assert "Pw;7" not in str(message_from_bytes(eml.read_bytes(), policy=policy.default))

    assert outbox.send_pending().sent == 1
    [got] = smtp_server.messages
    calendars = _calendars(got.message)
    assert len(calendars) == 2  # the inline part and invite.ics
    for c in calendars:
        [event] = icalendar.Calendar.from_ical(c).walk("VEVENT")
        assert SECRET in str(event["DESCRIPTION"]) and "\u25cf" not in str(event["DESCRIPTION"])
        assert "https://meet.example.org/abc" in str(event["DESCRIPTION"])
    after = outbox.message(mid)  # still masked after sending
    assert b"Pw;7" not in after.as_bytes()


def test_a_password_gone_from_the_keyring_fails_the_message_instead_of_sending_the_mask(
    ctx, people, smtp_server, tmp_path
):
    ctx.clock = lambda: NOW.astimezone(UTC)
    outbox = configure(ctx, smtp_server, tmp_path)
    meetings = ctx.service(MeetingService)
    m = meetings.save(
        Meeting(
            kind=MeetingKind.CONFERENCE,
            topic="彩排",
            purpose="彩排",
            start=NOW + timedelta(days=7),
            duration=60,
            link="https://meet.example.org/x",
            participants=[Participant("李明", "li@example.org")],
        )
    )
    meetings.set_password(m.id, SECRET)
    [mid] = ctx.service(MeetingMailer).send_invitation(
        m.id, reasons={"FM-1": "ok", "PC-1": "ok", "PC-2": "ok"}, override="ok"
    )
    from commdesk.core import secrets

    secrets.delete_secret(f"meeting:{m.uid}")
    summary = outbox.send_pending()
    assert summary.sent == 0 and summary.failed == 1 and smtp_server.messages == []
    assert "password" in (outbox.get(mid).last_error or "")
