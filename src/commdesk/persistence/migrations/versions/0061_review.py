"""review engine and announcements: the review of each social post, announcement and event invitation
(state, four eyes, revisions, approvals, steps, comments); announcements and their audiences

Revision ID: 0061_review
Revises: 0060_staff_directory
Create Date: 2026-12-06

The tables start empty.
"""

import sqlalchemy as sa
from alembic import op

from commdesk.persistence.models.base import UTCDateTime

revision = "0061_review"
down_revision = "0060_staff_directory"
branch_labels = None
depends_on = None

TABLES = (
    "announcement_audiences",
    "announcements",
    "review_comments",
    "review_steps",
    "review_approvals",
    "review_revisions",
    "review_items",
)


def _people_fk(table: str, column: str) -> sa.ForeignKeyConstraint:
    return sa.ForeignKeyConstraint([column], ["people.id"], name=op.f(f"fk_{table}_{column}_people"))


def _review_fk(table: str) -> sa.ForeignKeyConstraint:
    return sa.ForeignKeyConstraint(
        ["review_id"],
        ["review_items.id"],
        name=op.f(f"fk_{table}_review_id_review_items"),
        ondelete="CASCADE",
    )


def upgrade() -> None:
    op.create_table(
        "review_items",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=30), nullable=False),
        sa.Column("item_id", sa.Integer(), nullable=False),
        sa.Column("state", sa.String(length=20), nullable=False),
        sa.Column("author_id", sa.Integer(), nullable=False),
        sa.Column("last_editor_id", sa.Integer(), nullable=False),
        sa.Column("content_hash", sa.String(length=64), nullable=False),
        sa.Column("revision", sa.Integer(), nullable=False),
        sa.Column("approved_revision", sa.Integer(), nullable=True),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", UTCDateTime(), nullable=False),
        sa.Column("updated_at", UTCDateTime(), nullable=False),
        _people_fk("review_items", "author_id"),
        _people_fk("review_items", "last_editor_id"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_review_items")),
        sa.UniqueConstraint("kind", "item_id", name="uq_review_items_kind_item"),
    )
    op.create_table(
        "review_revisions",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("review_id", sa.Integer(), nullable=False),
        sa.Column("number", sa.Integer(), nullable=False),
        sa.Column("content_json", sa.Text(), nullable=False),
        sa.Column("content_hash", sa.String(length=64), nullable=False),
        sa.Column("editor_id", sa.Integer(), nullable=False),
        sa.Column("editor_name", sa.String(length=200), nullable=False),
        sa.Column("at", UTCDateTime(), nullable=False),
        _review_fk("review_revisions"),
        _people_fk("review_revisions", "editor_id"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_review_revisions")),
        sa.UniqueConstraint("review_id", "number", name="uq_review_revisions_number"),
    )
    op.create_table(
        "review_approvals",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("review_id", sa.Integer(), nullable=False),
        sa.Column("reviewer_id", sa.Integer(), nullable=False),
        sa.Column("reviewer_name", sa.String(length=200), nullable=False),
        sa.Column("content_hash", sa.String(length=64), nullable=False),
        sa.Column("revision", sa.Integer(), nullable=False),
        sa.Column("at", UTCDateTime(), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("voided_at", UTCDateTime(), nullable=True),
        sa.Column("voided_reason", sa.String(length=200), nullable=False),
        _review_fk("review_approvals"),
        _people_fk("review_approvals", "reviewer_id"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_review_approvals")),
    )
    op.create_index(op.f("ix_review_approvals_review_id"), "review_approvals", ["review_id"])
    op.create_table(
        "review_steps",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("review_id", sa.Integer(), nullable=False),
        sa.Column("action", sa.String(length=30), nullable=False),
        sa.Column("from_state", sa.String(length=20), nullable=False),
        sa.Column("to_state", sa.String(length=20), nullable=False),
        sa.Column("actor_id", sa.Integer(), nullable=True),
        sa.Column("actor_name", sa.String(length=200), nullable=False),
        sa.Column("revision", sa.Integer(), nullable=False),
        sa.Column("at", UTCDateTime(), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        _review_fk("review_steps"),
        _people_fk("review_steps", "actor_id"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_review_steps")),
    )
    op.create_index(op.f("ix_review_steps_review_id"), "review_steps", ["review_id"])
    op.create_table(
        "review_comments",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("review_id", sa.Integer(), nullable=False),
        sa.Column("author_id", sa.Integer(), nullable=True),
        sa.Column("author_name", sa.String(length=200), nullable=False),
        sa.Column("revision", sa.Integer(), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("at", UTCDateTime(), nullable=False),
        _review_fk("review_comments"),
        _people_fk("review_comments", "author_id"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_review_comments")),
    )
    op.create_index(op.f("ix_review_comments_review_id"), "review_comments", ["review_id"])
    op.create_table(
        "announcements",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("owner_id", sa.Integer(), nullable=False),
        sa.Column("priority", sa.String(length=20), nullable=False),
        sa.Column("subject", sa.String(length=300), nullable=False),
        sa.Column("body", sa.Text(), nullable=False),
        sa.Column("sent_at", UTCDateTime(), nullable=True),
        sa.Column("sent_by", sa.String(length=200), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", UTCDateTime(), nullable=False),
        sa.Column("updated_at", UTCDateTime(), nullable=False),
        _people_fk("announcements", "owner_id"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_announcements")),
    )
    op.create_table(
        "announcement_audiences",
        sa.Column("announcement_id", sa.Integer(), nullable=False),
        sa.Column("list_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["announcement_id"],
            ["announcements.id"],
            name=op.f("fk_announcement_audiences_announcement_id_announcements"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["list_id"], ["staff_lists.id"], name=op.f("fk_announcement_audiences_list_id_staff_lists")
        ),
        sa.PrimaryKeyConstraint("announcement_id", "list_id", name=op.f("pk_announcement_audiences")),
    )
    op.create_index(op.f("ix_announcement_audiences_list_id"), "announcement_audiences", ["list_id"])


def downgrade() -> None:
    for table in TABLES:
        op.drop_table(table)
