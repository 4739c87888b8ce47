"""cases: the cases desk (categories, SLA policies, cases, their conversation, status history and
clocks, customer records, the mailbox cursor, the knowledge base), and the media inquiries of the
contacts' cooperation history carried over into cases

Revision ID: 0050_cases
Revises: 0001_foundation
Create Date: 2026-12-06

Every media inquiry stored so far as a history entry of a journalist (``contact_interactions`` of
kind ``inquiry``) becomes a case of channel ``media_inquiry`` linked to that contact and to the
history entry (``cases.interaction_id``), which stays, so the contact's history still lists it. Its
deadline becomes the case's first-response clock (a fixed due time), its answer the first response
and the resolution. The logic is written out here, not imported, so that this revision keeps doing
what it did; the reference format is the one ``core.cases.reference`` had when it was written.
"""

import json
from datetime import UTC, datetime
from zoneinfo import ZoneInfo

import sqlalchemy as sa
from alembic import op

from commdesk.persistence.models.base import UTCDateTime

revision = "0050_cases"
down_revision = "0001_foundation"
branch_labels = ("cases",)
depends_on = ("0010_contacts",)  # cases refer to contacts and carry over their media inquiries

TABLES = (
    "case_status_history",
    "case_entries",
    "case_clocks",
    "cases",
    "kb_entry_versions",
    "kb_entries",
    "case_sla_policies",
    "case_reference_counters",
    "case_mailbox_cursors",
    "case_customers",
    "case_categories",
)

MEDIA_CATEGORY = ("media_inquiry", "媒体问询", "Media inquiry")


def reference(year: int, number: int) -> str:
    """A case's reference as ``core.cases.reference.format_reference`` wrote it at this revision."""
    return f"CD-{year:04d}-{number:06d}"


