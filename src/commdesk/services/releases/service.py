"""Press releases: drafting, revisions, the four-eyes review, embargo and publication.

Each public method is one unit of work. The rules come from ``core.releases.workflow``; this
service loads the facts, asks the workflow, stores what it returns, and writes the record:
``release_steps`` (who moved it where, with the note), ``release_revisions`` (every saved content),
``release_approvals`` (the content hash approved; voided, never deleted, by a later edit) and the
audit log. Comments, coverage and templates live in ``review``, ``coverage`` and
``templates`` (this package).
"""

from __future__ import annotations

import builtins
import json
from dataclasses import dataclass, replace
from datetime import datetime

from commdesk.core.domain.people import Role
from commdesk.core.errors import NotFound, PermissionDenied, ValidationError
from commdesk.core.i18n import translate
from commdesk.core.releases import workflow
from commdesk.core.releases.actor import Actor
from commdesk.core.releases.content import Quote, ReleaseContent, canonical_json, content_hash
from commdesk.core.releases.records import (
    CHANNELS,
    Publication,
    Release,
    ReleaseEdit,
    ReleaseSummary,
    Revision,
    Step,
    content_from_json,
    edit_fields,
)
from commdesk.core.releases.workflow import Action, State
from commdesk.persistence.models.releases import (
    ReleaseApprovalRow,
    ReleasePublicationRow,
    ReleaseRevisionRow,
    ReleaseRow,
    ReleaseStepRow,
)
from commdesk.persistence.repositories import releases as repo
from commdesk.persistence.repositories.releases import embargo_of, facts_of, to_release, zone
from commdesk.services.context import ServiceContext, check_version
from commdesk.services.mail.outbox import hold_stale_in

ENTITY = "releases"


def _normalise(edit: ReleaseEdit) -> ReleaseEdit:
    """Trim the text fields and put the embargo into its own time zone, so the hash is stable."""
    c = edit.content
    embargo = c.embargo
    given = getattr(embargo.tzinfo, "key", None) if embargo is not None else None
    if given and not edit.embargo_tz and zone(given):
        edit = replace(edit, embargo_tz=given)  # a zone given with the time is its zone
    tz = zone(edit.embargo_tz)
    if embargo is not None and tz is not None:
        embargo = embargo.astimezone(tz)
    content = replace(
        c,
        title=c.title.strip(),
        subtitle=c.subtitle.strip(),
        dateline_city=c.dateline_city.strip(),
        body_markdown=c.body_markdown.strip("\n"),
        quotes=tuple(
            Quote(q.text.strip(), q.attribution.strip())
            for q in c.quotes
            if q.text.strip() or q.attribution.strip()
        ),
        boilerplate=c.boilerplate.strip(),
        media_contact=c.media_contact.strip(),
        embargo=embargo,
    )
    return replace(
        edit,
        content=content,
        channels=tuple(dict.fromkeys(edit.channels)),
        reviewer_ids=tuple(dict.fromkeys(edit.reviewer_ids)),
    )


def validate_edit(edit: ReleaseEdit) -> dict[str, str]:
    errors: dict[str, str] = {}
    if not edit.content.title.strip():
        errors["title"] = translate("Releases", "Give the release a title.")
    if len(edit.content.title) > 500:
        errors["title"] = translate("Releases", "The title is longer than 500 characters; shorten it.")
    if edit.content.embargo is not None and not edit.embargo_tz:
        # one zone for the embargo everywhere (heading, list, PDF, mail): never a bare offset or UTC
        errors["embargo_tz"] = translate(
            "Releases", "Choose the embargo's time zone, for example Asia/Shanghai."
        )
    elif edit.content.embargo is not None and zone(edit.embargo_tz) is None:
        errors["embargo_tz"] = translate(
            "Releases",
            "\u201c{zone}\u201d is not a time zone commdesk knows; use a name such as "
            "Asia/Shanghai or Europe/Berlin.",
        ).format(zone=edit.embargo_tz)
    unknown = [c for c in edit.channels if c not in CHANNELS]
    if unknown:
        errors["channels"] = translate("Releases", "Unknown channel: {names}.").format(
            names=", ".join(unknown)
        )
    if edit.review_rule not in workflow.REVIEW_RULES:
        errors["review_rule"] = translate(
            "Releases", "The review rule must be \u201cany\u201d or \u201call\u201d."
        )
    for q in edit.content.quotes:
        if q.text.strip() and not q.attribution.strip():
            errors["quotes"] = translate("Releases", "Every quote needs an attribution: who said it?")
    return errors


