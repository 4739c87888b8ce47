"""Undoing a merge gives both contacts back as they were before it; if the kept contact was edited
after the merge, that edit would be lost, so the undo is refused with a message (nothing changes)
unless the person agrees to lose it (service, command line, and the pane's question)."""

from __future__ import annotations

import pytest
from tests.services.test_contacts_merge_every_field import _pair, _state

from commdesk.services.contacts.merge import ChangedSinceMerge
from commdesk.services.contacts.service import ContactService


@pytest.fixture
def svc(ctx, people):
    return ctx.service(ContactService)


def test_undo_after_an_edit_is_refused_unless_the_edit_may_be_lost(svc, ctx, people):
    a, b = _pair(svc, ctx, people)
    before = {a: _state(svc, a), b: _state(svc, b)}
    merge_id = svc.merge(a, b, {"owner": "other"})
    merged = svc.get(a)
    edited = svc.update(a, merged.record.copy(title="主编"), merged.version)
    with pytest.raises(ChangedSinceMerge, match="was changed after the merge"):
        svc.undo_merge(merge_id)
    assert svc.get(a).record.title == "主编" and svc.get(b).deleted  # nothing was undone
    svc.undo_merge(merge_id, discard_changes=True)
    assert {a: _state(svc, a), b: _state(svc, b)} == before
    assert edited.version != svc.get(a).version


def test_undo_right_after_the_merge_and_after_a_logged_call_needs_no_question(svc, ctx, people):
    from datetime import UTC, datetime

    a, b = _pair(svc, ctx, people)
    before = _state(svc, b)
    merge_id = svc.merge(a, b, {})
    svc.log_interaction(a, "note", datetime(2026, 5, 3, 8, tzinfo=UTC), "", "internal note")
    svc.undo_merge(merge_id)  # a logged interaction is not an edit of the contact
    assert _state(svc, b) == before


def test_command_line_refuses_then_discards_when_asked(run_cli, db_url, svc, ctx, people):
    a, b = _pair(svc, ctx, people)
    merge_id = svc.merge(a, b, {})
    merged = svc.get(a)
    svc.update(a, merged.record.copy(title="主编"), merged.version)
    code, _out, err = run_cli("--db", db_url, "--as", "chen@example.org", "contacts", "undo-merge", merge_id)
    assert code == 1 and "was changed after the merge" in err and svc.get(b).deleted
    code, _out, err = run_cli(
        "--db", db_url, "--as", "chen@example.org", "contacts", "undo-merge", merge_id, "--discard-changes"
    )
    assert code == 0, err
    assert not svc.get(b).deleted and svc.get(a).record.title != "主编"
