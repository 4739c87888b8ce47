"""The short-term search keys of contacts: what finds a contact by one or two characters.

Terms of three characters or more are found in ``contacts.search_text`` (SQLite: its trigram index);
shorter ones by keys. SQLite keeps one document of ``contact_fts_short`` per contact (each key the
hex of its UTF-8, see the models); other databases rows of ``contact_search_keys``.
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import lru_cache

from sqlalchemy import Connection, delete

from commdesk.core.contacts.names import fold_latin, short_keys
from commdesk.persistence.bulk import chunks, server_copy
from commdesk.persistence.models.contacts import SHORT_FTS_TABLE, ContactSearchKeyRow

#: key rows per executemany on a server database
_KEY_PAGE = 20000


def key_text(search_text: str, notes: str) -> str:
    """The part of ``search_text`` the short-term keys are made of: all but the notes (the last
    part, see ``rows.derived``). Notes are found by terms of 3+ characters (trigram index); their
    every Chinese character as a key was a tenth of an import's keys and found nothing a name,
    outlet or beat key does not."""
    folded = fold_latin(notes) if notes else ""
    if folded and search_text:
        if search_text == folded:
            return ""
        if search_text.endswith("\n" + folded):
            return search_text[: -len(folded) - 1]
    return search_text


@lru_cache(maxsize=16384)
def _line_keys(line: str) -> frozenset[str]:
    return frozenset(short_keys(line))


def _text_keys(text: str | None) -> set[str]:
    """short_keys(text), line by line (names, outlets, beats and titles repeat from contact to contact)."""
    keys: set[str] = set()
    for line in (text or "").split("\n"):
        keys |= _line_keys(line)
    return keys


@lru_cache(maxsize=131072)
def short_token(key: str) -> str:
    """A short-term key as one token of ``contact_fts_short``: the hex of its UTF-8 (see the models)."""
    return key.encode("utf-8").hex()


def write_search_keys(conn: Connection, items: Iterable[tuple[int, str]], replace: bool = True) -> None:
    """Store the short-term keys of (contact id, key_text) pairs (``replace``: drop the old ones)."""
    write_key_sets(conn, [(cid, _text_keys(text)) for cid, text in items], replace)


def key_documents(items: Iterable[tuple[int, set[str] | frozenset[str]]]) -> list[tuple[int, str]]:
    """SQLite: the ``contact_fts_short`` documents of (contact id, short-term keys) pairs (none for
    a contact without keys); pure Python, so an import makes them in its child process."""
    return [(cid, " ".join(map(short_token, keys))) for cid, keys in items if keys]


def write_key_documents(conn: Connection, docs: list[tuple[int, str]]) -> None:
    """SQLite: store ``key_documents`` of contacts that have none yet."""
    if docs:
        conn.exec_driver_sql(f"INSERT INTO {SHORT_FTS_TABLE} (rowid, keys) VALUES (?, ?)", docs)


def write_key_sets(
    conn: Connection, items: Iterable[tuple[int, set[str] | frozenset[str]]], replace: bool = True
) -> None:
    """Store (contact id, short-term keys) pairs (``replace``: drop the contacts' old keys first).

    SQLite: one document of ``contact_fts_short`` per contact; elsewhere rows of
    ``contact_search_keys`` (plain DBAPI executemany: millions of rows on an import)."""
    items = list(items)
    sqlite = conn.dialect.name == "sqlite"
    if replace:
        for part in chunks([cid for cid, _ in items]):
            if sqlite:
                conn.exec_driver_sql(
                    f"DELETE FROM {SHORT_FTS_TABLE} WHERE rowid IN ({', '.join('?' * len(part))})",
                    tuple(part),
                )
            else:
                conn.execute(delete(ContactSearchKeyRow).where(ContactSearchKeyRow.contact_id.in_(part)))
    if sqlite:
        write_key_documents(conn, key_documents(items))
        return
    rows = sorted((k, cid) for cid, keys in items for k in keys)  # primary key order: page by page
    copy = server_copy(conn, "contact_search_keys", ("key", "contact_id"))
    if copy is not None:  # psycopg: one COPY stream (an executemany sends a statement per row)
        copy(rows)
        return
    mark = "?" if conn.dialect.paramstyle == "qmark" else "%s"
    for start in range(0, len(rows), _KEY_PAGE):
        conn.exec_driver_sql(
            f"INSERT INTO contact_search_keys (key, contact_id) VALUES ({mark}, {mark})",
            rows[start : start + _KEY_PAGE],
        )
