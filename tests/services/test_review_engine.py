"""The review engine through a real database: states, four eyes, approvals voided by an edit, two
reviewers, comments, the diff against the last approved version, and the gate (one rule)."""

from __future__ import annotations

import pytest

from commdesk.core.domain.people import Role
from commdesk.core.errors import ConflictError, PermissionDenied, ValidationError
from commdesk.core.review.content import content_hash
from commdesk.core.review.gate import Path
from commdesk.core.review.kinds import Kind
from commdesk.core.review.workflow import Action, State, after_edit
from commdesk.services.review import ReviewService
from commdesk.services.review.gate import GateClosed, ReviewGate

KIND = Kind.ANNOUNCEMENT  # fields registered by core.review.kinds; no row of its own needed here
FIRST = {"subject": "媒体开放日邀请", "body": "诚邀各位记者参加开放日。\n\n地点：总部一楼。"}
SECOND = {"subject": "媒体开放日邀请", "body": "诚邀各位记者参加开放日。\n\n地点：总部二楼会议室。"}


@pytest.fixture
def review(ctx):
    return ctx.service(ReviewService)


def save(ctx, review, item_id, content, person):
    ctx.current = lambda: person
    with ctx.unit_of_work() as uow:
        return review.record_edit_in(uow.session, KIND, item_id, content, person)


def test_an_item_goes_from_draft_through_review_to_approved_and_an_edit_voids_the_approval(
    ctx, people, review
):
    officer, reviewer = people["officer"], people["reviewer"]
    assert review.state_of(KIND, 7) is None
    assert save(ctx, review, 7, FIRST, officer) == 1
    assert save(ctx, review, 7, dict(FIRST), officer) == 1  # the same text: no new revision
    status = review.state_of(KIND, 7)
    assert (status.state, status.author_id, status.last_editor_id) == (State.DRAFT, officer.id, officer.id)
    assert Action.SUBMIT in status.allowed
    status = review.submit(KIND, 7, status.version)
    assert status.state is State.IN_REVIEW

    ctx.current = lambda: reviewer
    status = review.state_of(KIND, 7)
    assert Action.APPROVE in status.allowed and Action.RETURN in status.allowed
    status = review.approve(KIND, 7, status.version, "好")
    assert status.state is State.APPROVED and status.approvers == (reviewer.name,)
    ReviewGate(ctx).check(KIND, 7, Path.MAIL, "invitation", content_hash(FIRST))

    assert save(ctx, review, 7, SECOND, officer) == 2
    status = review.state_of(KIND, 7)
    assert status.state is State.IN_REVIEW and status.approvers == ()
    with pytest.raises(GateClosed):
        ReviewGate(ctx).check(KIND, 7, Path.MAIL, "invitation")
    diff = review.diff_against_approved(KIND, 7)
    assert [p.kind for p in diff.body] == ["equal", "replace"]
    assert "二楼会议室" in diff.body[1].new and "一楼" in diff.body[1].old
    assert not diff.field("subject").changed
    assert [s.action for s in review.steps(KIND, 7)] == ["submit", "approve", "edit"]


def test_the_author_and_the_last_editor_never_approve_even_as_reviewers(ctx, people, review):
    admin, officer, reviewer = people["admin"], people["officer"], people["reviewer"]
    from commdesk.services.people import PeopleService

    ctx.current = lambda: admin
    both = ctx.service(PeopleService).create(
        "周敏", "zhou@example.org", "", {Role.OFFICER, Role.REVIEWER}, passphrase="zhou-passphrase-1"
    )
    save(ctx, review, 8, FIRST, both)
    status = review.submit(KIND, 8, review.state_of(KIND, 8).version)
    with pytest.raises(PermissionDenied, match="four eyes"):
        review.approve(KIND, 8, status.version)
    with pytest.raises(PermissionDenied, match="four eyes"):
        review.return_(KIND, 8, status.version, "改一下")
    save(ctx, review, 9, FIRST, officer)
    save(ctx, review, 9, SECOND, both)  # the reviewer edited it last
    ctx.current = lambda: both
    review.submit(KIND, 9)
    with pytest.raises(PermissionDenied, match="edited this"):
        review.approve(KIND, 9)
    ctx.current = lambda: officer
    with pytest.raises(PermissionDenied):
        review.approve(KIND, 9)  # not a reviewer
    ctx.current = lambda: reviewer
    assert review.approve(KIND, 9).state is State.APPROVED


