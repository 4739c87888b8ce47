"""Finding contacts: a ``ContactQuery`` as SQL (search text, filters, smart lists, sort order), and
the pages, counts and ids it selects.

The search text: terms of three characters or more through ``search_text`` (SQLite: its trigram
index), shorter ones through the short-term keys (``search_keys``).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from datetime import date, time
from typing import Any

from sqlalchemy import (
    Boolean,
    ColumnElement,
    Integer,
    Row,
    Select,
    String,
    Text,
    and_,
    bindparam,
    column,
    exists,
    func,
    intersect,
    not_,
    or_,
    select,
    table,
    true,
)
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.orm import Session
from sqlalchemy.sql.expression import BindParameter, ColumnClause, TableClause

from commdesk.core.contacts.names import SHORT_TERM, clean_name, fold_latin
from commdesk.core.contacts.query import ContactQuery, query_from_json
from commdesk.core.timezones import wall_clock
from commdesk.persistence.bulk import chunks
from commdesk.persistence.models import PersonRow
from commdesk.persistence.models.contacts import (
    FTS_TABLE,
    SHORT_FTS_TABLE,
    ContactBeatRow,
    ContactConsentRow,
    ContactListMemberRow,
    ContactListRow,
    ContactOutletRow,
    ContactRow,
    ContactSearchKeyRow,
    OutletRow,
)
from commdesk.persistence.repositories.contacts.search_keys import short_token

_PHONEISH = set("0123456789+-() ")
#: how deep smart lists may refer to smart lists
_SMART_DEPTH = 3
#: a query with no filter, sorted by name (its text and direction aside)
_PLAIN = ContactQuery()


def search_terms(text: str) -> list[str]:
    """Lower-case terms that must all occur in ``search_text``: words, or one phone number."""
    text = clean_name(text)
    if not text:
        return []
    if set(text) <= _PHONEISH and sum(c.isdigit() for c in text) >= 3:
        return [text.replace(" ", "").replace("-", "").replace("(", "").replace(")", "")]
    return [fold_latin(t) for t in text.split(" ") if t]


def active_dnc(today: date) -> ColumnElement[bool]:
    """A do-not-contact entry in force on ``today``."""
    return and_(
        ContactConsentRow.do_not_contact.is_(True),
        ContactConsentRow.lifted_at.is_(None),
        or_(ContactConsentRow.expires.is_(None), ContactConsentRow.expires >= today),
    )


_CHANNEL_ORDER = {"email": 0, "phone": 1, "mail": 2}
#: the ids of a page, bound when the statement runs ("IN (?, ?, ...)" as before): a list of values
#: written into the statement was made into 200 SQL literals again for every page (a third of a
#: millisecond of each statement)
_IDS: BindParameter[list[int]] = bindparam("ids", expanding=True)


def dnc_channels(session: Session, ids: Sequence[int], today: date) -> dict[int, tuple[str, ...]]:
    """The channels each contact must not be reached on today (e-mail, phone, mail first)."""
    found: dict[int, set[str]] = {}
    stmt = select(ContactConsentRow.contact_id, ContactConsentRow.channel).where(
        ContactConsentRow.contact_id.in_(_IDS), active_dnc(today)
    )
    for part in chunks(list(ids)):
        for cid, channel in session.execute(stmt, {"ids": part}):
            found.setdefault(cid, set()).add(channel)
    return {cid: tuple(sorted(chs, key=lambda c: _CHANNEL_ORDER.get(c, 9))) for cid, chs in found.items()}


def dnc_reasons(session: Session, ids: Sequence[int], channel: str, today: date) -> dict[int, str]:
    """The reason of each contact's do-not-contact entry on ``channel`` in force today."""
    reasons: dict[int, str] = {}
    stmt = select(ContactConsentRow.contact_id, ContactConsentRow.reason).where(
        ContactConsentRow.contact_id.in_(_IDS), ContactConsentRow.channel == channel, active_dnc(today)
    )
    for part in chunks(list(ids)):
        for cid, reason in session.execute(stmt, {"ids": part}):
            reasons[cid] = reason
    return reasons


