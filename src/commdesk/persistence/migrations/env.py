"""Alembic environment; commdesk runs it through commdesk.persistence.schema, not the alembic CLI.

``schema.upgrade`` hands in a connection whose transaction it has already begun, so the whole
upgrade (every revision it applies, DDL included) is one transaction: a crash, a kill or a failing
revision leaves the database at the revision it had, never half-way. SQLite's DDL is transactional
too once the pysqlite driver stops committing on its own (``persistence.db``), hence
``transactional_ddl=True`` on every dialect.
"""

from __future__ import annotations

from alembic import context

from commdesk.persistence.models import Base

config = context.config
connection = config.attributes.get("connection")
if connection is None:  # pragma: no cover - only for developers using the alembic CLI by hand
    raise SystemExit("run migrations with 'commdesk db upgrade'")

context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=connection.dialect.name == "sqlite",
    compare_type=True,
    transactional_ddl=True,
)
with context.begin_transaction():
    context.run_migrations()
