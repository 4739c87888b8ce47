"""meetings: minutes sign-off names its approver; who wrote each version (four eyes)

Revision ID: 0031_minutes_signoff
Revises: 0030_meetings
Create Date: 2026-12-06

``approved_by_id``: the person who approved the minutes (the name stays in ``approved_by`` as it was
then). ``writer_ids``: JSON list of the people who saved this version; none of them, nor the named
note-taker, may approve it unless the organisation allows self-approval for small teams.
"""

import sqlalchemy as sa
from alembic import op

revision = "0031_minutes_signoff"
down_revision = "0030_meetings"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("meeting_minutes") as batch:
        batch.add_column(sa.Column("approved_by_id", sa.Integer(), nullable=True))
        batch.add_column(sa.Column("writer_ids", sa.Text(), nullable=False, server_default="[]"))
        batch.create_foreign_key(
            op.f("fk_meeting_minutes_approved_by_id_people"),
            "people",
            ["approved_by_id"],
            ["id"],
            ondelete="SET NULL",
        )


def downgrade() -> None:
    with op.batch_alter_table("meeting_minutes") as batch:
        batch.drop_constraint(op.f("fk_meeting_minutes_approved_by_id_people"), type_="foreignkey")
        batch.drop_column("writer_ids")
        batch.drop_column("approved_by_id")
