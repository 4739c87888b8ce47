"""releases: releases, revisions, reviewers, approvals, comments, steps, publications, coverage,
attachments, edited templates

Revision ID: 0020_releases
Revises: 0001_foundation
Create Date: 2026-12-01

Contacts (lists, journalists) are stored by id and name without a foreign key: the contacts
migration did not exist when this one was written.
"""

import sqlalchemy as sa
from alembic import op

from commdesk.persistence.models.base import UTCDateTime

revision = "0020_releases"
down_revision = "0001_foundation"
branch_labels = ("releases",)
depends_on = None


def upgrade() -> None:
    op.create_table(
        "release_templates",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("key", sa.String(length=60), nullable=False),
        sa.Column("language", sa.String(length=5), nullable=False),
        sa.Column("title", sa.String(length=200), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("edited_by", sa.String(length=200), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", UTCDateTime(), nullable=False),
        sa.Column("updated_at", UTCDateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_release_templates")),
        sa.UniqueConstraint("key", "language", name="uq_release_templates_key_language"),
    )
    op.create_index("ix_release_templates_key", "release_templates", ["key"], unique=False)
    op.create_table(
        "releases",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("reference", sa.String(length=30), nullable=False),
        sa.Column("state", sa.String(length=30), nullable=False),
        sa.Column("title", sa.String(length=500), nullable=False),
        sa.Column("subtitle", sa.String(length=500), nullable=False),
        sa.Column("dateline_city", sa.String(length=100), nullable=False),
        sa.Column("dateline_date", sa.Date(), nullable=True),
        sa.Column("body_markdown", sa.Text(), nullable=False),
        sa.Column("quotes_json", sa.Text(), nullable=False),
        sa.Column("boilerplate", sa.Text(), nullable=False),
        sa.Column("media_contact", sa.Text(), nullable=False),
        sa.Column("language", sa.String(length=5), nullable=False),
        sa.Column("embargo", UTCDateTime(), nullable=True),
        sa.Column("embargo_tz", sa.String(length=60), nullable=False),
        sa.Column("channels_json", sa.Text(), nullable=False),
        sa.Column("lists_json", sa.Text(), nullable=False),
        sa.Column("review_rule", sa.String(length=10), nullable=False),
        sa.Column("submit_note", sa.Text(), nullable=False),
        sa.Column("template_key", sa.String(length=60), nullable=False),
        sa.Column("content_hash", sa.String(length=64), nullable=False),
        sa.Column("revision", sa.Integer(), nullable=False),
        sa.Column("author_id", sa.Integer(), nullable=False),
        sa.Column("last_editor_id", sa.Integer(), nullable=False),
        sa.Column("owner_id", sa.Integer(), nullable=False),
        sa.Column("linked_id", sa.Integer(), nullable=True),
        sa.Column("published_at", UTCDateTime(), nullable=True),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", UTCDateTime(), nullable=False),
        sa.Column("updated_at", UTCDateTime(), nullable=False),
        sa.ForeignKeyConstraint(["author_id"], ["people.id"], name=op.f("fk_releases_author_id_people")),
        sa.ForeignKeyConstraint(
            ["last_editor_id"], ["people.id"], name=op.f("fk_releases_last_editor_id_people")
        ),
        sa.ForeignKeyConstraint(
            ["linked_id"], ["releases.id"], name=op.f("fk_releases_linked_id_releases"), ondelete="SET NULL"
        ),
        sa.ForeignKeyConstraint(["owner_id"], ["people.id"], name=op.f("fk_releases_owner_id_people")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_releases")),
        sa.UniqueConstraint("reference", name=op.f("uq_releases_reference")),
    )
    op.create_index(op.f("ix_releases_state"), "releases", ["state"], unique=False)
    op.create_table(
        "release_approvals",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("release_id", sa.Integer(), nullable=False),
        sa.Column("reviewer_id", sa.Integer(), nullable=False),
        sa.Column("reviewer_name", sa.String(length=200), nullable=False),
        sa.Column("content_hash", sa.String(length=64), nullable=False),
        sa.Column("revision", sa.Integer(), nullable=False),
        sa.Column("at", UTCDateTime(), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("voided_at", UTCDateTime(), nullable=True),
        sa.Column("voided_reason", sa.String(length=200), nullable=False),
        sa.ForeignKeyConstraint(
            ["release_id"],
            ["releases.id"],
            name=op.f("fk_release_approvals_release_id_releases"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["reviewer_id"], ["people.id"], name=op.f("fk_release_approvals_reviewer_id_people")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_release_approvals")),
    )
    op.create_index(
        op.f("ix_release_approvals_release_id"), "release_approvals", ["release_id"], unique=False
    )
    op.create_table(
        "release_attachments",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("release_id", sa.Integer(), nullable=False),
        sa.Column("filename", sa.String(length=255), nullable=False),
        sa.Column("media_type", sa.String(length=100), nullable=False),
        sa.Column("size", sa.Integer(), nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("data", sa.LargeBinary(), nullable=False),
        sa.Column("added_by", sa.String(length=200), nullable=False),
        sa.Column("at", UTCDateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["release_id"],
            ["releases.id"],
            name=op.f("fk_release_attachments_release_id_releases"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_release_attachments")),
    )
    op.create_index(
        op.f("ix_release_attachments_release_id"), "release_attachments", ["release_id"], unique=False
    )
    op.create_table(
        "release_comments",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("release_id", sa.Integer(), nullable=False),
        sa.Column("parent_id", sa.Integer(), nullable=True),
        sa.Column("author_id", sa.Integer(), nullable=False),
        sa.Column("author_name", sa.String(length=200), nullable=False),
        sa.Column("paragraph_id", sa.String(length=40), nullable=False),
        sa.Column("paragraph_text", sa.Text(), nullable=False),
        sa.Column("revision", sa.Integer(), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("at", UTCDateTime(), nullable=False),
        sa.Column("resolved_at", UTCDateTime(), nullable=True),
        sa.Column("resolved_by", sa.String(length=200), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["author_id"], ["people.id"], name=op.f("fk_release_comments_author_id_people")
        ),
        sa.ForeignKeyConstraint(
            ["parent_id"],
            ["release_comments.id"],
            name=op.f("fk_release_comments_parent_id_release_comments"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["release_id"],
            ["releases.id"],
            name=op.f("fk_release_comments_release_id_releases"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_release_comments")),
    )
    op.create_index(op.f("ix_release_comments_release_id"), "release_comments", ["release_id"], unique=False)
    op.create_table(
        "release_coverage",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("release_id", sa.Integer(), nullable=False),
        sa.Column("outlet", sa.String(length=200), nullable=False),
        sa.Column("outlet_kind", sa.String(length=30), nullable=False),
        sa.Column("journalist_id", sa.Integer(), nullable=True),
        sa.Column("journalist_name", sa.String(length=200), nullable=False),
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("url", sa.String(length=2000), nullable=False),
        sa.Column("headline", sa.String(length=500), nullable=False),
        sa.Column("reach", sa.Integer(), nullable=False),
        sa.Column("tone", sa.String(length=10), nullable=False),
        sa.Column("original", sa.Boolean(), nullable=False),
        sa.Column("created_by", sa.String(length=200), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["release_id"],
            ["releases.id"],
            name=op.f("fk_release_coverage_release_id_releases"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_release_coverage")),
    )
    op.create_index(
        op.f("ix_release_coverage_journalist_id"), "release_coverage", ["journalist_id"], unique=False
    )
    op.create_index(op.f("ix_release_coverage_release_id"), "release_coverage", ["release_id"], unique=False)
    op.create_table(
        "release_publications",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("release_id", sa.Integer(), nullable=False),
        sa.Column("channel", sa.String(length=30), nullable=False),
        sa.Column("url", sa.String(length=2000), nullable=False),
        sa.Column("at", UTCDateTime(), nullable=False),
        sa.Column("recorded_by", sa.String(length=200), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["release_id"],
            ["releases.id"],
            name=op.f("fk_release_publications_release_id_releases"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_release_publications")),
    )
    op.create_index(
        op.f("ix_release_publications_release_id"), "release_publications", ["release_id"], unique=False
    )
    op.create_table(
        "release_reviewers",
        sa.Column("release_id", sa.Integer(), nullable=False),
        sa.Column("person_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["person_id"], ["people.id"], name=op.f("fk_release_reviewers_person_id_people")
        ),
        sa.ForeignKeyConstraint(
            ["release_id"],
            ["releases.id"],
            name=op.f("fk_release_reviewers_release_id_releases"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("release_id", "person_id", name=op.f("pk_release_reviewers")),
    )
    op.create_table(
        "release_revisions",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("release_id", sa.Integer(), nullable=False),
        sa.Column("number", sa.Integer(), nullable=False),
        sa.Column("content_json", sa.Text(), nullable=False),
        sa.Column("content_hash", sa.String(length=64), nullable=False),
        sa.Column("editor_id", sa.Integer(), nullable=False),
        sa.Column("editor_name", sa.String(length=200), nullable=False),
        sa.Column("at", UTCDateTime(), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["editor_id"], ["people.id"], name=op.f("fk_release_revisions_editor_id_people")
        ),
        sa.ForeignKeyConstraint(
            ["release_id"],
            ["releases.id"],
            name=op.f("fk_release_revisions_release_id_releases"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_release_revisions")),
        sa.UniqueConstraint("release_id", "number", name="uq_release_revisions_number"),
    )
    op.create_table(
        "release_steps",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("release_id", sa.Integer(), nullable=False),
        sa.Column("action", sa.String(length=30), nullable=False),
        sa.Column("from_state", sa.String(length=30), nullable=False),
        sa.Column("to_state", sa.String(length=30), nullable=False),
        sa.Column("actor_id", sa.Integer(), nullable=True),
        sa.Column("actor_name", sa.String(length=200), nullable=False),
        sa.Column("revision", sa.Integer(), nullable=False),
        sa.Column("at", UTCDateTime(), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(["actor_id"], ["people.id"], name=op.f("fk_release_steps_actor_id_people")),
        sa.ForeignKeyConstraint(
            ["release_id"],
            ["releases.id"],
            name=op.f("fk_release_steps_release_id_releases"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_release_steps")),
    )
    op.create_index(op.f("ix_release_steps_release_id"), "release_steps", ["release_id"], unique=False)


def downgrade() -> None:
    op.drop_table("release_steps")
    op.drop_table("release_revisions")
    op.drop_table("release_reviewers")
    op.drop_table("release_publications")
    op.drop_table("release_coverage")
    op.drop_table("release_comments")
    op.drop_table("release_attachments")
    op.drop_table("release_approvals")
    op.drop_table("releases")
    op.drop_table("release_templates")
