"""people: the server login each person connects with

Revision ID: 0003_people_login
Revises: 0002_audit_chain
Create Date: 2026-12-06

On a server database every person connects with their own PostgreSQL login; ``login`` names it,
and commdesk (and the database's own rules) take the person acting from the connected login. It is
empty for people of a single-desk file and for people who never connect (e.g. a reviewer who only
signs on paper). Unique: one login is one person.
"""

import sqlalchemy as sa
from alembic import op

revision = "0003_people_login"
down_revision = "0002_audit_chain"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("people") as batch:
        batch.add_column(sa.Column("login", sa.String(63), nullable=True))
        batch.create_unique_constraint("uq_people_login", ["login"])


def downgrade() -> None:
    with op.batch_alter_table("people") as batch:
        batch.drop_constraint("uq_people_login", type_="unique")
        batch.drop_column("login")
