"""A held copy says which record it belongs to, what changed and what to do, by the buttons and the
commands that do it ("The item was changed after this message was made" named neither)."""

from __future__ import annotations

import pytest
from tests.support.outbox import held_announcement

from commdesk.core.errors import ValidationError
from commdesk.core.releases import gate as release_gate
from commdesk.core.review import gate as review_gate
from commdesk.services.announcements import AnnouncementService
from commdesk.services.mail.holds import explain
from commdesk.services.mail.outbox import OutboxService


@pytest.fixture
def held(ctx, people, smtp_server, tmp_path):
    """An approved announcement queued to a list, then edited: its copy is held."""
    aid = held_announcement(
        ctx, people, smtp_server, tmp_path, "年会安排", "年会定于周五举行。", "年会改在周六举行。"
    )
    [copy] = ctx.service(OutboxService).for_record("announcements", aid)
    assert copy.status == "held"
    return ctx.service(AnnouncementService).get(aid), copy


def test_a_held_announcement_copy_names_the_announcement_and_the_way_out(ctx, held):
    a, copy = held
    text = copy.held_text
    assert text.startswith(f"Announcement {a.id} “年会安排” was changed after this copy was made")
    assert "The item" not in text
    assert "Have it approved again" in text
    assert "“Send to the lists…” in Announcements" in text and f"commdesk announcements send {a.id}" in text
    assert "“Cancel message” in the Outbox" in text and f"commdesk outbox cancel {copy.id}" in text
    # the same words where the outbox refuses to retry or export it
    outbox = ctx.service(OutboxService)
    with pytest.raises(ValidationError) as refused:
        outbox.retry([copy.id])
    assert f"Announcement {a.id} “年会安排” was changed" in str(refused.value)
    assert outbox.get(copy.id).held_text == text


def test_the_held_words_in_chinese(ctx, held):
    from commdesk import translations

    a, copy = held
    translations.install("zh_CN")
    text = ctx.service(OutboxService).get(copy.id).held_text
    assert text.startswith(f"内部通知 {a.id}“年会安排”在此副本生成后被修改") and "“发送给订阅列表…”" in text
    assert f"commdesk announcements send {a.id}" in text and f"commdesk outbox cancel {copy.id}" in text
    assert not any(word in text for word in ("changed", "approved", "Outbox"))


def test_an_event_invitation_and_a_release_are_named_with_their_commands():
    changed = review_gate.HOLD_PREFIX + review_gate.Hold.CHANGED.value
    text = explain(changed, "event_invitations", "3", 41, "EV-2026-003")
    assert text.startswith("The invitation to event EV-2026-003 was changed")
    assert "commdesk events send EV-2026-003 --again" in text and "commdesk outbox cancel 41" in text
    assert "“Send invitations…” in Media events" in text
    gone = review_gate.HOLD_PREFIX + review_gate.Hold.GONE.value
    assert explain(gone, "announcements", "9", 7).startswith("Announcement 9 no longer exists")
    assert "send" not in explain(gone, "announcements", "9", 7)  # only cancelling is left

    release = explain(release_gate.HOLD_CHANGED, "releases", "12", 5, "PR-2026-012")
    assert release.startswith("Press release PR-2026-012: The release was changed")
    assert "commdesk outbox rebuild 5" in release and "commdesk outbox cancel 5" in release
    withdrawn = explain(release_gate.HOLD_WITHDRAWN, "releases", "12", 5, "PR-2026-012")
    assert "rebuild" not in withdrawn and "commdesk outbox cancel 5" in withdrawn
