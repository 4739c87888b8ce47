"""Finding contacts: a ``ContactQuery`` as SQL (search text, filters, smart lists, sort order), and
the pages, counts and ids it selects.

The search text: terms of three characters or more through ``search_text`` (SQLite: its trigram
index), shorter ones through the short-term keys (``search_keys``).
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, time
from typing import Any

from sqlalchemy import (
    ColumnElement,
    Integer,
    Row,
    Select,
    and_,
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
from sqlalchemy.orm import Session

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


def dnc_channels(session: Session, ids: Sequence[int], today: date) -> dict[int, tuple[str, ...]]:
    """The channels each contact must not be reached on today (e-mail, phone, mail first)."""
    found: dict[int, set[str]] = {}
    for part in chunks(list(ids)):
        for cid, channel in session.execute(
            select(ContactConsentRow.contact_id, ContactConsentRow.channel).where(
                ContactConsentRow.contact_id.in_(part), active_dnc(today)
            )
        ):
            found.setdefault(cid, set()).add(channel)
    return {cid: tuple(sorted(chs, key=lambda c: _CHANNEL_ORDER.get(c, 9))) for cid, chs in found.items()}


def dnc_reasons(session: Session, ids: Sequence[int], channel: str, today: date) -> dict[int, str]:
    """The reason of each contact's do-not-contact entry on ``channel`` in force today."""
    reasons: dict[int, str] = {}
    for part in chunks(list(ids)):
        for cid, reason in session.execute(
            select(ContactConsentRow.contact_id, ContactConsentRow.reason).where(
                ContactConsentRow.contact_id.in_(part),
                ContactConsentRow.channel == channel,
                active_dnc(today),
            )
        ):
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


_FTS = table(FTS_TABLE, column("rowid", Integer), column("text"))
_SHORT = table(
    SHORT_FTS_TABLE, column("rowid", Integer), column(SHORT_FTS_TABLE)
)  # detail=none: match the table
#: With at most this many contacts matching the search text, they are fetched by id and sorted;
#: with more, the sort index is walked (the page fills long before the end).
FEW = 2000
#: from this offset on, a page's ids are found along the sort index before its rows are read
DEEP = 1000


def _fts_phrase(term: str) -> str:
    return '"' + term.replace('"', '""') + '"'


def term_ids(term: str, dialect: str) -> Select[Any]:
    """SELECT of the ids of contacts whose ``search_text`` holds ``term`` (see the models' doc)."""
    k = ContactSearchKeyRow
    if len(term) < SHORT_TERM and dialect == "sqlite":  # a two-character term is a key, one begins keys
        token = f'"{short_token(term)}"' + ("" if len(term) == SHORT_TERM - 1 else "*")
        return select(_SHORT.c.rowid).where(_SHORT.c[SHORT_FTS_TABLE].op("MATCH")(token))
    if len(term) < SHORT_TERM:
        if len(term) == SHORT_TERM - 1:
            return select(k.contact_id).where(k.key == term)
        return select(k.contact_id).where(k.key.startswith(term, autoescape=True)).distinct()
    if dialect == "sqlite":
        return select(_FTS.c.rowid).where(_FTS.c.text.op("MATCH")(_fts_phrase(term)))
    return select(ContactRow.id).where(ContactRow.search_text.contains(term, autoescape=True))


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

    def _text_conditions(self, text: str, count_matches: bool) -> tuple[list[ColumnElement[bool]], bool]:
        """WHERE clauses for the search text, and whether they pick a few contacts by id.

        With ``count_matches``, the matches are counted first (up to ``FEW + 1``): when there are
        few, the rows are to be fetched by id from the index's answer, so the caller keeps the
        planner off the sort index; with many, walking the sort index fills a page soonest."""
        subs = [term_ids(t, self.dialect) for t in dict.fromkeys(search_terms(text))]
        if not subs:
            return [], False
        if len(subs) > 1:
            both = intersect(*subs).subquery()
            subs = [select(both.c[0])]
        few = False
        if count_matches:
            found = self.session.scalar(select(func.count()).select_from(subs[0].limit(FEW + 1).subquery()))
            few = (found or 0) <= FEW
        return [ContactRow.id.in_(subs[0])], few

    def conditions(
        self, q: ContactQuery, count_matches: bool = False, depth: int = 0
    ) -> list[ColumnElement[bool]]:
        """WHERE clauses for ``q`` (``count_matches``: see ``_text_conditions``).

        Erasing moves a contact to the trash as well, so only the trash needs the ``erased`` check
        (and the live contacts count on the index of ``deleted`` alone)."""
        text_where, by_id = self._text_conditions(q.text, count_matches and depth == 0)
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

    # ------------------------------------------------------------------ answers
    def page(self, q: ContactQuery, offset: int, limit: int) -> list[Row[Any]]:
        """Summary rows of the contacts matching ``q``, in ``q``'s order.

        Far into the list (from ``DEEP`` rows on) the page's ids are found first, along the sort
        index alone (the rows skipped are never read), then their rows by id: a page a million
        rows down costs a walk of the index, not of the table."""
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
        rows.update((r.id, r) for r in session.execute(_summary_select().where(ContactRow.id.in_(part))))
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
