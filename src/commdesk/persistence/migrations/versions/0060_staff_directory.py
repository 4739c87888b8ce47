"""staff directory: staff members, subscription lists and subscriptions for internal announcements,
the key of their unsubscribe tokens, members' last activity and the deliveries a frequency cap counts

Revision ID: 0060_staff_directory
Revises: 0001_foundation
Create Date: 2026-12-06

The tables start empty: the token key is made with the first subscription (``StaffService``), so
that ``db copy`` can fill a freshly migrated target with the source's rows, key included.
"""

import sqlalchemy as sa
from alembic import op

from commdesk.persistence.models.base import UTCDateTime

revision = "0060_staff_directory"
down_revision = "0001_foundation"
branch_labels = ("publishing",)
depends_on = None

TABLES = (
    "staff_deliveries",
    "staff_activity",
    "staff_token_keys",
    "staff_subscriptions",
    "staff_lists",
    "staff_members",
)


def upgrade() -> None:
    op.create_table(
        "staff_members",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=300), nullable=False),
        sa.Column("email", sa.String(length=320), nullable=False),
        sa.Column("email_key", sa.String(length=320), nullable=False),
        sa.Column("department", sa.String(length=200), nullable=False),
        sa.Column("phone", sa.String(length=40), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("source", sa.String(length=300), nullable=False),
        sa.Column("import_batch", sa.String(length=40), nullable=True),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", UTCDateTime(), nullable=False),
        sa.Column("updated_at", UTCDateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_staff_members")),
        sa.UniqueConstraint("email_key", name=op.f("uq_staff_members_email_key")),
    )
    op.create_table(
        "staff_lists",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name_zh", sa.String(length=200), nullable=False),
        sa.Column("name_en", sa.String(length=200), nullable=False),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("double_opt_in", sa.Boolean(), nullable=False),
        sa.Column("cap_count", sa.Integer(), nullable=True),
        sa.Column("cap_days", sa.Integer(), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", UTCDateTime(), nullable=False),
        sa.Column("updated_at", UTCDateTime(), nullable=False),
        sa.CheckConstraint(
            "cap_count IS NULL OR cap_count > 0", name=op.f("ck_staff_lists_cap_count_positive")
        ),
        sa.CheckConstraint("cap_days > 0", name=op.f("ck_staff_lists_cap_days_positive")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_staff_lists")),
    )
    op.create_table(
        "staff_subscriptions",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("member_id", sa.Integer(), nullable=False),
        sa.Column("list_id", sa.Integer(), nullable=False),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("changed_at", UTCDateTime(), nullable=False),
        sa.Column("how", sa.String(length=20), nullable=False),
        sa.Column("token_nonce", sa.String(length=32), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", UTCDateTime(), nullable=False),
        sa.Column("updated_at", UTCDateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["list_id"],
            ["staff_lists.id"],
            name=op.f("fk_staff_subscriptions_list_id_staff_lists"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["member_id"],
            ["staff_members.id"],
            name=op.f("fk_staff_subscriptions_member_id_staff_members"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_staff_subscriptions")),
        sa.UniqueConstraint("member_id", "list_id", name="uq_staff_subscriptions_member_list"),
    )
    op.create_index("ix_staff_subscriptions_list_status", "staff_subscriptions", ["list_id", "status"])
    op.create_table(
        "staff_token_keys",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("key", sa.String(length=64), nullable=False),
        sa.Column("created_at", UTCDateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_staff_token_keys")),
    )
    op.create_table(
        "staff_activity",
        sa.Column("member_id", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("last_active_at", UTCDateTime(), nullable=False),
        sa.Column("what", sa.String(length=20), nullable=False),
        sa.ForeignKeyConstraint(
            ["member_id"],
            ["staff_members.id"],
            name=op.f("fk_staff_activity_member_id_staff_members"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("member_id", name=op.f("pk_staff_activity")),
    )
    op.create_index(op.f("ix_staff_activity_last_active_at"), "staff_activity", ["last_active_at"])
    op.create_table(
        "staff_deliveries",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("list_id", sa.Integer(), nullable=False),
        sa.Column("member_id", sa.Integer(), nullable=False),
        sa.Column("sent_at", UTCDateTime(), nullable=False),
        sa.Column("reference", sa.String(length=200), nullable=False),
        sa.ForeignKeyConstraint(
            ["list_id"],
            ["staff_lists.id"],
            name=op.f("fk_staff_deliveries_list_id_staff_lists"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["member_id"],
            ["staff_members.id"],
            name=op.f("fk_staff_deliveries_member_id_staff_members"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_staff_deliveries")),
    )
    op.create_index("ix_staff_deliveries_list_sent", "staff_deliveries", ["list_id", "sent_at", "member_id"])


def downgrade() -> None:
    for table in TABLES:
        op.drop_table(table)
