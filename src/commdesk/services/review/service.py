"""``ReviewService``: the one review workflow of social posts, announcements and event invitations
(the contract is in ``services/review/__init__.py``)."""

from __future__ import annotations

import builtins
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy.orm import Session

from commdesk.core.domain.people import Person, Role
from commdesk.core.errors import NotFound, ValidationError
from commdesk.core.i18n import translate
from commdesk.core.releases.diff import ContentDiff
from commdesk.core.review import content as review_content
from commdesk.core.review import workflow as wf
from commdesk.core.review.kinds import Kind
from commdesk.core.review.workflow import Action, State
from commdesk.persistence.models.review import (
    ReviewApprovalRow,
    ReviewCommentRow,
    ReviewItemRow,
    ReviewRevisionRow,
    ReviewStepRow,
)
from commdesk.persistence.repositories import review as repo
from commdesk.services.approvals import Approval, approver_roles
from commdesk.services.context import ServiceContext, check_version
from commdesk.services.settings import SettingsService

#: Settings: how many distinct reviewers each kind needs (1 or 2): ``review.reviewers.<kind>``.
REVIEWERS_KEY = "review.reviewers."
MAX_COMMENT = 10_000


@dataclass(frozen=True)
class ReviewStatus:
    """Where an item stands in its review. ``version`` is what ``submit``/``approve``/``return_``
    expect (the review's version: every edit and step changes it)."""

    kind: Kind
    item_id: int
    state: State
    author_id: int
    last_editor_id: int
    content_hash: str
    revision: int
    approved_revision: int | None
    needed: int
    approvers: tuple[str, ...]  # names of those whose approval of the current text stands
    allowed: tuple[Action, ...]  # what the acting person may do now
    version: int

    @property
    def approved(self) -> bool:
        return self.state in (State.APPROVED, State.SENT, State.PUBLISHED)


@dataclass(frozen=True)
class ReviewComment:
    id: int
    author_name: str
    revision: int
    text: str
    at: datetime


@dataclass(frozen=True)
class ReviewStep:
    action: str
    from_state: State
    to_state: State
    actor_name: str
    revision: int
    at: datetime
    note: str


def _kind(kind: Kind | str) -> Kind:
    try:
        return Kind(kind)
    except ValueError:
        raise ValidationError(
            translate("Publishing", "There is no kind of item called “{kind}” to review.").format(kind=kind)
        ) from None


