"""Revision 0042: invitations stored before 0041 carried the meeting password in their calendar text
(the outbox row, and so every backup). The upgrade masks it in every stored invitation, sent ones
too, and gives the unsent ones the keyring entry, so the password still reaches the participants
when they are sent, and only then."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import icalendar
from alembic import command
from sqlalchemy import text
from tests.support.outbox import configure

from commdesk.core.meetings.model import Meeting, MeetingKind, Participant
from commdesk.persistence import schema
from commdesk.services.mail.outbox import parse_message
from commdesk.services.mail.secret_parts import SECRET_MASK, insert_secret
from commdesk.services.mail.sending import MeetingMailer
from commdesk.services.meetings.service import MeetingService

NOW = datetime(2026, 12, 1, 9, 0, tzinfo=ZoneInfo("Asia/Shanghai"))
SECRET = "Pw;7,x\\八九"
REASONS = {"FM-1": "ok", "PC-1": "ok", "PC-2": "ok"}


def _descriptions(raw: bytes) -> list[str]:
    out = []
    for part in parse_message(raw).walk():
        if part.get_content_type() in ("text/calendar", "application/ics"):
            content = part.get_content()
            cal = icalendar.Calendar.from_ical(content.decode() if isinstance(content, bytes) else content)
            out += [str(e["DESCRIPTION"]) for e in cal.walk("VEVENT")]
    return out


def test_passwords_already_in_the_outbox_are_masked_and_come_back_only_when_sent(
    ctx, people, smtp_server, tmp_path
):
    ctx.clock = lambda: NOW.astimezone(UTC)
    outbox = configure(ctx, smtp_server, tmp_path)
    meetings, mailer = ctx.service(MeetingService), ctx.service(MeetingMailer)
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
    [waiting] = mailer.send_invitation(m.id, reasons=REASONS, override="ok")
    [sent] = mailer.send_invitation(m.id, reasons=REASONS, override="ok")
    ref = outbox.get(waiting).secret_ref
    with ctx.engine.begin() as c:  # as an earlier commdesk stored them
        for i, status in ((waiting, "queued"), (sent, "sent")):
            old = insert_secret(outbox.message(i), ref).as_bytes()
            c.execute(
                text("UPDATE mail_outbox SET raw = :raw, status = :s, secret_ref = NULL WHERE id = :i"),
                {"raw": old, "s": status, "i": i},
            )
    assert all(SECRET in d for d in _descriptions(outbox.message(waiting).as_bytes()))

    with ctx.engine.begin() as conn:
        cfg = schema.alembic_config(conn)
        command.downgrade(cfg, "0041_outbox_hold")
        command.upgrade(cfg, "heads")
    with ctx.engine.connect() as c:
        dump = b"".join(bytes(r[0]) for r in c.execute(text("SELECT raw FROM mail_outbox")))
    assert b"Pw;7" not in dump
    for i in (waiting, sent):
        descriptions = _descriptions(outbox.message(i).as_bytes())
        assert len(descriptions) == 2  # the inline part and the attached .ics
        assert all(SECRET_MASK in d and "https://meet.example.org/abc" in d for d in descriptions)
    assert outbox.get(waiting).secret_ref == f"meeting:{m.uid}" and outbox.get(sent).secret_ref is None

    assert outbox.send_pending().sent == 1
    [got] = smtp_server.messages
    assert all(SECRET in d and SECRET_MASK not in d for d in _descriptions(got.data))