def _member_ids(list_id: int) -> Select[Any]:
    return select(ContactListMemberRow.contact_id).where(ContactListMemberRow.list_id == list_id)


def _outlet_filter(**where: Any) -> ColumnElement[bool]:
    cond = [ContactOutletRow.contact_id == ContactRow.id, ContactOutletRow.outlet_id == OutletRow.id]
    cond += [getattr(OutletRow, k) == v for k, v in where.items()]
    return exists().where(*cond)


_SORTS = {
    "name": (ContactRow.sort_key,),
    "outlet": (ContactRow.outlet_key, ContactRow.sort_key),
    "title": (ContactRow.title, ContactRow.sort_key),
    "tier": (ContactRow.tier, ContactRow.sort_key),
    "owner": (PersonRow.name, ContactRow.sort_key),
    "last_contact": (ContactRow.last_contact_at, ContactRow.sort_key),
    "updated": (ContactRow.updated_at,),
}

_SUMMARY_COLUMNS = (
    ContactRow.id,
    ContactRow.full_name,
    ContactRow.family_name,
    ContactRow.given_name,
    ContactRow.pinyin,
    ContactRow.title,
    ContactRow.outlet,
    ContactRow.beats_text,
    ContactRow.primary_email,
    ContactRow.primary_phone,
    ContactRow.tier,
    ContactRow.status,
    PersonRow.name.label("owner_name"),
    ContactRow.last_contact_at,
    ContactRow.version,
)


def _summary_select(*columns: Any) -> Select[Any]:
    return (
        select(*(columns or _SUMMARY_COLUMNS))
        .select_from(ContactRow)
        .outerjoin(PersonRow, PersonRow.id == ContactRow.owner_id)
    )


_SUMMARIES_BY_ID = _summary_select().where(ContactRow.id.in_(_IDS))


_FTS = table(FTS_TABLE, column("rowid", Integer), column("text"))
_SHORT = table(
    SHORT_FTS_TABLE, column("rowid", Integer), column(SHORT_FTS_TABLE), column("keys", Text)
)  # detail=none: match the table
#: With at most this many contacts matching the search text, they are fetched by id and sorted;
#: with more, the sort index is walked (the page fills long before the end).
FEW = 2000
#: from this offset on, a page's ids are found along the sort index before its rows are read
DEEP = 1000
#: SQLite, sorted by name: with more matches than this, the first pages are found by walking the
#: sort index and testing each row (a common term fills a page after a few thousand rows); with
#: fewer, the matches' ids are sorted through ``ix_contacts_id_sort`` (a narrow index, not the rows)
WALK_FROM = 30000
#: the walk covers at most this many rows (the sort index's first ones)...
WALK_ROWS = 20000
#: ...and is tried only when this many matches (the first by id) say it fills the page there:
#: matches of a name-like term ("li", "zhang") all sort together, maybe far down the list
SAMPLE = 1024


class _IndexedTable(TableClause):
    """A table read through one named index (SQLite's ``INDEXED BY``, which SQLAlchemy does not
    write for SQLite): the planner otherwise reaches a contact by its id through the wide row."""

    inherit_cache = True

    def __init__(self, name: str, index: str, *columns: ColumnClause[Any]):
        super().__init__(name, *columns)
        self.index = index


@compiles(_IndexedTable, "sqlite")
def _indexed_by(element: _IndexedTable, compiler: Any, **kw: Any) -> str:
    text = compiler.visit_table(element, **kw)
    return f"{text} INDEXED BY {element.index}" if kw.get("asfrom") else text


#: the contacts as (id, deleted, sort_key), read from ``ix_contacts_id_sort`` alone
_ID_SORT = _IndexedTable(
    ContactRow.__tablename__,
    "ix_contacts_id_sort",
    column("id", Integer),
    column("deleted", Boolean),
    column("sort_key", String),
)


