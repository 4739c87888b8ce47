"""``AnnouncementService``: internal announcements from draft to the subscribers' mailboxes.

An announcement has an owner (AN-1: its author, or whom an officer names), an audience of staff
subscription lists, a priority and a text. Every save tells the review engine its content
(``ReviewService.record_edit_in``), so an approval counts only for the text it was given for.
``send`` is the only way an announcement reaches the lists: it is refused unless the announcement is
approved at exactly the text being sent (``ReviewGate``), then queues one personalised copy per
subscribed member (never the unsubscribed, bounced or unconfirmed, and not those the list's
frequency cap holds back), each with the ``List-Unsubscribe`` header and unsubscribe lines of its
own subscription, carrying the approved hash: an edit afterwards holds the copies not yet sent.

Sending is three steps, ordered so that an interruption loses nothing and doubles nothing: the
copies are queued (one transaction), the deliveries counted against the cap, and the announcement
marked sent. Sending again finds copies of the same text already in the outbox and only finishes.
"""

from __future__ import annotations

import builtins
from dataclasses import dataclass
from datetime import UTC, datetime

from sqlalchemy.orm import Session

from commdesk.core.announcements.records import (
    AnnouncementText,
    Priority,
    audience_names,
    check_text,
    mail_subject,
    parse_priority,
    review_content,
    unsubscribe_address,
)
from commdesk.core.contacts.names import has_chinese
from commdesk.core.domain.people import Role
from commdesk.core.errors import NotFound, ValidationError
from commdesk.core.i18n import translate
from commdesk.core.review.content import content_hash
from commdesk.core.review.gate import Path
from commdesk.core.review.kinds import Kind
from commdesk.core.review.workflow import State
from commdesk.persistence.models.announcements import AnnouncementRow
from commdesk.persistence.repositories import announcements as repo
from commdesk.persistence.repositories import review as review_repo
from commdesk.services.announcements.copies import withdraw_copies_in
from commdesk.services.context import ServiceContext, check_version
from commdesk.services.review import ReviewService, ReviewStatus
from commdesk.services.review.gate import ReviewGate

KIND = Kind.ANNOUNCEMENT
WRITERS = (Role.OFFICER, Role.ADMINISTRATOR)


#: ``save(planned_at=KEEP)``: the planned time stays as it is
KEEP = object()


def _planned(at: datetime | None) -> datetime | None:
    """A planned time in UTC; one without a zone is refused (whose 9 o'clock?)."""
    if at is None:
        return None
    if at.tzinfo is None:
        raise ValidationError(
            {"planned": translate("Publishing", "Give the planned time with its time zone.")}
        )
    return at.astimezone(UTC)


def _write_action() -> str:
    return translate("Publishing", "write and send announcements")


@dataclass(frozen=True)
class Announcement:
    id: int
    owner_id: int
    owner_name: str
    priority: Priority
    subject: str
    body: str
    list_ids: tuple[int, ...]
    audience: str  # the lists' names
    version: int
    review: ReviewStatus | None
    sent_at: datetime | None
    sent_by: str
    planned_at: datetime | None = None  # when its owner means to send it (not part of the review)

    @property
    def state(self) -> State:
        return self.review.state if self.review else State.DRAFT

    @property
    def text(self) -> AnnouncementText:
        return AnnouncementText(self.subject, self.body, self.priority, self.list_ids)

    @property
    def reference(self) -> str:
        return translate("Publishing", "Announcement {number} “{subject}”").format(
            number=self.id, subject=self.subject
        )


@dataclass(frozen=True)
class OnCalendar:
    """An announcement as the calendar shows it (``AnnouncementService.between``)."""

    id: int
    subject: str
    body: str
    audience: str
    owner_name: str
    state: State
    planned_at: datetime | None
    sent_at: datetime | None
    version: int

    @property
    def reference(self) -> str:
        return translate("Publishing", "Announcement {number} “{subject}”").format(
            number=self.id, subject=self.subject
        )


@dataclass(frozen=True)
class AudienceLine:
    """One list of the audience as a send would find it now."""

    list_id: int
    name: str
    recipients: int  # who would get a copy now
    capped: int  # subscribed, but held back by the list's frequency cap
    left_out: int  # unsubscribed, bounced or still to confirm: never sent to


@dataclass(frozen=True)
class SendOutcome:
    queued: int  # copies put in the outbox now
    capped: int  # members the frequency cap held back
    message_ids: tuple[int, ...]
    cancelled: int  # copies of an earlier text, held since an edit, cancelled
    already_queued: bool  # the copies of this text were in the outbox already (finished only)


