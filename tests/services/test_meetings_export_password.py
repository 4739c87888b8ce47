"""Issue "Trust" §6: the meeting password is never written into an exported invitation (.ics or the
agenda PDF); the file says it is given separately."""

from __future__ import annotations

import io
from datetime import UTC, datetime, timedelta

import icalendar
import pytest
from pypdf import PdfReader

from commdesk.core.meetings.model import Meeting, MeetingKind, Participant
from commdesk.services.meetings.service import MeetingService

SECRET = "8812-zz"


@pytest.fixture
def meeting_with_password(ctx, people):
    svc = ctx.service(MeetingService)
    m = svc.save(
        Meeting(
            topic="Weekly call",
            kind=MeetingKind.CONFERENCE,
            tz="Asia/Shanghai",
            start=datetime.now(UTC) + timedelta(days=3),
            duration=30,
            link="https://meet.example.org/weekly",
            participants=[Participant(f"P{i}", f"p{i}@example.org") for i in range(3)],
        )
    )
    svc.set_password(m.id, SECRET)
    return svc, m


def test_exported_invitation_withholds_the_password(meeting_with_password):
    svc, m = meeting_with_password
    ics, _ = svc.invitation_ics(m.id)
    files = svc.invitation_files(m.id)
    for data in (ics, files.ics):
        assert SECRET.encode() not in data
        event = next(c for c in icalendar.Calendar.from_ical(data).walk("VEVENT"))
        assert "given separately" in str(event.get("DESCRIPTION"))
    assert SECRET not in "".join(page.extract_text() for page in PdfReader(io.BytesIO(files.pdf)).pages)
    assert svc.password(m.id) == SECRET  # still in the keyring for the mail that goes out
