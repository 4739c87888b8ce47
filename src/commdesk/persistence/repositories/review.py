"""The review engine in the database: reviews of items, revisions, approvals, steps and comments.

Functions take a Session and flush; the services commit.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from commdesk.persistence.models.review import (
    ReviewApprovalRow,
    ReviewCommentRow,
    ReviewItemRow,
    ReviewRevisionRow,
    ReviewStepRow,
)

ENTITY = "review_items"


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
