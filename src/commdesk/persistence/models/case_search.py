"""SQLite only: the search index of the cases desk (revision 0058), an FTS5 table and the triggers
that keep it in step with the rows, so every way of writing a case, a message, a customer record
or a contact (the service, the intake's batches, a ``db copy``, raw ``executemany``) keeps the
index right without doing anything.

``case_fts`` holds one document per case (rowid: the case's id): its reference and summary, the
person who raised it (a customer record's name, phone and e-mail; a media contact's
``search_text``, what the contacts' search finds them by: name, pinyin, initials, outlets, e-mails,
phones ...), then the subject and text of each entry of its conversation. A new entry is appended to its case's document; any other change makes the
documents it touches again. The table keeps its text (a contentless one could not be appended
to), which the search reads to test a case the list's walks pass.

Every field is in lower case (SQLite's ``lower``: ASCII letters) and followed by a line feed, the
document ends with two, so a term of one or two characters at the end of a field still begins a
trigram. Trigram tokenizer, case-sensitive (the text is lower case already): a term of three
characters or more matches where it is a substring of a field; a shorter one is looked up in the
trigrams that begin with it (``case_fts_vocab``). PostgreSQL has none of this: the search reads
the rows there (``repositories/case_search.py``).

The same statements as migration 0058, for databases made by ``create_all`` (an archive copy).
"""

from __future__ import annotations

from sqlalchemy import DDL, event

from commdesk.persistence.models.cases import CaseEntryRow, CaseRow

CASE_FTS = "case_fts"
VOCAB = "case_fts_vocab"


def _lower(expr: str) -> str:
    return f"lower(coalesce({expr}, '')) || char(10)"


_PERSON = (
    "coalesce((SELECT "
    + " || ".join(_lower(f"p.{f}") for f in ("name", "phone", "email"))
    + " FROM case_customers AS p WHERE p.id = c.customer_id), '')"
)
_CONTACT = "coalesce((SELECT k.search_text || char(10) FROM contacts AS k WHERE k.id = c.contact_id), '')"


def _entry(row: str) -> str:
    return f"{_lower(f'{row}.subject')} || {_lower(f'{row}.body')} || char(10)"


_ENTRIES = (
    f"coalesce((SELECT group_concat({_entry('e')}, '') FROM "
    "(SELECT subject, body FROM case_entries WHERE case_id = c.id ORDER BY id) AS e), '')"
)
#: the document of the case ``c``
DOCUMENT = (
    f"{_lower('c.reference')} || {_lower('c.summary')} || {_PERSON} || {_CONTACT} || char(10) || {_ENTRIES}"
)


def _remake(where: str) -> str:
    """The statement that makes the documents of the cases ``where`` selects (``c``) again."""
    return f"INSERT OR REPLACE INTO {CASE_FTS}(rowid, text) SELECT c.id, {DOCUMENT} FROM cases AS c WHERE {where};"


def _changed(fields: tuple[str, ...]) -> str:
    return " OR ".join(f"old.{f} IS NOT new.{f}" for f in fields)


_CASE_FIELDS = ("reference", "summary", "customer_id", "contact_id")
_ENTRY_FIELDS = ("case_id", "subject", "body")
_CUSTOMER_FIELDS = ("name", "phone", "email")
_CONTACT_FIELDS = ("search_text",)

TABLE_DDL = (
    f"CREATE VIRTUAL TABLE {CASE_FTS} USING fts5(text, columnsize=0, tokenize='trigram case_sensitive 1')",
    f"CREATE VIRTUAL TABLE {VOCAB} USING fts5vocab({CASE_FTS}, row)",
)
CASE_TRIGGERS = (
    f"CREATE TRIGGER case_fts_ai AFTER INSERT ON cases BEGIN {_remake('c.id = new.id')} END",
    (
        f"CREATE TRIGGER case_fts_au AFTER UPDATE OF {', '.join(_CASE_FIELDS)} ON cases "
        f"WHEN {_changed(_CASE_FIELDS)} BEGIN {_remake('c.id = new.id')} END"
    ),
    f"CREATE TRIGGER case_fts_ad AFTER DELETE ON cases BEGIN DELETE FROM {CASE_FTS} WHERE rowid = old.id; END",
)
ENTRY_TRIGGERS = (
    (
        f"CREATE TRIGGER case_fts_entry_ai AFTER INSERT ON case_entries BEGIN "
        f"UPDATE {CASE_FTS} SET text = text || {_entry('new')} WHERE rowid = new.case_id; END"
    ),
    (
        f"CREATE TRIGGER case_fts_entry_au AFTER UPDATE OF {', '.join(_ENTRY_FIELDS)} ON case_entries "
        f"WHEN {_changed(_ENTRY_FIELDS)} BEGIN {_remake('c.id IN (old.case_id, new.case_id)')} END"
    ),
    f"CREATE TRIGGER case_fts_entry_ad AFTER DELETE ON case_entries BEGIN {_remake('c.id = old.case_id')} END",
)
CUSTOMER_TRIGGERS = (
    (
        f"CREATE TRIGGER case_fts_customer_au AFTER UPDATE OF {', '.join(_CUSTOMER_FIELDS)} ON case_customers "
        f"WHEN {_changed(_CUSTOMER_FIELDS)} BEGIN {_remake('c.customer_id = new.id')} END"
    ),
)
CONTACT_TRIGGERS = (
    (
        f"CREATE TRIGGER case_fts_contact_au AFTER UPDATE OF {', '.join(_CONTACT_FIELDS)} ON contacts "
        f"WHEN {_changed(_CONTACT_FIELDS)} BEGIN {_remake('c.contact_id = new.id')} END"
    ),
)
SQLITE_DDL = TABLE_DDL + CASE_TRIGGERS + ENTRY_TRIGGERS + CUSTOMER_TRIGGERS + CONTACT_TRIGGERS
TRIGGERS = tuple(s.split()[2] for s in SQLITE_DDL if s.startswith("CREATE TRIGGER"))
#: every case's document made from the rows that are there (the migration, a rebuild)
FILL = f"INSERT INTO {CASE_FTS}(rowid, text) SELECT c.id, {DOCUMENT} FROM cases AS c"

# ``create_all``: each statement once the tables it names exist (cases after contacts and
# customers, entries after cases)
for _row, _ddl in (
    (CaseRow, TABLE_DDL + CASE_TRIGGERS + CUSTOMER_TRIGGERS + CONTACT_TRIGGERS),
    (CaseEntryRow, ENTRY_TRIGGERS),
):
    for _stmt in _ddl:
        event.listen(_row.__table__, "after_create", DDL(_stmt).execute_if(dialect="sqlite"))
