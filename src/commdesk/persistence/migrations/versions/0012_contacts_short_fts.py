"""contacts: on SQLite, the short-term search keys move to the FTS5 table contact_fts_short

Revision ID: 0012_contacts_short_fts
Revises: 0011_contacts_search
Create Date: 2027-02-01

Each contact's word-start keys become one document of ``contact_fts_short`` (FTS5, no
positions), each key spelled as the lower-case hex of its UTF-8, so the tokenizer keeps it whole
and a prefix query finds the keys that begin with a character. The documents are made from the
rows of ``contact_search_keys``, which is emptied on SQLite. A trigger drops a contact's
document when the contact row is deleted. PostgreSQL keeps ``contact_search_keys``.

On both, the index of ``contact_beats.beat_key`` alone goes: ``ix_contact_beats_key_beat``
(beat_key, beat) answers the same lookups, and an import no longer maintains both.
"""

from alembic import op

revision = "0012_contacts_short_fts"
down_revision = "0011_contacts_search"
branch_labels = None
depends_on = None

SHORT_DDL = (
    "CREATE VIRTUAL TABLE contact_fts_short USING fts5(keys, columnsize=0, detail=none, tokenize='ascii')",
    (
        "CREATE TRIGGER contact_fts_short_ad AFTER DELETE ON contacts BEGIN "
        "DELETE FROM contact_fts_short WHERE rowid = old.id; END"
    ),
)


def upgrade() -> None:
    op.drop_index("ix_contact_beats_beat_key", table_name="contact_beats")
    if op.get_bind().dialect.name != "sqlite":
        return
    for stmt in SHORT_DDL:
        op.execute(stmt)
    op.execute(
        "INSERT INTO contact_fts_short(rowid, keys) SELECT contact_id, group_concat(lower(hex(key)), ' ') "
        "FROM contact_search_keys GROUP BY contact_id"
    )
    op.execute("DELETE FROM contact_search_keys")


def downgrade() -> None:
    op.create_index("ix_contact_beats_beat_key", "contact_beats", ["beat_key"], unique=False)
    if op.get_bind().dialect.name != "sqlite":
        return
    bind = op.get_bind()
    rows = []
    for cid, keys in bind.exec_driver_sql("SELECT rowid, keys FROM contact_fts_short").all():
        rows += [(bytes.fromhex(k).decode("utf-8"), cid) for k in (keys or "").split()]
    if rows:
        bind.exec_driver_sql("INSERT INTO contact_search_keys (key, contact_id) VALUES (?, ?)", rows)
    op.execute("DROP TRIGGER IF EXISTS contact_fts_short_ad")
    op.execute("DROP TABLE IF EXISTS contact_fts_short")
