"""The procedure in the database: its versions, the departments' rules attached to them, the
acknowledgements and the yearly reviews.

Functions take a Session and flush; the services commit.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from commdesk.persistence.models.base import Base
from commdesk.persistence.models.procedure import (
    ProcedureAcknowledgementRow,
    ProcedureDepartmentRuleRow,
    ProcedureReviewRow,
    ProcedureVersionRow,
)
from commdesk.persistence.models.review import ReviewItemRow


def add(session: Session, row: Base) -> None:
    session.add(row)
    session.flush()


# ---------------------------------------------------------------------------------- versions
def version_facts(session: Session) -> list[tuple[int, str, date | None]]:
    """(number, state, effective_on) of every version: what decides the one in force."""
    rows = session.execute(
        select(ProcedureVersionRow.number, ProcedureVersionRow.state, ProcedureVersionRow.effective_on)
    )
    return [(n, s, d) for n, s, d in rows]


def version(session: Session, number: int) -> ProcedureVersionRow | None:
    return session.scalars(select(ProcedureVersionRow).where(ProcedureVersionRow.number == number)).first()


def versions_newest_first(session: Session) -> list[ProcedureVersionRow]:
    return list(session.scalars(select(ProcedureVersionRow).order_by(ProcedureVersionRow.number.desc())))


def latest(session: Session) -> ProcedureVersionRow | None:
    """The version with the highest number (a draft or adopted), or None before any."""
    return session.scalars(select(ProcedureVersionRow).order_by(ProcedureVersionRow.number.desc())).first()


def latest_before(session: Session, number: int) -> ProcedureVersionRow | None:
    """The version just before version ``number``, or None when there is none."""
    return session.scalars(
        select(ProcedureVersionRow)
        .where(ProcedureVersionRow.number < number)
        .order_by(ProcedureVersionRow.number.desc())
    ).first()


def count_versions(session: Session) -> int:
    return session.scalar(select(func.count(ProcedureVersionRow.id))) or 0


def latest_effective_day(session: Session) -> date | None:
    """The latest day an adopted version takes (or took) effect, or None before any."""
    return session.scalar(
        select(func.max(ProcedureVersionRow.effective_on)).where(ProcedureVersionRow.state == "adopted")
    )


def draft_in_review(session: Session) -> tuple[int, str, datetime, ReviewItemRow] | None:
    """The draft version in the review engine's review (one draft at a time): its number, author's
    name, last change and review item, in one read without the texts (Home's reviews box)."""
    row = session.execute(
        select(
            ProcedureVersionRow.number,
            ProcedureVersionRow.created_by_name,
            ProcedureVersionRow.updated_at,
            ReviewItemRow,
        )
        .join(
            ReviewItemRow,
            (ReviewItemRow.kind == "procedure") & (ReviewItemRow.item_id == ProcedureVersionRow.id),
        )
        .where(ProcedureVersionRow.state == "draft", ReviewItemRow.state == "in_review")
        .order_by(ProcedureVersionRow.number.desc())
        .limit(1)
    ).first()
    return None if row is None else (row[0], row[1], row[2], row[3])


# ---------------------------------------------------------------------------------- department rules
def department_rules(session: Session, version_id: int) -> list[ProcedureDepartmentRuleRow]:
    """The departments' rules attached to a version, by department, then in the order written."""
    return list(
        session.scalars(
            select(ProcedureDepartmentRuleRow)
            .where(ProcedureDepartmentRuleRow.version_id == version_id)
            .order_by(ProcedureDepartmentRuleRow.department, ProcedureDepartmentRuleRow.id)
        )
    )


# ---------------------------------------------------------------------------------- acknowledgements
def acknowledgement(session: Session, version_id: int, person_id: int) -> ProcedureAcknowledgementRow | None:
    return session.scalars(
        select(ProcedureAcknowledgementRow).where(
            ProcedureAcknowledgementRow.version_id == version_id,
            ProcedureAcknowledgementRow.person_id == person_id,
        )
    ).first()


def has_acknowledged(session: Session, number: int, person_id: int) -> bool:
    """Whether ``person_id`` acknowledged the version numbered ``number``."""
    done = session.scalar(
        select(func.count(ProcedureAcknowledgementRow.id))
        .join(ProcedureVersionRow, ProcedureVersionRow.id == ProcedureAcknowledgementRow.version_id)
        .where(ProcedureVersionRow.number == number, ProcedureAcknowledgementRow.person_id == person_id)
    )
    return bool(done)


def acknowledgements(session: Session, version_id: int) -> list[ProcedureAcknowledgementRow]:
    """The acknowledgements of a version, the earliest first."""
    return list(
        session.scalars(
            select(ProcedureAcknowledgementRow)
            .where(ProcedureAcknowledgementRow.version_id == version_id)
            .order_by(ProcedureAcknowledgementRow.at)
        )
    )


# ---------------------------------------------------------------------------------- yearly reviews
def reviews(session: Session) -> list[tuple[ProcedureReviewRow, int | None]]:
    """Every yearly review with the number of the version it reviewed (None: none was in force),
    the latest first."""
    rows = session.execute(
        select(ProcedureReviewRow, ProcedureVersionRow.number)
        .outerjoin(ProcedureVersionRow, ProcedureVersionRow.id == ProcedureReviewRow.version_id)
        .order_by(ProcedureReviewRow.held_on.desc(), ProcedureReviewRow.id.desc())
    )
    return [(r, n) for r, n in rows]
