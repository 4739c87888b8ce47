"""A message built from a record leaves only after that record's area checked it: when no check is
registered (a program assembled without its areas), the outbox holds it instead of sending it."""

from __future__ import annotations

import pytest
from tests.support.outbox import configure, release_draft

from commdesk.core.mail.labels import HOLD_UNCHECKED
from commdesk.services.mail import outbox as outbox_module
from commdesk.services.mail.outbox import HELD, SENT


@pytest.fixture
def no_checks(monkeypatch):
    monkeypatch.setattr(outbox_module, "_revision_checks", {})


def test_a_release_message_nobody_can_check_is_held_not_sent(ctx, people, smtp_server, tmp_path, no_checks):
    outbox = configure(ctx, smtp_server, tmp_path)
    release_ids = outbox.queue(release_draft(2), "releases", 1, kind="release", source_revision="r1")
    plain_ids = outbox.queue(release_draft(1), "contacts", 7)  # plain mail about a contact: nothing to check
    summary = outbox.send_pending()
    assert summary.sent == 1 and summary.held == 2
    assert [m.rcpt_tos for m in smtp_server.messages] == [["r0@example.org"]]
    held = [outbox.get(i) for i in release_ids]
    assert {i.status for i in held} == {HELD} and {i.held_reason for i in held} == {HOLD_UNCHECKED}
    assert "could not be checked" in held[0].held_text
    assert outbox.get(plain_ids[0]).status == SENT
