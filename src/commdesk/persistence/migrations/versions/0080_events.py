"""events: media events (MD-2) and the contacts invited to them, with their answers and check-in

Revision ID: 0080_events
Revises: 0001_foundation
Create Date: 2026-12-06

An invitee refers to a contact and an event may accompany a press release: the branch depends on
the contacts and releases branches. The tables start empty.
"""

import sqlalchemy as sa
from alembic import op

from commdesk.persistence.models.base import UTCDateTime

revision = "0080_events"
down_revision = "0001_foundation"
branch_labels = ("events",)
depends_on = ("0010_contacts", "0020_releases")


def upgrade() -> None:
    op.create_table(
        "events",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("reference", sa.String(length=20), nullable=False),
        sa.Column("title", sa.String(length=300), nullable=False),
        sa.Column("starts_at", UTCDateTime(), nullable=False),
        sa.Column("ends_at", UTCDateTime(), nullable=False),
        sa.Column("zone", sa.String(length=64), nullable=False),
        sa.Column("place", sa.String(length=500), nullable=False),
        sa.Column("agenda", sa.Text(), nullable=False),
        sa.Column("owner_id", sa.Integer(), nullable=True),
        sa.Column("invitation_subject", sa.String(length=300), nullable=False),
        sa.Column("invitation_body", sa.Text(), nullable=False),
        sa.Column("release_id", sa.Integer(), nullable=True),
        sa.Column("follow_up", sa.Text(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", UTCDateTime(), nullable=False),
        sa.Column("updated_at", UTCDateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["owner_id"], ["people.id"], name=op.f("fk_events_owner_id_people"), ondelete="SET NULL"
        ),
        sa.ForeignKeyConstraint(
            ["release_id"], ["releases.id"], name=op.f("fk_events_release_id_releases"), ondelete="SET NULL"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_events")),
        sa.UniqueConstraint("reference", name=op.f("uq_events_reference")),
    )
    op.create_index(op.f("ix_events_starts_at"), "events", ["starts_at"], unique=False)
    op.create_index(op.f("ix_events_owner_id"), "events", ["owner_id"], unique=False)
    op.create_index(op.f("ix_events_release_id"), "events", ["release_id"], unique=False)
    op.create_table(
        "event_invitees",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("event_id", sa.Integer(), nullable=False),
        sa.Column("contact_id", sa.Integer(), nullable=True),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("plus_ones", sa.Integer(), nullable=False),
        sa.Column("responded_at", UTCDateTime(), nullable=True),
        sa.Column("response_via", sa.String(length=10), nullable=False),
        sa.Column("rsvp_token", sa.String(length=16), nullable=False),
        sa.Column("invited_at", UTCDateTime(), nullable=True),
        sa.Column("checked_in_at", UTCDateTime(), nullable=True),
        sa.Column("checked_in_by", sa.String(length=200), nullable=False),
        sa.Column("note", sa.String(length=500), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", UTCDateTime(), nullable=False),
        sa.Column("updated_at", UTCDateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["event_id"], ["events.id"], name=op.f("fk_event_invitees_event_id_events"), ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(
            ["contact_id"],
            ["contacts.id"],
            name=op.f("fk_event_invitees_contact_id_contacts"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_event_invitees")),
        sa.UniqueConstraint("rsvp_token", name=op.f("uq_event_invitees_rsvp_token")),
        sa.UniqueConstraint("event_id", "contact_id", name="uq_event_invitees_event_contact"),
    )
    op.create_index(op.f("ix_event_invitees_event_id"), "event_invitees", ["event_id"], unique=False)
    op.create_index(op.f("ix_event_invitees_contact_id"), "event_invitees", ["contact_id"], unique=False)


def downgrade() -> None:
    op.drop_table("event_invitees")
    op.drop_table("events")