#: the lines under each copy (AN-2) in the announcement's own language, as an event's invitation
#: words follow the invitation: the office writes the text, the words around it follow it, not the
#: language of whoever sends it (the command line's English under a Chinese notice)
_FOOTERS = {
    "zh": {
        "plain": "您作为订阅列表“{list}”的成员收到本邮件。",
        "unsubscribe": (
            "您作为订阅列表“{list}”的成员收到本邮件。如需退订，请发邮件至 {address}，以下面一行为主题"
            "（或直接回复本邮件，并保留引用的这段文字）：\n{command}"
        ),
    },
    "en": {
        "plain": "You receive this as a subscriber of the list “{list}”.",
        "unsubscribe": (
            "You receive this as a subscriber of the list “{list}”. To unsubscribe, send a mail to "
            "{address} with the subject below (or reply to this mail keeping this text quoted):\n{command}"
        ),
    },
}


def mail_language(text: AnnouncementText) -> str:
    """``zh`` for an announcement written in Chinese, else ``en``."""
    return "zh" if has_chinese(text.subject + text.body) else "en"


def footer(language: str, list_name: str, headers) -> str:
    """Which list a copy came from and how to leave it, from the mail itself (AN-2)."""
    words = _FOOTERS[language]
    found = unsubscribe_address(headers)
    if found is None:
        return words["plain"].format(list=list_name)
    address, command = found
    return words["unsubscribe"].format(list=list_name, address=address, command=command)


