"""Home's own figures read straight from the tables they summarise. Reads only."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from commdesk.persistence.models.contacts import InteractionRow


def answered_inquiries_since(session: Session, since: datetime) -> list[tuple[datetime, datetime]]:
    """(asked, answered) of every media inquiry asked since ``since`` that has its answer (MD-5)."""
    rows = session.execute(
        select(InteractionRow.at, InteractionRow.answered_at).where(
            InteractionRow.kind == "inquiry",
            InteractionRow.answered_at.is_not(None),
            InteractionRow.at >= since,
        )
    )
    return [(asked, answered) for asked, answered in rows if answered is not None]
