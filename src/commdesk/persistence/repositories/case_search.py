"""The words filter of the case list: each word must occur in the case's reference or summary, in
the person who raised it (a customer record's name, phone or e-mail; a media contact's
``search_text``: name, pinyin, initials, outlets, e-mails, phones ...), or in the subject or text of
an entry of its conversation. Upper and lower case of ASCII letters are the same.

On SQLite the words are looked up in ``case_fts`` (``models/case_search.py``: one document per
case, kept in step by triggers): a word of three characters or more is a phrase of its trigram
index, a shorter one the trigrams that begin with it (read from ``case_fts_vocab``), and all words
are one MATCH. On PostgreSQL the rows are read with ``LIKE``, as the contacts' search does there.

The list's page needs the matches in its order, which no search index gives: when few cases match
(up to ``FEW``) their ids are fetched and the page reads them by id; when more do, the page's
index walks test each case they pass (its document, read by id) and stop after the page, which
many matches fill soon; only the count then reads every match, from the index.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import (
    ColumnElement,
    Integer,
    Select,
    Text,
    column,
    exists,
    func,
    intersect,
    or_,
    select,
    table,
    union,
)
from sqlalchemy.engine import Connection
from sqlalchemy.orm import Session

from commdesk.persistence.models.case_search import CASE_FTS, FILL, SQLITE_DDL, TRIGGERS, VOCAB
from commdesk.persistence.models.cases import CaseCustomerRow, CaseEntryRow, CaseRow
from commdesk.persistence.models.contacts import ContactRow

#: With at most this many matching cases, their ids are fetched and the page reads them by id.
FEW = 5000
#: A word of one or two characters that begins more trigrams than this is not looked up but
#: tested on the cases the page's walks pass (a common CJK character begins hundreds).
MAX_GRAMS = 400
#: the shortest term a trigram index finds by itself
TRIGRAM = 3
_TOP = "\U0010ffff"  # sorts after every character: [word, word + _TOP) holds the terms it begins

_FTS = table(CASE_FTS, column("rowid", Integer), column(CASE_FTS), column("text", Text))
_VOCAB = table(VOCAB, column("term", Text))


@dataclass(frozen=True)
class WordsFilter:
    """The words as conditions on ``cases``: ``page`` for the list's walks, ``count`` for counting;
    ``matches``: the SELECT of every case they find, when many do (a filter of words alone counts
    them there, without reading the cases)."""

    page: Sequence[ColumnElement[bool]] = ()
    count: Sequence[ColumnElement[bool]] = ()
    matches: Select[Any] | None = None

    def counted(self, session: Session) -> int | None:
        """How many cases the words alone find, counted in the index; None when it cannot be."""
        if self.matches is None:
            return None
        return int(session.scalar(select(func.count()).select_from(self.matches.subquery())) or 0)


def _lower(word: str, dialect: str) -> str:
    """A word as the documents hold text: SQLite's ``lower`` folds ASCII letters only."""
    if dialect == "sqlite":
        return "".join(c.lower() if c.isascii() else c for c in word)
    return word.lower()


def _phrase(text: str) -> str:
    return '"' + text.replace('"', '""') + '"'


def _contains(col: Any, word: str) -> ColumnElement[bool]:
    return func.lower(col).contains(word, autoescape=True)


# ------------------------------------------------------------------------------------ SQLite
def _query(session: Session, word: str) -> str | None:
    """The MATCH query of ``word``: a phrase, or for a word of one or two characters the trigrams
    that begin with it (a document that holds it holds one of them: each field is followed by two
    more characters). None when it begins too many to be looked up."""
    if len(word) >= TRIGRAM:
        return _phrase(word)
    grams = session.scalars(
        select(_VOCAB.c.term).where(_VOCAB.c.term >= word, _VOCAB.c.term < word + _TOP).limit(MAX_GRAMS + 1)
    ).all()
    if len(grams) > MAX_GRAMS:
        return None
    if not grams:
        return ""
    return "(" + " OR ".join(_phrase(g) for g in grams) + ")"


def _document_holds(word: str) -> ColumnElement[bool]:
    """SQLite: whether the document of the case in hand holds ``word`` (read by its id)."""
    text = select(_FTS.c.text).where(_FTS.c.rowid == CaseRow.id).scalar_subquery()
    return func.instr(text, word) > 0


