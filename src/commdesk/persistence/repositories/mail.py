"""Outbox rows: queries and compare-and-set status changes. Flushes, never commits."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import and_, func, or_, select, update
from sqlalchemy.engine import CursorResult
from sqlalchemy.orm import Session

from commdesk.persistence.models.mail import OutboxMessageRow

QUEUED, SENDING, SENT, FAILED, CANCELLED = "queued", "sending", "sent", "failed", "cancelled"
HELD = "held"  # not sent: the record it carries changed (e.g. a release no longer approved)
STATUSES = (QUEUED, SENDING, SENT, FAILED, CANCELLED, HELD)


class OutboxRepository:
    def __init__(self, session: Session):
        self.session = session

    def add(self, row: OutboxMessageRow) -> OutboxMessageRow:
        self.session.add(row)
        self.session.flush()
        return row

    def get(self, message_id: int) -> OutboxMessageRow | None:
        return self.session.get(OutboxMessageRow, message_id)

    def transition(self, message_id: int, from_statuses: Iterable[str], /, **values: Any) -> bool:
        """Set ``values`` only if the row is still in one of ``from_statuses``; True when it was.

        One UPDATE ... WHERE status IN (...): whoever changes the row first wins, the other sees False.
        """
        values.setdefault("updated_at", datetime.now(UTC))
        result = self.session.execute(
            update(OutboxMessageRow)
            .where(OutboxMessageRow.id == message_id, OutboxMessageRow.status.in_(list(from_statuses)))
            .values(**values)
            .execution_options(synchronize_session=False)
        )
        assert isinstance(result, CursorResult)  # an UPDATE's result counts its rows
        return result.rowcount == 1

    def due_ids(self, now: datetime, limit: int | None = None) -> list[int]:
        """Queued messages, and failed ones whose automatic retry is due, oldest first."""
        q = (
            select(OutboxMessageRow.id)
            .where(
                or_(
                    and_(
                        OutboxMessageRow.status == QUEUED,
                        or_(
                            OutboxMessageRow.next_attempt_at.is_(None),
                            OutboxMessageRow.next_attempt_at <= now,
                        ),
                    ),
                    and_(
                        OutboxMessageRow.status == FAILED,
                        OutboxMessageRow.next_attempt_at.is_not(None),
                        OutboxMessageRow.next_attempt_at <= now,
                    ),
                )
            )
            .order_by(OutboxMessageRow.id)
        )
        if limit:
            q = q.limit(limit)
        return list(self.session.scalars(q))

    def stale_sending(self, before: datetime) -> list[OutboxMessageRow]:
        return list(
            self.session.scalars(
                select(OutboxMessageRow).where(
                    OutboxMessageRow.status == SENDING, OutboxMessageRow.sending_at < before
                )
            )
        )

    def list(
        self,
        statuses: Sequence[str] | None = None,
        *,
        related: tuple[str, str] | None = None,
        kind: str | None = None,
        follow_up_open: bool = False,
        limit: int | None = None,
        offset: int = 0,
    ) -> list[OutboxMessageRow]:
        q = select(OutboxMessageRow)
        if statuses:
            q = q.where(OutboxMessageRow.status.in_(list(statuses)))
        if related is not None:
            q = q.where(
                OutboxMessageRow.related_entity == related[0], OutboxMessageRow.related_id == related[1]
            )
        if kind:
            q = q.where(OutboxMessageRow.kind == kind)
        if follow_up_open:
            q = q.where(
                OutboxMessageRow.follow_up_by.is_not(None), OutboxMessageRow.follow_up_done_at.is_(None)
            ).order_by(OutboxMessageRow.follow_up_by)
        q = q.order_by(OutboxMessageRow.id.desc()).offset(offset)
        if limit:
            q = q.limit(limit)
        return list(self.session.scalars(q))

    def counts(self) -> dict[str, int]:
        rows = self.session.execute(
            select(OutboxMessageRow.status, func.count()).group_by(OutboxMessageRow.status)
        )
        found = dict.fromkeys(STATUSES, 0)
        found.update({status: n for status, n in rows})  # noqa: C416 - a Result has .keys(): dict() would read it as a mapping
        return found
