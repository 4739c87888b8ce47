"""crisis: the issue and crisis log, its playbook checklists, links and notes (SM-5, EV-7)

Revision ID: 0110_crisis
Revises: 0001_foundation
Create Date: 2026-12-06

A crisis links releases, posts, cases, coverage and meetings by kind and id (no foreign key: those
records live in other areas and the timeline names a link whose record is gone), so the branch
needs only the foundation's people. No rows are added.
"""

import sqlalchemy as sa
from alembic import op

from commdesk.persistence.models.base import UTCDateTime

revision = "0110_crisis"
down_revision = "0001_foundation"
branch_labels = ("crisis",)
depends_on = None


def _crisis_fk(table: str) -> sa.ForeignKeyConstraint:
    return sa.ForeignKeyConstraint(
        ["crisis_id"], ["crises.id"], name=op.f(f"fk_{table}_crisis_id_crises"), ondelete="CASCADE"
    )


def upgrade() -> None:
    op.create_table(
        "crises",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("title", sa.String(length=300), nullable=False),
        sa.Column("kind", sa.String(length=40), nullable=False),
        sa.Column("severity", sa.Integer(), nullable=False),
        sa.Column("owner_id", sa.Integer(), nullable=True),
        sa.Column("owner_name", sa.String(length=200), nullable=False),
        sa.Column("opened_at", UTCDateTime(), nullable=False),
        sa.Column("closed_at", UTCDateTime(), nullable=True),
        sa.Column("drill", sa.Boolean(), nullable=False),
        sa.Column("summary", sa.Text(), nullable=False),
        sa.Column("review", sa.Text(), nullable=False),
        sa.Column("reviewed_by_name", sa.String(length=200), nullable=False),
        sa.Column("reviewed_at", UTCDateTime(), nullable=True),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", UTCDateTime(), nullable=False),
        sa.Column("updated_at", UTCDateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["owner_id"], ["people.id"], name=op.f("fk_crises_owner_id_people"), ondelete="SET NULL"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_crises")),
    )
    op.create_index(op.f("ix_crises_opened_at"), "crises", ["opened_at"])
    op.create_table(
        "crisis_checklist_items",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("crisis_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("step", sa.String(length=60), nullable=False),
        sa.Column("done_at", UTCDateTime(), nullable=True),
        sa.Column("done_by_name", sa.String(length=200), nullable=False),
        _crisis_fk("crisis_checklist_items"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_crisis_checklist_items")),
        sa.UniqueConstraint("crisis_id", "step", name=op.f("uq_crisis_checklist_items_crisis_step")),
    )
    op.create_index(op.f("ix_crisis_checklist_items_crisis_id"), "crisis_checklist_items", ["crisis_id"])
    op.create_table(
        "crisis_links",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("crisis_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("item_id", sa.Integer(), nullable=False),
        sa.Column("linked_at", UTCDateTime(), nullable=False),
        sa.Column("linked_by_name", sa.String(length=200), nullable=False),
        _crisis_fk("crisis_links"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_crisis_links")),
        sa.UniqueConstraint("crisis_id", "kind", "item_id", name=op.f("uq_crisis_links_crisis_kind_item")),
    )
    op.create_index(op.f("ix_crisis_links_crisis_id"), "crisis_links", ["crisis_id"])
    op.create_table(
        "crisis_notes",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("crisis_id", sa.Integer(), nullable=False),
        sa.Column("at", UTCDateTime(), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("author_name", sa.String(length=200), nullable=False),
        _crisis_fk("crisis_notes"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_crisis_notes")),
    )
    op.create_index(op.f("ix_crisis_notes_crisis_id"), "crisis_notes", ["crisis_id"])


def downgrade() -> None:
    for table in ("crisis_notes", "crisis_links", "crisis_checklist_items"):
        op.drop_index(op.f(f"ix_{table}_crisis_id"), table_name=table)
        op.drop_table(table)
    op.drop_index(op.f("ix_crises_opened_at"), table_name="crises")
    op.drop_table("crises")
