"""The issue and crisis log (SM-5, EV-7; issue 18).

A crisis (or a drill of one) has a severity, an owner, the checklist of its kind's playbook, links
to the records that belong to it (releases, posts, cases — media inquiries are cases —, coverage,
meetings), notes, and a post-crisis review. The holding statement is a press release drafted from
the ``crisis_response`` template: it goes through the releases' own four-eyes review (the one place
that decides whether a release may leave). The timeline is assembled from the linked records' dated
steps each time it is read, so it never goes stale.
"""

from __future__ import annotations

import builtins
import os
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from commdesk.core.crisis import playbooks
from commdesk.core.crisis.timeline import LINK_KINDS, Event, TimelineEntry, assemble
from commdesk.core.domain.people import Role
from commdesk.core.errors import NotFound, ValidationError
from commdesk.core.i18n import translate
from commdesk.persistence.models.crisis import CrisisChecklistItemRow, CrisisLinkRow, CrisisNoteRow, CrisisRow
from commdesk.persistence.repositories import crisis as repo
from commdesk.services.context import ServiceContext, check_version
from commdesk.services.settings import SettingsService

STATEMENT_TEMPLATE = "crisis_response"
REVIEW_STEP = "review"  # the playbooks' last step: the post-crisis review


def link_kind_label(kind: str) -> str:
    return {
        "release": translate("Crisis", "Press release"),
        "post": translate("Crisis", "Post"),
        "case": translate("Crisis", "Case"),
        "coverage": translate("Crisis", "Coverage"),
        "meeting": translate("Crisis", "Meeting"),
        "note": translate("Crisis", "Log note"),
        "crisis": translate("Crisis", "Crisis log"),
    }.get(kind, kind)


@dataclass(frozen=True)
class CrisisSummary:
    id: int
    title: str
    kind: str
    severity: int
    owner: str
    opened_at: datetime
    closed_at: datetime | None
    drill: bool
    version: int

    @property
    def kind_label(self) -> str:
        return playbooks.kind_label(self.kind)

    @property
    def severity_label(self) -> str:
        return playbooks.severity_label(self.severity)


@dataclass(frozen=True)
class ChecklistItem:
    step: str
    text: str
    rule: str
    done_at: datetime | None
    done_by: str


@dataclass(frozen=True)
class Link:
    kind: str
    item_id: int
    linked_at: datetime
    linked_by: str


@dataclass(frozen=True)
class Note:
    at: datetime
    text: str
    author: str


@dataclass(frozen=True)
class Crisis(CrisisSummary):
    owner_id: int | None = None
    summary: str = ""
    review: str = ""
    reviewed_by: str = ""
    reviewed_at: datetime | None = None
    checklist: tuple[ChecklistItem, ...] = ()
    links: tuple[Link, ...] = ()
    notes: tuple[Note, ...] = ()


@dataclass(frozen=True)
class Timeline:
    crisis: Crisis
    zone: str
    entries: tuple[TimelineEntry, ...]
    made_at: datetime


def _summary(row: CrisisRow) -> CrisisSummary:
    return CrisisSummary(
        row.id,
        row.title,
        row.kind,
        row.severity,
        row.owner_name,
        row.opened_at,
        row.closed_at,
        row.drill,
        row.version,
    )


def _work() -> str:
    return translate("Crisis", "keep the issue and crisis log")


