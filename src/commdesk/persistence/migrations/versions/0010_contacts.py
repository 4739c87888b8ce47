"""contacts: outlets, contacts with e-mails, phones, beats and outlets, do-not-contact, interactions,
distribution lists, merges

Revision ID: 0010_contacts
Revises: 0001_foundation
Create Date: 2026-12-01

Releases and meetings refer to ``contacts.id`` (integer) and may ``depends_on`` this revision.
"""

import sqlalchemy as sa
from alembic import op

from commdesk.persistence.models.base import UTCDateTime

revision = "0010_contacts"
down_revision = "0001_foundation"
branch_labels = ("contacts",)
depends_on = None

TABLES = (
    "contact_phones",
    "contact_outlets",
    "contact_list_members",
    "contact_interactions",
    "contact_emails",
    "contact_consents",
    "contact_beats",
    "contacts",
    "outlets",
    "contact_merges",
    "contact_lists",
)


def upgrade() -> None:
    op.create_table(
        "contact_lists",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("smart", sa.Boolean(), nullable=False),
        sa.Column("query_json", sa.Text(), nullable=True),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", UTCDateTime(), nullable=False),
        sa.Column("updated_at", UTCDateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_contact_lists")),
        sa.UniqueConstraint("name", name=op.f("uq_contact_lists_name")),
    )
    op.create_table(
        "contact_merges",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("keep_id", sa.Integer(), nullable=False),
        sa.Column("other_id", sa.Integer(), nullable=False),
        sa.Column("at", UTCDateTime(), nullable=False),
        sa.Column("by", sa.String(length=200), nullable=False),
        sa.Column("undo_json", sa.Text(), nullable=False),
        sa.Column("undone_at", UTCDateTime(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_contact_merges")),
    )
    op.create_index(op.f("ix_contact_merges_keep_id"), "contact_merges", ["keep_id"], unique=False)
    op.create_index(op.f("ix_contact_merges_other_id"), "contact_merges", ["other_id"], unique=False)
    op.create_table(
        "outlets",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=300), nullable=False),
        sa.Column("name_key", sa.String(length=300), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("region", sa.String(length=100), nullable=False),
        sa.Column("language", sa.String(length=50), nullable=False),
        sa.Column("reach", sa.Integer(), nullable=True),
        sa.Column("website", sa.String(length=500), nullable=False),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", UTCDateTime(), nullable=False),
        sa.Column("updated_at", UTCDateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_outlets")),
        sa.UniqueConstraint("name_key", name=op.f("uq_outlets_name_key")),
    )
    op.create_table(
        "contacts",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("full_name", sa.String(length=300), nullable=False),
        sa.Column("family_name", sa.String(length=200), nullable=False),
        sa.Column("given_name", sa.String(length=200), nullable=False),
        sa.Column("pinyin", sa.String(length=300), nullable=False),
        sa.Column("title", sa.String(length=300), nullable=False),
        sa.Column("outlet", sa.String(length=300), nullable=False),
        sa.Column("outlets_text", sa.Text(), nullable=False),
        sa.Column("beats_text", sa.Text(), nullable=False),
        sa.Column("emails_text", sa.Text(), nullable=False),
        sa.Column("phones_text", sa.Text(), nullable=False),
        sa.Column("wechat", sa.String(length=200), nullable=False),
        sa.Column("weibo", sa.String(length=200), nullable=False),
        sa.Column("linkedin", sa.String(length=300), nullable=False),
        sa.Column("x", sa.String(length=200), nullable=False),
        sa.Column("address", sa.Text(), nullable=False),
        sa.Column("preferred_channel", sa.String(length=50), nullable=False),
        sa.Column("language", sa.String(length=50), nullable=False),
        sa.Column("contact_time", sa.String(length=200), nullable=False),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("tier", sa.String(length=1), nullable=True),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("owner_id", sa.Integer(), nullable=True),
        sa.Column("source", sa.String(length=300), nullable=False),
        sa.Column("source_date", sa.Date(), nullable=True),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.Column("deleted_at", UTCDateTime(), nullable=True),
        sa.Column("merged_into", sa.Integer(), nullable=True),
        sa.Column("erased", sa.Boolean(), nullable=False),
        sa.Column("search_text", sa.Text(), nullable=False),
        sa.Column("sort_key", sa.String(length=400), nullable=False),
        sa.Column("pinyin_key", sa.String(length=300), nullable=False),
        sa.Column("outlet_key", sa.String(length=300), nullable=False),
        sa.Column("primary_email", sa.String(length=320), nullable=False),
        sa.Column("primary_phone", sa.String(length=40), nullable=False),
        sa.Column("last_contact_at", UTCDateTime(), nullable=True),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", UTCDateTime(), nullable=False),
        sa.Column("updated_at", UTCDateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["owner_id"], ["people.id"], name=op.f("fk_contacts_owner_id_people"), ondelete="SET NULL"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_contacts")),
    )
    op.create_index("ix_contacts_deleted_sort", "contacts", ["deleted", "sort_key"], unique=False)
    op.create_index(op.f("ix_contacts_outlet_key"), "contacts", ["outlet_key"], unique=False)
    op.create_index(op.f("ix_contacts_owner_id"), "contacts", ["owner_id"], unique=False)
    op.create_index(op.f("ix_contacts_pinyin_key"), "contacts", ["pinyin_key"], unique=False)
    op.create_table(
        "contact_beats",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("contact_id", sa.Integer(), nullable=False),
        sa.Column("beat", sa.String(length=100), nullable=False),
        sa.Column("beat_key", sa.String(length=100), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["contact_id"],
            ["contacts.id"],
            name=op.f("fk_contact_beats_contact_id_contacts"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_contact_beats")),
    )
    op.create_index(op.f("ix_contact_beats_beat_key"), "contact_beats", ["beat_key"], unique=False)
    op.create_index(op.f("ix_contact_beats_contact_id"), "contact_beats", ["contact_id"], unique=False)
    op.create_table(
        "contact_consents",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("contact_id", sa.Integer(), nullable=False),
        sa.Column("channel", sa.String(length=10), nullable=False),
        sa.Column("do_not_contact", sa.Boolean(), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("set_by", sa.String(length=200), nullable=False),
        sa.Column("set_by_id", sa.Integer(), nullable=True),
        sa.Column("set_at", UTCDateTime(), nullable=False),
        sa.Column("expires", sa.Date(), nullable=True),
        sa.Column("lifted_at", UTCDateTime(), nullable=True),
        sa.Column("lifted_by", sa.String(length=200), nullable=False),
        sa.Column("created_at", UTCDateTime(), nullable=False),
        sa.Column("updated_at", UTCDateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["contact_id"],
            ["contacts.id"],
            name=op.f("fk_contact_consents_contact_id_contacts"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["set_by_id"],
            ["people.id"],
            name=op.f("fk_contact_consents_set_by_id_people"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_contact_consents")),
    )
    op.create_index(op.f("ix_contact_consents_contact_id"), "contact_consents", ["contact_id"], unique=False)
    op.create_table(
        "contact_emails",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("contact_id", sa.Integer(), nullable=False),
        sa.Column("address", sa.String(length=320), nullable=False),
        sa.Column("address_key", sa.String(length=320), nullable=False),
        sa.Column("label", sa.String(length=50), nullable=False),
        sa.Column("primary", sa.Boolean(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["contact_id"],
            ["contacts.id"],
            name=op.f("fk_contact_emails_contact_id_contacts"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_contact_emails")),
    )
    op.create_index(op.f("ix_contact_emails_address_key"), "contact_emails", ["address_key"], unique=False)
    op.create_index(op.f("ix_contact_emails_contact_id"), "contact_emails", ["contact_id"], unique=False)
    op.create_table(
        "contact_interactions",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("contact_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=30), nullable=False),
        sa.Column("at", UTCDateTime(), nullable=False),
        sa.Column("channel", sa.String(length=30), nullable=False),
        sa.Column("summary", sa.Text(), nullable=False),
        sa.Column("logged_by", sa.String(length=200), nullable=False),
        sa.Column("logged_by_id", sa.Integer(), nullable=True),
        sa.Column("release_id", sa.Integer(), nullable=True),
        sa.Column("meeting_id", sa.Integer(), nullable=True),
        sa.Column("deadline", UTCDateTime(), nullable=True),
        sa.Column("liaison", sa.String(length=200), nullable=False),
        sa.Column("answered_at", UTCDateTime(), nullable=True),
        sa.Column("created_at", UTCDateTime(), nullable=False),
        sa.Column("updated_at", UTCDateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["contact_id"],
            ["contacts.id"],
            name=op.f("fk_contact_interactions_contact_id_contacts"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["logged_by_id"],
            ["people.id"],
            name=op.f("fk_contact_interactions_logged_by_id_people"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_contact_interactions")),
    )
    op.create_index(op.f("ix_contact_interactions_at"), "contact_interactions", ["at"], unique=False)
    op.create_index(
        op.f("ix_contact_interactions_contact_id"), "contact_interactions", ["contact_id"], unique=False
    )
    op.create_index(
        op.f("ix_contact_interactions_meeting_id"), "contact_interactions", ["meeting_id"], unique=False
    )
    op.create_index(
        op.f("ix_contact_interactions_release_id"), "contact_interactions", ["release_id"], unique=False
    )
    op.create_table(
        "contact_list_members",
        sa.Column("list_id", sa.Integer(), nullable=False),
        sa.Column("contact_id", sa.Integer(), nullable=False),
        sa.Column("added_at", UTCDateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["contact_id"],
            ["contacts.id"],
            name=op.f("fk_contact_list_members_contact_id_contacts"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["list_id"],
            ["contact_lists.id"],
            name=op.f("fk_contact_list_members_list_id_contact_lists"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("list_id", "contact_id", name=op.f("pk_contact_list_members")),
    )
    op.create_index(
        op.f("ix_contact_list_members_contact_id"), "contact_list_members", ["contact_id"], unique=False
    )
    op.create_table(
        "contact_outlets",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("contact_id", sa.Integer(), nullable=False),
        sa.Column("outlet_id", sa.Integer(), nullable=False),
        sa.Column("primary", sa.Boolean(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["contact_id"],
            ["contacts.id"],
            name=op.f("fk_contact_outlets_contact_id_contacts"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["outlet_id"],
            ["outlets.id"],
            name=op.f("fk_contact_outlets_outlet_id_outlets"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_contact_outlets")),
    )
    op.create_index(op.f("ix_contact_outlets_contact_id"), "contact_outlets", ["contact_id"], unique=False)
    op.create_index(op.f("ix_contact_outlets_outlet_id"), "contact_outlets", ["outlet_id"], unique=False)
    op.create_table(
        "contact_phones",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("contact_id", sa.Integer(), nullable=False),
        sa.Column("number", sa.String(length=40), nullable=False),
        sa.Column("label", sa.String(length=50), nullable=False),
        sa.Column("primary", sa.Boolean(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["contact_id"],
            ["contacts.id"],
            name=op.f("fk_contact_phones_contact_id_contacts"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_contact_phones")),
    )
    op.create_index(op.f("ix_contact_phones_contact_id"), "contact_phones", ["contact_id"], unique=False)
    op.create_index(op.f("ix_contact_phones_number"), "contact_phones", ["number"], unique=False)


def downgrade() -> None:
    for name in TABLES:
        op.drop_table(name)
