"""foundation: the audit log becomes a hash chain (seq, digest, chain)

Revision ID: 0002_audit_chain
Revises: 0001_foundation
Create Date: 2027-03-01

Each entry gets its place in the chain (``seq``, in the order of the ids it already has), the
SHA-256 of its old/new/note (``digest``) and ``chain``, the SHA-256 of the previous entry's chain
and its own content. The existing entries are chained here; new ones when their transaction
commits (``commdesk.persistence.audit.seal``). The functions below are a frozen copy of that
module's as of this revision: the chain's format never changes without a new revision.
"""

import hashlib
import json
from datetime import UTC, datetime

import sqlalchemy as sa
from alembic import op

revision = "0002_audit_chain"
down_revision = "0001_foundation"
branch_labels = None
depends_on = None


def _at_text(at) -> str:
    if isinstance(at, str):
        at = datetime.fromisoformat(at)
    if at is None:
        return ""
    if at.tzinfo is None:
        at = at.replace(tzinfo=UTC)
    return at.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.%f")


def _digest(old, new, note) -> str:
    return hashlib.sha256(json.dumps([old, new, note], ensure_ascii=False).encode("utf-8")).hexdigest()


def _link(previous, seq, row, digest) -> str:
    content = [
        previous,
        seq,
        row.id,
        _at_text(row.at),
        row.txn,
        row.actor_id,
        row.actor_name,
        row.entity,
        row.entity_id,
        row.action,
        row.field,
        digest,
    ]
    return hashlib.sha256(
        json.dumps(content, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
    ).hexdigest()


def upgrade() -> None:
    with op.batch_alter_table("audit_log") as batch:
        batch.add_column(sa.Column("seq", sa.Integer(), nullable=True))
        batch.add_column(sa.Column("digest", sa.String(64), nullable=True))
        batch.add_column(sa.Column("chain", sa.String(64), nullable=True))
    op.create_index(op.f("ix_audit_log_seq"), "audit_log", ["seq"], unique=True)
    bind = op.get_bind()
    cols = (
        "id",
        "at",
        "txn",
        "actor_id",
        "actor_name",
        "entity",
        "entity_id",
        "action",
        "field",
        "old",
        "new",
        "note",
    )
    from commdesk.persistence.models.base import UTCDateTime

    table = sa.table("audit_log", *(sa.column(c, UTCDateTime() if c == "at" else None) for c in cols))
    previous, updates = "", []
    for seq, row in enumerate(bind.execute(sa.select(*table.c).order_by(table.c.id)), start=1):
        digest = _digest(row.old, row.new, row.note)
        previous = _link(previous, seq, row, digest)
        updates.append({"b_id": row.id, "seq": seq, "digest": digest, "chain": previous})
    if updates:
        t = sa.table("audit_log", sa.column("id"), sa.column("seq"), sa.column("digest"), sa.column("chain"))
        bind.execute(
            t.update()
            .where(t.c.id == sa.bindparam("b_id"))
            .values(seq=sa.bindparam("seq"), digest=sa.bindparam("digest"), chain=sa.bindparam("chain")),
            updates,
        )


def downgrade() -> None:
    op.drop_index(op.f("ix_audit_log_seq"), table_name="audit_log")
    with op.batch_alter_table("audit_log") as batch:
        batch.drop_column("chain")
        batch.drop_column("digest")
        batch.drop_column("seq")