class CrisisService:
    def __init__(self, ctx: ServiceContext):
        self.ctx = ctx

    def zone(self) -> str:
        return self.ctx.service(SettingsService).time_zone()

    def may_write(self) -> str:
        """ "" when the acting person may keep the log, else why not in words."""
        return self.ctx.refusal(Role.OFFICER, Role.ADMINISTRATOR, action=_work())

    # ------------------------------------------------------------------------------ reading
    def list(self) -> builtins.list[CrisisSummary]:
        with self.ctx.unit_of_work() as uow:
            return [_summary(r) for r in repo.crises(uow.session)]

    def get(self, crisis_id: int) -> Crisis:
        with self.ctx.unit_of_work() as uow:
            return self._read(uow.session, self._row(uow.session, crisis_id))

    @staticmethod
    def _row(session, crisis_id: int) -> CrisisRow:
        row = repo.crisis(session, crisis_id)
        if row is None:
            raise NotFound(translate("Crisis", "There is no crisis with number {id}.").format(id=crisis_id))
        return row

    @staticmethod
    def _read(session, row: CrisisRow) -> Crisis:
        s = _summary(row)
        return Crisis(
            **s.__dict__,
            owner_id=row.owner_id,
            summary=row.summary,
            review=row.review,
            reviewed_by=row.reviewed_by_name,
            reviewed_at=row.reviewed_at,
            checklist=tuple(
                ChecklistItem(
                    i.step,
                    playbooks.step_text(i.step),
                    playbooks.step_rule(i.step),
                    i.done_at,
                    i.done_by_name,
                )
                for i in repo.checklist(session, row.id)
            ),
            links=tuple(
                Link(k.kind, k.item_id, k.linked_at, k.linked_by_name) for k in repo.links(session, row.id)
            ),
            notes=tuple(Note(n.at, n.text, n.author_name) for n in repo.notes(session, row.id)),
        )

    # ------------------------------------------------------------------------------ writing
    def open(
        self,
        title: str,
        kind: str,
        severity: int,
        owner_id: int | None = None,
        summary: str = "",
        drill: bool = False,
    ) -> Crisis:
        """Open a crisis (or a drill) with its playbook's checklist; the owner defaults to the
        person opening it."""
        person = self.ctx.require(Role.OFFICER, Role.ADMINISTRATOR, action=_work())
        problems = {}
        if not title.strip():
            problems["title"] = translate("Crisis", "Give the crisis a title: what is it about?")
        if kind not in playbooks.KINDS:
            problems["kind"] = translate("Crisis", "Choose one of the kinds: {kinds}.").format(
                kinds=", ".join(playbooks.KINDS)
            )
        if severity not in playbooks.SEVERITIES:
            problems["severity"] = translate(
                "Crisis", "The severity is 1 (an issue to watch) to 4 (a crisis)."
            )
        if problems:
            raise ValidationError(problems)
        now = self.ctx.clock()
        with self.ctx.unit_of_work() as uow:
            s = uow.session
            owner_name = person.name
            if owner_id is not None and owner_id != person.id:
                owner = repo.person(s, owner_id)
                if owner is None or not owner.active:
                    raise ValidationError(
                        {"owner": translate("Crisis", "There is no person with that number.")}
                    )
                owner_name = owner.name
            row = CrisisRow(
                title=title.strip(),
                kind=kind,
                severity=severity,
                owner_id=owner_id if owner_id is not None else person.id,
                owner_name=owner_name,
                opened_at=now,
                drill=drill,
                summary=summary.strip(),
            )
            repo.stage(s, row)
            s.flush()
            for n, step in enumerate(playbooks.playbook(kind)):
                repo.stage(s, CrisisChecklistItemRow(crisis_id=row.id, position=n, step=step.key))
            s.flush()
            return self._read(s, row)

    def tick(self, crisis_id: int, step: str, done: bool = True) -> Crisis:
        person = self.ctx.require(Role.OFFICER, Role.ADMINISTRATOR, action=_work())
        with self.ctx.unit_of_work() as uow:
            s = uow.session
            row = self._row(s, crisis_id)
            item = next((i for i in repo.checklist(s, crisis_id) if i.step == step), None)
            if item is None:
                raise NotFound(
                    translate(
                        "Crisis", "The checklist of this crisis has no step \u201c{step}\u201d."
                    ).format(step=step)
                )
            item.done_at = self.ctx.clock() if done else None
            item.done_by_name = person.name if done else ""
            s.flush()
            return self._read(s, row)

    def link(self, crisis_id: int, kind: str, item_id: int) -> Crisis:
        """Link a record to the crisis (a second link of the same record changes nothing)."""
        person = self.ctx.require(Role.OFFICER, Role.ADMINISTRATOR, action=_work())
        if kind not in LINK_KINDS:
            raise ValidationError(
                {"kind": translate("Crisis", "Link one of: {kinds}.").format(kinds=", ".join(LINK_KINDS))}
            )
        self._events_of(kind, item_id)  # NotFound when the record does not exist
        with self.ctx.unit_of_work() as uow:
            s = uow.session
            row = self._row(s, crisis_id)
            if repo.link(s, crisis_id, kind, item_id) is None:
                repo.stage(
                    s,
                    CrisisLinkRow(
                        crisis_id=crisis_id,
                        kind=kind,
                        item_id=item_id,
                        linked_at=self.ctx.clock(),
                        linked_by_name=person.name,
                    ),
                )
                s.flush()
            return self._read(s, row)

    def link_reference(self, crisis_id: int, text: str) -> Crisis:
        """Link a record named as people write it: a release's reference ("PR-2026-010"), a case's
        ("CD-2026-000298"), or a kind and a number ("post 12", "coverage 7", "meeting 3")."""
        words = text.split()
        if len(words) == 2 and words[0].lower() in LINK_KINDS and words[1].isdigit():
            return self.link(crisis_id, words[0].lower(), int(words[1]))
        if len(words) == 1 and words[0].upper().startswith("PR-"):
            from commdesk.services.releases.service import ReleaseService

            return self.link(crisis_id, "release", self.ctx.service(ReleaseService).by_reference(words[0]).id)
        if len(words) == 1 and not words[0].isdigit():
            from commdesk.services.cases.service import CaseService

            return self.link(crisis_id, "case", self.ctx.service(CaseService).find(words[0]).id)
        raise ValidationError(
            {
                "link": translate(
                    "Crisis",
                    "Name the record by its reference (PR-2026-010, CD-2026-000298) or by kind and number "
                    "(post 12, coverage 7, meeting 3).",
                )
            }
        )

    def note(self, crisis_id: int, text: str, at: datetime | None = None) -> Crisis:
        """A log entry: what happened (``at``: when, default now; an aware instant)."""
        person = self.ctx.require(Role.OFFICER, Role.ADMINISTRATOR, action=_work())
        if not text.strip():
            raise ValidationError({"text": translate("Crisis", "Write what happened.")})
        if at is not None and at.tzinfo is None:
            raise ValidationError({"at": translate("Crisis", "Give the time with its zone.")})
        with self.ctx.unit_of_work() as uow:
            s = uow.session
            row = self._row(s, crisis_id)
            repo.stage(
                s,
                CrisisNoteRow(
                    crisis_id=crisis_id, at=at or self.ctx.clock(), text=text.strip(), author_name=person.name
                ),
            )
            s.flush()
            return self._read(s, row)

    def statement(self, crisis_id: int, language: str = "zh", title: str = ""):
        """The holding statement: a press release drafted from the crisis template and linked to
        the crisis. It is reviewed like every release (submit, a second person approves)."""
        from commdesk.services.releases.templates import ReleaseTemplateService

        crisis = self.get(crisis_id)
        release = self.ctx.service(ReleaseTemplateService).draft_from(
            STATEMENT_TEMPLATE, language, title.strip() or crisis.title
        )
        self.link(crisis_id, "release", release.id)
        return release

    def review(
        self, crisis_id: int, text: str, close: bool = True, expected_version: int | None = None
    ) -> Crisis:
        """Record the post-crisis review (EV-7) and, unless ``close`` is False, close the crisis."""
        person = self.ctx.require(Role.OFFICER, Role.ADMINISTRATOR, action=_work())
        if not text.strip():
            raise ValidationError(
                {"review": translate("Crisis", "Write the review: what went well, what to change.")}
            )
        with self.ctx.unit_of_work() as uow:
            s = uow.session
            row = self._row(s, crisis_id)
            check_version(
                translate("Crisis", "crisis"), row.version, expected_version, mine=text, theirs=row.review
            )
            now = self.ctx.clock()
            row.review, row.reviewed_by_name, row.reviewed_at = text.strip(), person.name, now
            # recording the review is the checklist's last step (EV-7): ticked with it, unless it was
            for item in repo.checklist(s, crisis_id):
                if item.step == REVIEW_STEP and item.done_at is None:
                    item.done_at, item.done_by_name = now, person.name
            if close and row.closed_at is None:
                row.closed_at = now
            s.flush()
            return self._read(s, row)

    # ------------------------------------------------------------------------------ the timeline
    def _events_of(self, kind: str, item_id: int) -> builtins.list[Event]:
        """The dated steps of one linked record (NotFound when it is gone)."""
        source = link_kind_label(kind)
        if kind == "release":
            from commdesk.services.releases.service import ReleaseService

            releases = self.ctx.service(ReleaseService)
            r = releases.get(item_id)
            words = {
                "submit": translate("Crisis", "submitted for review"),
                "approve": translate("Crisis", "approved"),
                "request_changes": translate("Crisis", "changes requested"),
                "publish": translate("Crisis", "published"),
                "withdraw": translate("Crisis", "withdrawn"),
                "schedule": translate("Crisis", "scheduled"),
            }
            events = []
            for rev in releases.revisions(item_id):
                if rev.number == 1:
                    what = translate("Crisis", "drafted: {title}").format(title=rev.content.title)
                else:
                    what = translate("Crisis", "revised (version {n})").format(n=rev.number)
                events.append(Event(rev.at, source, r.reference, f"{what} · {rev.editor_name}"))
            for st in releases.steps(item_id):
                what = words.get(st.action, st.action)
                events.append(Event(st.at, source, r.reference, f"{what} · {st.actor_name}"))
            return events
        if kind == "post":
            from commdesk.services.publishing.posts import PostService

            p = self.ctx.service(PostService).get(item_id)
            ref = p.account
            if p.published_at is not None:
                return [
                    Event(
                        p.published_at,
                        source,
                        ref,
                        translate("Crisis", "published: {text}").format(text=p.headline()),
                    )
                ]
            return [
                Event(
                    p.planned_at,
                    source,
                    ref,
                    translate("Crisis", "planned: {text}").format(text=p.headline()),
                )
            ]
        if kind == "case":
            from commdesk.services.cases.service import CaseService

            c = self.ctx.service(CaseService).get(item_id)
            events = [
                Event(
                    c.received_at,
                    source,
                    c.reference,
                    translate("Crisis", "received: {summary}").format(summary=c.summary),
                )
            ]
            if c.first_response_at is not None:
                events.append(
                    Event(c.first_response_at, source, c.reference, translate("Crisis", "first response"))
                )
            if c.resolved_at is not None:
                events.append(Event(c.resolved_at, source, c.reference, translate("Crisis", "resolved")))
            return events
        if kind == "coverage":
            with self.ctx.unit_of_work() as uow:
                row = repo.coverage_entry(uow.session, item_id)
                if row is None:
                    raise NotFound(
                        translate("Crisis", "There is no coverage entry with number {id}.").format(id=item_id)
                    )
                what = f"{row.outlet}: {row.headline}" if row.headline else row.outlet
                return [Event(row.day, source, "", what)]
        if kind == "meeting":
            from commdesk.services.meetings.service import MeetingService

            m = self.ctx.service(MeetingService).get(item_id)
            if m.start is None:
                return []
            return [Event(m.start, source, "", translate("Crisis", "meeting: {topic}").format(topic=m.topic))]
        raise ValidationError({"kind": kind})

    def timeline(self, crisis_id: int) -> Timeline:
        """The crisis's timeline: its opening, every linked record's dated steps, the ticked
        checklist steps, the notes and the review, in order, in the organisation's zone."""
        crisis = self.get(crisis_id)
        zone = self.zone()
        source = link_kind_label("crisis")
        events = [
            Event(
                crisis.opened_at,
                source,
                "",
                translate("Crisis", "opened · owner {owner}").format(owner=crisis.owner),
            )
        ]
        for link in crisis.links:
            try:
                events.extend(self._events_of(link.kind, link.item_id))
            except NotFound:
                events.append(
                    Event(
                        link.linked_at,
                        link_kind_label(link.kind),
                        "",
                        translate("Crisis", "linked record {id} no longer exists").format(id=link.item_id),
                    )
                )
        for item in crisis.checklist:
            if item.done_at is not None:
                events.append(
                    Event(
                        item.done_at,
                        source,
                        "",
                        translate("Crisis", "done: {step} · {who}").format(step=item.text, who=item.done_by),
                    )
                )
        for note in crisis.notes:
            events.append(Event(note.at, link_kind_label("note"), "", f"{note.text} · {note.author}"))
        if crisis.reviewed_at is not None:
            events.append(
                Event(
                    crisis.reviewed_at,
                    source,
                    "",
                    translate("Crisis", "post-crisis review recorded · {who}").format(who=crisis.reviewed_by),
                )
            )
        if crisis.closed_at is not None:
            events.append(Event(crisis.closed_at, source, "", translate("Crisis", "closed")))
        return Timeline(crisis, zone, tuple(assemble(events, zone)), self.ctx.clock())

    def timeline_document(self, timeline: Timeline):
        from commdesk.core.crisis.document import timeline_document
        from commdesk.core.documents.reports import ui_language
        from commdesk.services.reports import author, letterhead

        return timeline_document(
            timeline, language=ui_language(), letterhead=letterhead(self.ctx), author=author(self.ctx)
        )

    def timeline_pdf(
        self,
        crisis_id: int,
        path: str | os.PathLike,
        progress: Callable[[int, int], None] | None = None,
        cancel=None,
    ) -> Path:
        """The crisis's timeline as PDF at ``path`` (atomically; a cancel leaves no file)."""
        from commdesk.core.documents.rendering import render

        doc, blocks = self.timeline_document(self.timeline(crisis_id))
        return render(doc, blocks, path, progress=progress, cancel=cancel)