def _sqlite(session: Session, words: list[str]) -> WordsFilter:
    queries, tested = [], []
    for word in words:
        q = _query(session, word)
        if q == "":
            none = [CaseRow.id.in_([])]  # no document holds it
            return WordsFilter(page=none, count=none)
        if q is None:
            tested.append(_document_holds(word))
        else:
            queries.append(q)
    if not queries:
        return WordsFilter(page=tested, count=tested)
    matches = select(_FTS.c.rowid).where(_FTS.c[CASE_FTS].op("MATCH")(" AND ".join(queries)))
    ids = list(session.scalars(matches.limit(FEW + 1)))
    if len(ids) <= FEW:
        few = [CaseRow.id.in_(sorted(ids)), *tested]
        return WordsFilter(page=few, count=few)
    page = [_document_holds(w) for w in words]
    return WordsFilter(
        page=page, count=[CaseRow.id.in_(matches), *tested], matches=None if tested else matches
    )


# ------------------------------------------------------------------------------------ a server
def _person_fields(word: str) -> tuple[ColumnElement[bool], ColumnElement[bool]]:
    """(a customer record holds ``word``, a media contact does), as the SQLite documents hold them."""
    p = CaseCustomerRow
    customer = or_(_contains(p.name, word), _contains(p.phone, word), _contains(p.email, word))
    return customer, ContactRow.search_text.contains(word, autoescape=True)


def _server_matches(word: str) -> Select[Any]:
    """SELECT of the ids of the cases that hold ``word``, read from the rows."""
    e = CaseEntryRow
    customer, contact = _person_fields(word)
    found = union(
        select(CaseRow.id).where(or_(_contains(CaseRow.reference, word), _contains(CaseRow.summary, word))),
        select(e.case_id).where(or_(_contains(e.subject, word), _contains(e.body, word))),
        select(CaseRow.id).where(CaseRow.customer_id.in_(select(CaseCustomerRow.id).where(customer))),
        select(CaseRow.id).where(CaseRow.contact_id.in_(select(ContactRow.id).where(contact))),
    ).subquery()
    return select(found.c[0])


def _server_test(word: str) -> ColumnElement[bool]:
    """Whether the case in hand holds ``word``, tested on its rows."""
    e = CaseEntryRow
    customer, contact = _person_fields(word)
    return or_(
        _contains(CaseRow.reference, word),
        _contains(CaseRow.summary, word),
        exists().where(CaseCustomerRow.id == CaseRow.customer_id, customer),
        exists().where(ContactRow.id == CaseRow.contact_id, contact),
        exists().where(e.case_id == CaseRow.id, or_(_contains(e.subject, word), _contains(e.body, word))),
    )


def _server(session: Session, words: list[str]) -> WordsFilter:
    sets = [_server_matches(w) for w in words]
    if len(sets) == 1:
        matches = sets[0]
    else:
        both = intersect(*sets).subquery()
        matches = select(both.c[0])
    ids = list(session.scalars(matches.limit(FEW + 1)))
    if len(ids) <= FEW:
        few = [CaseRow.id.in_(sorted(ids))]
        return WordsFilter(page=few, count=few)
    return WordsFilter(
        page=[_server_test(w) for w in words], count=[CaseRow.id.in_(matches)], matches=matches
    )


def words_filter(session: Session, words: Sequence[str]) -> WordsFilter:
    """The conditions that keep the cases holding every one of ``words`` (none: no condition)."""
    dialect = session.get_bind().dialect.name
    folded = [w for w in dict.fromkeys(_lower(w.strip(), dialect) for w in words) if w]
    if not folded:
        return WordsFilter()
    return _sqlite(session, folded) if dialect == "sqlite" else _server(session, folded)


def rebuild_index(conn: Connection) -> int:
    """SQLite: the cases' search index made again from the rows (``db repair``; after a bulk copy
    written with its triggers dropped): the table, its vocabulary and its triggers anew, then every
    case's document. Returns how many cases were indexed (0 on a server, which has no index)."""
    if conn.dialect.name != "sqlite":
        return 0
    drop_index(conn)
    for stmt in SQLITE_DDL:
        conn.exec_driver_sql(stmt)
    conn.exec_driver_sql(FILL)
    return int(conn.exec_driver_sql("SELECT count(*) FROM cases").scalar() or 0)


def drop_index(conn: Connection) -> None:
    """SQLite: the cases' search index and its triggers taken away (a bulk copy of millions of
    entries is faster without a trigger per row; ``rebuild_index`` makes it again)."""
    for name in TRIGGERS:
        conn.exec_driver_sql(f"DROP TRIGGER IF EXISTS {name}")
    conn.exec_driver_sql(f"DROP TABLE IF EXISTS {VOCAB}")
    conn.exec_driver_sql(f"DROP TABLE IF EXISTS {CASE_FTS}")
