"""The review engine in the database: reviews of items, revisions, approvals, steps and comments.

Functions take a Session and flush; the services commit.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, replace
from datetime import datetime

from sqlalchemy import func, literal, select
from sqlalchemy.orm import Session

from commdesk.persistence.models.announcements import AnnouncementRow
from commdesk.persistence.models.events import EventRow
from commdesk.persistence.models.foundation import PersonRow
from commdesk.persistence.models.review import (
    ReviewApprovalRow,
    ReviewCommentRow,
    ReviewItemRow,
    ReviewRevisionRow,
    ReviewStepRow,
)
from commdesk.persistence.models.social import SocialPostRow

ENTITY = "review_items"
# the kinds whose records name themselves in their own tables (Home's reviews box); the procedure's
# version in review is read by ``repositories.procedure.draft_in_review``
TITLED_KINDS = ("post", "announcement", "event_invitation")
# a post without a title (most platforms have none) is named by the start of its text
POST_NAME_CHARS = 80


@dataclass(frozen=True)
class InReview:
    """An item of a titled kind in review, with what the engine's may-approve rule needs."""

    id: int  # the review's id
    kind: str
    item_id: int
    title: str
    author: str
    author_id: int
    last_editor_id: int
    content_hash: str
    updated_at: datetime
    approvals: tuple[tuple[int, str], ...]  # live approvals: (reviewer id, content hash)


def item(session: Session, kind: str, item_id: int) -> ReviewItemRow | None:
    return session.scalars(
        select(ReviewItemRow).where(ReviewItemRow.kind == kind, ReviewItemRow.item_id == item_id)
    ).first()


def items(session: Session, kind: str, item_ids: Iterable[int]) -> dict[int, ReviewItemRow]:
    ids = sorted(set(item_ids))
    if not ids:
        return {}
    rows = session.scalars(
        select(ReviewItemRow).where(ReviewItemRow.kind == kind, ReviewItemRow.item_id.in_(ids))
    )
    return {r.item_id: r for r in rows}


def add(session: Session, row) -> None:
    session.add(row)
    session.flush()


def revision(session: Session, review_id: int, number: int) -> ReviewRevisionRow | None:
    return session.scalars(
        select(ReviewRevisionRow).where(
            ReviewRevisionRow.review_id == review_id, ReviewRevisionRow.number == number
        )
    ).first()


def revisions(session: Session, review_id: int) -> list[ReviewRevisionRow]:
    return list(
        session.scalars(
            select(ReviewRevisionRow)
            .where(ReviewRevisionRow.review_id == review_id)
            .order_by(ReviewRevisionRow.number)
        )
    )


def live_approvals(session: Session, review_id: int) -> list[ReviewApprovalRow]:
    return list(
        session.scalars(
            select(ReviewApprovalRow)
            .where(ReviewApprovalRow.review_id == review_id, ReviewApprovalRow.voided_at.is_(None))
            .order_by(ReviewApprovalRow.id)
        )
    )


def approvals(session: Session, review_id: int) -> list[ReviewApprovalRow]:
    return list(
        session.scalars(
            select(ReviewApprovalRow)
            .where(ReviewApprovalRow.review_id == review_id)
            .order_by(ReviewApprovalRow.id)
        )
    )


def void_approvals(session: Session, review_id: int, at: datetime, reason: str) -> int:
    """Void every live approval of the review (an edit, a return); returns how many. Row by row, so
    the audit log records each one."""
    rows = live_approvals(session, review_id)
    for row in rows:
        row.voided_at, row.voided_reason = at, reason[:200]
    session.flush()
    return len(rows)


def steps(session: Session, review_id: int) -> list[ReviewStepRow]:
    return list(
        session.scalars(
            select(ReviewStepRow).where(ReviewStepRow.review_id == review_id).order_by(ReviewStepRow.id)
        )
    )


def comments(session: Session, review_id: int) -> list[ReviewCommentRow]:
    return list(
        session.scalars(
            select(ReviewCommentRow)
            .where(ReviewCommentRow.review_id == review_id)
            .order_by(ReviewCommentRow.id)
        )
    )


def state_and_hash(session: Session, kind: str, item_id: int) -> tuple[str, str] | None:
    """(state, current content hash) of an item's review, or None when it has none."""
    row = session.execute(
        select(ReviewItemRow.state, ReviewItemRow.content_hash).where(
            ReviewItemRow.kind == kind, ReviewItemRow.item_id == item_id
        )
    ).first()
    return None if row is None else (str(row[0]), str(row[1]))


def in_review(session: Session, limit: int) -> list[InReview]:
    """The posts, announcements and event invitations in review, newest change first (at most
    ``limit``), each with its title, author's name and live approvals: one statement (Home's reviews
    box applies the engine's may-approve rule to them)."""
    post, announcement, event = SocialPostRow, AnnouncementRow, EventRow
    latest = (
        select(ReviewItemRow.id)
        .where(ReviewItemRow.state == "in_review", ReviewItemRow.kind.in_(TITLED_KINDS))
        .order_by(ReviewItemRow.updated_at.desc(), ReviewItemRow.id.desc())
        .limit(limit)
        .subquery()
    )
    title = func.coalesce(
        func.nullif(post.title, ""),
        func.substr(post.text, 1, POST_NAME_CHARS),
        announcement.subject,
        event.title,
        literal(""),
    )
    rows = session.execute(
        select(
            ReviewItemRow.id,
            ReviewItemRow.kind,
            ReviewItemRow.item_id,
            title,
            PersonRow.name,
            ReviewItemRow.author_id,
            ReviewItemRow.last_editor_id,
            ReviewItemRow.content_hash,
            ReviewItemRow.updated_at,
            ReviewApprovalRow.reviewer_id,
            ReviewApprovalRow.content_hash,
        )
        .join(latest, latest.c.id == ReviewItemRow.id)
        .join(PersonRow, PersonRow.id == ReviewItemRow.author_id)
        .outerjoin(post, (ReviewItemRow.kind == "post") & (post.id == ReviewItemRow.item_id))
        .outerjoin(
            announcement,
            (ReviewItemRow.kind == "announcement") & (announcement.id == ReviewItemRow.item_id),
        )
        .outerjoin(event, (ReviewItemRow.kind == "event_invitation") & (event.id == ReviewItemRow.item_id))
        .outerjoin(
            ReviewApprovalRow,
            (ReviewApprovalRow.review_id == ReviewItemRow.id) & ReviewApprovalRow.voided_at.is_(None),
        )
        .order_by(ReviewItemRow.updated_at.desc(), ReviewItemRow.id.desc(), ReviewApprovalRow.id)
    ).all()
    found: dict[int, InReview] = {}
    for r in rows:
        before = found.get(r[0])
        approval = () if r[9] is None else ((int(r[9]), str(r[10])),)
        if before is None:
            found[r[0]] = InReview(r[0], r[1], r[2], r[3] or "", r[4] or "", r[5], r[6], r[7], r[8], approval)
        else:
            found[r[0]] = replace(before, approvals=before.approvals + approval)
    return list(found.values())