class ReviewService:
    def __init__(self, ctx: ServiceContext):
        self.ctx = ctx

    # ------------------------------------------------------------------------------ settings
    def reviewers_needed(self, kind: Kind | str) -> int:
        """How many distinct reviewers must approve an item of ``kind`` (1 or 2; default 1)."""
        return wf.reviewers_needed(
            self.ctx.service(SettingsService).get(REVIEWERS_KEY + _kind(kind).value, 1)
        )

    def set_reviewers_needed(self, kind: Kind | str, count: int) -> None:
        """Administrators: one or two reviewers for ``kind`` (the database checks it too)."""
        if count not in wf.REVIEWER_CHOICES:
            raise ValidationError(
                {"reviewers": translate("Publishing", "An item is reviewed by one or two reviewers.")}
            )
        self.ctx.service(SettingsService).set_many({REVIEWERS_KEY + _kind(kind).value: count})

    # ------------------------------------------------------------------------------ reading
    def _facts(self, session: Session, row: ReviewItemRow) -> wf.Facts:
        return wf.Facts(
            Kind(row.kind),
            State(row.state),
            row.author_id,
            row.last_editor_id,
            row.content_hash,
            tuple((a.reviewer_id, a.content_hash) for a in repo.live_approvals(session, row.id)),
            self.reviewers_needed(row.kind),
        )

    def _status(self, session: Session, row: ReviewItemRow) -> ReviewStatus:
        facts = self._facts(session, row)
        live = repo.live_approvals(session, row.id)
        return ReviewStatus(
            Kind(row.kind),
            row.item_id,
            State(row.state),
            row.author_id,
            row.last_editor_id,
            row.content_hash,
            row.revision,
            row.approved_revision,
            facts.needed,
            tuple(a.reviewer_name for a in live if a.content_hash == row.content_hash),
            tuple(wf.allowed_actions(facts, self.ctx.current())),
            row.version,
        )

    @staticmethod
    def _row(session: Session, kind: Kind, item_id: int) -> ReviewItemRow:
        row = repo.item(session, kind.value, item_id)
        if row is None:
            raise NotFound(
                translate(
                    "Publishing", "This {kind} has not been saved yet, so it cannot be reviewed."
                ).format(kind=kind.label)
            )
        return row

    def state_of(self, kind: Kind | str, item_id: int) -> ReviewStatus | None:
        """The item's review as it stands, or None when the item was never saved."""
        kind = _kind(kind)
        with self.ctx.unit_of_work() as uow:
            return self.status_in(uow.session, kind, item_id)

    def status_in(self, session: Session, kind: Kind | str, item_id: int) -> ReviewStatus | None:
        """``state_of`` inside the caller's unit of work."""
        row = repo.item(session, _kind(kind).value, item_id)
        return None if row is None else self._status(session, row)

    def states_of(self, kind: Kind | str, item_ids: builtins.list[int]) -> dict[int, State]:
        """The state of each of many items at once (a list view); items never saved are left out."""
        kind = _kind(kind)
        with self.ctx.unit_of_work() as uow:
            return {i: State(r.state) for i, r in repo.items(uow.session, kind.value, item_ids).items()}

    def content(self, kind: Kind | str, item_id: int, revision: int | None = None) -> dict[str, str]:
        """The content of a revision (default the current one) as it was saved."""
        kind = _kind(kind)
        with self.ctx.unit_of_work() as uow:
            row = self._row(uow.session, kind, item_id)
            rev = repo.revision(uow.session, row.id, revision or row.revision)
            if rev is None:
                raise NotFound(translate("Publishing", "There is no such revision."))
            return review_content.parse(rev.content_json)

    def diff_against_approved(self, kind: Kind | str, item_id: int) -> ContentDiff:
        """What changed since the last approved version (everything, when none was approved yet)."""
        kind = _kind(kind)
        with self.ctx.unit_of_work() as uow:
            row = self._row(uow.session, kind, item_id)
            current = repo.revision(uow.session, row.id, row.revision)
            approved = (
                repo.revision(uow.session, row.id, row.approved_revision) if row.approved_revision else None
            )
            return review_content.diff(
                kind,
                review_content.parse(approved.content_json) if approved else None,
                review_content.parse(current.content_json) if current else {},
            )

    def comments(self, kind: Kind | str, item_id: int) -> builtins.list[ReviewComment]:
        kind = _kind(kind)
        with self.ctx.unit_of_work() as uow:
            row = self._row(uow.session, kind, item_id)
            return [
                ReviewComment(c.id, c.author_name, c.revision, c.text, c.at)
                for c in repo.comments(uow.session, row.id)
            ]

    def steps(self, kind: Kind | str, item_id: int) -> builtins.list[ReviewStep]:
        kind = _kind(kind)
        with self.ctx.unit_of_work() as uow:
            row = self._row(uow.session, kind, item_id)
            return [
                ReviewStep(
                    s.action, State(s.from_state), State(s.to_state), s.actor_name, s.revision, s.at, s.note
                )
                for s in repo.steps(uow.session, row.id)
            ]

    # ------------------------------------------------------------------------------ writing
    def add_comment(self, kind: Kind | str, item_id: int, text: str) -> ReviewComment:
        """A comment on the item's current revision (reviewers, and the officers who write it)."""
        kind = _kind(kind)
        person = self.ctx.require(
            Role.OFFICER, Role.ADMINISTRATOR, *approver_roles(Approval.PUBLISHING), action=kind.comment_action
        )
        text = _comment_text(text)
        with self.ctx.unit_of_work() as uow:
            row = self._row(uow.session, kind, item_id)
            c = self._comment(uow.session, row, person, text)
            return ReviewComment(c.id, c.author_name, c.revision, c.text, c.at)

    def _comment(self, session: Session, row: ReviewItemRow, person: Person, text: str) -> ReviewCommentRow:
        c = ReviewCommentRow(
            review_id=row.id,
            author_id=person.id,
            author_name=person.name,
            revision=row.revision,
            text=text,
            at=self.ctx.clock(),
        )
        repo.add(session, c)
        return c

    def record_edit_in(
        self, session: Session, kind: Kind | str, item_id: int, content: Mapping[str, str], actor: Person
    ) -> int:
        """Inside the kind's own unit of work, when it saves an item's content: the first save opens
        the item's review (``actor`` its author, state draft); a save that changes the content hash
        keeps a new revision, makes ``actor`` the last editor, voids every approval (an approved
        item goes back to in review) and holds the outbox messages built from the old text. Returns
        the current revision number (unchanged when the content is the same)."""
        kind = _kind(kind)
        if actor.id is None:
            raise ValidationError(
                translate("Publishing", "Only a person of this desk edits what is reviewed.")
            )
        digest = review_content.content_hash(content)
        now = self.ctx.clock()
        row = repo.item(session, kind.value, item_id)
        if row is None:
            row = ReviewItemRow(
                kind=kind.value,
                item_id=item_id,
                state=State.DRAFT.value,
                author_id=actor.id,
                last_editor_id=actor.id,
                content_hash=digest,
                revision=1,
                created_at=now,
                updated_at=now,
            )
            repo.add(session, row)
            self._revision(session, row, content, digest, actor)
            return 1
        if row.content_hash == digest:
            return row.revision
        before = State(row.state)
        after = wf.after_edit(before)  # refuses what was sent, published or withdrawn
        voided = repo.void_approvals(session, row.id, now, "edited")
        row.content_hash, row.last_editor_id, row.revision = digest, actor.id, row.revision + 1
        row.state, row.updated_at = after.value, now
        session.flush()
        self._revision(session, row, content, digest, actor)
        if voided or after is not before:
            self._step(
                session,
                row,
                "edit",
                before,
                after,
                actor,
                translate("Publishing", "Edited: approvals voided."),
            )
        self._hold_stale(session, kind, item_id)
        return row.revision

    def _revision(self, session: Session, row: ReviewItemRow, content, digest: str, actor: Person) -> None:
        repo.add(
            session,
            ReviewRevisionRow(
                review_id=row.id,
                number=row.revision,
                content_json=review_content.canonical_json(content),
                content_hash=digest,
                editor_id=actor.id,
                editor_name=actor.name,
                at=self.ctx.clock(),
            ),
        )

    def _step(
        self,
        session: Session,
        row: ReviewItemRow,
        action: str,
        before: State,
        after: State,
        actor: Person,
        note: str,
    ) -> None:
        repo.add(
            session,
            ReviewStepRow(
                review_id=row.id,
                action=action,
                from_state=before.value,
                to_state=after.value,
                actor_id=actor.id,
                actor_name=actor.name,
                revision=row.revision,
                at=self.ctx.clock(),
                note=note[:MAX_COMMENT],
            ),
        )

    def _hold_stale(self, session: Session, kind: Kind, item_id: int) -> None:
        """Messages built from the item that are no longer approved as they are become held now."""
        from commdesk.services.mail.outbox import OutboxService, hold_stale_in

        if self.ctx.service(OutboxService).may_send():
            return  # a reviewer does not write the outbox: it holds them itself when it claims them
        uow = next((u for u in reversed(self.ctx.open_units()) if u.session is session), None)
        if uow is not None:
            hold_stale_in(uow, kind.entity, item_id)

    def _act(
        self, kind: Kind | str, item_id: int, action: Action, expected_version: int | None, note: str = ""
    ) -> ReviewStatus:
        kind = _kind(kind)
        person = self.ctx.current()
        with self.ctx.unit_of_work() as uow:
            s = uow.session
            row = self._row(s, kind, item_id)
            check_version(kind.label, row.version, expected_version, mine=None, theirs=None)
            facts = self._facts(s, row)
            wf.check(action, facts, person)
            before, after = State(row.state), wf.after(action, facts, person.id or 0)
            now = self.ctx.clock()
            if action is Action.APPROVE:
                repo.add(
                    s,
                    ReviewApprovalRow(
                        review_id=row.id,
                        reviewer_id=person.id,
                        reviewer_name=person.name,
                        content_hash=row.content_hash,
                        revision=row.revision,
                        at=now,
                        note=note[:MAX_COMMENT],
                    ),
                )
                if after is State.APPROVED:
                    row.approved_revision = row.revision
            elif action is Action.RETURN:
                repo.void_approvals(s, row.id, now, "returned")
                self._comment(s, row, person, note)
            elif action is Action.WITHDRAW:
                repo.void_approvals(s, row.id, now, "withdrawn")
            elif action is Action.FINISH:  # goes through finish_in, with the hash the kind sent
                raise ValidationError(
                    translate("Publishing", "Send or publish the item from its own window.")
                )
            row.state, row.updated_at = after.value, now
            s.flush()
            self._step(s, row, action.value, before, after, person, note)
            uow.event(repo.ENTITY, row.id, action.value, note=note or None)
            if after not in (State.APPROVED, State.IN_REVIEW):
                self._hold_stale(s, kind, item_id)
            return self._status(s, row)

    def submit(
        self, kind: Kind | str, item_id: int, expected_version: int | None = None, note: str = ""
    ) -> ReviewStatus:
        return self._act(kind, item_id, Action.SUBMIT, expected_version, note.strip())

    def approve(
        self, kind: Kind | str, item_id: int, expected_version: int | None = None, note: str = ""
    ) -> ReviewStatus:
        """A reviewer's approval of the current text (four eyes); the item is approved once the
        kind's number of distinct reviewers approved the same text."""
        kind = _kind(kind)
        self.ctx.require(*approver_roles(Approval.PUBLISHING), action=kind.review_action)
        return self._act(kind, item_id, Action.APPROVE, expected_version, note.strip())

    def return_(
        self, kind: Kind | str, item_id: int, expected_version: int | None = None, comment: str = ""
    ) -> ReviewStatus:
        """Send the item back to its author with what to change (the comment is required)."""
        kind = _kind(kind)
        self.ctx.require(*approver_roles(Approval.PUBLISHING), action=kind.review_action)
        text = _comment_text(comment)
        return self._act(kind, item_id, Action.RETURN, expected_version, text)

    def withdraw(
        self, kind: Kind | str, item_id: int, expected_version: int | None = None, note: str = ""
    ) -> ReviewStatus:
        return self._act(kind, item_id, Action.WITHDRAW, expected_version, note.strip())

    def reopen(self, kind: Kind | str, item_id: int, expected_version: int | None = None) -> ReviewStatus:
        return self._act(kind, item_id, Action.REOPEN, expected_version)

    def finish_in(
        self, session: Session, kind: Kind | str, item_id: int, content_hash: str, actor: Person
    ) -> State:
        """Inside the kind's unit of work that sends or publishes the item: refuse unless it is
        approved at exactly ``content_hash`` (the text going out), then mark it sent / published."""
        from commdesk.services.review.gate import ReviewGate

        kind = _kind(kind)
        row = self._row(session, kind, item_id)
        ReviewGate.check_row(row, content_hash)
        facts = self._facts(session, row)
        wf.check(Action.FINISH, facts, actor)
        before, after = State(row.state), wf.after(Action.FINISH, facts, actor.id or 0)
        row.state, row.updated_at = after.value, self.ctx.clock()
        session.flush()
        self._step(session, row, Action.FINISH.value, before, after, actor, "")
        return after


def _comment_text(text: str) -> str:
    text = (text or "").strip()
    if not text:
        raise ValidationError(
            {"comment": translate("Publishing", "Write the comment first: what should change?")}
        )
    if len(text) > MAX_COMMENT:
        raise ValidationError(
            {"comment": translate("Publishing", "The comment is longer than 10,000 characters; shorten it.")}
        )
    return text
