"""cases: the search index of the cases desk (SQLite: an FTS5 trigram table kept in step by triggers)

Revision ID: 0058_cases_search
Revises: 0051_cases_list_indexes
Create Date: 2026-12-06

The words filter of the case list read every case (a LIKE on the reference and the summary); with
200,000 cases and a million messages it also ought to find the messages' text and the person who
raised the case. On SQLite ``case_fts`` (FTS5, trigram tokenizer, keeping its text) holds one
document per case: reference and summary, the customer record's name, phone and e-mail or the media
contact's ``search_text`` (name, pinyin, initials, e-mails, phones ...), then the subject and text
of each entry of the conversation. Triggers on ``cases``, ``case_entries``, ``case_customers``
and ``contacts`` keep it in step (a new entry is appended to its case's document, other changes
make the documents they touch again); ``case_fts_vocab`` lists its trigrams, in which a term of one
or two characters is looked up. The documents of the cases already there are made here. PostgreSQL gets nothing: the
search reads the rows there. ``persistence/models/case_search.py`` has the same statements (for
``create_all``); they are written out here so that this revision keeps doing what it did.

The revision id's number is lower than the branch's previous revision's: 0059 was taken by an
earlier revision of the branch; revisions are ordered by ``down_revision``, not by their names.
"""

from alembic import op

revision = "0058_cases_search"
down_revision = "0051_cases_list_indexes"
branch_labels = None
depends_on = None

