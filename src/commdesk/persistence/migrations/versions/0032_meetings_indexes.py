"""meetings: an index for Home's "my open and overdue actions"

Revision ID: 0032_meetings_indexes
Revises: 0031_minutes_signoff
Create Date: 2027-03-15

Home lists the open action items of the person signed in, the earliest deadline first, and counts
them. ``ix_meeting_actions_owner_status_deadline`` answers both from the index in deadline order,
however many action items twenty thousand meetings left behind.
"""

from alembic import op

revision = "0032_meetings_indexes"
down_revision = "0031_minutes_signoff"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index(
        "ix_meeting_actions_owner_status_deadline",
        "meeting_actions",
        ["owner_person_id", "status", "deadline"],
        unique=False,
    )


def downgrade() -> None:
    op.drop_index("ix_meeting_actions_owner_status_deadline", table_name="meeting_actions")