def test_returning_needs_a_comment_voids_approvals_and_keeps_the_comment(ctx, people, review):
    officer, reviewer = people["officer"], people["reviewer"]
    save(ctx, review, 10, FIRST, officer)
    review.submit(KIND, 10)
    ctx.current = lambda: reviewer
    status = review.approve(KIND, 10)
    with pytest.raises(ValidationError, match="comment"):
        review.return_(KIND, 10, status.version, "  ")
    status = review.return_(KIND, 10, status.version, "地点写错了")
    assert status.state is State.RETURNED and status.approvers == ()
    with pytest.raises(GateClosed):
        ReviewGate(ctx).check(KIND, 10, Path.EML)
    assert [(c.author_name, c.text) for c in review.comments(KIND, 10)] == [(reviewer.name, "地点写错了")]
    ctx.current = lambda: officer
    review.add_comment(KIND, 10, "已改")
    assert [c.text for c in review.comments(KIND, 10)] == ["地点写错了", "已改"]
    with pytest.raises(ConflictError):
        review.submit(KIND, 10, status.version - 1)
    assert review.submit(KIND, 10, status.version).state is State.IN_REVIEW


def test_two_reviewers_means_two_different_people_approve_the_same_text(ctx, people, review):
    admin, officer, reviewer = people["admin"], people["officer"], people["reviewer"]
    from commdesk.services.people import PeopleService

    ctx.current = lambda: admin
    second = ctx.service(PeopleService).create(
        "赵敏", "zhao@example.org", "", {Role.REVIEWER}, passphrase="zhao-passphrase-1"
    )
    with pytest.raises(ValidationError):
        review.set_reviewers_needed(KIND, 3)
    review.set_reviewers_needed(KIND, 2)
    assert review.reviewers_needed(KIND) == 2 and review.reviewers_needed(Kind.POST) == 1
    save(ctx, review, 11, FIRST, officer)
    review.submit(KIND, 11)
    ctx.current = lambda: reviewer
    status = review.approve(KIND, 11)
    assert status.state is State.IN_REVIEW and status.approvers == (reviewer.name,)
    assert Action.APPROVE not in status.allowed
    with pytest.raises(ValidationError, match="already"):
        review.approve(KIND, 11)
    ctx.current = lambda: second
    assert review.approve(KIND, 11).state is State.APPROVED
    # an edit voids both; one approval of the new text is not enough
    save(ctx, review, 11, SECOND, officer)
    ctx.current = lambda: second
    assert review.approve(KIND, 11).state is State.IN_REVIEW


def test_finishing_needs_the_approved_text_and_a_correction_is_reviewed_again(ctx, people, review):
    officer, reviewer = people["officer"], people["reviewer"]
    save(ctx, review, 12, FIRST, officer)
    review.submit(KIND, 12)
    with ctx.unit_of_work() as uow, pytest.raises(GateClosed):
        review.finish_in(uow.session, KIND, 12, content_hash(FIRST), officer)
    ctx.current = lambda: reviewer
    review.approve(KIND, 12)
    ctx.current = lambda: officer
    with ctx.unit_of_work() as uow, pytest.raises(GateClosed, match="changed after it was approved"):
        review.finish_in(uow.session, KIND, 12, content_hash(SECOND), officer)
    with ctx.unit_of_work() as uow:
        assert review.finish_in(uow.session, KIND, 12, content_hash(FIRST), officer) is State.SENT
    ReviewGate(ctx).check(KIND, 12, Path.MAIL)  # sent: its messages may still go
    save(ctx, review, 12, SECOND, officer)  # a correction after sending: reviewed again
    assert review.state_of(KIND, 12).state is State.IN_REVIEW
    with pytest.raises(GateClosed):
        ReviewGate(ctx).check(KIND, 12, Path.MAIL)
    review.withdraw(KIND, 12)
    with pytest.raises(ValidationError, match="no longer be edited"):
        save(ctx, review, 12, FIRST, officer)