DDL = (
    "CREATE VIRTUAL TABLE case_fts USING fts5(text, columnsize=0, tokenize='trigram case_sensitive 1')",
    "CREATE VIRTUAL TABLE case_fts_vocab USING fts5vocab(case_fts, row)",
    "CREATE TRIGGER case_fts_ai AFTER INSERT ON cases BEGIN INSERT OR REPLACE INTO case_fts(rowid, text) SELECT c.id, lower(coalesce(c.reference, '')) || char(10) || lower(coalesce(c.summary, '')) || char(10) || coalesce((SELECT lower(coalesce(p.name, '')) || char(10) || lower(coalesce(p.phone, '')) || char(10) || lower(coalesce(p.email, '')) || char(10) FROM case_customers AS p WHERE p.id = c.customer_id), '') || coalesce((SELECT k.search_text || char(10) FROM contacts AS k WHERE k.id = c.contact_id), '') || char(10) || coalesce((SELECT group_concat(lower(coalesce(e.subject, '')) || char(10) || lower(coalesce(e.body, '')) || char(10) || char(10), '') FROM (SELECT subject, body FROM case_entries WHERE case_id = c.id ORDER BY id) AS e), '') FROM cases AS c WHERE c.id = new.id; END",
    "CREATE TRIGGER case_fts_au AFTER UPDATE OF reference, summary, customer_id, contact_id ON cases WHEN old.reference IS NOT new.reference OR old.summary IS NOT new.summary OR old.customer_id IS NOT new.customer_id OR old.contact_id IS NOT new.contact_id BEGIN INSERT OR REPLACE INTO case_fts(rowid, text) SELECT c.id, lower(coalesce(c.reference, '')) || char(10) || lower(coalesce(c.summary, '')) || char(10) || coalesce((SELECT lower(coalesce(p.name, '')) || char(10) || lower(coalesce(p.phone, '')) || char(10) || lower(coalesce(p.email, '')) || char(10) FROM case_customers AS p WHERE p.id = c.customer_id), '') || coalesce((SELECT k.search_text || char(10) FROM contacts AS k WHERE k.id = c.contact_id), '') || char(10) || coalesce((SELECT group_concat(lower(coalesce(e.subject, '')) || char(10) || lower(coalesce(e.body, '')) || char(10) || char(10), '') FROM (SELECT subject, body FROM case_entries WHERE case_id = c.id ORDER BY id) AS e), '') FROM cases AS c WHERE c.id = new.id; END",
    "CREATE TRIGGER case_fts_ad AFTER DELETE ON cases BEGIN DELETE FROM case_fts WHERE rowid = old.id; END",
    "CREATE TRIGGER case_fts_entry_ai AFTER INSERT ON case_entries BEGIN UPDATE case_fts SET text = text || lower(coalesce(new.subject, '')) || char(10) || lower(coalesce(new.body, '')) || char(10) || char(10) WHERE rowid = new.case_id; END",
    "CREATE TRIGGER case_fts_entry_au AFTER UPDATE OF case_id, subject, body ON case_entries WHEN old.case_id IS NOT new.case_id OR old.subject IS NOT new.subject OR old.body IS NOT new.body BEGIN INSERT OR REPLACE INTO case_fts(rowid, text) SELECT c.id, lower(coalesce(c.reference, '')) || char(10) || lower(coalesce(c.summary, '')) || char(10) || coalesce((SELECT lower(coalesce(p.name, '')) || char(10) || lower(coalesce(p.phone, '')) || char(10) || lower(coalesce(p.email, '')) || char(10) FROM case_customers AS p WHERE p.id = c.customer_id), '') || coalesce((SELECT k.search_text || char(10) FROM contacts AS k WHERE k.id = c.contact_id), '') || char(10) || coalesce((SELECT group_concat(lower(coalesce(e.subject, '')) || char(10) || lower(coalesce(e.body, '')) || char(10) || char(10), '') FROM (SELECT subject, body FROM case_entries WHERE case_id = c.id ORDER BY id) AS e), '') FROM cases AS c WHERE c.id IN (old.case_id, new.case_id); END",
    "CREATE TRIGGER case_fts_entry_ad AFTER DELETE ON case_entries BEGIN INSERT OR REPLACE INTO case_fts(rowid, text) SELECT c.id, lower(coalesce(c.reference, '')) || char(10) || lower(coalesce(c.summary, '')) || char(10) || coalesce((SELECT lower(coalesce(p.name, '')) || char(10) || lower(coalesce(p.phone, '')) || char(10) || lower(coalesce(p.email, '')) || char(10) FROM case_customers AS p WHERE p.id = c.customer_id), '') || coalesce((SELECT k.search_text || char(10) FROM contacts AS k WHERE k.id = c.contact_id), '') || char(10) || coalesce((SELECT group_concat(lower(coalesce(e.subject, '')) || char(10) || lower(coalesce(e.body, '')) || char(10) || char(10), '') FROM (SELECT subject, body FROM case_entries WHERE case_id = c.id ORDER BY id) AS e), '') FROM cases AS c WHERE c.id = old.case_id; END",
    "CREATE TRIGGER case_fts_customer_au AFTER UPDATE OF name, phone, email ON case_customers WHEN old.name IS NOT new.name OR old.phone IS NOT new.phone OR old.email IS NOT new.email BEGIN INSERT OR REPLACE INTO case_fts(rowid, text) SELECT c.id, lower(coalesce(c.reference, '')) || char(10) || lower(coalesce(c.summary, '')) || char(10) || coalesce((SELECT lower(coalesce(p.name, '')) || char(10) || lower(coalesce(p.phone, '')) || char(10) || lower(coalesce(p.email, '')) || char(10) FROM case_customers AS p WHERE p.id = c.customer_id), '') || coalesce((SELECT k.search_text || char(10) FROM contacts AS k WHERE k.id = c.contact_id), '') || char(10) || coalesce((SELECT group_concat(lower(coalesce(e.subject, '')) || char(10) || lower(coalesce(e.body, '')) || char(10) || char(10), '') FROM (SELECT subject, body FROM case_entries WHERE case_id = c.id ORDER BY id) AS e), '') FROM cases AS c WHERE c.customer_id = new.id; END",
    "CREATE TRIGGER case_fts_contact_au AFTER UPDATE OF search_text ON contacts WHEN old.search_text IS NOT new.search_text BEGIN INSERT OR REPLACE INTO case_fts(rowid, text) SELECT c.id, lower(coalesce(c.reference, '')) || char(10) || lower(coalesce(c.summary, '')) || char(10) || coalesce((SELECT lower(coalesce(p.name, '')) || char(10) || lower(coalesce(p.phone, '')) || char(10) || lower(coalesce(p.email, '')) || char(10) FROM case_customers AS p WHERE p.id = c.customer_id), '') || coalesce((SELECT k.search_text || char(10) FROM contacts AS k WHERE k.id = c.contact_id), '') || char(10) || coalesce((SELECT group_concat(lower(coalesce(e.subject, '')) || char(10) || lower(coalesce(e.body, '')) || char(10) || char(10), '') FROM (SELECT subject, body FROM case_entries WHERE case_id = c.id ORDER BY id) AS e), '') FROM cases AS c WHERE c.contact_id = new.id; END",
)
FILL = "INSERT INTO case_fts(rowid, text) SELECT c.id, lower(coalesce(c.reference, '')) || char(10) || lower(coalesce(c.summary, '')) || char(10) || coalesce((SELECT lower(coalesce(p.name, '')) || char(10) || lower(coalesce(p.phone, '')) || char(10) || lower(coalesce(p.email, '')) || char(10) FROM case_customers AS p WHERE p.id = c.customer_id), '') || coalesce((SELECT k.search_text || char(10) FROM contacts AS k WHERE k.id = c.contact_id), '') || char(10) || coalesce((SELECT group_concat(lower(coalesce(e.subject, '')) || char(10) || lower(coalesce(e.body, '')) || char(10) || char(10), '') FROM (SELECT subject, body FROM case_entries WHERE case_id = c.id ORDER BY id) AS e), '') FROM cases AS c"
TRIGGERS = (
    "case_fts_ai",
    "case_fts_au",
    "case_fts_ad",
    "case_fts_entry_ai",
    "case_fts_entry_au",
    "case_fts_entry_ad",
    "case_fts_customer_au",
    "case_fts_contact_au",
)


def upgrade() -> None:
    if op.get_bind().dialect.name != "sqlite":
        return
    for stmt in DDL:
        op.execute(stmt)
    op.execute(FILL)


def downgrade() -> None:
    if op.get_bind().dialect.name != "sqlite":
        return
    for name in TRIGGERS:
        op.execute(f"DROP TRIGGER IF EXISTS {name}")
    op.execute("DROP TABLE IF EXISTS case_fts_vocab")
    op.execute("DROP TABLE IF EXISTS case_fts")
