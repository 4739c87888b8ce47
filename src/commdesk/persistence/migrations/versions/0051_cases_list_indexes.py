"""cases: indexes that let every filter of the case list read its page as an ordered index walk

Revision ID: 0051_cases_list_indexes
Revises: 0059_case_replies
Create Date: 2026-12-06

The case list shows the cases with a running clock soonest due first, then the others newest
first. It reads each status (and, for a category, the category and the sub-category) as its own
walk and merges them, so each walk needs an index that starts with what the walk fixes and goes on
in the list's order: status, then ``next_due_at`` (fixed to NULL for the cases without a clock),
then ``received_at``. The owner ("mine"), the channel, the category and the sub-category each lead
one such index. Without them the cases without a clock of a status (nearly all of 200,000 cases in
an office that has run the desk for years) were all read and sorted for every page.

The revision id's number is lower than the branch's previous revision: revisions are ordered by
``down_revision``, not by their names.
"""

from alembic import op

revision = "0051_cases_list_indexes"
down_revision = "0059_case_replies"
branch_labels = None
depends_on = None

INDEXES = {
    "ix_cases_status_due_received": ["status", "next_due_at", "received_at"],
    "ix_cases_owner_status_due_received": ["owner_id", "status", "next_due_at", "received_at"],
    "ix_cases_channel_status_due_received": ["channel", "status", "next_due_at", "received_at"],
    "ix_cases_category_status_due_received": ["category_id", "status", "next_due_at", "received_at"],
    # with the category: the sub-category's walk leaves out the cases filed under it as category
    "ix_cases_subcategory_status_due_received": [
        "subcategory_id",
        "status",
        "next_due_at",
        "received_at",
        "category_id",
    ],
}


def upgrade() -> None:
    for name, columns in INDEXES.items():
        op.create_index(name, "cases", columns, unique=False)


def downgrade() -> None:
    for name in reversed(list(INDEXES)):
        op.drop_index(name, table_name="cases")
