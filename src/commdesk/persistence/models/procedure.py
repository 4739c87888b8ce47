"""Tables of the procedure's own life (AP-1..4, issue 18).

- ``procedure_versions``: one version of the communication procedure: its number, the Chinese text
  (the user's own document, each rule marked 【ID】) and the English rule list (``| ID | rule |``),
  the department that maintains it (AP-1), the date it takes effect (AP-4), its state (``draft``
  while it is written and reviewed by the review engine, kind "procedure"; ``adopted`` once approved
  and given its effective date), the rule IDs it retires on purpose, a note on what changed, and
  who made it when.
- ``procedure_department_rules``: a department's own implementation rules, attached to a version.
- ``procedure_acknowledgements``: a person has read a version (AP-3). Insert-only, like the audit
  log: an UPDATE is refused by the database (trigger in migration ``0100_procedure``, and below for a
  file made from the models: a backup of a server database).
- ``procedure_reviews``: the yearly review (AP-2): when, the findings, the decisions, by whom.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import DDL, Date, ForeignKey, Integer, String, Text, UniqueConstraint, event
from sqlalchemy.orm import Mapped, mapped_column

from commdesk.persistence.models.base import Base, Timestamps, Versioned, utcnow


class ProcedureVersionRow(Versioned, Timestamps, Base):
    __tablename__ = "procedure_versions"
    __audited__ = True

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    number: Mapped[int] = mapped_column(Integer, unique=True)
    text_zh: Mapped[str] = mapped_column(Text, default="")
    text_en: Mapped[str] = mapped_column(Text, default="")
    owner_department: Mapped[str] = mapped_column(String(200), default="")
    effective_on: Mapped[date | None] = mapped_column(Date, nullable=True, index=True)
    state: Mapped[str] = mapped_column(String(20), default="draft")
    retired_ids: Mapped[str] = mapped_column(String(1000), default="")  # "AP-4 EV-2", space-separated
    change_note: Mapped[str] = mapped_column(Text, default="")
    created_by_id: Mapped[int | None] = mapped_column(
        ForeignKey("people.id", ondelete="SET NULL"), nullable=True
    )
    created_by_name: Mapped[str] = mapped_column(String(200), default="")


class ProcedureDepartmentRuleRow(Versioned, Timestamps, Base):
    __tablename__ = "procedure_department_rules"
    __audited__ = True

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    version_id: Mapped[int] = mapped_column(
        ForeignKey("procedure_versions.id", ondelete="CASCADE"), index=True
    )
    department: Mapped[str] = mapped_column(String(200))
    title: Mapped[str] = mapped_column(String(300))
    text: Mapped[str] = mapped_column(Text, default="")
    created_by_name: Mapped[str] = mapped_column(String(200), default="")


class ProcedureAcknowledgementRow(Base):
    __tablename__ = "procedure_acknowledgements"
    __audited__ = True

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    version_id: Mapped[int] = mapped_column(ForeignKey("procedure_versions.id"), index=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("people.id"), index=True)
    person_name: Mapped[str] = mapped_column(String(200))
    at: Mapped[datetime] = mapped_column(default=utcnow)

    __table_args__ = (
        UniqueConstraint("version_id", "person_id", name="uq_procedure_acknowledgements_version_person"),
    )


class ProcedureReviewRow(Base):
    __tablename__ = "procedure_reviews"
    __audited__ = True

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    version_id: Mapped[int | None] = mapped_column(
        ForeignKey("procedure_versions.id", ondelete="SET NULL"), nullable=True
    )
    held_on: Mapped[date] = mapped_column(Date, index=True)
    findings: Mapped[str] = mapped_column(Text)
    decisions: Mapped[str] = mapped_column(Text, default="")
    recorded_by_id: Mapped[int | None] = mapped_column(
        ForeignKey("people.id", ondelete="SET NULL"), nullable=True
    )
    recorded_by_name: Mapped[str] = mapped_column(String(200))
    at: Mapped[datetime] = mapped_column(default=utcnow)


#: The SQLite trigger of migration ``0100_procedure``, word for word (``db check`` compares them), for
#: a file made from the models (``backup_copy.copy_server_to_sqlite``).
SQLITE_INSERT_ONLY = (
    "CREATE TRIGGER procedure_acknowledgements_insert_only BEFORE UPDATE ON "
    "procedure_acknowledgements BEGIN SELECT RAISE(ABORT, 'procedure acknowledgements are insert-only: "
    "an acknowledgement is never changed'); END"
)
event.listen(
    ProcedureAcknowledgementRow.__table__,
    "after_create",
    DDL(SQLITE_INSERT_ONLY).execute_if(dialect="sqlite"),
)