class AnnouncementService:
    def __init__(self, ctx: ServiceContext):
        self.ctx = ctx

    @property
    def review(self) -> ReviewService:
        return self.ctx.service(ReviewService)

    def may_write(self) -> str:
        """ "" when the acting person may write and send announcements, else why not."""
        return self.ctx.refusal(*WRITERS, action=_write_action())

    # ------------------------------------------------------------------------------ reading
    def _dto(self, session: Session, row: AnnouncementRow, list_ids: builtins.list[int]) -> Announcement:
        names = {i: n for i, (n, _active) in repo.list_names(session, list_ids).items()}
        owner = repo.person_names(session, [row.owner_id]).get(row.owner_id, "")
        return Announcement(
            row.id,
            row.owner_id,
            owner,
            Priority(row.priority),
            row.subject,
            row.body,
            tuple(list_ids),
            audience_names(list_ids, names),
            row.version,
            self.review.status_in(session, KIND, row.id),
            row.sent_at,
            row.sent_by,
            row.planned_at,
        )

    @staticmethod
    def _row(session: Session, announcement_id: int) -> AnnouncementRow:
        row = repo.get(session, announcement_id)
        if row is None:
            raise NotFound(
                translate("Publishing", "There is no announcement {number}.").format(number=announcement_id)
            )
        return row

    def list(self) -> builtins.list[Announcement]:
        """Every announcement, newest first, with where its review stands."""
        with self.ctx.unit_of_work() as uow:
            rows = repo.all_(uow.session)
            audiences = repo.audience(uow.session, [r.id for r in rows])
            return [self._dto(uow.session, r, audiences[r.id]) for r in rows]

    def between(self, start: datetime, end: datetime) -> builtins.list[OnCalendar]:
        """The announcements of a period for the calendar: those sent in it, and those not sent
        planned in it; a handful of statements however many there are."""
        with self.ctx.unit_of_work() as uow:
            s = uow.session
            rows = repo.between(s, start, end)
            ids = [r.id for r in rows]
            audiences = repo.audience(s, ids)
            names = {
                i: n
                for i, (n, _active) in repo.list_names(s, {i for v in audiences.values() for i in v}).items()
            }
            owners = repo.person_names(s, {r.owner_id for r in rows})
            states = {i: State(r.state) for i, r in review_repo.items(s, KIND.value, ids).items()}
            return [
                OnCalendar(
                    r.id,
                    r.subject,
                    r.body,
                    audience_names(audiences[r.id], names),
                    owners.get(r.owner_id, ""),
                    states.get(r.id, State.DRAFT),
                    r.planned_at,
                    r.sent_at,
                    r.version,
                )
                for r in rows
            ]

    def get(self, announcement_id: int) -> Announcement:
        with self.ctx.unit_of_work() as uow:
            row = self._row(uow.session, announcement_id)
            return self._dto(uow.session, row, repo.audience(uow.session, [row.id])[row.id])

    # ------------------------------------------------------------------------------ writing
    def _checked(self, session: Session, text: AnnouncementText) -> tuple[AnnouncementText, dict[int, str]]:
        text = check_text(text)
        found = repo.list_names(session, text.list_ids)
        missing = [i for i in text.list_ids if i not in found]
        retired = [found[i][0] for i in text.list_ids if i in found and not found[i][1]]
        if missing:
            raise ValidationError(
                {
                    "audience": translate("Publishing", "There is no subscription list {number}.").format(
                        number=missing[0]
                    )
                }
            )
        if retired:
            raise ValidationError(
                {
                    "audience": translate(
                        "Publishing", "The list {list} is no longer in use; choose another."
                    ).format(list=retired[0])
                }
            )
        return text, {i: n for i, (n, _a) in found.items()}

    def create(
        self,
        subject: str,
        body: str,
        priority: Priority | str = Priority.NORMAL,
        list_ids=(),
        *,
        owner_id: int | None = None,
        planned_at: datetime | None = None,
    ) -> Announcement:
        """A new announcement (a draft); its owner is the person writing it unless one is named;
        ``planned_at`` (aware) when it is meant to go out, shown on the calendar."""
        person = self.ctx.require(*WRITERS, action=_write_action())
        text = AnnouncementText(
            subject,
            body,
            parse_priority(getattr(priority, "value", priority)),
            tuple(list_ids),
        )
        now = self.ctx.clock()
        with self.ctx.unit_of_work() as uow:
            s = uow.session
            text, names = self._checked(s, text)
            owner = self._owner(s, owner_id if owner_id is not None else person.id)
            row = repo.add(
                s,
                AnnouncementRow(
                    owner_id=owner,
                    priority=text.priority.value,
                    subject=text.subject,
                    body=text.body,
                    planned_at=_planned(planned_at),
                    sent_by="",
                    created_at=now,
                    updated_at=now,
                ),
            )
            repo.set_audience(s, row.id, text.list_ids)
            self.review.record_edit_in(s, KIND, row.id, review_content(text, names), person)
            return self._dto(s, row, list(text.list_ids))

    @staticmethod
    def _owner(session: Session, owner_id: int | None) -> int:
        if owner_id is None or owner_id not in repo.person_names(session, [owner_id]):
            raise ValidationError(
                {"owner": translate("Publishing", "Name the announcement's owner: a person of this desk.")}
            )
        return owner_id

    def save(
        self,
        announcement_id: int,
        expected_version: int | None,
        subject: str,
        body: str,
        priority: Priority | str,
        list_ids,
        *,
        owner_id: int | None = None,
        planned_at: datetime | object | None = KEEP,
    ) -> Announcement:
        """Save the text; a change voids the approval (reviewed again) and holds copies not yet sent.
        ``planned_at`` (aware, or None for no plan; default: unchanged) is when it is meant to go out:
        not part of what the reviewer approved, so moving it leaves an approval standing; a sent
        announcement keeps the time it went out."""
        person = self.ctx.require(*WRITERS, action=_write_action())
        text = AnnouncementText(
            subject, body, parse_priority(getattr(priority, "value", priority)), tuple(list_ids)
        )
        with self.ctx.unit_of_work() as uow:
            s = uow.session
            row = self._row(s, announcement_id)
            check_version(
                translate("Publishing", "announcement"), row.version, expected_version, mine=None, theirs=None
            )
            text, names = self._checked(s, text)
            self.review.record_edit_in(s, KIND, row.id, review_content(text, names), person)
            if owner_id is not None:
                row.owner_id = self._owner(s, owner_id)
            if planned_at is not KEEP:
                planned = _planned(planned_at)  # type: ignore[arg-type]
                if planned != row.planned_at and row.sent_at is not None:
                    raise ValidationError(
                        {
                            "planned": translate(
                                "Publishing",
                                "Announcement {number} was sent; it stays at the time it went out. "
                                "Write a new announcement to plan another.",
                            ).format(number=row.id)
                        }
                    )
                row.planned_at = planned
            row.subject, row.body, row.priority = text.subject, text.body, text.priority.value
            row.updated_at = self.ctx.clock()
            repo.set_audience(s, row.id, text.list_ids)
            s.flush()
            return self._dto(s, row, list(text.list_ids))

    # ------------------------------------------------------------------------------ review
    def submit(self, announcement_id: int, expected_version: int | None = None) -> ReviewStatus:
        """``expected_version``: the review's version as read (``Announcement.review.version``)."""
        return self.review.submit(KIND, announcement_id, expected_version)

    def approve(
        self, announcement_id: int, expected_version: int | None = None, note: str = ""
    ) -> ReviewStatus:
        return self.review.approve(KIND, announcement_id, expected_version, note)

    def return_(
        self, announcement_id: int, expected_version: int | None = None, comment: str = ""
    ) -> ReviewStatus:
        return self.review.return_(KIND, announcement_id, expected_version, comment)

    # ------------------------------------------------------------------------------ sending
    def audience_preview(self, announcement_id: int) -> builtins.list[AudienceLine]:
        """Per list: who a send would reach now, who the cap holds back, who is left out."""
        from commdesk.core.staff.records import SubscriptionStatus
        from commdesk.services.staff.service import StaffService

        staff = self.ctx.service(StaffService)
        found = self.get(announcement_id)
        lines = []
        for list_id in found.list_ids:
            lst = staff.find_list(list_id)
            now = staff.recipients(list_id) if lst.active else None
            left = sum(
                lst.count(s)
                for s in (
                    SubscriptionStatus.UNSUBSCRIBED,
                    SubscriptionStatus.BOUNCED,
                    SubscriptionStatus.PENDING,
                )
            )
            lines.append(
                AudienceLine(
                    list_id,
                    lst.name(),
                    len(now.recipients) if now else 0,
                    len(now.capped) if now else 0,
                    left,
                )
            )
        return lines

    def send(self, announcement_id: int, *, override: str | None = None) -> SendOutcome:
        """Queue one copy per subscribed member of the audience, if the announcement is approved in
        exactly this text (refused otherwise, whoever asks); then it counts as sent."""
        from commdesk.core.mail.compose import Delivery, Draft
        from commdesk.core.mail.merge import Recipient
        from commdesk.services.mail.outbox import CANCELLED, HELD, OutboxService
        from commdesk.services.mail.signing import signed_by
        from commdesk.services.staff.service import StaffService

        person = self.ctx.require(*WRITERS, action=_write_action())
        outbox = self.ctx.service(OutboxService)
        with self.ctx.unit_of_work() as uow:
            s = uow.session
            row = self._row(s, announcement_id)
            ids = repo.audience(s, [row.id])[row.id]
            found = self._dto(s, row, ids)
            text, names = self._checked(s, found.text)
            digest = content_hash(review_content(text, names))
            ReviewGate.check_row(review_repo.item(s, KIND.value, row.id), digest, Path.MAIL, found.reference)
        earlier = outbox.for_record(KIND.entity, announcement_id)
        already = [m for m in earlier if m.source_revision == digest and m.status not in (CANCELLED, HELD)]
        stale = [m.id for m in earlier if m.status == HELD]
        message_ids: tuple[int, ...] = tuple(m.id for m in already)
        capped = 0
        if not already:
            staff = self.ctx.service(StaffService)
            # the announcement's words travel as values, never as template text: braces in its
            # subject or text are sent as written
            words = {
                "mail_subject": mail_subject(text, outbox.now_here().date()),
                "announcement_text": text.body,
            }
            language = mail_language(text)
            recipients: list[Recipient] = []
            by_list: dict[int, list[int]] = {}
            seen: set[int] = set()
            for list_id in text.list_ids:
                got = staff.recipients(list_id)
                capped += len(got.capped)
                for r in got.recipients:
                    if r.member_id in seen:
                        continue
                    seen.add(r.member_id)
                    by_list.setdefault(list_id, []).append(r.member_id)
                    recipients.append(
                        Recipient(
                            r.email,
                            r.name,
                            key=r.member_id,
                            fields={**words, "unsubscribe": footer(language, names[list_id], r.headers)},
                            headers=r.headers,
                        )
                    )
            if not recipients:
                raise ValidationError(
                    translate(
                        "Publishing",
                        "Nobody on {lists} receives announcements now (no one subscribed, or the frequency "
                        "cap holds everyone back). Nothing was sent.",
                    ).format(lists=found.audience)
                )
            draft = Draft(
                "{{ mail_subject }}",
                "{{ announcement_text }}\n\n————\n{{ unsubscribe }}",
                recipients,
                Delivery.PERSONAL,
                # signed by its owner (AN-1) and the organisation, not by the mail account's holder
                signature=signed_by(self.ctx, found.owner_id, found.owner_name),
            )
            message_ids = tuple(
                outbox.queue(
                    draft,
                    KIND.entity,
                    announcement_id,
                    kind=KIND.value,
                    source_revision=digest,
                    override=override,
                )
            )
            for list_id, members in by_list.items():
                staff.record_sent(list_id, members, found.reference)
        cancelled = outbox.cancel(stale) if stale else 0
        with self.ctx.unit_of_work() as uow:
            s = uow.session
            row = self._row(s, announcement_id)
            item = review_repo.item(s, KIND.value, row.id)
            if item is None or State(item.state) is not State.SENT:
                self.review.finish_in(s, KIND, row.id, digest, person)
            row.sent_at, row.sent_by = self.ctx.clock(), person.name
            s.flush()
        return SendOutcome(
            len(message_ids) if not already else 0, capped, message_ids, cancelled, bool(already)
        )


__all__ = [
    "KEEP",
    "Announcement",
    "AnnouncementService",
    "AudienceLine",
    "OnCalendar",
    "SendOutcome",
    "withdraw_copies_in",
]
