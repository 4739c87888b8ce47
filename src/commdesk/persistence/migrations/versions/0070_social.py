"""social: the social-media side of the publishing calendar: platforms, accounts with their
weekly target and SM-1 checklist, posts, the asset library, comments and messages needing an answer
with reply templates, and monthly metrics per account

Revision ID: 0070_social
Revises: 0001_foundation
Create Date: 2026-12-06

The tables start empty: the platforms are added by the first run (or the demo), not here.
"""

import sqlalchemy as sa
from alembic import op

from commdesk.persistence.models.base import UTCDateTime

revision = "0070_social"
down_revision = "0001_foundation"
branch_labels = ("social",)
# posts promote releases; a complaint in a comment becomes a case
depends_on = ("0020_releases", "0050_cases")

TABLES = (
    "social_messages",
    "social_post_assets",
    "social_posts",
    "social_metrics",
    "social_assets",
    "social_accounts",
    "social_reply_templates",
    "social_platforms",
)


def upgrade() -> None:
    op.create_table(
        "social_platforms",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("code", sa.String(length=40), nullable=False),
        sa.Column("name_zh", sa.String(length=100), nullable=False),
        sa.Column("name_en", sa.String(length=100), nullable=False),
        sa.Column("counting", sa.String(length=20), nullable=False),
        sa.Column("text_limit", sa.Integer(), nullable=False),
        sa.Column("title_limit", sa.Integer(), nullable=True),
        sa.Column("purpose_zh", sa.Text(), nullable=False),
        sa.Column("purpose_en", sa.Text(), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", UTCDateTime(), nullable=False),
        sa.Column("updated_at", UTCDateTime(), nullable=False),
        sa.CheckConstraint("text_limit > 0", name=op.f("ck_social_platforms_text_limit_positive")),
        sa.CheckConstraint(
            "title_limit IS NULL OR title_limit > 0", name=op.f("ck_social_platforms_title_limit_positive")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_social_platforms")),
        sa.UniqueConstraint("code", name=op.f("uq_social_platforms_code")),
    )
    op.create_table(
        "social_reply_templates",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("title", sa.String(length=200), nullable=False),
        sa.Column("body", sa.Text(), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", UTCDateTime(), nullable=False),
        sa.Column("updated_at", UTCDateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_social_reply_templates")),
    )
    op.create_table(
        "social_accounts",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("platform_id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("handle", sa.String(length=200), nullable=False),
        sa.Column("target_min", sa.Integer(), nullable=False),
        sa.Column("target_max", sa.Integer(), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("name_consistent", sa.Boolean(), nullable=False),
        sa.Column("avatar_consistent", sa.Boolean(), nullable=False),
        sa.Column("profile_consistent", sa.Boolean(), nullable=False),
        sa.Column("checked_by", sa.Integer(), nullable=True),
        sa.Column("checked_at", UTCDateTime(), nullable=True),
        sa.Column("check_note", sa.Text(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", UTCDateTime(), nullable=False),
        sa.Column("updated_at", UTCDateTime(), nullable=False),
        sa.CheckConstraint(
            "target_min >= 0 AND target_max >= target_min", name=op.f("ck_social_accounts_target_range")
        ),
        sa.ForeignKeyConstraint(
            ["checked_by"],
            ["people.id"],
            name=op.f("fk_social_accounts_checked_by_people"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["platform_id"],
            ["social_platforms.id"],
            name=op.f("fk_social_accounts_platform_id_social_platforms"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_social_accounts")),
        sa.UniqueConstraint("platform_id", "name", name="uq_social_accounts_platform_name"),
    )
    op.create_index(op.f("ix_social_accounts_platform_id"), "social_accounts", ["platform_id"], unique=False)
    op.create_table(
        "social_assets",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("file_name", sa.String(length=300), nullable=False),
        sa.Column("media_type", sa.String(length=100), nullable=False),
        sa.Column("size", sa.Integer(), nullable=False),
        sa.Column("tags", sa.String(length=500), nullable=False),
        sa.Column("rights", sa.Text(), nullable=False),
        sa.Column("expires_on", sa.Date(), nullable=True),
        sa.Column("added_by", sa.Integer(), nullable=True),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", UTCDateTime(), nullable=False),
        sa.Column("updated_at", UTCDateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["added_by"], ["people.id"], name=op.f("fk_social_assets_added_by_people"), ondelete="SET NULL"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_social_assets")),
        sa.UniqueConstraint("sha256", name=op.f("uq_social_assets_sha256")),
    )
    op.create_table(
        "social_metrics",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("account_id", sa.Integer(), nullable=False),
        sa.Column("month", sa.Date(), nullable=False),
        sa.Column("followers", sa.Integer(), nullable=False),
        sa.Column("reach", sa.Integer(), nullable=False),
        sa.Column("reads", sa.Integer(), nullable=False),
        sa.Column("interactions", sa.Integer(), nullable=False),
        sa.Column("source", sa.String(length=300), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", UTCDateTime(), nullable=False),
        sa.Column("updated_at", UTCDateTime(), nullable=False),
        sa.CheckConstraint(
            "followers >= 0 AND reach >= 0 AND reads >= 0 AND interactions >= 0",
            name=op.f("ck_social_metrics_figures_not_negative"),
        ),
        sa.ForeignKeyConstraint(
            ["account_id"],
            ["social_accounts.id"],
            name=op.f("fk_social_metrics_account_id_social_accounts"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_social_metrics")),
        sa.UniqueConstraint("account_id", "month", name="uq_social_metrics_account_month"),
    )
    op.create_table(
        "social_posts",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("account_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("title", sa.String(length=300), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("planned_at", UTCDateTime(), nullable=False),
        sa.Column("campaign", sa.String(length=200), nullable=False),
        sa.Column("release_id", sa.Integer(), nullable=True),
        sa.Column("author_id", sa.Integer(), nullable=True),
        sa.Column("published_at", UTCDateTime(), nullable=True),
        sa.Column("published_url", sa.String(length=2000), nullable=False),
        sa.Column("published_by", sa.Integer(), nullable=True),
        sa.Column("cancelled", sa.Boolean(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", UTCDateTime(), nullable=False),
        sa.Column("updated_at", UTCDateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["account_id"],
            ["social_accounts.id"],
            name=op.f("fk_social_posts_account_id_social_accounts"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["author_id"], ["people.id"], name=op.f("fk_social_posts_author_id_people"), ondelete="SET NULL"
        ),
        sa.ForeignKeyConstraint(
            ["published_by"],
            ["people.id"],
            name=op.f("fk_social_posts_published_by_people"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["release_id"],
            ["releases.id"],
            name=op.f("fk_social_posts_release_id_releases"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_social_posts")),
    )
    op.create_index(
        "ix_social_posts_account_planned", "social_posts", ["account_id", "planned_at"], unique=False
    )
    op.create_index(op.f("ix_social_posts_release_id"), "social_posts", ["release_id"], unique=False)
    op.create_table(
        "social_post_assets",
        sa.Column("post_id", sa.Integer(), nullable=False),
        sa.Column("asset_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["asset_id"],
            ["social_assets.id"],
            name=op.f("fk_social_post_assets_asset_id_social_assets"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["post_id"],
            ["social_posts.id"],
            name=op.f("fk_social_post_assets_post_id_social_posts"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("post_id", "asset_id", name=op.f("pk_social_post_assets")),
    )
    op.create_index(op.f("ix_social_post_assets_asset_id"), "social_post_assets", ["asset_id"], unique=False)
    op.create_table(
        "social_messages",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("account_id", sa.Integer(), nullable=False),
        sa.Column("post_id", sa.Integer(), nullable=True),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("author", sa.String(length=200), nullable=False),
        sa.Column("body", sa.Text(), nullable=False),
        sa.Column("received_at", UTCDateTime(), nullable=False),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("reply", sa.Text(), nullable=False),
        sa.Column("answered_at", UTCDateTime(), nullable=True),
        sa.Column("answered_by", sa.Integer(), nullable=True),
        sa.Column("case_id", sa.Integer(), nullable=True),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", UTCDateTime(), nullable=False),
        sa.Column("updated_at", UTCDateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["account_id"],
            ["social_accounts.id"],
            name=op.f("fk_social_messages_account_id_social_accounts"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["answered_by"],
            ["people.id"],
            name=op.f("fk_social_messages_answered_by_people"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["case_id"], ["cases.id"], name=op.f("fk_social_messages_case_id_cases"), ondelete="SET NULL"
        ),
        sa.ForeignKeyConstraint(
            ["post_id"],
            ["social_posts.id"],
            name=op.f("fk_social_messages_post_id_social_posts"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_social_messages")),
    )
    op.create_index(op.f("ix_social_messages_post_id"), "social_messages", ["post_id"], unique=False)
    op.create_index(
        "ix_social_messages_status_received", "social_messages", ["status", "received_at"], unique=False
    )


def downgrade() -> None:
    for table in TABLES:
        op.drop_table(table)