def _fts_phrase(term: str) -> str:
    return '"' + term.replace('"', '""') + '"'


def _short_query(term: str) -> str:
    """``contact_fts_short``'s query for a short term: a two-character term is a key, one begins keys."""
    return f'"{short_token(term)}"' + ("" if len(term) == SHORT_TERM - 1 else "*")


def sqlite_term_ids(terms: Sequence[str]) -> Select[Any]:
    """SQLite: SELECT of the ids of contacts whose ``search_text`` holds every term: one MATCH of
    all terms of a kind (FTS5 intersects the lists itself, stopping where a LIMIT says), and the
    two kinds' ids intersected when both occur."""
    long = [t for t in terms if len(t) >= SHORT_TERM]
    short = [t for t in terms if len(t) < SHORT_TERM]
    subs = []
    if long:
        subs.append(select(_FTS.c.rowid).where(_FTS.c.text.op("MATCH")(" AND ".join(map(_fts_phrase, long)))))
    if short:
        match = " AND ".join(map(_short_query, short))
        subs.append(select(_SHORT.c.rowid).where(_SHORT.c[SHORT_FTS_TABLE].op("MATCH")(match)))
    if len(subs) > 1:
        both = intersect(*subs).subquery()
        return select(both.c[0])
    return subs[0]


def term_ids(term: str, dialect: str) -> Select[Any]:
    """SELECT of the ids of contacts whose ``search_text`` holds ``term`` (see the models' doc)."""
    k = ContactSearchKeyRow
    if dialect == "sqlite":
        return sqlite_term_ids([term])
    if len(term) < SHORT_TERM:
        if len(term) == SHORT_TERM - 1:
            return select(k.contact_id).where(k.key == term)
        return select(k.contact_id).where(k.key.startswith(term, autoescape=True)).distinct()
    return select(ContactRow.id).where(ContactRow.search_text.contains(term, autoescape=True))


def term_test(term: str) -> ColumnElement[bool]:
    """SQLite: a test of the contact row in hand that holds exactly for the ids ``term_ids(term)``
    returns (the walk along the sort index tests each row it passes instead of looking them up).

    A term of three characters or more: a substring of ``search_text`` (what the case-sensitive
    trigram index of that column finds). A shorter one: a key (two characters) or the start of a
    key (one) among the space-separated tokens of the contact's ``contact_fts_short`` document (what
    its MATCH finds: the ascii tokenizer splits the hex tokens at the spaces only)."""
    if len(term) >= SHORT_TERM:
        return func.instr(ContactRow.search_text, term) > 0
    keys = select(_SHORT.c["keys"]).where(_SHORT.c.rowid == ContactRow.id).scalar_subquery()
    end = " " if len(term) == SHORT_TERM - 1 else ""
    return func.instr(" " + func.coalesce(keys, "") + end, " " + short_token(term) + end) > 0


def walk_fills(inside: int, wanted: int) -> bool:
    """Whether the walk along the first ``WALK_ROWS`` rows of the sort index finds ``wanted``
    matches, judged by ``inside`` of ``SAMPLE`` matches sorting there: more than ``WALK_FROM``
    match, so about ``WALK_FROM * inside / SAMPLE`` or more lie there (with half as much again to
    spare, as a sample of a thousand errs)."""
    return 2 * WALK_FROM * inside >= 3 * wanted * SAMPLE