@dataclass(frozen=True)
class Returned:
    """A release returned to its author with "changes requested" (Home's "returned to me" box)."""

    id: int
    reference: str
    title: str
    note: str  # the reviewer's change request
    by: str
    at: datetime
    open_comments: int


@dataclass(frozen=True)
class ReleaseOverview:
    """Every release (the last changed first) and the ids of those returned to the current person
    with "changes requested" (their author or last editor), as ``returned_to_me`` lists them."""

    releases: list[ReleaseSummary]
    returned_ids: frozenset[int]

    @property
    def awaiting(self) -> int:
        """How many wait for the current person's review."""
        return sum(1 for r in self.releases if r.awaiting_me)


def _actor(person) -> Actor:
    return Actor(person_id=person.id if person.id is not None else -1, name=person.name, roles=person.roles)


def _hold_outbox(uow, release_id: int) -> None:
    """In the same transaction as the change: mail queued with a version of this release that may
    no longer leave (edited, sent back, withdrawn) is held at once, so the outbox and Home show it
    and re-approval offers to rebuild it (the outbox checks again when it sends)."""
    hold_stale_in(uow, "releases", release_id)


def facts_of_release(release: Release) -> workflow.ReleaseFacts:
    """What the workflow decides on, from a release as read (its valid approvals in their order)."""
    return workflow.ReleaseFacts(
        state=release.state,
        author_id=release.author_id,
        last_editor_id=release.last_editor_id,
        content_hash=release.content_hash,
        reviewer_ids=frozenset(release.reviewer_ids),
        review_rule=release.review_rule,
        approvals=tuple(
            workflow.Approval(a.reviewer_id, a.content_hash) for a in release.approvals if a.valid
        ),
        embargo=release.content.embargo,
        submit_note=release.submit_note,
    )


def release_row(session, release_id: int) -> ReleaseRow:
    """The release's row inside the caller's unit of work; NotFound naming the id when it is gone."""
    row = repo.get(session, release_id)
    if row is None:
        raise NotFound(translate("Releases", "There is no press release with id {id}.").format(id=release_id))
    return row


