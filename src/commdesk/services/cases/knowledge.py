"""The cases desk's knowledge base: answers administrators write and a reviewer approves before the
hotline's call screen offers them.

- Every save is a version (``kb_entry_versions``); an edit makes the next one and the earlier ones
  stay readable. The entry's own title and body are its latest version.
- A reviewer approves one version (four eyes: never the person who wrote that version). The call
  screen offers only approved entries, with the text of the approved version: an edit waiting for
  approval does not change what callers are told.
- Search matches every typed word in the title or the body, and the pinyin of the title, whole or
  its initials, like the contacts' search ("tk" or "tuikuan" finds 退款).
- Writing and approving are in the audit log: the entry's changes (its text is not copied there,
  its versions keep it) and named events ``version`` and ``approve``.
"""

from __future__ import annotations

import builtins
from dataclasses import dataclass
from datetime import datetime
from functools import lru_cache

from commdesk.core.domain.people import Role
from commdesk.core.errors import NotFound, PermissionDenied, ValidationError
from commdesk.core.i18n import translate
from commdesk.persistence.models.cases import KbEntryRow, KbEntryVersionRow
from commdesk.persistence.repositories import knowledge as repo
from commdesk.services.approvals import Approval, approver_roles
from commdesk.services.cases.admin import category_of
from commdesk.services.context import ServiceContext, check_version

LANGUAGES = ("zh", "en")
TITLE_MAX = 300


@dataclass(frozen=True)
class KbVersion:
    number: int
    title: str
    body: str
    written_by_id: int | None
    written_by: str
    written_at: datetime
    approved_by_id: int | None
    approved_at: datetime | None


@dataclass(frozen=True)
class KbEntry:
    """An entry as its latest version, with the number of the approved one (None: not yet)."""

    id: int
    title: str
    body: str
    category_id: int | None
    category: str
    language: str
    number: int
    approved_number: int | None
    approved_at: datetime | None
    written_by_id: int | None  # of the latest version
    written_by: str
    active: bool
    version: int

    @property
    def waiting(self) -> bool:
        """The latest version waits for a reviewer's approval."""
        return self.approved_number != self.number


@dataclass(frozen=True)
class KbAnswer:
    """What the call screen offers: an approved entry with the approved version's text."""

    entry_id: int
    number: int
    title: str
    body: str
    category: str


def _write_action() -> str:
    return translate("Cases", "write knowledge-base answers")


def _approve_action() -> str:
    return translate("Cases", "approve knowledge-base answers")


@lru_cache(maxsize=4096)
def pinyin_keys(text: str) -> tuple[str, str]:
    """(full pinyin without spaces, initials) of the Chinese in ``text``; Latin words as they are."""
    from pypinyin import Style, lazy_pinyin

    words: list[str] = []
    for piece in lazy_pinyin(text, style=Style.NORMAL, errors="default"):
        words.extend("".join(ch for ch in w if ch.isalnum()).casefold() for w in piece.split())
    words = [w for w in words if w]
    return "".join(words), "".join(w[0] for w in words)


def _matches_pinyin(title: str, words: builtins.list[str]) -> bool:
    full, initials = pinyin_keys(title)
    return bool(words) and all(
        w.isascii() and (w.casefold() in full or w.casefold() in initials) for w in words
    )