class ContactSearch:
    """A ``ContactQuery`` as SQL on one session: ``today`` decides which do-not-contact entries are
    in force, ``zone`` (the organisation's) where a "not contacted since" day begins."""

    def __init__(self, session: Session, today: date, zone: str):
        self.session, self.today, self.zone = session, today, zone
        self.dialect = session.get_bind().dialect.name

    # ------------------------------------------------------------------ statements
    def _smart_query(self, list_id: int) -> ContactQuery | None:
        """A smart list's saved search; None for a static list."""
        row = self.session.get(ContactListRow, list_id)
        if row is None or not row.smart or not row.query_json:
            return None
        return query_from_json(row.query_json)

    def _matches(self, text: str) -> Select[Any] | None:
        """SELECT of the ids whose ``search_text`` holds every term of ``text``; None without terms."""
        terms = list(dict.fromkeys(search_terms(text)))
        if not terms:
            return None
        if self.dialect == "sqlite":
            return sqlite_term_ids(terms)
        subs = [term_ids(t, self.dialect) for t in terms]
        if len(subs) > 1:
            both = intersect(*subs).subquery()
            return select(both.c[0])
        return subs[0]

    def _text_conditions(self, text: str, count_matches: bool) -> tuple[list[ColumnElement[bool]], bool]:
        """WHERE clauses for the search text, and whether they pick a few contacts by id.

        With ``count_matches``, the matches are counted first (up to ``FEW + 1``): when there are
        few, the rows are to be fetched by id from the index's answer, so the caller keeps the
        planner off the sort index; with many, walking the sort index fills a page soonest."""
        matches = self._matches(text)
        if matches is None:
            return [], False
        few = False
        if count_matches:
            few = self._found(matches, FEW) <= FEW
        return [ContactRow.id.in_(matches)], few

    def _found(self, matches: Select[Any], cap: int) -> int:
        """How many ids ``matches`` selects, counted up to ``cap + 1``."""
        return self.session.scalar(select(func.count()).select_from(matches.limit(cap + 1).subquery())) or 0

    def conditions(
        self, q: ContactQuery, count_matches: bool = False, depth: int = 0, text: bool = True
    ) -> list[ColumnElement[bool]]:
        """WHERE clauses for ``q`` (``count_matches``: see ``_text_conditions``; without ``text``
        its search text is left to the caller).

        Erasing moves a contact to the trash as well, so only the trash needs the ``erased`` check
        (and the live contacts count on the index of ``deleted`` alone)."""
        if text or depth:
            text_where, by_id = self._text_conditions(q.text, count_matches and depth == 0)
        else:
            text_where, by_id = [], False
        deleted: ColumnElement[bool] = ContactRow.deleted  # type: ignore[assignment]
        if by_id:  # fetch those few rows by id: keep the planner off the (deleted, sort_key) index
            deleted = func.coalesce(ContactRow.deleted, ContactRow.deleted)
        c: list[ColumnElement[bool]] = [
            ContactRow.erased.is_(False) if q.deleted else true(),
            deleted.is_(bool(q.deleted)),
        ]
        if q.deleted:
            c.append(ContactRow.merged_into.is_(None))
        c += text_where
        if q.outlet_kind:
            c.append(_outlet_filter(kind=q.outlet_kind))
        if q.region:
            c.append(_outlet_filter(region=q.region))
        if q.beat:
            c.append(
                exists().where(
                    ContactBeatRow.contact_id == ContactRow.id, ContactBeatRow.beat_key == q.beat.casefold()
                )
            )
        if q.tier:
            c.append(ContactRow.tier == q.tier)
        if q.owner_id is not None:
            c.append(ContactRow.owner_id == q.owner_id)
        if q.do_not_contact is not None:
            has = exists().where(ContactConsentRow.contact_id == ContactRow.id, active_dnc(self.today))
            c.append(has if q.do_not_contact else not_(has))
        if q.not_contacted_since is not None:
            since = wall_clock(q.not_contacted_since, time(0), self.zone)
            c.append(or_(ContactRow.last_contact_at.is_(None), ContactRow.last_contact_at < since))
        if q.list_id is not None:
            inner = self._smart_query(q.list_id) if depth < _SMART_DEPTH else None
            if inner is None:
                c.append(ContactRow.id.in_(_member_ids(q.list_id)))
            else:
                c += self.conditions(inner, count_matches, depth + 1)[2:]
        return c

    @staticmethod
    def order_by(q: ContactQuery) -> list[Any]:
        cols = _SORTS.get(q.sort, _SORTS["name"])
        out: list[Any] = [col.desc() if q.descending else col.asc() for col in cols]
        out.append(ContactRow.id.desc() if q.descending else ContactRow.id.asc())
        return out

    # ------------------------------------------------------------------ searching by name
    def _text_only(self, q: ContactQuery) -> Select[Any] | None:
        """SQLite, live contacts found by search text alone, sorted by name: the ids matching the
        text; else None (a filter, the trash, another order, another database: the general
        statements)."""
        if self.dialect != "sqlite" or replace(q, text="", descending=False) != _PLAIN:
            return None
        return self._matches(q.text)

    @staticmethod
    def _joined(matches: Select[Any], *columns: Any) -> Select[Any]:
        """``columns`` of ``_ID_SORT`` for the live contacts among the ids ``matches`` returns:
        where each sorts, read from the narrow index of (id, deleted, sort_key), not the rows."""
        found = matches.subquery()
        return (
            select(*columns)
            .select_from(found.join(_ID_SORT, _ID_SORT.c.id == found.c[0]))
            .where(_ID_SORT.c.deleted.is_(False))
        )

    @staticmethod
    def _id_sort_order(q: ContactQuery) -> list[Any]:
        cols = (_ID_SORT.c.sort_key, _ID_SORT.c.id)
        return [c.desc() if q.descending else c.asc() for c in cols]

    def _walked(self, q: ContactQuery, matches: Select[Any], offset: int, limit: int) -> list[int] | None:
        """The page's ids found by walking the sort index from its start and testing each row,
        when that fills the page within the first ``WALK_ROWS`` rows; None when it does not (or
        would not: the matches sampled sort further down)."""
        key = ContactRow.sort_key
        edge = self.session.scalar(
            select(key)
            .where(ContactRow.deleted.is_(False))
            .order_by(*self.order_by(q))
            .offset(WALK_ROWS)
            .limit(1)
        )
        within: ColumnElement[bool] = true()
        if edge is not None:  # the walk ends at the key WALK_ROWS rows in (all rows with that key)
            within = key >= edge if q.descending else key <= edge
            sorted_key = _ID_SORT.c.sort_key
            inside_edge = sorted_key >= edge if q.descending else sorted_key <= edge
            # counted in SQL: the thousand sampled keys fetched one by one cost as much again
            inside = self.session.scalar(self._joined(matches.limit(SAMPLE), func.count()).where(inside_edge))
            if not walk_fills(inside or 0, offset + limit):
                return None
        tests = [term_test(t) for t in dict.fromkeys(search_terms(q.text))]
        ids = list(
            self.session.scalars(
                select(ContactRow.id)
                .where(ContactRow.deleted.is_(False), *tests, within)
                .order_by(*self.order_by(q))
                .offset(offset)
                .limit(limit)
            )
        )
        return ids if len(ids) == limit or edge is None else None

    def _name_page_ids(self, q: ContactQuery, matches: Select[Any], offset: int, limit: int) -> list[int]:
        """The ids of a page of a search by text alone (SQLite), sorted by name: a term matching more than
        ``WALK_FROM`` contacts walks the sort index for the first pages when that fills them soon;
        otherwise the matches are sorted through the narrow index. Both give the same ids."""
        if offset < DEEP and self._found(matches, WALK_FROM) > WALK_FROM:
            walked = self._walked(q, matches, offset, limit)
            if walked is not None:
                return walked
        return list(
            self.session.scalars(
                self._joined(matches, _ID_SORT.c.id)
                .order_by(*self._id_sort_order(q))
                .offset(offset)
                .limit(limit)
            )
        )

    # ------------------------------------------------------------------ answers
    def page(self, q: ContactQuery, offset: int, limit: int) -> list[Row[Any]]:
        """Summary rows of the contacts matching ``q``, in ``q``'s order.

        Far into the list (from ``DEEP`` rows on) the page's ids are found first, along the sort
        index alone (the rows skipped are never read), then their rows by id: a page a million
        rows down costs a walk of the index, not of the table. A search sorted by name on SQLite
        finds its page's ids as ``_name_page_ids`` says, then reads their rows by id."""
        matches = self._text_only(q)
        if matches is not None:
            ids = self._name_page_ids(q, matches, offset, limit)
            found = summary_rows(self.session, ids)
            return [found[i] for i in ids if i in found]
        if offset >= DEEP:
            ids = list(
                self.session.scalars(
                    select(ContactRow.id)
                    .select_from(ContactRow)
                    .outerjoin(PersonRow, PersonRow.id == ContactRow.owner_id)
                    .where(*self.conditions(q, count_matches=True))
                    .order_by(*self.order_by(q))
                    .offset(offset)
                    .limit(limit)
                )
            )
            found = summary_rows(self.session, ids)
            return [found[i] for i in ids if i in found]
        stmt = (
            _summary_select()
            .where(*self.conditions(q, count_matches=True))
            .order_by(*self.order_by(q))
            .offset(offset)
            .limit(limit)
        )
        return list(self.session.execute(stmt).all())

    def all_rows(self, q: ContactQuery) -> list[Row[Any]]:
        """Every summary row matching ``q`` in order (a mailing's members: no counting first)."""
        return list(
            self.session.execute(
                _summary_select().where(*self.conditions(q)).order_by(*self.order_by(q))
            ).all()
        )

    def count(self, q: ContactQuery, count_matches: bool = True) -> int:
        """How many contacts ``q`` selects. With search text on SQLite, counted from the ids the
        search index returns through the narrow index (id, deleted, sort_key): a common term's tens
        of thousands of matches are counted without reading their rows."""
        matches = self._text_only(q)
        if matches is not None:
            return self.session.scalar(self._joined(matches, func.count())) or 0
        stmt = select(func.count()).select_from(ContactRow).where(*self.conditions(q, count_matches))
        return self.session.scalar(stmt) or 0

    def ids(self, q: ContactQuery) -> list[int]:
        """Every id matching ``q`` in display order."""
        stmt = (
            select(ContactRow.id)
            .select_from(ContactRow)
            .outerjoin(PersonRow, PersonRow.id == ContactRow.owner_id)
            .where(*self.conditions(q, count_matches=True))
            .order_by(*self.order_by(q))
        )
        return list(self.session.scalars(stmt))


