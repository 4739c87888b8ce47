"""mail: held messages and secrets added at send time

Revision ID: 0041_outbox_hold
Revises: 0040_mail
Create Date: 2026-12-06

``source_revision``: the content hash of the record (a press release's approved text) a message was
built from; at send time a message whose record has moved on is ``held`` with ``held_reason`` (a
code, see ``core.releases.gate``) instead of being sent (P-6). ``secret_ref``: the keyring
entry (e.g. a meeting password) that is put into the message only while it is handed to the server;
the stored copy never holds the secret.
"""

import sqlalchemy as sa
from alembic import op

revision = "0041_outbox_hold"
down_revision = "0040_mail"
branch_labels = None
depends_on = None  # not on 0020_releases: that would stop it counting as a head (schema.packaged_revisions)


def upgrade() -> None:
    with op.batch_alter_table("mail_outbox") as batch:
        batch.add_column(sa.Column("source_revision", sa.String(64), nullable=True))
        batch.add_column(sa.Column("held_reason", sa.String(60), nullable=True))
        batch.add_column(sa.Column("secret_ref", sa.String(200), nullable=True))
    if "release_approvals" not in sa.inspect(op.get_bind()).get_table_names():
        return  # the releases branch comes later: then there is no release mail to backfill either
    op.execute(
        sa.text(
            "UPDATE mail_outbox SET source_revision = COALESCE(("
            " SELECT a.content_hash FROM release_approvals a"
            " WHERE CAST(a.release_id AS VARCHAR(60)) = mail_outbox.related_id AND a.at <= mail_outbox.created_at"
            " ORDER BY a.at DESC, a.id DESC LIMIT 1), 'unknown')"
            " WHERE related_entity = 'releases' AND kind = 'release' AND status IN ('queued', 'failed', 'sending')"
        )
    )


def downgrade() -> None:
    with op.batch_alter_table("mail_outbox") as batch:
        batch.drop_column("secret_ref")
        batch.drop_column("held_reason")
        batch.drop_column("source_revision")