def upgrade() -> None:
    op.create_table(
        "case_categories",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("parent_id", sa.Integer(), nullable=True),
        sa.Column("code", sa.String(length=60), nullable=False),
        sa.Column("name_zh", sa.String(length=200), nullable=False),
        sa.Column("name_en", sa.String(length=200), nullable=False),
        sa.Column("department", sa.String(length=200), nullable=False),
        sa.Column("complaint", sa.Boolean(), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", UTCDateTime(), nullable=False),
        sa.Column("updated_at", UTCDateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["parent_id"],
            ["case_categories.id"],
            name=op.f("fk_case_categories_parent_id_case_categories"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_case_categories")),
        sa.UniqueConstraint("code", name=op.f("uq_case_categories_code")),
    )
    op.create_index(op.f("ix_case_categories_parent_id"), "case_categories", ["parent_id"], unique=False)
    op.create_table(
        "case_customers",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=300), nullable=False),
        sa.Column("phone", sa.String(length=40), nullable=False),
        sa.Column("email", sa.String(length=320), nullable=False),
        sa.Column("email_key", sa.String(length=320), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", UTCDateTime(), nullable=False),
        sa.Column("updated_at", UTCDateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_case_customers")),
    )
    op.create_index(op.f("ix_case_customers_email_key"), "case_customers", ["email_key"], unique=False)
    op.create_index(op.f("ix_case_customers_phone"), "case_customers", ["phone"], unique=False)
    op.create_table(
        "case_mailbox_cursors",
        sa.Column("account_key", sa.String(length=300), nullable=False),
        sa.Column("uidvalidity", sa.BigInteger(), nullable=False),
        sa.Column("last_uid", sa.BigInteger(), nullable=False),
        sa.Column("updated_at", UTCDateTime(), nullable=False),
        sa.PrimaryKeyConstraint("account_key", name=op.f("pk_case_mailbox_cursors")),
    )
    op.create_table(
        "case_reference_counters",
        sa.Column("year", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("last", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("year", name=op.f("pk_case_reference_counters")),
    )
    op.create_table(
        "case_sla_policies",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("category_id", sa.Integer(), nullable=True),
        sa.Column("priority", sa.String(length=20), nullable=False),
        sa.Column("kind", sa.String(length=30), nullable=False),
        sa.Column("minutes", sa.Integer(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", UTCDateTime(), nullable=False),
        sa.Column("updated_at", UTCDateTime(), nullable=False),
        sa.CheckConstraint("minutes > 0", name=op.f("ck_case_sla_policies_minutes_positive")),
        sa.ForeignKeyConstraint(
            ["category_id"],
            ["case_categories.id"],
            name=op.f("fk_case_sla_policies_category_id_case_categories"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_case_sla_policies")),
        sa.UniqueConstraint("category_id", "priority", "kind", name="uq_case_sla_policies_key"),
    )
    op.create_index(
        op.f("ix_case_sla_policies_category_id"), "case_sla_policies", ["category_id"], unique=False
    )
    op.create_table(
        "kb_entries",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("title", sa.String(length=300), nullable=False),
        sa.Column("body", sa.Text(), nullable=False),
        sa.Column("category_id", sa.Integer(), nullable=True),
        sa.Column("language", sa.String(length=10), nullable=False),
        sa.Column("number", sa.Integer(), nullable=False),
        sa.Column("approved_number", sa.Integer(), nullable=True),
        sa.Column("approved_by_id", sa.Integer(), nullable=True),
        sa.Column("approved_at", UTCDateTime(), nullable=True),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", UTCDateTime(), nullable=False),
        sa.Column("updated_at", UTCDateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["approved_by_id"],
            ["people.id"],
            name=op.f("fk_kb_entries_approved_by_id_people"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["category_id"],
            ["case_categories.id"],
            name=op.f("fk_kb_entries_category_id_case_categories"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_kb_entries")),
    )
    op.create_index(op.f("ix_kb_entries_category_id"), "kb_entries", ["category_id"], unique=False)
    op.create_table(
        "kb_entry_versions",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("entry_id", sa.Integer(), nullable=False),
        sa.Column("number", sa.Integer(), nullable=False),
        sa.Column("title", sa.String(length=300), nullable=False),
        sa.Column("body", sa.Text(), nullable=False),
        sa.Column("written_by_id", sa.Integer(), nullable=True),
        sa.Column("written_by_name", sa.String(length=200), nullable=False),
        sa.Column("written_at", UTCDateTime(), nullable=False),
        sa.Column("approved_by_id", sa.Integer(), nullable=True),
        sa.Column("approved_at", UTCDateTime(), nullable=True),
        sa.ForeignKeyConstraint(
            ["approved_by_id"],
            ["people.id"],
            name=op.f("fk_kb_entry_versions_approved_by_id_people"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["entry_id"],
            ["kb_entries.id"],
            name=op.f("fk_kb_entry_versions_entry_id_kb_entries"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["written_by_id"],
            ["people.id"],
            name=op.f("fk_kb_entry_versions_written_by_id_people"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_kb_entry_versions")),
        sa.UniqueConstraint("entry_id", "number", name="uq_kb_entry_versions_entry_number"),
    )
    op.create_table(
        "cases",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("reference", sa.String(length=40), nullable=False),
        sa.Column("channel", sa.String(length=20), nullable=False),
        sa.Column("contact_id", sa.Integer(), nullable=True),
        sa.Column("customer_id", sa.Integer(), nullable=True),
        sa.Column("category_id", sa.Integer(), nullable=True),
        sa.Column("subcategory_id", sa.Integer(), nullable=True),
        sa.Column("department", sa.String(length=200), nullable=False),
        sa.Column("owner_id", sa.Integer(), nullable=True),
        sa.Column("priority", sa.String(length=20), nullable=False),
        sa.Column("complaint", sa.Boolean(), nullable=False),
        sa.Column("complaint_grade", sa.Integer(), nullable=True),
        sa.Column("grade_decided_by_id", sa.Integer(), nullable=True),
        sa.Column("grade_decided_at", UTCDateTime(), nullable=True),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("summary", sa.Text(), nullable=False),
        sa.Column("outcome", sa.Text(), nullable=False),
        sa.Column("received_at", UTCDateTime(), nullable=False),
        sa.Column("acknowledged_at", UTCDateTime(), nullable=True),
        sa.Column("first_response_at", UTCDateTime(), nullable=True),
        sa.Column("resolved_at", UTCDateTime(), nullable=True),
        sa.Column("closed_at", UTCDateTime(), nullable=True),
        sa.Column("first_contact_resolution", sa.Boolean(), nullable=True),
        sa.Column("csat", sa.Integer(), nullable=True),
        sa.Column("interaction_id", sa.Integer(), nullable=True),
        sa.Column("next_due_at", UTCDateTime(), nullable=True),
        sa.Column("created_by_id", sa.Integer(), nullable=True),
        sa.Column("updated_by_id", sa.Integer(), nullable=True),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", UTCDateTime(), nullable=False),
        sa.Column("updated_at", UTCDateTime(), nullable=False),
        sa.CheckConstraint(
            "complaint_grade IS NULL OR (complaint_grade >= 1 AND complaint_grade <= 3)",
            name=op.f("ck_cases_grade_range"),
        ),
        sa.CheckConstraint("csat IS NULL OR (csat >= 1 AND csat <= 5)", name=op.f("ck_cases_csat_range")),
        sa.ForeignKeyConstraint(
            ["category_id"],
            ["case_categories.id"],
            name=op.f("fk_cases_category_id_case_categories"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["contact_id"], ["contacts.id"], name=op.f("fk_cases_contact_id_contacts"), ondelete="SET NULL"
        ),
        sa.ForeignKeyConstraint(
            ["created_by_id"], ["people.id"], name=op.f("fk_cases_created_by_id_people"), ondelete="SET NULL"
        ),
        sa.ForeignKeyConstraint(
            ["customer_id"],
            ["case_customers.id"],
            name=op.f("fk_cases_customer_id_case_customers"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["grade_decided_by_id"],
            ["people.id"],
            name=op.f("fk_cases_grade_decided_by_id_people"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["interaction_id"],
            ["contact_interactions.id"],
            name=op.f("fk_cases_interaction_id_contact_interactions"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["owner_id"], ["people.id"], name=op.f("fk_cases_owner_id_people"), ondelete="SET NULL"
        ),
        sa.ForeignKeyConstraint(
            ["subcategory_id"],
            ["case_categories.id"],
            name=op.f("fk_cases_subcategory_id_case_categories"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["updated_by_id"], ["people.id"], name=op.f("fk_cases_updated_by_id_people"), ondelete="SET NULL"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_cases")),
        sa.UniqueConstraint("interaction_id", name=op.f("uq_cases_interaction_id")),
        sa.UniqueConstraint("reference", name=op.f("uq_cases_reference")),
    )
    op.create_index(op.f("ix_cases_category_id"), "cases", ["category_id"], unique=False)
    op.create_index(op.f("ix_cases_contact_id"), "cases", ["contact_id"], unique=False)
    op.create_index(op.f("ix_cases_customer_id"), "cases", ["customer_id"], unique=False)
    op.create_index("ix_cases_due", "cases", ["next_due_at"], unique=False)
    op.create_index("ix_cases_owner_status_due", "cases", ["owner_id", "status", "next_due_at"], unique=False)
    op.create_index(op.f("ix_cases_received_at"), "cases", ["received_at"], unique=False)
    op.create_index("ix_cases_status_due", "cases", ["status", "next_due_at"], unique=False)
    op.create_index("ix_cases_status_received", "cases", ["status", "received_at"], unique=False)
    op.create_table(
        "case_clocks",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=30), nullable=False),
        sa.Column("started_at", UTCDateTime(), nullable=False),
        sa.Column("target_minutes", sa.Integer(), nullable=True),
        sa.Column("due_at", UTCDateTime(), nullable=True),
        sa.Column("stopped_at", UTCDateTime(), nullable=True),
        sa.Column("met", sa.Boolean(), nullable=True),
        sa.Column("breached_at", UTCDateTime(), nullable=True),
        sa.Column("escalated_at", UTCDateTime(), nullable=True),
        sa.Column("escalated_to_id", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(
            ["case_id"], ["cases.id"], name=op.f("fk_case_clocks_case_id_cases"), ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(
            ["escalated_to_id"],
            ["people.id"],
            name=op.f("fk_case_clocks_escalated_to_id_people"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_case_clocks")),
    )
    op.create_index(op.f("ix_case_clocks_case_id"), "case_clocks", ["case_id"], unique=False)
    op.create_index("ix_case_clocks_running_due", "case_clocks", ["stopped_at", "due_at"], unique=False)
    op.create_table(
        "case_entries",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("at", UTCDateTime(), nullable=False),
        sa.Column("author_id", sa.Integer(), nullable=True),
        sa.Column("author_name", sa.String(length=200), nullable=False),
        sa.Column("body", sa.Text(), nullable=False),
        sa.Column("call_started_at", UTCDateTime(), nullable=True),
        sa.Column("call_ended_at", UTCDateTime(), nullable=True),
        sa.Column("message_id", sa.String(length=300), nullable=True),
        sa.Column("in_reply_to", sa.String(length=300), nullable=True),
        sa.Column("thread_refs", sa.Text(), nullable=False),
        sa.Column("from_address", sa.String(length=320), nullable=False),
        sa.Column("to_addresses", sa.Text(), nullable=False),
        sa.Column("subject", sa.String(length=500), nullable=False),
        sa.Column("received_at", UTCDateTime(), nullable=True),
        sa.Column("attachments_json", sa.Text(), nullable=False),
        sa.Column("outbox_id", sa.Integer(), nullable=True),
        sa.Column("created_at", UTCDateTime(), nullable=False),
        sa.Column("updated_at", UTCDateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["author_id"], ["people.id"], name=op.f("fk_case_entries_author_id_people"), ondelete="SET NULL"
        ),
        sa.ForeignKeyConstraint(
            ["case_id"], ["cases.id"], name=op.f("fk_case_entries_case_id_cases"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_case_entries")),
        sa.UniqueConstraint("message_id", name=op.f("uq_case_entries_message_id")),
    )
    op.create_index("ix_case_entries_case_at", "case_entries", ["case_id", "at"], unique=False)
    op.create_index(op.f("ix_case_entries_in_reply_to"), "case_entries", ["in_reply_to"], unique=False)
    op.create_table(
        "case_status_history",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column("from_status", sa.String(length=20), nullable=True),
        sa.Column("to_status", sa.String(length=20), nullable=False),
        sa.Column("at", UTCDateTime(), nullable=False),
        sa.Column("by_id", sa.Integer(), nullable=True),
        sa.Column("by_name", sa.String(length=200), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["by_id"], ["people.id"], name=op.f("fk_case_status_history_by_id_people"), ondelete="SET NULL"
        ),
        sa.ForeignKeyConstraint(
            ["case_id"], ["cases.id"], name=op.f("fk_case_status_history_case_id_cases"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_case_status_history")),
    )
    op.create_index("ix_case_status_history_case_at", "case_status_history", ["case_id", "at"], unique=False)
    _carry_over_inquiries(op.get_bind())


def _zone(bind) -> ZoneInfo:
    """The organisation's zone (settings), else the computer's, as commdesk reads it
    (``SettingsService.time_zone``): the year of a reference is the office's."""
    from commdesk.core.timezones import is_valid_zone, system_zone_name

    row = bind.execute(sa.text("SELECT value FROM settings WHERE key = 'org.time_zone'")).first()
    try:
        name = json.loads(row[0]) if row else ""
    except ValueError:
        name = ""
    return ZoneInfo(name if isinstance(name, str) and is_valid_zone(name) else system_zone_name())


def _carry_over_inquiries(bind) -> None:
    now = datetime.now(UTC)
    interactions = sa.table(
        "contact_interactions",
        *(sa.column(c) for c in ("id", "contact_id", "kind", "summary", "logged_by", "logged_by_id")),
        *(sa.column(c, UTCDateTime()) for c in ("at", "deadline", "answered_at")),
    )
    i = interactions.c
    inquiries = bind.execute(
        sa.select(i.id, i.contact_id, i.at, i.summary, i.logged_by, i.logged_by_id, i.deadline, i.answered_at)
        .where(i.kind == "inquiry")
        .order_by(i.at, i.id)
    ).all()
    if not inquiries:
        return
    # the category exists only where there are inquiries to carry over: a new database holds no
    # rows until people make some (a restore or a copy asks the target to be empty)
    categories = sa.table(
        "case_categories",
        *(sa.column(c) for c in ("id", "parent_id", "code", "name_zh", "name_en", "department")),
        *(sa.column(c) for c in ("complaint", "active", "position", "version")),
        sa.column("created_at", UTCDateTime()),
        sa.column("updated_at", UTCDateTime()),
    )
    code, zh, en = MEDIA_CATEGORY
    category_id = bind.execute(
        sa.insert(categories)
        .values(
            code=code,
            name_zh=zh,
            name_en=en,
            department="",
            complaint=False,
            active=True,
            position=0,
            version=1,
            created_at=now,
            updated_at=now,
        )
        .returning(categories.c.id)
    ).scalar_one()
    zone = _zone(bind)
    cases = sa.table(
        "cases",
        *(sa.column(c) for c in ("id", "reference", "channel", "contact_id", "category_id", "department")),
        *(sa.column(c) for c in ("owner_id", "priority", "complaint", "status", "summary", "outcome")),
        *(sa.column(c) for c in ("interaction_id", "created_by_id", "version")),
        *(
            sa.column(c, UTCDateTime())
            for c in (
                "received_at",
                "acknowledged_at",
                "first_response_at",
                "resolved_at",
                "next_due_at",
                "created_at",
                "updated_at",
            )
        ),
    )
    clocks = sa.table(
        "case_clocks",
        *(sa.column(c) for c in ("case_id", "kind", "target_minutes", "met")),
        *(sa.column(c, UTCDateTime()) for c in ("started_at", "due_at", "stopped_at", "breached_at")),
    )
    history = sa.table(
        "case_status_history",
        *(sa.column(c) for c in ("case_id", "from_status", "to_status", "by_id", "by_name", "note")),
        sa.column("at", UTCDateTime()),
    )
    counters: dict[int, int] = {}
    for row in inquiries:
        at, deadline, answered = row.at, row.deadline, row.answered_at
        year = at.astimezone(zone).year
        counters[year] = counters.get(year, 0) + 1
        status = "resolved" if answered is not None else "acknowledged"
        case_id = bind.execute(
            sa.insert(cases)
            .values(
                reference=reference(year, counters[year]),
                channel="media_inquiry",
                contact_id=row.contact_id,
                category_id=category_id,
                department="",
                owner_id=row.logged_by_id,
                priority="normal",
                complaint=False,
                status=status,
                summary=row.summary or "",
                outcome="",
                interaction_id=row.id,
                created_by_id=row.logged_by_id,
                version=1,
                received_at=at,
                acknowledged_at=at,
                first_response_at=answered,
                resolved_at=answered,
                next_due_at=deadline if answered is None else None,
                created_at=now,
                updated_at=now,
            )
            .returning(cases.c.id)
        ).scalar_one()
        steps = [(None, "acknowledged", at)] + ([("acknowledged", "resolved", answered)] if answered else [])
        for before, after, when in steps:
            bind.execute(
                sa.insert(history).values(
                    case_id=case_id,
                    from_status=before,
                    to_status=after,
                    at=when,
                    by_id=row.logged_by_id,
                    by_name=row.logged_by or "",
                    note="",
                )
            )
        if deadline is not None:
            late = answered > deadline if answered is not None else deadline <= now
            bind.execute(
                sa.insert(clocks).values(
                    case_id=case_id,
                    kind="first_response",
                    target_minutes=None,
                    started_at=at,
                    due_at=deadline,
                    stopped_at=answered,
                    met=None if answered is None else not late,
                    breached_at=deadline if late else None,
                )
            )
    counter_table = sa.table("case_reference_counters", sa.column("year"), sa.column("last"))
    for year, last in sorted(counters.items()):
        bind.execute(sa.insert(counter_table).values(year=year, last=last))


def downgrade() -> None:
    """The cases go; the media inquiries stay in the contacts' history, where they came from."""
    for table in TABLES:
        op.drop_table(table)