class KnowledgeService:
    def __init__(self, ctx: ServiceContext):
        self.ctx = ctx

    # ------------------------------------------------------------------------------ rights
    def may_write(self) -> str:
        """ "" when the acting person may write entries, else why not in words."""
        return self.ctx.refusal(Role.ADMINISTRATOR, action=_write_action())

    def may_approve(self, entry: KbEntry) -> str:
        """ "" when the acting person may approve the entry's latest version, else why not."""
        refusal = self.ctx.refusal(*approver_roles(Approval.KNOWLEDGE), action=_approve_action())
        if refusal:
            return refusal
        if not entry.waiting:
            return translate("Cases", "This version is approved already.")
        if entry.written_by_id is not None and entry.written_by_id == self.ctx.current().id:
            return _own_words()
        return ""

    # ------------------------------------------------------------------------------ reading
    def list(self, text: str = "", *, include_inactive: bool = False) -> builtins.list[KbEntry]:
        """Entries as last written (the administrators' list), those matching ``text`` when given."""
        words = text.split()
        with self.ctx.unit_of_work() as uow:
            s = uow.session
            rows = repo.entries(s, include_inactive=include_inactive)
            if words:
                found = {r.id for r in repo.entries(s, words=words, include_inactive=include_inactive)}
                rows = [r for r in rows if r.id in found or _matches_pinyin(r.title, words)]
            return self._entries(s, rows)

    def get(self, entry_id: int) -> KbEntry:
        with self.ctx.unit_of_work() as uow:
            return self._entries(uow.session, [self._row(uow.session, entry_id)])[0]

    def versions(self, entry_id: int) -> builtins.list[KbVersion]:
        """Every version, the first one first (earlier texts stay readable)."""
        with self.ctx.unit_of_work() as uow:
            self._row(uow.session, entry_id)
            return [_version(v) for v in repo.versions(uow.session, entry_id)]

    def version(self, entry_id: int, number: int) -> KbVersion:
        with self.ctx.unit_of_work() as uow:
            row = repo.version(uow.session, entry_id, number)
            if row is None:
                raise NotFound(
                    translate("Cases", "The knowledge-base entry {id} has no version {number}.").format(
                        id=entry_id, number=number
                    )
                )
            return _version(row)

    def search(self, text: str, *, limit: int = 20) -> builtins.list[KbAnswer]:
        """Approved answers for the call screen: every typed word in the approved title or body, or
        the title's pinyin; title matches first. Unapproved entries are never offered."""
        words = text.split()
        with self.ctx.unit_of_work() as uow:
            s = uow.session
            pairs = repo.approved(s)
            if words:
                found = {e.id for e, _ in repo.approved(s, words=words)}
                pairs = [(e, v) for e, v in pairs if e.id in found or _matches_pinyin(v.title, words)]
                folded = [w.casefold() for w in words]
                pairs.sort(key=lambda p: not all(w in p[1].title.casefold() for w in folded))
            cats = repo.category_names(s, [e.category_id for e, _ in pairs])
            lang = _lang()
            return [
                KbAnswer(
                    e.id,
                    v.number,
                    v.title,
                    v.body,
                    category_of(cats[e.category_id]).name(lang) if e.category_id in cats else "",
                )
                for e, v in pairs[:limit]
            ]

    # ------------------------------------------------------------------------------ writing
    def add(self, title: str, body: str, *, category_id: int | None = None, language: str = "zh") -> KbEntry:
        """A new entry (version 1), waiting for a reviewer's approval."""
        me = self.ctx.require(Role.ADMINISTRATOR, action=_write_action())
        title, body = self._checked(title, body, language)
        with self.ctx.unit_of_work() as uow:
            s = uow.session
            self._check_category(s, category_id)
            row = repo.add_entry(
                s, title=title, body=body, category_id=category_id, language=language, number=1, active=True
            )
            repo.add_version(
                s,
                entry_id=row.id,
                number=1,
                title=title,
                body=body,
                written_by_id=me.id,
                written_by_name=me.name,
                written_at=self.ctx.clock(),
            )
            uow.event(repo.KB_ENTITY, row.id, "version", new=1)
            return self._entries(s, [row])[0]

    def edit(
        self,
        entry_id: int,
        title: str,
        body: str,
        *,
        category_id: int | None = None,
        expected_version: int | None = None,
    ) -> KbEntry:
        """Save a new version; the approved one stays what callers are told until it is approved."""
        me = self.ctx.require(Role.ADMINISTRATOR, action=_write_action())
        with self.ctx.unit_of_work() as uow:
            s = uow.session
            row = self._row(s, entry_id)
            title, body = self._checked(title, body, row.language)
            check_version(
                translate("Cases", "knowledge-base entry"),
                row.version,
                expected_version,
                mine={"title": title, "body": body},
                theirs={"title": row.title, "body": row.body},
            )
            if title == row.title and body == row.body and category_id in (None, row.category_id):
                return self._entries(s, [row])[0]
            self._check_category(s, category_id)
            number = row.number + 1
            repo.add_version(
                s,
                entry_id=row.id,
                number=number,
                title=title,
                body=body,
                written_by_id=me.id,
                written_by_name=me.name,
                written_at=self.ctx.clock(),
            )
            row.title, row.body, row.number = title, body, number
            if category_id is not None:
                row.category_id = category_id
            s.flush()
            uow.event(repo.KB_ENTITY, row.id, "version", old=number - 1, new=number)
            return self._entries(s, [row])[0]

    def set_active(self, entry_id: int, active: bool, *, expected_version: int | None = None) -> KbEntry:
        """Withdraw an entry (no longer offered) or offer it again."""
        self.ctx.require(Role.ADMINISTRATOR, action=_write_action())
        with self.ctx.unit_of_work() as uow:
            s = uow.session
            row = self._row(s, entry_id)
            check_version(
                translate("Cases", "knowledge-base entry"),
                row.version,
                expected_version,
                mine=None,
                theirs=None,
            )
            row.active = active
            s.flush()
            return self._entries(s, [row])[0]

    def approve(self, entry_id: int, number: int | None = None) -> KbEntry:
        """A reviewer approves a version (default the latest): from now on the call screen offers
        its text. Four eyes: the person who wrote that version cannot approve it."""
        me = self.ctx.require(*approver_roles(Approval.KNOWLEDGE), action=_approve_action())
        with self.ctx.unit_of_work() as uow:
            s = uow.session
            row = self._row(s, entry_id)
            wanted = row.number if number is None else number
            found = repo.version(s, entry_id, wanted)
            if found is None:
                raise NotFound(
                    translate("Cases", "The knowledge-base entry {id} has no version {number}.").format(
                        id=entry_id, number=wanted
                    )
                )
            if found.written_by_id is not None and found.written_by_id == me.id:
                raise PermissionDenied(_own_words())
            if row.approved_number == wanted:
                return self._entries(s, [row])[0]
            now = self.ctx.clock()
            old = row.approved_number
            row.approved_number, row.approved_by_id, row.approved_at = wanted, me.id, now
            found.approved_by_id, found.approved_at = me.id, now
            s.flush()
            uow.event(repo.KB_ENTITY, row.id, "approve", field="approved_number", old=old, new=wanted)
            return self._entries(s, [row])[0]

    # ------------------------------------------------------------------------------ helpers
    @staticmethod
    def _row(s, entry_id: int) -> KbEntryRow:
        row = repo.entry(s, entry_id)
        if row is None:
            raise NotFound(
                translate("Cases", "There is no knowledge-base entry with id {id}.").format(id=entry_id)
            )
        return row

    @staticmethod
    def _checked(title: str, body: str, language: str) -> tuple[str, str]:
        errors: dict[str, str] = {}
        title, body = title.strip(), body.strip()
        if not title:
            errors["title"] = translate("Cases", "Give the answer a title callers' questions would match.")
        elif len(title) > TITLE_MAX:
            errors["title"] = translate("Cases", "A title has at most {n} characters; shorten it.").format(
                n=TITLE_MAX
            )
        if not body:
            errors["body"] = translate("Cases", "Write the answer itself.")
        if language not in LANGUAGES:
            errors["language"] = translate("Cases", "The language is zh or en.")
        if errors:
            raise ValidationError(errors)
        return title, body

    @staticmethod
    def _check_category(s, category_id: int | None) -> None:
        from commdesk.persistence.repositories import cases as cases_repo

        if category_id is not None and cases_repo.category(s, category_id) is None:
            raise NotFound(
                translate("Cases", "There is no case category with id {id}.").format(id=category_id)
            )

    @staticmethod
    def _entries(s, rows: builtins.list[KbEntryRow]) -> builtins.list[KbEntry]:
        latest = repo.latest_versions(s, [r.id for r in rows])
        cats = repo.category_names(s, [r.category_id for r in rows])
        lang = _lang()
        out = []
        for r in rows:
            v = latest.get(r.id)
            out.append(
                KbEntry(
                    id=r.id,
                    title=r.title,
                    body=r.body,
                    category_id=r.category_id,
                    category=category_of(cats[r.category_id]).name(lang) if r.category_id in cats else "",
                    language=r.language,
                    number=r.number,
                    approved_number=r.approved_number,
                    approved_at=r.approved_at,
                    written_by_id=v.written_by_id if v is not None else None,
                    written_by=v.written_by_name if v is not None else "",
                    active=r.active,
                    version=r.version,
                )
            )
        return out


def _own_words() -> str:
    return translate(
        "Cases",
        "You wrote this version, so someone else approves it (four eyes); ask another reviewer.",
    )


def _version(v: KbEntryVersionRow) -> KbVersion:
    return KbVersion(
        v.number,
        v.title,
        v.body,
        v.written_by_id,
        v.written_by_name,
        v.written_at,
        v.approved_by_id,
        v.approved_at,
    )


def _lang() -> str:
    from commdesk.core.i18n import language

    return language()
