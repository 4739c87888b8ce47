"""procedure: the procedure's versions, department rules, acknowledgements and yearly reviews (AP-1..4)

Revision ID: 0100_procedure
Revises: 0001_foundation
Create Date: 2026-12-06

The tables start empty: the first version is imported from the shipped text by the first run or
the demo (``services.procedure``), not here. An acknowledgement is never changed: the database
refuses an UPDATE of ``procedure_acknowledgements`` (like the audit log).
"""

import sqlalchemy as sa
from alembic import op

from commdesk.persistence.models.base import UTCDateTime

revision = "0100_procedure"
down_revision = "0001_foundation"
branch_labels = ("procedure",)
depends_on = ("0061_review",)  # a version is reviewed by the review engine (kind "procedure")

_REFUSAL = "procedure acknowledgements are insert-only: an acknowledgement is never changed"


def _people_fk(table: str, column: str, ondelete: str | None = "SET NULL") -> sa.ForeignKeyConstraint:
    return sa.ForeignKeyConstraint(
        [column], ["people.id"], name=op.f(f"fk_{table}_{column}_people"), ondelete=ondelete
    )


def upgrade() -> None:
    op.create_table(
        "procedure_versions",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("number", sa.Integer(), nullable=False),
        sa.Column("text_zh", sa.Text(), nullable=False),
        sa.Column("text_en", sa.Text(), nullable=False),
        sa.Column("owner_department", sa.String(length=200), nullable=False),
        sa.Column("effective_on", sa.Date(), nullable=True),
        sa.Column("state", sa.String(length=20), nullable=False),
        sa.Column("retired_ids", sa.String(length=1000), nullable=False),
        sa.Column("change_note", sa.Text(), nullable=False),
        sa.Column("created_by_id", sa.Integer(), nullable=True),
        sa.Column("created_by_name", sa.String(length=200), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", UTCDateTime(), nullable=False),
        sa.Column("updated_at", UTCDateTime(), nullable=False),
        _people_fk("procedure_versions", "created_by_id"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_procedure_versions")),
        sa.UniqueConstraint("number", name=op.f("uq_procedure_versions_number")),
    )
    op.create_index(op.f("ix_procedure_versions_effective_on"), "procedure_versions", ["effective_on"])
    op.create_table(
        "procedure_department_rules",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("version_id", sa.Integer(), nullable=False),
        sa.Column("department", sa.String(length=200), nullable=False),
        sa.Column("title", sa.String(length=300), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("created_by_name", sa.String(length=200), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", UTCDateTime(), nullable=False),
        sa.Column("updated_at", UTCDateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["version_id"],
            ["procedure_versions.id"],
            name=op.f("fk_procedure_department_rules_version_id_procedure_versions"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_procedure_department_rules")),
    )
    op.create_index(
        op.f("ix_procedure_department_rules_version_id"), "procedure_department_rules", ["version_id"]
    )
    op.create_table(
        "procedure_acknowledgements",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("version_id", sa.Integer(), nullable=False),
        sa.Column("person_id", sa.Integer(), nullable=False),
        sa.Column("person_name", sa.String(length=200), nullable=False),
        sa.Column("at", UTCDateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["version_id"],
            ["procedure_versions.id"],
            name=op.f("fk_procedure_acknowledgements_version_id_procedure_versions"),
        ),
        _people_fk("procedure_acknowledgements", "person_id", None),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_procedure_acknowledgements")),
        sa.UniqueConstraint("version_id", "person_id", name="uq_procedure_acknowledgements_version_person"),
    )
    op.create_index(
        op.f("ix_procedure_acknowledgements_version_id"), "procedure_acknowledgements", ["version_id"]
    )
    op.create_index(
        op.f("ix_procedure_acknowledgements_person_id"), "procedure_acknowledgements", ["person_id"]
    )
    op.create_table(
        "procedure_reviews",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("version_id", sa.Integer(), nullable=True),
        sa.Column("held_on", sa.Date(), nullable=False),
        sa.Column("findings", sa.Text(), nullable=False),
        sa.Column("decisions", sa.Text(), nullable=False),
        sa.Column("recorded_by_id", sa.Integer(), nullable=True),
        sa.Column("recorded_by_name", sa.String(length=200), nullable=False),
        sa.Column("at", UTCDateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["version_id"],
            ["procedure_versions.id"],
            name=op.f("fk_procedure_reviews_version_id_procedure_versions"),
            ondelete="SET NULL",
        ),
        _people_fk("procedure_reviews", "recorded_by_id"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_procedure_reviews")),
    )
    op.create_index(op.f("ix_procedure_reviews_held_on"), "procedure_reviews", ["held_on"])
    _insert_only()


def _insert_only() -> None:
    """An acknowledgement is never changed (deleting stays possible for a backup's restore)."""
    if op.get_bind().dialect.name == "postgresql":
        op.execute(
            f"""CREATE OR REPLACE FUNCTION commdesk_procedure_ack_guard() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION USING ERRCODE = '42501', MESSAGE = '{_REFUSAL}';
END $$"""
        )
        op.execute(
            "CREATE TRIGGER procedure_acknowledgements_insert_only BEFORE UPDATE ON "
            "procedure_acknowledgements FOR EACH ROW EXECUTE FUNCTION commdesk_procedure_ack_guard()"
        )
    else:
        op.execute(
            "CREATE TRIGGER procedure_acknowledgements_insert_only BEFORE UPDATE ON "
            f"procedure_acknowledgements BEGIN SELECT RAISE(ABORT, '{_REFUSAL}'); END"
        )


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute(
            "DROP TRIGGER IF EXISTS procedure_acknowledgements_insert_only ON procedure_acknowledgements"
        )
        op.execute("DROP FUNCTION IF EXISTS commdesk_procedure_ack_guard()")
    for table in (
        "procedure_reviews",
        "procedure_acknowledgements",
        "procedure_department_rules",
        "procedure_versions",
    ):
        op.drop_table(table)
