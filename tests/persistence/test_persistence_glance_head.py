"""The start-up glance's schema revision (``persistence.glance.SCHEMA_AT_HEAD``) is this commdesk's
migration head: the glance compares a database with it instead of reading the migration scripts,
so a new migration that is not added there would let the glance read a database that needs an
upgrade first (or never use the glance at all)."""

from __future__ import annotations

from alembic.script import ScriptDirectory
from sqlalchemy import text

from commdesk.persistence import schema
from commdesk.persistence.glance import SCHEMA_AT_HEAD


def test_the_glance_knows_the_migration_head(ctx):
    """A database migrated to the heads holds exactly these rows in its version table."""
    with ctx.engine.connect() as conn:
        rows = frozenset(r[0] for r in conn.execute(text("SELECT version_num FROM alembic_version")))
    assert rows == SCHEMA_AT_HEAD, "persistence/glance.py: SCHEMA_AT_HEAD must name the new migration head"


def test_the_glance_head_is_every_migration_applied():
    known, heads = schema.packaged_revisions()
    assert known >= SCHEMA_AT_HEAD
    assert schema.applied(SCHEMA_AT_HEAD) == known
    assert schema.SchemaStatus(SCHEMA_AT_HEAD, heads, empty=False).up_to_date
    script = ScriptDirectory.from_config(schema.alembic_config())
    assert frozenset(script.get_heads()) <= schema.applied(SCHEMA_AT_HEAD)