def summary_rows(session: Session, ids: Sequence[int]) -> dict[int, Row[Any]]:
    """Summary rows by id (contacts not found are left out)."""
    rows: dict[int, Row[Any]] = {}
    for part in chunks(list(ids)):
        rows.update((r.id, r) for r in session.execute(_SUMMARIES_BY_ID, {"ids": part}))
    return rows


def beats(session: Session) -> list[str]:
    """Every beat of a contact not in the trash (its first spelling in sort order), not sorted."""
    b = ContactBeatRow
    # the distinct keys by skipping along ix_contact_beats_key_beat (a GROUP BY over every beat of
    # 100,000 contacts took half a second), then per key the first spelling of a live contact,
    # walking the same index
    keys = select(func.min(b.beat_key).label("k")).cte("k", recursive=True)
    keys = keys.union_all(
        select(select(func.min(b.beat_key)).where(b.beat_key > keys.c.k).scalar_subquery()).where(
            keys.c.k.is_not(None)
        )
    )
    first = (
        select(b.beat)
        .join(ContactRow, ContactRow.id == b.contact_id)
        .where(b.beat_key == keys.c.k, ContactRow.deleted.is_(False))
        .order_by(b.beat)
        .limit(1)
        .scalar_subquery()
    )
    return [v for v in session.scalars(select(first).where(keys.c.k.is_not(None))) if v is not None]
