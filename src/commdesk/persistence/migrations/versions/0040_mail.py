"""mail: the outbox

Revision ID: 0040_mail
Revises: 0001_foundation
Create Date: 2026-12-01

The related record (meeting, minutes, release, contact) is kept as entity name and id, without a
foreign key: the outbox serves every area and outlives none of them.
"""

import sqlalchemy as sa
from alembic import op

from commdesk.persistence.models.base import UTCDateTime

revision = "0040_mail"
down_revision = "0001_foundation"
branch_labels = ("mail",)
depends_on = None


def upgrade() -> None:
    op.create_table(
        "mail_outbox",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("batch", sa.String(32), nullable=False),
        sa.Column("kind", sa.String(40), nullable=False),
        sa.Column("status", sa.String(20), nullable=False),
        sa.Column("subject", sa.String(500), nullable=False),
        sa.Column("sender", sa.String(320), nullable=False),
        sa.Column("recipients", sa.Text(), nullable=False),
        sa.Column("recipient_keys", sa.Text(), nullable=False),
        sa.Column("message_id", sa.String(300), nullable=False),
        sa.Column("raw", sa.LargeBinary(), nullable=False),
        sa.Column("size", sa.Integer(), nullable=False),
        sa.Column("related_entity", sa.String(60), nullable=True),
        sa.Column("related_id", sa.String(60), nullable=True),
        sa.Column("attempts", sa.Integer(), nullable=False),
        sa.Column("next_attempt_at", UTCDateTime(), nullable=True),
        sa.Column("uncertain", sa.Boolean(), nullable=False),
        sa.Column("last_error", sa.Text(), nullable=True),
        sa.Column("server_reply", sa.Text(), nullable=True),
        sa.Column("queued_by", sa.String(200), nullable=False),
        sa.Column("sending_at", UTCDateTime(), nullable=True),
        sa.Column("sent_at", UTCDateTime(), nullable=True),
        sa.Column("follow_up_by", sa.Date(), nullable=True),
        sa.Column("follow_up_done_at", UTCDateTime(), nullable=True),
        sa.Column("created_at", UTCDateTime(), nullable=False),
        sa.Column("updated_at", UTCDateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_mail_outbox")),
        sa.UniqueConstraint("message_id", name=op.f("uq_mail_outbox_message_id")),
    )
    op.create_index(op.f("ix_mail_outbox_batch"), "mail_outbox", ["batch"])
    op.create_index(op.f("ix_mail_outbox_status"), "mail_outbox", ["status"])
    op.create_index("ix_mail_outbox_related", "mail_outbox", ["related_entity", "related_id"])


def downgrade() -> None:
    op.drop_table("mail_outbox")
