"""cases: the search index of the cases desk (SQLite: FTS5 trigram tables kept in step by triggers)

Revision ID: 0058_cases_search
Revises: 0051_cases_list_indexes
Create Date: 2026-12-06

The words filter of the case list read every case (a LIKE on the reference and the summary); with
200,000 cases and a million messages it also ought to find the messages' text and the person who
raised the case. On SQLite three contentless FTS5 tables (trigram tokenizer) index, each with
triggers that keep it in step with its rows: ``case_fts`` the cases (reference, summary),
``case_fts_entries`` the conversation (subject, text; rowid ``case_id << 32 | id``, so a match
names its case), ``case_fts_customers`` the customer records (name, phone, e-mail); an
``fts5vocab`` table of each lists its trigrams, in which a term of one or two characters is looked
up. They are filled from the rows there are. PostgreSQL gets nothing: the search reads the rows
there. See ``persistence/models/case_search.py`` (the same statements, for ``create_all``); they
are written out here so that this revision keeps doing what it did.

The revision id's number is lower than the branch's previous revision's on purpose: 0059 is taken
by an earlier revision of the branch; revisions are ordered by ``down_revision``.
"""

from alembic import op

revision = "0058_cases_search"
down_revision = "0051_cases_list_indexes"
branch_labels = None
depends_on = None

DDL = (
    "CREATE VIRTUAL TABLE case_fts USING fts5(text, content='', columnsize=0, tokenize='trigram case_sensitive 1')",
    "CREATE VIRTUAL TABLE case_fts_vocab USING fts5vocab(case_fts, row)",
    "CREATE TRIGGER case_fts_ai AFTER INSERT ON cases BEGIN INSERT INTO case_fts(rowid, text) VALUES (new.id, lower(coalesce(new.reference, '')) || char(10) || lower(coalesce(new.summary, '')) || char(10, 10)); END",
    "CREATE TRIGGER case_fts_ad AFTER DELETE ON cases BEGIN INSERT INTO case_fts(case_fts, rowid, text) VALUES ('delete', old.id, lower(coalesce(old.reference, '')) || char(10) || lower(coalesce(old.summary, '')) || char(10, 10)); END",
    "CREATE TRIGGER case_fts_au AFTER UPDATE OF reference, summary ON cases WHEN old.reference IS NOT new.reference OR old.summary IS NOT new.summary BEGIN INSERT INTO case_fts(case_fts, rowid, text) VALUES ('delete', old.id, lower(coalesce(old.reference, '')) || char(10) || lower(coalesce(old.summary, '')) || char(10, 10)); INSERT INTO case_fts(rowid, text) VALUES (new.id, lower(coalesce(new.reference, '')) || char(10) || lower(coalesce(new.summary, '')) || char(10, 10)); END",
    "CREATE VIRTUAL TABLE case_fts_entries USING fts5(text, content='', columnsize=0, tokenize='trigram case_sensitive 1')",
    "CREATE VIRTUAL TABLE case_fts_entries_vocab USING fts5vocab(case_fts_entries, row)",
    "CREATE TRIGGER case_fts_entries_ai AFTER INSERT ON case_entries BEGIN INSERT INTO case_fts_entries(rowid, text) VALUES ((new.case_id << 32) | new.id, lower(coalesce(new.subject, '')) || char(10) || lower(coalesce(new.body, '')) || char(10, 10)); END",
    "CREATE TRIGGER case_fts_entries_ad AFTER DELETE ON case_entries BEGIN INSERT INTO case_fts_entries(case_fts_entries, rowid, text) VALUES ('delete', (old.case_id << 32) | old.id, lower(coalesce(old.subject, '')) || char(10) || lower(coalesce(old.body, '')) || char(10, 10)); END",
    "CREATE TRIGGER case_fts_entries_au AFTER UPDATE OF subject, body ON case_entries WHEN old.subject IS NOT new.subject OR old.body IS NOT new.body BEGIN INSERT INTO case_fts_entries(case_fts_entries, rowid, text) VALUES ('delete', (old.case_id << 32) | old.id, lower(coalesce(old.subject, '')) || char(10) || lower(coalesce(old.body, '')) || char(10, 10)); INSERT INTO case_fts_entries(rowid, text) VALUES ((new.case_id << 32) | new.id, lower(coalesce(new.subject, '')) || char(10) || lower(coalesce(new.body, '')) || char(10, 10)); END",
    "CREATE VIRTUAL TABLE case_fts_customers USING fts5(text, content='', columnsize=0, tokenize='trigram case_sensitive 1')",
    "CREATE VIRTUAL TABLE case_fts_customers_vocab USING fts5vocab(case_fts_customers, row)",
    "CREATE TRIGGER case_fts_customers_ai AFTER INSERT ON case_customers BEGIN INSERT INTO case_fts_customers(rowid, text) VALUES (new.id, lower(coalesce(new.name, '')) || char(10) || lower(coalesce(new.phone, '')) || char(10) || lower(coalesce(new.email, '')) || char(10, 10)); END",
    "CREATE TRIGGER case_fts_customers_ad AFTER DELETE ON case_customers BEGIN INSERT INTO case_fts_customers(case_fts_customers, rowid, text) VALUES ('delete', old.id, lower(coalesce(old.name, '')) || char(10) || lower(coalesce(old.phone, '')) || char(10) || lower(coalesce(old.email, '')) || char(10, 10)); END",
    "CREATE TRIGGER case_fts_customers_au AFTER UPDATE OF name, phone, email ON case_customers WHEN old.name IS NOT new.name OR old.phone IS NOT new.phone OR old.email IS NOT new.email BEGIN INSERT INTO case_fts_customers(case_fts_customers, rowid, text) VALUES ('delete', old.id, lower(coalesce(old.name, '')) || char(10) || lower(coalesce(old.phone, '')) || char(10) || lower(coalesce(old.email, '')) || char(10, 10)); INSERT INTO case_fts_customers(rowid, text) VALUES (new.id, lower(coalesce(new.name, '')) || char(10) || lower(coalesce(new.phone, '')) || char(10) || lower(coalesce(new.email, '')) || char(10, 10)); END",
)
FILL = (
    "INSERT INTO case_fts(rowid, text) SELECT id, lower(coalesce(reference, '')) || char(10) || lower(coalesce(summary, '')) || char(10, 10) FROM cases",
    "INSERT INTO case_fts_entries(rowid, text) SELECT (case_id << 32) | id, lower(coalesce(subject, '')) || char(10) || lower(coalesce(body, '')) || char(10, 10) FROM case_entries",
    "INSERT INTO case_fts_customers(rowid, text) SELECT id, lower(coalesce(name, '')) || char(10) || lower(coalesce(phone, '')) || char(10) || lower(coalesce(email, '')) || char(10, 10) FROM case_customers",
)
TABLES = ("case_fts", "case_fts_entries", "case_fts_customers")


def upgrade() -> None:
    if op.get_bind().dialect.name != "sqlite":
        return
    for stmt in DDL:
        op.execute(stmt)
    for stmt in FILL:
        op.execute(stmt)


def downgrade() -> None:
    if op.get_bind().dialect.name != "sqlite":
        return
    for table in TABLES:
        for suffix in ("ai", "ad", "au"):
            op.execute(f"DROP TRIGGER IF EXISTS {table}_{suffix}")
        op.execute(f"DROP TABLE IF EXISTS {table}_vocab")
        op.execute(f"DROP TABLE IF EXISTS {table}")
