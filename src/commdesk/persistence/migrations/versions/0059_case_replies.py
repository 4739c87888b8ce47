"""case_replies: the cases desk's acknowledgement templates and canned responses, the rules that
give a mailed-in case its category, and the log of every message taken in (each once, set-aside
ones kept with their reason)

Revision ID: 0059_case_replies
Revises: 0050_cases
Create Date: 2026-12-06
"""

import sqlalchemy as sa
from alembic import op

from commdesk.persistence.models.base import UTCDateTime

revision = "0059_case_replies"
down_revision = "0050_cases"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "case_reply_templates",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("category_id", sa.Integer(), nullable=True),
        sa.Column("language", sa.String(length=10), nullable=False),
        sa.Column("title", sa.String(length=200), nullable=False),
        sa.Column("subject", sa.String(length=500), nullable=False),
        sa.Column("body", sa.Text(), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", UTCDateTime(), nullable=False),
        sa.Column("updated_at", UTCDateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["category_id"],
            ["case_categories.id"],
            name=op.f("fk_case_reply_templates_category_id_case_categories"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_case_reply_templates")),
    )
    op.create_index(
        op.f("ix_case_reply_templates_category_id"), "case_reply_templates", ["category_id"], unique=False
    )
    op.create_index(
        "ix_case_reply_templates_kind_category",
        "case_reply_templates",
        ["kind", "category_id", "language"],
        unique=False,
    )
    op.create_table(
        "case_intake_rules",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("field", sa.String(length=20), nullable=False),
        sa.Column("contains", sa.String(length=300), nullable=False),
        sa.Column("category_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", UTCDateTime(), nullable=False),
        sa.Column("updated_at", UTCDateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["category_id"],
            ["case_categories.id"],
            name=op.f("fk_case_intake_rules_category_id_case_categories"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_case_intake_rules")),
    )
    op.create_index(
        op.f("ix_case_intake_rules_category_id"), "case_intake_rules", ["category_id"], unique=False
    )
    op.create_table(
        "case_intake_messages",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("fingerprint", sa.String(length=64), nullable=False),
        sa.Column("message_id", sa.String(length=300), nullable=False),
        sa.Column("outcome", sa.String(length=20), nullable=False),
        sa.Column("case_id", sa.Integer(), nullable=True),
        sa.Column("source", sa.String(length=20), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("origin", sa.String(length=300), nullable=False),
        sa.Column("sender", sa.String(length=400), nullable=False),
        sa.Column("subject", sa.String(length=500), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("problems", sa.Text(), nullable=False),
        sa.Column("raw", sa.LargeBinary(), nullable=True),
        sa.Column("acknowledgement_id", sa.Integer(), nullable=True),
        sa.Column("taken_at", UTCDateTime(), nullable=False),
        sa.Column("taken_by_id", sa.Integer(), nullable=True),
        sa.Column("looked_at", UTCDateTime(), nullable=True),
        sa.ForeignKeyConstraint(
            ["case_id"], ["cases.id"], name=op.f("fk_case_intake_messages_case_id_cases"), ondelete="SET NULL"
        ),
        sa.ForeignKeyConstraint(
            ["taken_by_id"],
            ["people.id"],
            name=op.f("fk_case_intake_messages_taken_by_id_people"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_case_intake_messages")),
        sa.UniqueConstraint("fingerprint", name=op.f("uq_case_intake_messages_fingerprint")),
    )
    op.create_index(
        op.f("ix_case_intake_messages_case_id"), "case_intake_messages", ["case_id"], unique=False
    )
    op.create_index(
        op.f("ix_case_intake_messages_taken_at"), "case_intake_messages", ["taken_at"], unique=False
    )
    op.create_index(
        "ix_case_intake_messages_outcome_taken", "case_intake_messages", ["outcome", "taken_at"], unique=False
    )


def downgrade() -> None:
    for table in ("case_intake_messages", "case_intake_rules", "case_reply_templates"):
        op.drop_table(table)
