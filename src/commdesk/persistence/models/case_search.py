"""SQLite only: the search index of the cases desk (revision 0058), made of FTS5 tables and the
triggers that keep them in step with the rows, so every way of writing a case, a message or a
customer record (the service, the intake's batches, a ``db copy``, raw ``executemany``) keeps
the index right without doing anything.

- ``case_fts``: one document per case (rowid: the case's id): its reference and summary.
- ``case_fts_entries``: one document per entry of a conversation (subject and text). Its rowid is
  ``case_id << 32 | entry id``, so a match names its case without reading the entry.
- ``case_fts_customers``: one document per customer record (rowid: its id): name, phone, e-mail.
- ``*_vocab``: each table's trigrams, which a search term of one or two characters is looked up
  in (a trigram index finds terms of three characters or more by itself).

Every document is the lower case (SQLite's ``lower``: ASCII letters) of its fields, one per line,
and ends with two line feeds: a term of one or two characters at the end of a field still begins a
trigram. Trigram tokenizer, case-sensitive (the text is lower case already): a term of three
characters or more matches where it is a substring of a field. The persons who are media contacts
are found through the contacts' own index (``contact_fts``). PostgreSQL has none of these tables:
the search reads the rows (``repositories/case_search.py``).

The same statements as migration 0058, for databases made by ``create_all`` (an archive copy).
"""

from __future__ import annotations

from sqlalchemy import DDL, event

from commdesk.persistence.models.cases import CaseCustomerRow, CaseEntryRow, CaseRow

CASE_FTS = "case_fts"
ENTRY_FTS = "case_fts_entries"
CUSTOMER_FTS = "case_fts_customers"
#: the trigrams of each table (``fts5vocab``, one row per trigram)
VOCAB = {table: f"{table}_vocab" for table in (CASE_FTS, ENTRY_FTS, CUSTOMER_FTS)}
#: how many bits of an entry document's rowid hold the entry's id (the case's id is above them)
ENTRY_BITS = 32
TOKENIZE = "tokenize='trigram case_sensitive 1'"


def _document(*fields: str) -> str:
    """SQL of a document: the fields in lower case, one per line, and two line feeds."""
    parts = " || char(10) || ".join(f"lower(coalesce({f}, ''))" for f in fields)
    return f"{parts} || char(10, 10)"


def _table_ddl(fts: str, table: str, rowid: str, fields: tuple[str, ...]) -> tuple[str, ...]:
    """The FTS5 table, its vocabulary and the triggers that keep it in step with ``table``."""

    def doc(row: str) -> str:
        return _document(*(f"{row}.{f}" for f in fields))

    def key(row: str) -> str:
        return rowid.replace("ROW", row)

    changed = " OR ".join(f"old.{f} IS NOT new.{f}" for f in fields)
    table_sql = f"CREATE VIRTUAL TABLE {fts} USING fts5(text, content='', columnsize=0, {TOKENIZE})"
    insert = f"INSERT INTO {fts}(rowid, text) VALUES ({key('new')}, {doc('new')});"
    delete = f"INSERT INTO {fts}({fts}, rowid, text) VALUES ('delete', {key('old')}, {doc('old')});"
    on = f"ON {table}"
    return (
        table_sql,
        f"CREATE VIRTUAL TABLE {VOCAB[fts]} USING fts5vocab({fts}, row)",
        f"CREATE TRIGGER {fts}_ai AFTER INSERT {on} BEGIN {insert} END",
        f"CREATE TRIGGER {fts}_ad AFTER DELETE {on} BEGIN {delete} END",
        (
            f"CREATE TRIGGER {fts}_au AFTER UPDATE OF {', '.join(fields)} {on} WHEN {changed} "
            f"BEGIN {delete} {insert} END"
        ),
    )


CASE_DDL = _table_ddl(CASE_FTS, "cases", "ROW.id", ("reference", "summary"))
ENTRY_DDL = _table_ddl(
    ENTRY_FTS, "case_entries", f"(ROW.case_id << {ENTRY_BITS}) | ROW.id", ("subject", "body")
)
CUSTOMER_DDL = _table_ddl(CUSTOMER_FTS, "case_customers", "ROW.id", ("name", "phone", "email"))
SQLITE_DDL = CASE_DDL + ENTRY_DDL + CUSTOMER_DDL
#: how each table's index is filled from the rows that are there (the migration, a rebuild)
FILL = (
    f"INSERT INTO {CASE_FTS}(rowid, text) SELECT id, {_document('reference', 'summary')} FROM cases",
    (
        f"INSERT INTO {ENTRY_FTS}(rowid, text) SELECT (case_id << {ENTRY_BITS}) | id, "
        f"{_document('subject', 'body')} FROM case_entries"
    ),
    (
        f"INSERT INTO {CUSTOMER_FTS}(rowid, text) SELECT id, {_document('name', 'phone', 'email')} "
        "FROM case_customers"
    ),
)

for _row, _ddl in ((CaseRow, CASE_DDL), (CaseEntryRow, ENTRY_DDL), (CaseCustomerRow, CUSTOMER_DDL)):
    for _stmt in _ddl:
        event.listen(_row.__table__, "after_create", DDL(_stmt).execute_if(dialect="sqlite"))
