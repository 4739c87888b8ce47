"""The start-up glance's way into a SQLite database: read-only, with the standard library only.

The window shows Home's first figures before SQLAlchemy, Alembic and the tables' classes are
imported (they cost more than the window's first paint). For that a SQLite file is opened here
read-only (``mode=ro``: nothing can be written through this connection, and a missing file is not
created), and its schema revision is compared with ``SCHEMA_AT_HEAD`` instead of reading the
migration scripts. Anything unusual (not a SQLite file, another revision, a file that cannot be
read) ends the glance; the normal start, with its backup and migration, then does everything.
``repositories/home_glance.py`` holds the glance's statements.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path
from urllib.parse import quote

#: The rows of ``alembic_version`` in a database at this commdesk's migration heads (the tips of
#: the areas' branches, as Alembic records them). Kept equal to the migration scripts by
#: ``tests/persistence/test_persistence_glance_head.py``: add a migration, change this set.
SCHEMA_AT_HEAD = frozenset(
    {
        "0003_people_login",
        "0013_contacts_sort_by_id",
        "0032_meetings_indexes",
        "0042_outbox_mask_passwords",
        "0058_cases_search",
        "0062_announcement_planned",
        "0080_events",
        "0070_social",
        "0091_evaluation_voices",
        "0100_procedure",
        "0110_crisis",
    }
)


def open_read_only(path: Path) -> sqlite3.Connection:
    """``path`` opened read-only (raises ``sqlite3.Error`` when it cannot be read as a database).
    Timestamps and dates come back as the stored text; the caller reads them as the tables'
    classes would."""
    uri = f"file:{quote(str(path), safe='/')}?mode=ro"
    conn = sqlite3.connect(uri, uri=True, timeout=0.5, isolation_level=None)
    try:
        conn.execute("PRAGMA query_only=ON")
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()  # a file that is no database fails here
    except BaseException:
        conn.close()
        raise
    return conn
