"""The date in an invitation's subject is the meeting's date in its own zone, whatever the computer's
zone (run under TZ=America/Los_Angeles and TZ=Asia/Shanghai: the same subject)."""

from __future__ import annotations

from datetime import UTC, datetime
from zoneinfo import ZoneInfo

import pytest
from tests.support.outbox import configure

from commdesk.core.meetings.model import Meeting, MeetingKind, Participant
from commdesk.services.mail.sending import MeetingMailer
from commdesk.services.meetings.service import MeetingService


def test_invitation_subject_carries_the_meetings_own_date(ctx, people, smtp_server, tmp_path):
    ctx.clock = lambda: datetime(2026, 12, 1, 1, 0, tzinfo=UTC)
    configure(ctx, smtp_server, tmp_path)
    m = ctx.service(MeetingService).save(
        Meeting(
            kind=MeetingKind.IN_PERSON,
            topic="早会",
            purpose="同步",
            tz="Asia/Shanghai",
            room="301",
            duration=30,
            start=datetime(2026, 12, 8, 3, 0, tzinfo=ZoneInfo("Asia/Shanghai")),  # Dec 7 in Los Angeles
            participants=[Participant("李明", "li@example.org")],
        )
    )
    draft = ctx.service(MeetingMailer).invitation_draft(m.id)
    assert draft.subject.endswith("20261208") and "20261207" not in draft.subject


@pytest.mark.timezones
def test_a_messages_date_header_is_the_offices_time_whatever_the_computers_zone(
    ctx, people, smtp_server, tmp_path, process_tz
):
    from email import message_from_bytes, policy

    from tests.support.outbox import release_draft

    from commdesk.services.settings import OrgSettings, SettingsService

    ctx.clock = lambda: datetime(2026, 12, 1, 1, 0, tzinfo=UTC)
    outbox = configure(ctx, smtp_server, tmp_path)
    ctx.service(SettingsService).save_organisation(OrgSettings(name="华信", time_zone="Asia/Shanghai"))
    [mid] = outbox.queue(release_draft(1))
    assert outbox.message(mid)["Date"] == "Tue, 01 Dec 2026 09:00:00 +0800"
    folder = tmp_path / "eml"
    folder.mkdir()
    [saved] = outbox.save_as_eml(release_draft(1), folder)
    assert message_from_bytes(saved.read_bytes(), policy=policy.default)["Date"].endswith("+0800")
