"""Reading the audit log: history of one record, the global log, filters (P-7)."""
from __future__ import annotations

from dataclasses import asdict, dataclass
from datetime import datetime

from sqlalchemy import select

from ...persistence.audit import ChainReport, verify_chain
from ...persistence.models import AuditRow
from ..domain.people import Role
from ..i18n import translate
from .context import ServiceContext


@dataclass(frozen=True)
class AuditEntry:
    id: int
    at: datetime
    actor: str
    entity: str
    entity_id: str
    action: str
    field: str | None
    old: str | None
    new: str | None
    note: str | None

    def as_json(self) -> dict:
        d = asdict(self)
        d["at"] = self.at.isoformat()
        return d


def _entry(r: AuditRow) -> AuditEntry:
    return AuditEntry(r.id, r.at, r.actor_name, r.entity, r.entity_id, r.action, r.field, r.old, r.new, r.note)


class AuditService:
    def __init__(self, ctx: ServiceContext):
        self.ctx = ctx

    def history(self, entity: str, entity_id) -> list[AuditEntry]:
        """Every change of one record, oldest first (anyone may see a record's history)."""
        with self.ctx.unit_of_work() as uow:
            q = (select(AuditRow).where(AuditRow.entity == entity, AuditRow.entity_id == str(entity_id))
                 .order_by(AuditRow.id))
            return [_entry(r) for r in uow.session.scalars(q)]

    def entries(self, since: datetime | None = None, until: datetime | None = None,
                entity: str | None = None, actor: str | None = None, text: str | None = None,
                limit: int | None = None) -> list[AuditEntry]:
        """The global log, newest first; administrators and reviewers only."""
        self.ctx.require(Role.ADMINISTRATOR, Role.REVIEWER, action=translate("Audit", "read the audit log"))
        with self.ctx.unit_of_work() as uow:
            q = select(AuditRow).order_by(AuditRow.id.desc())
            if since is not None:
                q = q.where(AuditRow.at >= since)
            if until is not None:
                q = q.where(AuditRow.at < until)
            if entity:
                q = q.where(AuditRow.entity == entity)
            if actor:
                q = q.where(AuditRow.actor_name == actor)
            if text:
                like = f"%{text}%"
                q = q.where(AuditRow.old.like(like) | AuditRow.new.like(like) | AuditRow.note.like(like)
                            | AuditRow.field.like(like))
            if limit:
                q = q.limit(limit)
            return [_entry(r) for r in uow.session.scalars(q)]

    def verify(self) -> ChainReport:
        """Walk the log's hash chain (administrators and reviewers): the first entry that was
        deleted, added or changed after it was written, if any."""
        self.ctx.require(Role.ADMINISTRATOR, Role.REVIEWER, action=translate("Audit", "verify the audit log"))
        with self.ctx.unit_of_work() as uow:
            return verify_chain(uow.session.connection())
