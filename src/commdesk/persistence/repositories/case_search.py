"""The words filter of the case list: each word must occur in the case's reference or summary, in
the subject or text of an entry of its conversation, or in the name, phone or e-mail of the person
who raised it (a customer record; a media contact as the contacts' search finds them: name,
pinyin, initials, phone, e-mail ...). Upper and lower case of ASCII letters are the same.

On SQLite the words are looked up in the FTS5 trigram tables of ``models/case_search.py`` (kept in
step by triggers): a word of three characters or more is a phrase of the index, a shorter one the
trigrams that begin with it (read from the tables' vocabularies). On PostgreSQL the rows are read
with ``LIKE``, as the contacts' search does there for long terms.

The list's page needs the matches in its order, which no search index gives: when few cases match
(up to ``FEW``) their ids are fetched and the page reads them by id; when more do, the page's index
walks test each case they pass (its fields, its entries through their case index) and stop after
the page, which many matches fill soon; only the count then reads every match, from the index.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import (
    ColumnElement,
    Integer,
    Select,
    column,
    exists,
    func,
    intersect,
    or_,
    select,
    table,
    union,
)
from sqlalchemy.orm import Session

from commdesk.persistence.models.case_search import CASE_FTS, CUSTOMER_FTS, ENTRY_BITS, ENTRY_FTS, VOCAB
from commdesk.persistence.models.cases import CaseCustomerRow, CaseEntryRow, CaseRow
from commdesk.persistence.repositories.contacts.queries import search_terms, sqlite_term_ids, term_ids

#: With at most this many matching cases, their ids are fetched and the page reads them by id.
FEW = 2000
#: A word of one or two characters that begins more trigrams than this in a table is tested on the
#: cases the page's walks pass instead (one CJK character begins hundreds: it fills pages anyway).
MAX_GRAMS = 400
#: the shortest term a trigram index finds by itself
TRIGRAM = 3
_TOP = "\U0010ffff"


def _fts(name: str):
    return table(name, column("rowid", Integer), column(name), column("text"))


def _vocab(name: str):
    return table(name, column("term"))


@dataclass(frozen=True)
class WordsFilter:
    """The words as conditions on ``cases``: ``page`` for the list's walks, ``count`` for counting."""

    page: list[ColumnElement[bool]] = field(default_factory=list)
    count: list[ColumnElement[bool]] = field(default_factory=list)


def _lower(word: str, dialect: str) -> str:
    """A word as the index holds text: SQLite's ``lower`` folds ASCII letters only."""
    if dialect == "sqlite":
        return "".join(c.lower() if c.isascii() else c for c in word)
    return word.lower()


def _contains(col: Any, word: str) -> ColumnElement[bool]:
    return func.lower(col).contains(word, autoescape=True)


def _contact_ids(word: str, dialect: str) -> Select[Any] | None:
    """SELECT of the contacts the contacts' search finds for ``word`` (None: it has no terms)."""
    terms = list(dict.fromkeys(search_terms(word)))
    if not terms:
        return None
    if dialect == "sqlite":
        return sqlite_term_ids(terms)
    subs = [term_ids(t, dialect) for t in terms]
    if len(subs) == 1:
        return subs[0]
    both = intersect(*subs).subquery()
    return select(both.c[0])


def word_test(word: str, dialect: str) -> ColumnElement[bool]:
    """Whether the case in hand holds ``word`` (lower case) in one of its fields, entries or its
    person: what the index finds, tested on one case."""
    entry = CaseEntryRow
    person = CaseCustomerRow
    tests = [
        _contains(CaseRow.reference, word),
        _contains(CaseRow.summary, word),
        exists().where(
            entry.case_id == CaseRow.id, or_(_contains(entry.subject, word), _contains(entry.body, word))
        ),
        exists().where(
            person.id == CaseRow.customer_id,
            or_(_contains(person.name, word), _contains(person.phone, word), _contains(person.email, word)),
        ),
    ]
    contacts = _contact_ids(word, dialect)
    if contacts is not None:
        tests.append(CaseRow.contact_id.in_(contacts))
    return or_(*tests)


