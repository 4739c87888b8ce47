"""The review engine on a team database: the service tests run with each person connected as their
own login, and what the server itself refuses to plain SQL (an officer approving, or forcing an
item to approved; a reviewer approving their own text, in someone else's name, twice, or a text
that is not in review; history rewritten)."""

from __future__ import annotations

import pytest
from psycopg import errors
from tests.services.test_announcements_service import (  # noqa: F401 - with its fixture
    desk,
    test_an_edit_after_sending_holds_the_copies_not_yet_out_and_needs_a_new_review,
    test_an_important_announcement_is_refused_unreviewed_then_reaches_only_the_subscribed,
)
from tests.services.test_review_engine import (  # noqa: F401 - with its fixture
    review,
    test_an_item_goes_from_draft_through_review_to_approved_and_an_edit_voids_the_approval,
    test_finishing_needs_the_approved_text_and_a_correction_is_reviewed_again,
    test_outbox_messages_of_a_reviewed_item_are_held_unless_approved_at_their_hash,
    test_returning_needs_a_comment_voids_approvals_and_keeps_the_comment,
)

ITEM = (
    "INSERT INTO review_items (kind, item_id, state, author_id, last_editor_id, content_hash, revision, "
    "version, created_at, updated_at) VALUES ('announcement', %s, 'draft', %s, %s, %s, 1, 1, now(), now()) "
    "RETURNING id"
)
REVISION = (
    "INSERT INTO review_revisions (review_id, number, content_json, content_hash, editor_id, editor_name, at) "
    "VALUES (%s, %s, '{}', %s, %s, '', now())"
)
APPROVAL = (
    "INSERT INTO review_approvals (review_id, reviewer_id, reviewer_name, content_hash, revision, at, note, "
    "voided_reason) VALUES (%s, %s, '', %s, 1, now(), '', '')"
)


def _me(conn) -> int:
    return conn.execute("SELECT commdesk_session_person()").fetchone()[0]


def _in_review(team, item_id: int, key: str = "officer", digest: str = "h1") -> int:
    with team.connect(key) as conn:
        me = _me(conn)
        rid = conn.execute(ITEM, (item_id, me, me, digest)).fetchone()[0]
        conn.execute(REVISION, (rid, 1, digest, me))
        conn.execute("UPDATE review_items SET state = 'in_review' WHERE id = %s", (rid,))
    return rid


def _refused(team, key, sql, params=None):
    with team.connect(key) as conn, pytest.raises(errors.InsufficientPrivilege):
        conn.execute(sql, params)
        conn.commit()  # the checks deferred to the commit


def test_an_officer_connected_as_their_login_cannot_approve_nor_force_an_approval(team_db):
    rid = _in_review(team_db, 1)
    officer_id = team_db.people["officer"].id
    _refused(team_db, "officer", APPROVAL, (rid, officer_id, "h1"))
    _refused(team_db, "officer", "UPDATE review_items SET state = 'approved' WHERE id = %s", (rid,))
    _refused(team_db, "officer", "UPDATE review_items SET state = 'sent' WHERE id = %s", (rid,))
    _refused(team_db, "admin", "UPDATE review_items SET state = 'published' WHERE id = %s", (rid,))
    # changing the text in someone else's name
    _refused(
        team_db,
        "officer2",
        "UPDATE review_items SET content_hash = 'h2' WHERE id = %s",
        (rid,),
    )
    _refused(
        team_db, "officer", "UPDATE review_revisions SET content_hash = 'h9' WHERE review_id = %s", (rid,)
    )
    _refused(team_db, "officer", "DELETE FROM review_revisions WHERE review_id = %s", (rid,))


def test_a_reviewer_approves_only_someone_elses_current_text_in_their_own_name_once(team_db):
    reviewer_id = team_db.people["reviewer"].id
    officer_id = team_db.people["officer"].id
    rid = _in_review(team_db, 2)
    _refused(team_db, "reviewer", APPROVAL, (rid, officer_id, "h1"))  # in someone else's name
    _refused(team_db, "reviewer", APPROVAL, (rid, reviewer_id, "old"))  # not the current text
    with team_db.connect("reviewer") as conn:
        conn.execute(APPROVAL, (rid, reviewer_id, "h1"))
        conn.execute("UPDATE review_items SET state = 'approved' WHERE id = %s", (rid,))
        name = conn.execute(
            "SELECT reviewer_name FROM review_approvals WHERE review_id = %s", (rid,)
        ).fetchone()
        assert name[0] == team_db.people["reviewer"].name  # the server's, not what the client wrote
    _refused(team_db, "reviewer", "DELETE FROM review_approvals WHERE review_id = %s", (rid,))
    _refused(
        team_db, "officer", "UPDATE review_approvals SET content_hash = 'h2' WHERE review_id = %s", (rid,)
    )
    # voiding the approval leaves an approved item without one: refused at the commit
    _refused(
        team_db,
        "officer",
        "UPDATE review_approvals SET voided_at = now(), voided_reason = 'x' WHERE review_id = %s",
        (rid,),
    )
    # the item's author, even holding the reviewer role, never approves it: a text the reviewer
    # wrote is refused however it is written
    with team_db.connect("owner") as conn:
        rid2 = conn.execute(ITEM, (3, reviewer_id, reviewer_id, "h1")).fetchone()[0]
        conn.execute("UPDATE review_items SET state = 'in_review' WHERE id = %s", (rid2,))
    _refused(team_db, "reviewer", APPROVAL, (rid2, reviewer_id, "h1"))
    # a draft is not approved
    with team_db.connect("officer") as conn:
        rid3 = conn.execute(ITEM, (4, officer_id, officer_id, "h1")).fetchone()[0]
    _refused(team_db, "reviewer", APPROVAL, (rid3, reviewer_id, "h1"))


def test_two_reviewers_asked_for_means_one_approval_does_not_make_it_approved(team_db):
    with team_db.connect("admin") as conn:
        conn.execute(
            "INSERT INTO settings (key, value, version) VALUES ('review.reviewers.announcement', '2', 1) "
            "ON CONFLICT (key) DO UPDATE SET value = '2'"
        )
    reviewer_id = team_db.people["reviewer"].id
    rid = _in_review(team_db, 5)
    with team_db.connect("reviewer") as conn:
        conn.execute(APPROVAL, (rid, reviewer_id, "h1"))
    _refused(team_db, "reviewer", APPROVAL, (rid, reviewer_id, "h1"))  # the second is someone else's
    _refused(team_db, "reviewer", "UPDATE review_items SET state = 'approved' WHERE id = %s", (rid,))
