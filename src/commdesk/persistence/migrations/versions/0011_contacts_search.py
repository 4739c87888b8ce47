"""contacts: search index (short-term keys; on SQLite an FTS5 trigram index of search_text)

Revision ID: 0011_contacts_search
Revises: 0010_contacts
Create Date: 2027-01-15

``contact_search_keys`` holds the 2-character word-start keys of each contact's
``search_text`` (terms shorter than three characters are looked up there); on SQLite the
contentless FTS5 table ``contact_fts`` (trigram tokenizer) indexes ``search_text`` for longer
terms and triggers on ``contacts`` keep it in step. Both are filled from the existing rows.
An index of the beats by key and spelling lists the beats filter's choices quickly.
"""

import sqlalchemy as sa
from alembic import op

revision = "0011_contacts_search"
down_revision = "0010_contacts"
branch_labels = None
depends_on = None

FTS_DDL = (
    (
        "CREATE VIRTUAL TABLE contact_fts USING fts5(text, content='', columnsize=0, "
        "tokenize='trigram case_sensitive 1')"
    ),
    (
        "CREATE TRIGGER contact_fts_ai AFTER INSERT ON contacts BEGIN "
        "INSERT INTO contact_fts(rowid, text) VALUES (new.id, new.search_text); END"
    ),
    (
        "CREATE TRIGGER contact_fts_ad AFTER DELETE ON contacts BEGIN "
        "INSERT INTO contact_fts(contact_fts, rowid, text) VALUES ('delete', old.id, old.search_text); END"
    ),
    (
        "CREATE TRIGGER contact_fts_au AFTER UPDATE OF search_text ON contacts "
        "WHEN old.search_text IS NOT new.search_text BEGIN "
        "INSERT INTO contact_fts(contact_fts, rowid, text) VALUES ('delete', old.id, old.search_text); "
        "INSERT INTO contact_fts(rowid, text) VALUES (new.id, new.search_text); END"
    ),
)


def _is_cjk(ch: str) -> bool:
    return "\u3400" <= ch <= "\u9fff" or "\uf900" <= ch <= "\ufaff" or ch >= "\U00020000"


def _short_keys(search_text: str) -> set:
    # frozen copy of commdesk.core.contacts.names.short_keys as of this revision
    keys = set()
    for token in search_text.split():
        prev = ""
        for i, ch in enumerate(token):
            if i == 0 or not prev.isalnum() or _is_cjk(ch) or _is_cjk(prev):
                keys.add(token[i : i + 2])
            prev = ch
    return keys


def upgrade() -> None:
    keys = op.create_table(
        "contact_search_keys",
        sa.Column("key", sa.String(length=8), nullable=False),
        sa.Column("contact_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["contact_id"],
            ["contacts.id"],
            name=op.f("fk_contact_search_keys_contact_id_contacts"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("key", "contact_id", name=op.f("pk_contact_search_keys")),
        sqlite_with_rowid=False,
    )
    op.create_index(
        op.f("ix_contact_search_keys_contact_id"), "contact_search_keys", ["contact_id"], unique=False
    )
    op.create_index("ix_contact_beats_key_beat", "contact_beats", ["beat_key", "beat"], unique=False)
    bind = op.get_bind()
    contacts = sa.table("contacts", sa.column("id", sa.Integer), sa.column("search_text", sa.Text))
    batch = []
    for cid, text in bind.execute(sa.select(contacts.c.id, contacts.c.search_text)):
        batch += [{"key": k, "contact_id": cid} for k in _short_keys(text or "")]
        if len(batch) >= 20000:
            bind.execute(keys.insert(), batch)
            batch = []
    if batch:
        bind.execute(keys.insert(), batch)
    if bind.dialect.name == "sqlite":
        for stmt in FTS_DDL:
            op.execute(stmt)
        op.execute("INSERT INTO contact_fts(rowid, text) SELECT id, search_text FROM contacts")


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        for name in ("contact_fts_ai", "contact_fts_ad", "contact_fts_au"):
            op.execute(f"DROP TRIGGER IF EXISTS {name}")
        op.execute("DROP TABLE IF EXISTS contact_fts")
    op.drop_index("ix_contact_beats_key_beat", table_name="contact_beats")
    op.drop_index(op.f("ix_contact_search_keys_contact_id"), table_name="contact_search_keys")
    op.drop_table("contact_search_keys")