class _Sqlite:
    """The words looked up in the FTS5 tables."""

    def __init__(self, session: Session):
        self.session = session

    def query(self, name: str, word: str) -> str | None:
        """The MATCH query that finds ``word`` in the table ``name`` ("" when nothing there holds
        it; None when a short word begins too many trigrams to be looked up)."""
        if len(word) >= TRIGRAM:
            return _phrase(word)
        vocab = _vocab(VOCAB[name])
        grams = self.session.scalars(
            select(vocab.c.term).where(vocab.c.term >= word, vocab.c.term < word + _TOP).limit(MAX_GRAMS + 1)
        ).all()
        if len(grams) > MAX_GRAMS:
            return None
        return " OR ".join(_phrase(g) for g in grams)

    def matches(self, word: str) -> Select[Any] | None:
        """SELECT of the ids of the cases that hold ``word``; None when it is to be tested instead."""
        found: list[Select[Any]] = []
        wanted = {}
        for name in (CASE_FTS, ENTRY_FTS, CUSTOMER_FTS):
            q = self.query(name, word)
            if q is None:
                return None
            wanted[name] = q
        if wanted[CASE_FTS]:
            fts = _fts(CASE_FTS)
            found.append(select(fts.c.rowid).where(fts.c[CASE_FTS].op("MATCH")(wanted[CASE_FTS])))
        if wanted[ENTRY_FTS]:
            fts = _fts(ENTRY_FTS)
            found.append(
                select(fts.c.rowid.op(">>")(ENTRY_BITS)).where(
                    fts.c[ENTRY_FTS].op("MATCH")(wanted[ENTRY_FTS])
                )
            )
        if wanted[CUSTOMER_FTS]:
            fts = _fts(CUSTOMER_FTS)
            people = select(fts.c.rowid).where(fts.c[CUSTOMER_FTS].op("MATCH")(wanted[CUSTOMER_FTS]))
            found.append(select(CaseRow.id).where(CaseRow.customer_id.in_(people)))
        contacts = _contact_ids(word, "sqlite")
        if contacts is not None:
            found.append(select(CaseRow.id).where(CaseRow.contact_id.in_(contacts)))
        return _union(found)


def _phrase(text: str) -> str:
    return '"' + text.replace('"', '""') + '"'


def _union(selects: Sequence[Select[Any]]) -> Select[Any]:
    if not selects:
        return select(CaseRow.id).where(CaseRow.id.is_(None))  # nothing holds it
    if len(selects) == 1:
        return selects[0]
    both = union(*selects).subquery()
    return select(both.c[0])


def _server_matches(word: str, dialect: str) -> Select[Any]:
    """SELECT of the ids of the cases that hold ``word``, read from the rows (a server database)."""
    entry, person = CaseEntryRow, CaseCustomerRow
    found = [
        select(CaseRow.id).where(or_(_contains(CaseRow.reference, word), _contains(CaseRow.summary, word))),
        select(entry.case_id).where(or_(_contains(entry.subject, word), _contains(entry.body, word))),
        select(CaseRow.id).where(
            CaseRow.customer_id.in_(
                select(person.id).where(
                    or_(
                        _contains(person.name, word),
                        _contains(person.phone, word),
                        _contains(person.email, word),
                    )
                )
            )
        ),
    ]
    contacts = _contact_ids(word, dialect)
    if contacts is not None:
        found.append(select(CaseRow.id).where(CaseRow.contact_id.in_(contacts)))
    return _union(found)


def words_filter(session: Session, words: Sequence[str]) -> WordsFilter:
    """The conditions that keep the cases holding every one of ``words``."""
    dialect = session.get_bind().dialect.name
    folded = [w for w in dict.fromkeys(_lower(w, dialect) for w in words) if w]
    if not folded:
        return WordsFilter()
    sqlite = _Sqlite(session) if dialect == "sqlite" else None
    sets: list[Select[Any]] = []
    tested: list[ColumnElement[bool]] = []
    for word in folded:
        found = sqlite.matches(word) if sqlite is not None else _server_matches(word, dialect)
        if found is None:
            tested.append(word_test(word, dialect))
        else:
            sets.append(found)
    if not sets:
        return WordsFilter(page=tested, count=tested)
    if len(sets) == 1:
        matches = sets[0]
    else:
        both = intersect(*sets).subquery()
        matches = select(both.c[0])
    ids = list(session.scalars(matches.limit(FEW + 1)))
    if len(ids) <= FEW:  # few: read by id (an empty list finds nothing at once)
        few = [CaseRow.id.in_(sorted(ids)), *tested]
        return WordsFilter(page=few, count=few)
    page = [word_test(w, dialect) for w in folded]
    return WordsFilter(page=page, count=[CaseRow.id.in_(matches), *tested])