class ReleaseService:
    def __init__(self, ctx: ServiceContext):
        self.ctx = ctx

    # -- reading ---------------------------------------------------------------------------------
    def _row(self, session, release_id: int) -> ReleaseRow:
        return release_row(session, release_id)

    def get(self, release_id: int) -> Release:
        with self.ctx.unit_of_work() as uow:
            return to_release(self._row(uow.session, release_id), uow.session)

    def by_reference(self, reference: str) -> Release:
        with self.ctx.unit_of_work() as uow:
            row = repo.by_reference(uow.session, reference.strip().upper())
            if row is None:
                raise NotFound(
                    translate("Releases", "There is no press release {ref}.").format(ref=reference)
                )
            return to_release(row, uow.session)

    def list(
        self, state: State | str | None = None, awaiting_me: bool = False, search: str = ""
    ) -> builtins.list[ReleaseSummary]:
        me = self.ctx.current()
        wanted = State(state) if state else None
        if awaiting_me:
            if wanted not in (None, State.IN_REVIEW):
                return []  # awaiting review is in review: no release is in both states
            wanted = State.IN_REVIEW
        summaries, _rows = self._summaries(me, wanted, search)
        return [r for r in summaries if r.awaiting_me] if awaiting_me else summaries

    def _summaries(
        self, me, state: State | None, search: str
    ) -> tuple[builtins.list[ReleaseSummary], builtins.list[ReleaseRow]]:
        """The releases (of ``state``, matching ``search``), the last changed first, with whether each
        waits for ``me``'s review; and their rows. Two statements: the releases with their authors'
        names and coverage counts, then the reviewers and approvals of those in review."""
        with self.ctx.unit_of_work() as uow:
            s = uow.session
            found = repo.list_with_counts(s, state, search)
            rows = [r for r, _name, _n in found]
            in_review = repo.facts_of_many((r for r in rows if r.state == State.IN_REVIEW.value), s)
            out = []
            for r, author, coverage in found:
                waiting = (
                    r.id in in_review
                    and me.id is not None
                    and me.id in workflow.review_progress(in_review[r.id]).waiting_for
                )
                out.append(
                    ReleaseSummary(
                        r.id,
                        r.reference,
                        r.title,
                        State(r.state),
                        r.language,
                        embargo_of(r),
                        author or "?",
                        r.revision,
                        r.updated_at,
                        waiting,
                        coverage,
                        r.embargo_tz,
                    )
                )
            return out, rows

    def overview(self) -> ReleaseOverview:
        """Every release, and what of them waits for the current person (awaiting their review,
        returned to them): one read serves the list, its filters' counts and the badge."""
        me = self.ctx.current()
        summaries, rows = self._summaries(me, None, "")
        returned = frozenset(
            r.id
            for r in rows
            if me.id is not None
            and r.state == State.CHANGES_REQUESTED.value
            and me.id in (r.author_id, r.last_editor_id)
        )
        return ReleaseOverview(summaries, returned)

    def awaiting_my_review(self) -> int:
        return len(self.list(awaiting_me=True))

    def returned_to_me(self) -> builtins.list[Returned]:
        """Releases sent back to the current person (author or last editor) with "changes requested":
        the reviewer's note and the open comments, so the author reads them in the app."""
        me = self.ctx.current()
        if me.id is None:
            return []
        with self.ctx.unit_of_work() as uow:
            s = uow.session
            out = []
            returned = repo.returned_to(s, me.id)
            steps = repo.last_steps(s, [r.id for r in returned], Action.REQUEST_CHANGES.value)
            comments = repo.open_comment_counts(s, [r.id for r in returned])
            for r in returned:
                step = steps.get(r.id)
                open_comments = comments.get(r.id, 0)
                out.append(
                    Returned(
                        r.id,
                        r.reference,
                        r.title,
                        step.note if step else "",
                        step.actor_name if step else "",
                        step.at if step else r.updated_at,
                        int(open_comments),
                    )
                )
            return out

    def allowed_actions(self, release: int | Release) -> dict[Action, str | None]:
        """Every action with ``None`` if the current person may do it now, else why not. Given the
        release as just read (``get``, ``act``) it decides on that, without reading it again."""
        actor, now = _actor(self.ctx.writer()), self.ctx.clock()  # no steps on a read-only file
        if isinstance(release, Release):
            facts = facts_of_release(release)
        else:
            with self.ctx.unit_of_work() as uow:
                facts = facts_of(self._row(uow.session, release), uow.session)
        allowed = set(workflow.allowed_actions(facts, actor, now))
        return {a: None if a in allowed else (workflow.why_not(facts, actor, a, now) or "") for a in Action}

    # -- what a release's form offers (read once per desk on a server, until their tables change) ---
    def reviewer_choices(self) -> builtins.list[tuple[int, str]]:
        """(id, name) of the active people who review, to choose a release's reviewers from."""
        from commdesk.services.people import PeopleService

        def read() -> builtins.list[tuple[int, str]]:
            people = self.ctx.service(PeopleService).list()
            return [(p.id, p.name) for p in people if p.id is not None and p.has(Role.REVIEWER)]

        return list(self.ctx.cached("releases.reviewer_choices", {"people"}, read))

    def link_choices(self) -> builtins.list[tuple[int, str, str, str]]:
        """(id, reference, title, language) of every release, for linking the other language's version."""

        def read() -> builtins.list[tuple[int, str, str, str]]:
            with self.ctx.unit_of_work() as uow:
                return repo.link_choices(uow.session)

        return list(self.ctx.cached("releases.link_choices", {"releases"}, read))

    def list_choices(self) -> builtins.list[tuple[int, str]]:
        """(id, name) of the contact area's distribution lists, to send a release to (none when the
        contact area is not part of this program)."""
        try:
            from commdesk.services.contacts.lists import ContactListService
        except ImportError:
            return []

        def read() -> builtins.list[tuple[int, str]]:
            return [(x.id, x.name) for x in self.ctx.service(ContactListService).lists()]

        return list(self.ctx.cached("releases.list_choices", {"contact_lists"}, read))

    def can_edit(self, release: Release) -> bool:
        person = self.ctx.writer()  # no role on a read-only database
        return release.state in workflow.EDITABLE_STATES and person.has(Role.OFFICER)

    # -- writing ---------------------------------------------------------------------------------
    def _next_reference(self, session) -> str:
        year = self.ctx.clock().year
        prefix = f"PR-{year}-"
        refs = repo.references_starting(session, prefix)
        numbers = [int(r[len(prefix) :]) for r in refs if r[len(prefix) :].isdigit()]
        return f"{prefix}{max(numbers, default=0) + 1:03d}"

    def create(self, edit: ReleaseEdit, template_key: str = "") -> Release:
        person = self.ctx.require(Role.OFFICER, action=translate("Releases", "write press releases"))
        edit = _normalise(edit)
        errors = validate_edit(edit)
        if errors:
            raise ValidationError(errors)
        now = self.ctx.clock()
        with self.ctx.unit_of_work() as uow:
            s = uow.session
            row = ReleaseRow(
                reference=self._next_reference(s),
                state=State.DRAFT.value,
                author_id=person.id,
                last_editor_id=person.id,
                owner_id=edit.owner_id or person.id,
                template_key=template_key,
                revision=1,
            )
            self._apply(row, edit)
            row.content_hash = content_hash(edit.content)
            repo.add(s, row)
            self._relink(s, row, None)
            self._set_reviewers(s, row, edit.reviewer_ids)
            self._add_revision(s, row, edit.content, person, now, translate("Releases", "Created"))
            s.flush()
            return to_release(row, s)

    @staticmethod
    def _apply(row: ReleaseRow, edit: ReleaseEdit) -> None:
        c = edit.content
        row.title, row.subtitle, row.dateline_city = c.title, c.subtitle, c.dateline_city
        row.dateline_date, row.body_markdown = c.dateline_date, c.body_markdown
        row.quotes_json = json.dumps([[q.text, q.attribution] for q in c.quotes], ensure_ascii=False)
        row.boilerplate, row.media_contact, row.language = c.boilerplate, c.media_contact, c.language
        row.embargo = c.embargo
        row.embargo_tz = edit.embargo_tz if c.embargo is not None else ""
        row.channels_json = json.dumps(list(edit.channels))
        row.lists_json = json.dumps([[int(i), n] for i, n in edit.lists], ensure_ascii=False)
        row.review_rule = edit.review_rule
        if edit.owner_id:
            row.owner_id = edit.owner_id
        row.linked_id = edit.linked_id

    @staticmethod
    def _relink(session, row: ReleaseRow, old: int | None) -> None:
        """Keep the zh/en link mutual: linking A to B links B to A; unlinking (or linking A elsewhere)
        unlinks the old partner. The partner must exist, be in the other language and be free."""
        with session.no_autoflush:  # a missing partner is a message, not a foreign-key error
            new = row.linked_id
            if new is not None:
                if new == row.id:
                    raise ValidationError(
                        {"linked_id": translate("Releases", "A release cannot be linked to itself.")}
                    )
                other = repo.get(session, new)
                if other is None:
                    raise ValidationError(
                        {
                            "linked_id": translate(
                                "Releases", "There is no press release with id {id} to link."
                            ).format(id=new)
                        }
                    )
                if other.language == row.language:
                    raise ValidationError(
                        {
                            "linked_id": translate(
                                "Releases",
                                "{ref} is in the same language; link the release in the other language.",
                            ).format(ref=other.reference)
                        }
                    )
                if other.linked_id not in (None, row.id):
                    taken = repo.get(session, other.linked_id)
                    raise ValidationError(
                        {
                            "linked_id": translate(
                                "Releases", "{ref} is already linked to {other}; unlink it there first."
                            ).format(ref=other.reference, other=taken.reference if taken else other.linked_id)
                        }
                    )
                if other.linked_id != row.id:
                    other.linked_id = row.id
            if old is not None and old != new:
                previous = repo.get(session, old)
                if previous is not None and previous.linked_id == row.id:
                    previous.linked_id = None

    @staticmethod
    def _check_reviewers_can_review(session, reviewer_ids) -> None:
        """Submitting to someone who cannot approve would leave the release waiting for nobody."""
        unable = [
            name for name, able in (repo.may_review(session, pid) for pid in sorted(reviewer_ids)) if not able
        ]
        if unable:
            raise ValidationError(
                {
                    "reviewer_ids": translate(
                        "Releases",
                        "{names} cannot review releases (no reviewer role, or no longer active). Choose "
                        "reviewers who hold the role, or ask an administrator to grant it.",
                    ).format(names=translate("Releases", ", ").join(unable))
                }
            )

    @staticmethod
    def _set_reviewers(session, row: ReleaseRow, reviewer_ids) -> None:
        wanted = set(reviewer_ids)
        existing = {r.person_id: r for r in repo.reviewer_rows(session, row.id)}
        for pid, r in existing.items():
            if pid not in wanted:
                repo.remove(session, r)
        for pid in reviewer_ids:
            if pid not in existing:
                if not repo.person_exists(session, pid):
                    raise ValidationError(
                        {
                            "reviewer_ids": translate(
                                "Releases", "There is no person with id {id} to review."
                            ).format(id=pid)
                        }
                    )
                repo.add_reviewer(session, row.id, pid)

    @staticmethod
    def _add_revision(
        session, row: ReleaseRow, content: ReleaseContent, person, now: datetime, note: str = ""
    ) -> None:
        repo.stage(
            session,
            ReleaseRevisionRow(
                release_id=row.id,
                number=row.revision,
                content_json=canonical_json(content),
                content_hash=content_hash(content),
                editor_id=person.id,
                editor_name=person.name,
                at=now,
                note=note,
            ),
        )

    def save(
        self, release_id: int, edit: ReleaseEdit, expected_version: int | None, note: str = ""
    ) -> Release:
        """Save an edit. A change of content makes a new revision; after approval it voids every
        approval and sends the release back to review (P-7)."""
        person = self.ctx.current()
        edit = _normalise(edit)
        errors = validate_edit(edit)
        if errors:
            raise ValidationError(errors)
        now = self.ctx.clock()
        with self.ctx.unit_of_work() as uow:
            s = uow.session
            row = self._row(s, release_id)
            check_version(
                translate("Releases", "press release"),
                row.version,
                expected_version,
                mine=edit_fields(edit),
                theirs=edit_fields(to_release(row, s).edit()),
            )
            facts = facts_of(row, s)
            workflow.check_edit(facts, _actor(person))
            editor_id = person.id
            if editor_id is None:  # commdesk itself edits nothing: a release's editor is a person
                raise PermissionDenied(translate("Releases", "Only an officer can edit a release."))
            new_hash = content_hash(edit.content)
            after = workflow.after_edit(facts, editor_id, new_hash)
            old_link = row.linked_id
            self._apply(row, edit)
            self._relink(s, row, old_link)
            self._set_reviewers(s, row, edit.reviewer_ids)
            if new_hash != row.content_hash:
                row.revision += 1
                row.content_hash = new_hash
                row.last_editor_id = editor_id
                self._add_revision(s, row, edit.content, person, now, note)
                voided = self._void(s, row, now, f"edited:{row.revision}")
                if after.state is not State(row.state):
                    self._step(
                        s,
                        row,
                        "edit_after_approval",
                        State(row.state),
                        after.state,
                        person,
                        now,
                        translate("Releases", "Edited after approval; the approvals are void."),
                    )
                    row.state = after.state.value
                if voided:
                    uow.event(
                        ENTITY,
                        row.id,
                        "void_approvals",
                        note=translate("Releases", "%n approval(s) voided by an edit", None, voided),
                    )
                s.flush()
                _hold_outbox(uow, row.id)
            s.flush()
            return to_release(row, s)

    def restore_revision(self, release_id: int, number: int, expected_version: int | None) -> Release:
        release = self.get(release_id)
        old = self.revision(release_id, number)
        note = translate("Releases", "Restored from v{n}").format(n=number)
        return self.save(release_id, release.edit(content=old.content), expected_version, note=note)

    @staticmethod
    def _void(session, row: ReleaseRow, now: datetime, reason: str, reviewer_id: int | None = None) -> int:
        """Void valid approvals; ``reason`` is a code (see ``records.void_reason_text``)."""
        count = 0
        for a in repo.valid_approvals(session, row.id, reviewer_id):
            a.voided_at, a.voided_reason = now, reason[:200]
            count += 1
        return count

    @staticmethod
    def _step(session, row, action: str, old: State, new: State, person, now, note: str = "") -> None:
        repo.stage(
            session,
            ReleaseStepRow(
                release_id=row.id,
                action=action,
                from_state=old.value,
                to_state=new.value,
                actor_id=person.id,
                actor_name=person.name,
                revision=row.revision,
                at=now,
                note=note,
            ),
        )

    def act(
        self,
        release_id: int,
        action: Action | str,
        note: str = "",
        expected_version: int | None = None,
        publications: builtins.list[tuple[str, str]] | None = None,
        reviewer_ids: tuple[int, ...] | None = None,
    ) -> Release:
        """Do one workflow action (submit, approve, request_changes, publish ...) with its note.
        ``reviewer_ids`` (submit only) chooses the reviewers in the same unit of work, so a refused
        submission leaves the earlier choice as it was."""
        action = Action(action)
        if reviewer_ids is not None and action is not Action.SUBMIT:
            raise ValueError("reviewer_ids are chosen on submit only")
        person = self.ctx.current()
        now = self.ctx.clock()
        if action is Action.REQUEST_CHANGES and not note.strip():
            raise ValidationError(
                {"note": translate("Releases", "Say what should change: write a note for the author.")}
            )
        with self.ctx.unit_of_work() as uow:
            s = uow.session
            row = self._row(s, release_id)
            if expected_version is not None and expected_version != row.version:  # the stored one, to offer
                check_version(
                    translate("Releases", "press release"),
                    row.version,
                    expected_version,
                    mine=None,
                    theirs=to_release(row, s),
                )
            if reviewer_ids is not None:
                self._set_reviewers(s, row, tuple(dict.fromkeys(reviewer_ids)))
                s.flush()
            # read once: what the workflow decides on, and (with what the step writes) what it returns
            parts = repo.parts_of(row, s)
            facts = parts.facts()
            if action is Action.SUBMIT:
                facts = replace(facts, submit_note=note)
                self._check_reviewers_can_review(s, facts.reviewer_ids)
            after = workflow.apply_action(facts, _actor(person), action, now)
            old_state = State(row.state)
            if action is Action.SUBMIT:
                row.submit_note = note.strip()
            elif action is Action.APPROVE:
                approval = ReleaseApprovalRow(
                    release_id=row.id,
                    reviewer_id=person.id,
                    reviewer_name=person.name,
                    content_hash=row.content_hash,
                    revision=row.revision,
                    at=now,
                    note=note.strip(),
                )
                repo.stage(s, approval)
                parts.approvals.append(approval)  # the newest: it has its id with the flush below
                uow.event(ENTITY, row.id, "approve", note=f"v{row.revision} {row.content_hash}")
            elif action is Action.REQUEST_CHANGES:
                self._void(s, row, now, "changes_requested", reviewer_id=person.id)
                # the reviewer's note in the history too, where the author looks (not only in the PDF)
                uow.event(ENTITY, row.id, "request_changes", note=note.strip())
            elif action is Action.REOPEN:
                self._void(s, row, now, "reopened")
            elif action is Action.PUBLISH:
                row.published_at = now
                for channel, url in publications or []:
                    self._publication(s, row, channel, url, now, person)
            row.state = after.state.value
            self._step(s, row, action.value, old_state, after.state, person, now, note.strip())
            s.flush()
            if after.state is not old_state:
                _hold_outbox(uow, row.id)
            # what was written, not read again: a step changes no reviewer and no name; the
            # approvals it voided are the objects read above (``_void`` meets them again)
            return parts.release()

    @staticmethod
    def _publication(session, row, channel: str, url: str, at: datetime, person) -> None:
        if channel not in CHANNELS:
            raise ValidationError(
                {"channel": translate("Releases", "Unknown channel: {names}.").format(names=channel)}
            )
        repo.stage(
            session,
            ReleasePublicationRow(
                release_id=row.id, channel=channel, url=url.strip(), at=at, recorded_by=person.name
            ),
        )

    def record_publication(
        self, release_id: int, channel: str, url: str = "", at: datetime | None = None, note: str = ""
    ) -> Publication:
        """Where and when a published release went out (one row per channel)."""
        person = self.ctx.require(
            Role.OFFICER, action=translate("Releases", "record where a release went out")
        )
        at = at or self.ctx.clock()
        if at.utcoffset() is None:
            raise ValidationError({"at": translate("Releases", "Give the time with its time zone.")})
        with self.ctx.unit_of_work() as uow:
            row = self._row(uow.session, release_id)
            if State(row.state) not in (State.PUBLISHED, State.ARCHIVED):
                raise ValidationError(
                    {
                        "state": translate(
                            "Releases", "Publish the release first; then record where it went out."
                        )
                    }
                )
            embargo = embargo_of(row)
            if embargo is not None and at < embargo:
                raise ValidationError(
                    {
                        "at": translate(
                            "Releases", "That time is before the embargo ({embargo}); check the time."
                        ).format(embargo=workflow.format_moment(embargo))
                    }
                )
            self._publication(uow.session, row, channel, url, at, person)
            if note:
                uow.event(ENTITY, row.id, "publication", note=note)
            uow.session.flush()
            p = repo.latest_publication(uow.session, row.id)
            assert p is not None  # just written in this unit of work
            return Publication(p.id, p.channel, p.url, p.at, p.recorded_by, p.note)

    # -- history -----------------------------------------------------------------------------------
    def revisions(self, release: int | Release) -> builtins.list[Revision]:
        """Every saved version, oldest first (given the release as just read, its row is not read
        again: only its zone is needed)."""
        release_id = release.id if isinstance(release, Release) else release
        with self.ctx.unit_of_work() as uow:
            tz = (
                release.embargo_tz
                if isinstance(release, Release)
                else self._row(uow.session, release_id).embargo_tz
            )
            revs = repo.revisions_of(uow.session, release_id)
            return [
                Revision(
                    r.number,
                    r.content_hash,
                    r.editor_id,
                    r.editor_name,
                    r.at,
                    r.note,
                    content_from_json(r.content_json, tz),
                )
                for r in revs
            ]

    def revision(self, release_id: int, number: int) -> Revision:
        for r in self.revisions(release_id):
            if r.number == number:
                return r
        raise NotFound(translate("Releases", "This release has no version {n}.").format(n=number))

    def last_approved(self, release_id: int) -> Revision | None:
        """The latest revision someone approved (voided or not), for the reviewer's diff."""
        with self.ctx.unit_of_work() as uow:
            number = repo.last_approved_revision(uow.session, release_id)
        return self.revision(release_id, number) if number else None

    def steps(self, release_id: int) -> builtins.list[Step]:
        with self.ctx.unit_of_work() as uow:
            rows = repo.steps_of(uow.session, release_id)
            return [
                Step(r.action, State(r.from_state), State(r.to_state), r.actor_name, r.revision, r.at, r.note)
                for r in rows
            ]

    def publications(self, release_id: int) -> builtins.list[Publication]:
        with self.ctx.unit_of_work() as uow:
            rows = repo.publications_of(uow.session, release_id)
            return [Publication(p.id, p.channel, p.url, p.at, p.recorded_by, p.note) for p in rows]

    def embargo_warning(self, release: Release, within_hours: int = 24) -> str:
        """A sentence when the embargo is near (or has not passed), else ""."""
        embargo = release.content.embargo
        if embargo is None or release.state in (State.PUBLISHED, State.ARCHIVED, State.WITHDRAWN):
            return ""
        left = embargo - self.ctx.clock()
        if left.total_seconds() <= 0:
            return ""
        if left.total_seconds() <= within_hours * 3600:
            return translate("Releases", "The embargo ends soon: {embargo}.").format(
                embargo=workflow.format_moment(embargo)
            )
        return ""
