"""evaluation: coverage without a release, about the organisation or a named competitor (MD-6, EV-6)

Revision ID: 0090_evaluation
Revises: 0001_foundation
Create Date: 2026-12-06

A story can be logged without a release (found by the office or imported from a monitoring
service's CSV), so ``release_coverage.release_id`` may be empty; ``subject`` names the competitor a
story is about ("" : the organisation itself), which gives the share of voice (EV-6). The figures
of a period read coverage by day (``ix_release_coverage_day``). No rows are added.
"""

import sqlalchemy as sa
from alembic import op

revision = "0090_evaluation"
down_revision = "0001_foundation"
branch_labels = ("evaluation",)
depends_on = ("0021_releases_indexes",)  # the coverage table and its indexes


def upgrade() -> None:
    with op.batch_alter_table("release_coverage") as batch:
        batch.alter_column("release_id", existing_type=sa.Integer(), nullable=True)
        batch.add_column(sa.Column("subject", sa.String(length=200), nullable=False, server_default=""))
    op.create_index(op.f("ix_release_coverage_day"), "release_coverage", ["day"], unique=False)


def downgrade() -> None:
    op.drop_index(op.f("ix_release_coverage_day"), table_name="release_coverage")
    op.execute(sa.text("DELETE FROM release_coverage WHERE release_id IS NULL"))
    with op.batch_alter_table("release_coverage") as batch:
        batch.drop_column("subject")
        batch.alter_column("release_id", existing_type=sa.Integer(), nullable=False)
