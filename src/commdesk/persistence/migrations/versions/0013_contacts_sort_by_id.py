"""contacts: an index of each contact's sort key by id, for search results sorted by name

Revision ID: 0013_contacts_sort_by_id
Revises: 0012_contacts_short_fts
Create Date: 2027-03-01

``ix_contacts_id_sort`` (id, deleted, sort_key) answers "is this match live, and where does it
sort" for the ids the search index returns without reading the contact rows: the first page of a
search matching tens of thousands of contacts sorts those ids from a narrow index instead of
reading a wide row for each of them. New ids come in rising order, so an import appends to it.
"""

from alembic import op

revision = "0013_contacts_sort_by_id"
down_revision = "0012_contacts_short_fts"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index("ix_contacts_id_sort", "contacts", ["id", "deleted", "sort_key"], unique=False)


def downgrade() -> None:
    op.drop_index("ix_contacts_id_sort", table_name="contacts")