def test_outbox_messages_of_a_reviewed_item_are_held_unless_approved_at_their_hash(ctx, people, review):
    from commdesk.persistence.models.mail import OutboxMessageRow
    from commdesk.services.mail.outbox import hold_code_of

    officer, reviewer = people["officer"], people["reviewer"]
    save(ctx, review, 13, FIRST, officer)
    check = ReviewGate.hold_check(KIND)
    with ctx.unit_of_work() as uow:
        assert check(uow.session, "13", content_hash(FIRST)) == "review_not_approved"
        assert check(uow.session, "14", content_hash(FIRST)) == "review_gone"
        assert check(uow.session, "13", None) == "review_version_unknown"
        row = OutboxMessageRow(
            kind="invitation",
            related_entity=KIND.entity,
            related_id="13",
            source_revision=content_hash(FIRST),
        )
        assert hold_code_of(uow.session, row) == "review_not_approved"
    review.submit(KIND, 13)
    ctx.current = lambda: reviewer
    review.approve(KIND, 13)
    with ctx.unit_of_work() as uow:
        assert check(uow.session, "13", content_hash(FIRST)) is None
        assert check(uow.session, "13", content_hash(SECOND)) == "review_changed"


#: each reviewed kind's refusal names that kind's own step, in English and in Chinese
KIND_REFUSALS = {
    Kind.POST: ("review a social post", "审核社交媒体帖子"),
    Kind.ANNOUNCEMENT: ("review an announcement", "审核内部通知"),
    Kind.EVENT_INVITATION: ("review an event invitation", "审核活动邀请"),
    Kind.PROCEDURE: ("review a procedure version", "审核规程版本"),
}


@pytest.mark.parametrize("kind", list(Kind))
def test_approving_and_returning_are_refused_in_the_kinds_own_words(ctx, people, review, kind):
    """Someone who is not a reviewer is told which item's review they cannot do, not a list of
    other kinds (a procedure version was refused as 'review posts, announcements and invitations')."""
    from commdesk import translations

    english, chinese = KIND_REFUSALS[kind]
    ctx.current = lambda: people["officer"]
    for step in (lambda: review.approve(kind, 1), lambda: review.return_(kind, 1, comment="改一下")):
        with pytest.raises(PermissionDenied) as refused:
            step()
        assert english in str(refused.value)
        assert "posts, announcements and invitations" not in str(refused.value)
    translations.install("zh_CN")
    with pytest.raises(PermissionDenied) as refused:
        review.approve(kind, 1)
    assert chinese in str(refused.value) and english not in str(refused.value)


def test_a_state_inside_a_sentence_is_lower_case_in_english_and_quoted_in_chinese(ctx, people, review):
    """ "Announcement 5 is Draft: only what…" read like a name; the state mid-sentence is a word
    ("is draft", "while the announcement is in review"), in quotes in Chinese (“草稿”)."""
    from commdesk import translations

    officer = people["officer"]
    save(ctx, review, 11, FIRST, officer)
    refusals: list[str] = []

    def refused() -> None:
        with pytest.raises(GateClosed) as closed:
            ReviewGate(ctx).check(KIND, 11, Path.MAIL, "Announcement 11")
        refusals.append(str(closed.value))
        with pytest.raises(GateClosed) as closed:  # no reference: the kind in a sentence of its own
            ReviewGate(ctx).check(KIND, 11, Path.MAIL)
        refusals.append(str(closed.value))
        ctx.current = lambda: people["reviewer"]
        with pytest.raises(ValidationError) as wrong_step:
            review.approve(KIND, 11)  # not in review yet
        refusals.append(str(wrong_step.value))
        ctx.current = lambda: officer

    refused()
    assert refusals[0].startswith("Announcement 11 is draft: only what was reviewed")
    assert refusals[1].startswith("This announcement is draft:")
    assert "while the announcement is draft." in refusals[2]
    review.submit(KIND, 11, review.state_of(KIND, 11).version)
    with pytest.raises(GateClosed) as closed:
        ReviewGate(ctx).check(KIND, 11, Path.MAIL, "Announcement 11")
    assert "Announcement 11 is in review:" in str(closed.value)
    assert "once a reviewer has approved it" in str(closed.value) and "Submit it" not in str(closed.value)
    assert not any(label in text for text in refusals for label in ("Draft", "In review"))

    with pytest.raises(ValidationError) as no_edit:
        after_edit(State.WITHDRAWN)
    assert "A withdrawn item can no longer be edited" in str(no_edit.value)

    translations.install("zh_CN")
    with pytest.raises(GateClosed) as closed:
        ReviewGate(ctx).check(KIND, 11, Path.MAIL, "通知 11")
    assert "通知 11当前为“审核中”" in str(closed.value)
    with pytest.raises(GateClosed) as closed:
        ReviewGate(ctx).check(KIND, 11, Path.MAIL)
    assert str(closed.value).startswith("此内部通知当前为“审核中”")
    with pytest.raises(ValidationError) as no_edit:
        after_edit(State.WITHDRAWN)
    assert "“已撤回”" in str(no_edit.value)
