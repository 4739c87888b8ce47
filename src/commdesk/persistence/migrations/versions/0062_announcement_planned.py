"""announcements: when an announcement is planned to go out (the publishing calendar)

Revision ID: 0062_announcement_planned
Revises: 0061_review
Create Date: 2026-12-06

``planned_at`` (UTC, empty when not planned): the time its owner means to send it. It is not part of
what the reviewer approves (like a social post's time), so moving it on the calendar leaves an
approval standing; a sent announcement keeps ``sent_at`` and no longer moves.
"""

import sqlalchemy as sa
from alembic import op

from commdesk.persistence.models.base import UTCDateTime

revision = "0062_announcement_planned"
down_revision = "0061_review"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("announcements") as batch:
        batch.add_column(sa.Column("planned_at", UTCDateTime(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("announcements") as batch:
        batch.drop_column("planned_at")
