"""meetings: series, meetings, participants, agenda, minutes, action items and their reviews

Revision ID: 0030_meetings
Revises: 0001_foundation
Create Date: 2026-12-02
"""

import sqlalchemy as sa
from alembic import op

from commdesk.persistence.models.base import UTCDateTime

revision = "0030_meetings"
down_revision = "0001_foundation"
branch_labels = ("meetings",)
depends_on = None


def upgrade() -> None:
    op.create_table(
        "meeting_series",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("topic", sa.String(length=300), nullable=False),
        sa.Column("frequency", sa.String(length=20), nullable=False),
        sa.Column("backlog", sa.Text(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", UTCDateTime(), nullable=False),
        sa.Column("updated_at", UTCDateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_meeting_series")),
    )
    op.create_table(
        "meetings",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uid", sa.String(length=200), nullable=False),
        sa.Column("sequence", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("topic", sa.String(length=300), nullable=False),
        sa.Column("purpose", sa.Text(), nullable=False),
        sa.Column("start", UTCDateTime(), nullable=True),
        sa.Column("duration", sa.Integer(), nullable=True),
        sa.Column("tz", sa.String(length=64), nullable=False),
        sa.Column("organiser_id", sa.Integer(), nullable=True),
        sa.Column("organiser_name", sa.String(length=200), nullable=False),
        sa.Column("organiser_email", sa.String(length=320), nullable=False),
        sa.Column("host", sa.String(length=200), nullable=False),
        sa.Column("note_taker", sa.String(length=200), nullable=False),
        sa.Column("room", sa.String(length=300), nullable=False),
        sa.Column("link", sa.String(length=1000), nullable=False),
        sa.Column("dial_in", sa.String(length=200), nullable=False),
        sa.Column("has_password", sa.Boolean(), nullable=False),
        sa.Column("materials", sa.Text(), nullable=False),
        sa.Column("equipment", sa.Text(), nullable=False),
        sa.Column("preparation", sa.Text(), nullable=False),
        sa.Column("series_id", sa.Integer(), nullable=True),
        sa.Column("invitation_sent_at", UTCDateTime(), nullable=True),
        sa.Column("cancelled", sa.Boolean(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", UTCDateTime(), nullable=False),
        sa.Column("updated_at", UTCDateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["organiser_id"], ["people.id"], name=op.f("fk_meetings_organiser_id_people"), ondelete="SET NULL"
        ),
        sa.ForeignKeyConstraint(
            ["series_id"],
            ["meeting_series.id"],
            name=op.f("fk_meetings_series_id_meeting_series"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_meetings")),
        sa.UniqueConstraint("uid", name=op.f("uq_meetings_uid")),
    )
    op.create_index(op.f("ix_meetings_series_id"), "meetings", ["series_id"], unique=False)
    op.create_index(op.f("ix_meetings_start"), "meetings", ["start"], unique=False)
    op.create_table(
        "meeting_actions",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("meeting_id", sa.Integer(), nullable=False),
        sa.Column("agenda_index", sa.Integer(), nullable=True),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("owner_name", sa.String(length=200), nullable=False),
        sa.Column("owner_email", sa.String(length=320), nullable=False),
        sa.Column("owner_person_id", sa.Integer(), nullable=True),
        sa.Column("owner_contact_id", sa.Integer(), nullable=True),
        sa.Column("deadline", sa.Date(), nullable=True),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", UTCDateTime(), nullable=False),
        sa.Column("updated_at", UTCDateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["meeting_id"],
            ["meetings.id"],
            name=op.f("fk_meeting_actions_meeting_id_meetings"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["owner_person_id"],
            ["people.id"],
            name=op.f("fk_meeting_actions_owner_person_id_people"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_meeting_actions")),
    )
    op.create_index(op.f("ix_meeting_actions_deadline"), "meeting_actions", ["deadline"], unique=False)
    op.create_index(op.f("ix_meeting_actions_meeting_id"), "meeting_actions", ["meeting_id"], unique=False)
    op.create_index(
        op.f("ix_meeting_actions_owner_person_id"), "meeting_actions", ["owner_person_id"], unique=False
    )
    op.create_index(op.f("ix_meeting_actions_status"), "meeting_actions", ["status"], unique=False)
    op.create_table(
        "meeting_agenda_items",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("meeting_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("title", sa.String(length=500), nullable=False),
        sa.Column("presenter", sa.String(length=200), nullable=False),
        sa.Column("minutes", sa.Integer(), nullable=True),
        sa.Column("documents", sa.Text(), nullable=False),
        sa.Column("review_of_actions", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(
            ["meeting_id"],
            ["meetings.id"],
            name=op.f("fk_meeting_agenda_items_meeting_id_meetings"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_meeting_agenda_items")),
    )
    op.create_index(
        op.f("ix_meeting_agenda_items_meeting_id"), "meeting_agenda_items", ["meeting_id"], unique=False
    )
    op.create_table(
        "meeting_minutes",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("meeting_id", sa.Integer(), nullable=False),
        sa.Column("number", sa.Integer(), nullable=False),
        sa.Column("state", sa.String(length=20), nullable=False),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("circulated_at", UTCDateTime(), nullable=True),
        sa.Column("approved_at", UTCDateTime(), nullable=True),
        sa.Column("approved_by", sa.String(length=200), nullable=False),
        sa.Column("distributed_at", UTCDateTime(), nullable=True),
        sa.Column("reopen_reason", sa.Text(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", UTCDateTime(), nullable=False),
        sa.Column("updated_at", UTCDateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["meeting_id"],
            ["meetings.id"],
            name=op.f("fk_meeting_minutes_meeting_id_meetings"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_meeting_minutes")),
        sa.UniqueConstraint("meeting_id", "number", name="uq_meeting_minutes_meeting_number"),
    )
    op.create_index(op.f("ix_meeting_minutes_meeting_id"), "meeting_minutes", ["meeting_id"], unique=False)
    op.create_table(
        "meeting_participants",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("meeting_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("email", sa.String(length=320), nullable=False),
        sa.Column("person_id", sa.Integer(), nullable=True),
        sa.Column("contact_id", sa.Integer(), nullable=True),
        sa.Column("required", sa.Boolean(), nullable=False),
        sa.Column("response", sa.String(length=20), nullable=False),
        sa.Column("attended", sa.Boolean(), nullable=True),
        sa.ForeignKeyConstraint(
            ["meeting_id"],
            ["meetings.id"],
            name=op.f("fk_meeting_participants_meeting_id_meetings"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["person_id"],
            ["people.id"],
            name=op.f("fk_meeting_participants_person_id_people"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_meeting_participants")),
    )
    op.create_index(
        op.f("ix_meeting_participants_meeting_id"), "meeting_participants", ["meeting_id"], unique=False
    )
    op.create_table(
        "meeting_action_reviews",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("action_id", sa.Integer(), nullable=False),
        sa.Column("meeting_id", sa.Integer(), nullable=False),
        sa.Column("outcome", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["action_id"],
            ["meeting_actions.id"],
            name=op.f("fk_meeting_action_reviews_action_id_meeting_actions"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["meeting_id"],
            ["meetings.id"],
            name=op.f("fk_meeting_action_reviews_meeting_id_meetings"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_meeting_action_reviews")),
        sa.UniqueConstraint("action_id", "meeting_id", name="uq_meeting_action_reviews_action_id"),
    )
    op.create_index(
        op.f("ix_meeting_action_reviews_action_id"), "meeting_action_reviews", ["action_id"], unique=False
    )
    op.create_index(
        op.f("ix_meeting_action_reviews_meeting_id"), "meeting_action_reviews", ["meeting_id"], unique=False
    )
    op.create_table(
        "meeting_minute_entries",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("minutes_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("agenda_index", sa.Integer(), nullable=True),
        sa.Column("text", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["minutes_id"],
            ["meeting_minutes.id"],
            name=op.f("fk_meeting_minute_entries_minutes_id_meeting_minutes"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_meeting_minute_entries")),
    )
    op.create_index(
        op.f("ix_meeting_minute_entries_minutes_id"), "meeting_minute_entries", ["minutes_id"], unique=False
    )


def downgrade() -> None:
    op.drop_table("meeting_minute_entries")
    op.drop_table("meeting_action_reviews")
    op.drop_table("meeting_participants")
    op.drop_table("meeting_minutes")
    op.drop_table("meeting_agenda_items")
    op.drop_table("meeting_actions")
    op.drop_table("meetings")
    op.drop_table("meeting_series")
