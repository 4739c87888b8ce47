"""Alembic environment; commdesk runs it through commdesk.persistence.schema, not the alembic CLI."""
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
)
with context.begin_transaction():
    context.run_migrations()
