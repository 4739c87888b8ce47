"""releases: indexes for Home's questions (embargoes ending soon, reviews awaiting a person, coverage)

Revision ID: 0021_releases_indexes
Revises: 0020_releases
Create Date: 2027-03-15

Home asks, every morning and after every change, which releases of an unfinished state have an
embargo ending soon (``ix_releases_state_embargo``: each state's embargoes in order), which releases
wait for a person's review (``ix_release_reviewers_person_id``: the reviewer's rows without reading
every release) and how the coverage splits by tone and outlet kind (``ix_release_coverage_tone_kind``:
counted from the index, not the table). With tens of thousands of releases these stay a few reads.
"""

from alembic import op

revision = "0021_releases_indexes"
down_revision = "0020_releases"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index("ix_releases_state_embargo", "releases", ["state", "embargo"], unique=False)
    op.create_index(op.f("ix_release_reviewers_person_id"), "release_reviewers", ["person_id"], unique=False)
    op.create_index(
        "ix_release_coverage_tone_kind", "release_coverage", ["tone", "outlet_kind"], unique=False
    )


def downgrade() -> None:
    op.drop_index("ix_release_coverage_tone_kind", table_name="release_coverage")
    op.drop_index(op.f("ix_release_reviewers_person_id"), table_name="release_reviewers")
    op.drop_index("ix_releases_state_embargo", table_name="releases")
