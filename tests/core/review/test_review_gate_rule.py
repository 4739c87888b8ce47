"""The one gate rule: every kind, every state, every path; releases keep their words and codes."""

from __future__ import annotations

import pytest

from commdesk.core.releases import gate as release_gate
from commdesk.core.releases.workflow import State as ReleaseState
from commdesk.core.review import gate
from commdesk.core.review.kinds import Kind
from commdesk.core.review.workflow import State


@pytest.mark.parametrize("kind", list(Kind))
@pytest.mark.parametrize("state", list(State))
@pytest.mark.parametrize("path", list(gate.Path))
def test_a_reviewed_item_leaves_only_after_approval_and_internal_paths_stay_open(kind, state, path):
    why = gate.why_not_leave(kind.value, state.value, path, "A-1")
    if not path.leaves or state in (State.APPROVED, State.SENT, State.PUBLISHED):
        assert why is None
    else:
        assert why and "A-1" in why


@pytest.mark.parametrize("state", list(ReleaseState))
@pytest.mark.parametrize("path", list(gate.Path))
def test_releases_ask_the_same_rule_in_their_own_words(state, path):
    ours = release_gate.why_not_leave(state, path, "R-1")
    assert ours == gate.why_not_leave("release", state.value, path, "R-1")
    open_ = not path.leaves or state in (
        ReleaseState.APPROVED,
        ReleaseState.SCHEDULED,
        ReleaseState.PUBLISHED,
    )
    assert (ours is None) == open_
    assert (gate.refusal("release", state.value, path) is None) == open_


def test_a_queued_message_is_held_unless_approved_at_its_hash():
    assert gate.hold_code("announcement", "approved", "h1", "h1") is None
    assert gate.hold_code("announcement", "sent", "h1", "h1") is None
    assert gate.hold_code("announcement", "approved", "h2", "h1") == "review_changed"
    assert gate.hold_code("announcement", "in_review", "h1", "h1") == "review_not_approved"
    assert gate.hold_code("announcement", "withdrawn", "h1", "h1") == "review_withdrawn"
    assert gate.hold_code("announcement", None, None, "h1") == "review_gone"
    assert gate.hold_code("announcement", "approved", "h1", None) == "review_version_unknown"
    # releases: the codes their held messages always had
    assert release_gate.hold_code("approved", "h2", "h1") == release_gate.HOLD_CHANGED
    assert release_gate.hold_code("scheduled", "h1", "h1") is None
    assert release_gate.hold_code("changes_requested", "h1", "h1") == release_gate.HOLD_NOT_APPROVED
    assert release_gate.hold_code(None, None, "h1") == release_gate.HOLD_GONE
    for code in gate.hold_codes():
        assert release_gate.hold_text(code) == gate.hold_text(code) != code
