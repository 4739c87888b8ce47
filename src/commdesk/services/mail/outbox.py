"""The outbox: queue first, then send off the GUI thread, never losing or doubling a message.

Life of a message::

    queue() -> queued --claim--> sending --server said 250--> sent
                  ^                 |--temporary failure--> failed (next_attempt_at set: retried by back-off)
                  |                 |--permanent failure--> failed (server's reason; the user retries)
                  |                 '--answer lost after the data--> failed, uncertain
      retry()/retry_now() <--------- failed               cancel(): queued/failed/held -> cancelled
    queued --claim finds the record moved on--> held (never sent; rebuilt -> queued, or cancelled)

Sending twice is prevented by recording around each hand-over: the worker marks the message
"sending" and COMMITS before it talks to the server, and marks it "sent" right after the server's
250. If the process dies in between, the message stays "sending"; the next batch (after
``STALE_SENDING``) turns it into failed + uncertain ("may have been delivered") and never resends it
by itself: the user checks and either confirms it arrived (``confirm_delivered``) or sends it again
(``retry(..., resend_uncertain=True)``, same Message-ID so mail programs can spot a duplicate).
Claiming is a compare-and-set UPDATE, so the window and ``commdesk outbox send`` running at the same
time never both send one message.

Held: a message built from a record that must still be current when it leaves (a press release's
approved text, ``source_revision``) is checked in the same transaction that claims it
(the check the owning area registered, ``register_revision_check``: for releases ``ReleaseGate``).
If the record moved on (edited, approval voided, withdrawn) the message becomes ``held`` with the reason code and is never sent; the
release mailer rebuilds it from the new approved text (``replace_held``) or the user cancels it.
The area that changes such a record holds its stale messages at once, in the same transaction
(``hold_stale_in``); the claim checks again, and so does the worker right before it hands the
message to the server (after a slow connect). A message already handed over counts as sent before
the change.

The outbox knows no area: the areas above it register what it must ask (``register_revision_check``)
and what follows a sent message (``register_after_send``: the contact's history, minutes marked
distributed). ``services.mail.assembly.register_mail_hooks`` does that once where the app is
assembled (``bootstrap.open_database``), for the window, the command line, the demo and the tests.

Secrets: a message with ``secret_ref`` (a meeting invitation with a password) is stored with a mask
where the secret goes; the secret is read from the keyring and put in only in the copy handed to the
server (``secret_parts.insert_secret``), so the outbox, its ``.eml`` export and backups never hold it.
"""

from __future__ import annotations

import builtins
import datetime as dt
import json
import logging
import threading
import time
import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from email import message_from_bytes
from email.message import EmailMessage
from pathlib import Path
from typing import Any

from sqlalchemy.orm import Session

from commdesk.core.announcements.records import unreviewed_notice, unreviewed_notice_text
from commdesk.core.domain.people import Role
from commdesk.core.errors import NotFound, ValidationError
from commdesk.core.files import write_atomically
from commdesk.core.i18n import translate
from commdesk.core.mail.account import SmtpAccount
from commdesk.core.mail.attachment import safe_filename
from commdesk.core.mail.compose import MAIL_POLICY, Draft, check, compose, to_eml_bytes
from commdesk.core.mail.labels import HOLD_UNCHECKED
from commdesk.core.mail.transport import Backoff, MailError, RateLimiter, SendResult, SmtpTransport
from commdesk.core.review.gate import HOLD_PREFIX, Hold
from commdesk.core.rules import Finding, Level
from commdesk.persistence.models.mail import OutboxMessageRow
from commdesk.persistence.repositories.mail import (
    CANCELLED,
    FAILED,
    HELD,
    QUEUED,
    SENDING,
    SENT,
    STATUSES,
    OutboxRepository,
)
from commdesk.persistence.unit_of_work import UnitOfWork
from commdesk.services.context import ServiceContext
from commdesk.services.mail.account import MailAccountService
from commdesk.services.mail.secret_parts import insert_secret

log = logging.getLogger(__name__)

# A message still "sending" this long after it was claimed belongs to a worker that died.
STALE_SENDING = dt.timedelta(minutes=5)

__all__ = [
    "CANCELLED",
    "FAILED",
    "HELD",
    "QUEUED",
    "SENDING",
    "SENT",
    "STATUSES",
    "NeedsOverride",
    "OutboxItem",
    "OutboxService",
    "SendSummary",
    "status_label",
]


def status_label(status: str) -> str:
    from commdesk.core.mail.labels import status_labels

    return status_labels().get(status, status)


class NeedsOverride(ValidationError):
    """The draft has warnings (e.g. a vague subject, EM-1): queue again with ``override=reason``."""

    def __init__(self, findings: list[Finding]):
        self.findings = findings
        super().__init__(
            {
                "override": " ".join(f.message for f in findings)
                + " "
                + translate("Mail", "Correct this, or give a reason to send anyway.")
            }
        )


@dataclass(frozen=True)
class OutboxItem:
    id: int
    kind: str
    status: str
    subject: str
    sender: str
    recipients: tuple[str, ...]
    recipient_keys: tuple[Any, ...]
    message_id: str
    related_entity: str | None
    related_id: str | None
    attempts: int
    next_attempt_at: dt.datetime | None
    uncertain: bool
    last_error: str | None
    server_reply: str | None
    queued_by: str
    queued_at: dt.datetime
    sent_at: dt.datetime | None
    follow_up_by: dt.date | None
    follow_up_done_at: dt.datetime | None
    size: int
    source_revision: str | None = None
    held_reason: str | None = None  # a code (core.releases.gate); held_text says it in words
    secret_ref: str | None = None
    held_about: str = ""  # a held message's record as people know it (PR-2026-014, EV-2026-001)

    @property
    def held_text(self) -> str:
        """Why it is held: what it belongs to, what changed and what to do (buttons and commands)."""
        from commdesk.services.mail.holds import explain

        if self.status != HELD:
            return ""
        return explain(self.held_reason, self.related_entity, self.related_id, self.id, self.held_about)

    @property
    def retrying(self) -> bool:
        return self.status == FAILED and self.next_attempt_at is not None

    @property
    def follow_up_open(self) -> bool:
        return self.follow_up_by is not None and self.follow_up_done_at is None

    @property
    def status_text(self) -> str:
        from commdesk.core.mail.labels import state_text

        return state_text(self.status, self.uncertain, self.retrying)


@dataclass
class SendSummary:
    total: int = 0
    sent: int = 0
    failed: int = 0  # permanently, or until the user retries
    retrying: int = 0  # failed for now; tried again by back-off
    uncertain: int = 0  # may have been delivered: the user decides
    skipped: int = 0  # taken or cancelled meanwhile
    held: int = 0  # held in the outbox after the batch, never sent: what they carry changed
    remaining: int = 0  # still queued when the batch stopped
    cancelled: bool = False
    stopped_reason: str = ""  # e.g. the server could not be reached
    sent_ids: list[int] = field(default_factory=list)

    def text(self) -> str:
        line = translate(
            "Mail", "{sent} sent, {failed} failed, {retrying} to retry, {remaining} still queued."
        ).format(sent=self.sent, failed=self.failed, retrying=self.retrying, remaining=self.remaining)
        if self.held:
            line += " " + translate(
                "Mail",
                "{count} held and never sent: what they carry changed after they were "
                "made (the outbox says why; rebuild or cancel them).",
            ).format(count=self.held)
        if self.uncertain:
            line += " " + translate(
                "Mail",
                "%n interrupted message(s) may have been delivered: check them before sending them again.",
                None,
                self.uncertain,
            )
        if self.cancelled:
            line += " " + translate("Mail", "Stopped on request; the rest stays queued.")
        if self.stopped_reason:
            line += " " + translate("Mail", "Stopped: {reason}").format(reason=self.stopped_reason)
        return line


def _item(row: OutboxMessageRow, session: Session) -> OutboxItem:
    from commdesk.services.mail.holds import record_name

    held = row.status == HELD
    return OutboxItem(
        id=row.id,
        kind=row.kind,
        status=row.status,
        subject=row.subject,
        sender=row.sender,
        recipients=tuple(json.loads(row.recipients or "[]")),
        recipient_keys=tuple(json.loads(row.recipient_keys or "[]")),
        message_id=row.message_id,
        related_entity=row.related_entity,
        related_id=row.related_id,
        attempts=row.attempts,
        next_attempt_at=row.next_attempt_at,
        uncertain=bool(row.uncertain),
        last_error=row.last_error,
        server_reply=row.server_reply,
        queued_by=row.queued_by,
        queued_at=row.created_at,
        sent_at=row.sent_at,
        follow_up_by=row.follow_up_by,
        follow_up_done_at=row.follow_up_done_at,
        size=row.size,
        source_revision=row.source_revision,
        held_reason=row.held_reason,
        secret_ref=row.secret_ref,
        held_about=record_name(session, row.related_entity, row.related_id) if held else "",
    )


def _held_reason(session: Session, row: OutboxMessageRow, code: str | None) -> str:
    """Why ``row`` is held (``code``), naming its record and what to do (``services.mail.holds``)."""
    from commdesk.services.mail.holds import explain, record_name

    about = record_name(session, row.related_entity, row.related_id)
    return explain(code, row.related_entity, row.related_id, row.id, about)


def parse_message(raw: bytes) -> EmailMessage:
    # MAIL_POLICY is an EmailPolicy (it builds EmailMessage objects); typeshed reads it as Policy[Message]
    return message_from_bytes(raw, policy=MAIL_POLICY)  # type: ignore[arg-type]


class _CannotConnect(Exception):
    def __init__(self, error: MailError):
        super().__init__(str(error))
        self.error = error


#: A step after a message was sent: ``hook(ctx, item)``, run outside the outbox's transactions.
SentHook = Callable[[ServiceContext, OutboxItem], None]
#: ``check(session, related_id, source_revision) -> hold code or None``, run inside the outbox's
#: transactions (claim, the hand-over to the server, export, ``hold_stale_in``).
RevisionCheck = Callable[[Session, str | None, str | None], str | None]

_revision_checks: dict[str, RevisionCheck] = {}
#: why a plain mail presenting itself as an important notice to staff is held (AN-4)
HOLD_UNREVIEWED_NOTICE = HOLD_PREFIX + Hold.UNREVIEWED.value
#: ``check(session, addresses) -> bool``: whether any address belongs to the staff directory
StaffCheck = Callable[[Session, Sequence[str]], bool]
_staff_checks: list[StaffCheck] = []
_after_send: dict[str, list[SentHook]] = {}


def register_revision_check(related_entity: str, check: RevisionCheck) -> None:
    """Messages kept with a record of ``related_entity`` are checked by ``check`` before they leave:
    the area that owns such records says whether what a message carries is still current (a release
    still approved in that version, a meeting as invited). One check per entity; registering again
    replaces it."""
    _revision_checks[related_entity] = check


def register_after_send(kind: str, hook: SentHook) -> None:
    """Run ``hook`` after the server accepted a message of ``kind``; registering the same hook twice
    runs it once."""
    hooks = _after_send.setdefault(kind, [])
    if hook not in hooks:
        hooks.append(hook)


def revision_check_for(related_entity: str | None) -> RevisionCheck | None:
    """The check registered for messages kept with ``related_entity``, if any."""
    return _revision_checks.get(related_entity or "")


# Who may put mail in the outbox and handle it (every outbox write checks it).
SENDERS = (Role.OFFICER, Role.ADMINISTRATOR)


class OutboxService:
    def __init__(self, ctx: ServiceContext):
        self.ctx = ctx
        self.backoff = Backoff()
        self.monotonic: Callable[[], float] = time.monotonic
        # sleep(seconds, cancel): waits, returning early when cancelled (tests replace it)
        self.sleep: Callable[[float, threading.Event], Any] = lambda seconds, cancel: cancel.wait(seconds)
        self.transport_factory: Callable[..., SmtpTransport] = SmtpTransport

    @property
    def accounts(self) -> MailAccountService:
        return self.ctx.service(MailAccountService)

    def _require_sender(self, action: str):
        return self.ctx.require(*SENDERS, action=action)

    def may_send(self) -> str:
        """ "" when the acting person may send and handle mail now (queue, send, retry, cancel, rebuild,
        confirm), else why not in words: what the window shows on the buttons this service would refuse."""
        return self.ctx.refusal(*SENDERS, action=translate("Mail", "send mail"))

    # -- composing and queueing -------------------------------------------------------------------
    def _composing_account(self) -> SmtpAccount:
        """The stored account, else one made from the acting person (for .eml files without SMTP)."""
        account = self.accounts.account()
        if account is not None:
            return account
        person = self.ctx.current()
        return SmtpAccount(host="localhost", sender_name=person.name, sender_address=person.email or "")

    def now_here(self) -> dt.datetime:
        """Now in the organisation's zone: a message's Date header says the office's time, never the
        process's zone by accident (the instant is the same either way)."""
        from commdesk.core.timezones import org_zone
        from commdesk.services.settings import SettingsService

        return self.ctx.clock().astimezone(org_zone(self.ctx.service(SettingsService).organisation()))

    def check(self, draft: Draft) -> list[Finding]:
        """Every finding for ``draft`` (EM-1, EM-2, EM-3) before it is queued."""
        return check(draft, self._composing_account())

    def queue(
        self,
        draft: Draft,
        related_entity: str | None = None,
        related_id: Any = None,
        *,
        kind: str = "mail",
        override: str | None = None,
        follow_up_by: dt.date | None = None,
        source_revision: str | None = None,
        secret_ref: str | None = None,
    ) -> list[int]:
        """Compose ``draft`` and queue each message; returns their ids. Warnings need ``override``
        (a reason, written into the audit log); blocking findings raise ValidationError.

        ``source_revision``: the revision of the related record the draft was built from (checked
        when the message is sent, see "Held" above). ``secret_ref``: the keyring entry put into the
        message only when it is sent."""
        self._require_sender(translate("Mail", "send mail"))
        account = self.accounts.require_account()
        with self.ctx.unit_of_work() as uow:
            return self.queue_in(
                uow,
                [(draft, related_entity, related_id)],
                kind=kind,
                override=override,
                follow_up_by=follow_up_by,
                source_revision=source_revision,
                secret_ref=secret_ref,
                account=account,
            )[0]

    def queue_in(
        self,
        uow: UnitOfWork,
        drafts: Sequence[tuple[Draft, str | None, Any]],
        *,
        kind: str = "mail",
        override: str | None = None,
        follow_up_by: dt.date | None = None,
        source_revision: str | None = None,
        secret_ref: str | None = None,
        account: SmtpAccount | None = None,
    ) -> list[list[int]]:
        """``queue`` for many drafts ``(draft, related_entity, related_id)`` inside the caller's
        unit of work (the mail intake's acknowledgements of a batch): the same checks on each draft
        (the sender's right, EM-1..EM-3, warnings needing ``override``, no unreviewed notice to
        the staff), the account, the office's time and the sender's right looked at once. Returns
        each draft's message ids, in order. A draft refused raises before anything of it is
        written; the drafts before it stay written in ``uow`` (the caller's savepoint decides)."""
        self._require_sender(translate("Mail", "send mail"))
        account = account or self.accounts.require_account()
        now = self.now_here()
        queued_at = self.ctx.clock()
        who = self.ctx.current().name
        repo = OutboxRepository(uow.session)
        out: list[list[int]] = []
        for draft, related_entity, related_id in drafts:
            findings = check(draft, account)
            warnings = [f for f in findings if f.level is Level.WARN]
            if warnings and not (override or "").strip():
                raise NeedsOverride(warnings)
            mails = compose(draft, account, now=now)
            _refuse_notice_to_staff(uow.session, kind, draft)
            batch = uuid.uuid4().hex
            ids: list[int] = []
            for mail in mails:
                raw = to_eml_bytes(mail.message)
                row = repo.add(
                    OutboxMessageRow(
                        batch=batch,
                        kind=kind,
                        status=QUEUED,
                        subject=str(mail.message["Subject"] or ""),
                        sender=account.sender_address,
                        recipients=json.dumps(list(mail.envelope_to), ensure_ascii=False),
                        recipient_keys=json.dumps(list(mail.recipient_keys), ensure_ascii=False, default=str),
                        message_id=mail.message_id,
                        raw=raw,
                        size=len(raw),
                        related_entity=related_entity,
                        related_id=None if related_id is None else str(related_id),
                        attempts=0,
                        uncertain=False,
                        queued_by=who,
                        follow_up_by=follow_up_by,
                        source_revision=source_revision,
                        secret_ref=secret_ref,
                        created_at=queued_at,
                        updated_at=queued_at,
                    )
                )
                ids.append(row.id)
            if warnings:
                uow.event(
                    "mail_outbox",
                    ids[0],
                    "override",
                    note=(override or "").strip()
                    + " | "
                    + " ".join(f"{f.rule}: {f.message}" for f in warnings),
                )
            out.append(ids)
        return out

    def save_as_eml(self, draft: Draft, folder: str | Path) -> list[Path]:
        """Write the draft's messages as .eml files any mail program opens (no account needed)."""
        with self.ctx.unit_of_work() as uow:
            _refuse_notice_to_staff(uow.session, "mail", draft)
        account = self._composing_account()
        mails = compose(draft, account, now=self.now_here())
        return _write_eml(
            Path(folder),
            [(str(m.message["Subject"] or ""), to_eml_bytes(m.message, unsent=True)) for m in mails],
        )

    def export_eml(self, ids: Sequence[int], folder: str | Path) -> list[Path]:
        """Messages as .eml files. A message not yet sent leaves the organisation this way too, so one
        whose record moved on (a release no longer approved in this version) is refused, as at send
        time; a sent one is the record of what went out. Secrets stay masked."""
        with self.ctx.unit_of_work() as uow:
            repo = OutboxRepository(uow.session)
            rows = [self._row(repo, i) for i in ids]
            for r in rows:
                code = hold_code_of(uow.session, r) if r.status != SENT else None
                if code:
                    raise ValidationError(
                        {
                            "status": translate("Mail", "Message {id} cannot be exported: {reason}").format(
                                id=r.id, reason=_held_reason(uow.session, r, code)
                            )
                        }
                    )
            items = [(r.subject, to_eml_bytes(parse_message(r.raw), unsent=r.status != SENT)) for r in rows]
        return _write_eml(Path(folder), items)

    def hold_stale(self, related_entity: str | None = None, related_id: Any = None) -> int:
        """Hold every queued or failed message (of one record, or all) whose record moved on; returns
        how many. The areas that change such a record do this in their own transaction
        (``hold_stale_in``); this is for a caller that only wants the outbox up to date."""
        with self.ctx.unit_of_work() as uow:
            return hold_stale_in(uow, related_entity, related_id)

    def replace_held(self, replacements: dict[int, tuple[Any, str]], note: str = "") -> int:
        """Put rebuilt messages in place of held ones and queue them again: ``{id: (ComposedMail,
        source_revision)}``. One transaction; each one is written into the audit log. Returns how many."""
        self._require_sender(translate("Mail", "rebuild held mail"))
        now = self.ctx.clock()
        done = 0
        with self.ctx.unit_of_work() as uow:
            repo = OutboxRepository(uow.session)
            for i, (mail, revision) in replacements.items():
                raw = to_eml_bytes(mail.message)
                if repo.transition(
                    i,
                    (HELD,),
                    status=QUEUED,
                    held_reason=None,
                    raw=raw,
                    size=len(raw),
                    subject=str(mail.message["Subject"] or ""),
                    message_id=mail.message_id,
                    recipients=json.dumps(list(mail.envelope_to), ensure_ascii=False),
                    source_revision=revision,
                    attempts=0,
                    next_attempt_at=None,
                    last_error=None,
                    uncertain=False,
                    updated_at=now,
                ):
                    uow.event("mail_outbox", i, "rebuild", note=note or None)
                    done += 1
        return done

    # -- reading ----------------------------------------------------------------------------------
    @staticmethod
    def _row(repo: OutboxRepository, message_id: int) -> OutboxMessageRow:
        row = repo.get(message_id)
        if row is None:
            raise NotFound(
                translate("Mail", "Message {id} is no longer in the outbox.").format(id=message_id)
            )
        return row

    def list(
        self,
        status: str | Sequence[str] | None = None,
        *,
        kind: str | None = None,
        limit: int | None = None,
        offset: int = 0,
    ) -> builtins.list[OutboxItem]:
        statuses = [status] if isinstance(status, str) else status
        if statuses:
            unknown = [s for s in statuses if s not in STATUSES]
            if unknown:
                raise ValidationError(
                    {
                        "status": translate("Mail", "Unknown status {status}; use one of: {choices}.").format(
                            status=", ".join(unknown), choices=", ".join(STATUSES)
                        )
                    }
                )
        with self.ctx.unit_of_work() as uow:
            return [
                _item(r, uow.session)
                for r in OutboxRepository(uow.session).list(statuses, kind=kind, limit=limit, offset=offset)
            ]

    def get(self, message_id: int) -> OutboxItem:
        with self.ctx.unit_of_work() as uow:
            return _item(self._row(OutboxRepository(uow.session), message_id), uow.session)

    def message(self, message_id: int) -> EmailMessage:
        """The stored message as it is (or was) handed to the server."""
        with self.ctx.unit_of_work() as uow:
            return parse_message(self._row(OutboxRepository(uow.session), message_id).raw)

    def for_record(self, entity: str, record_id: Any) -> builtins.list[OutboxItem]:
        """Every message kept with a record (meeting, minutes, release, contact), newest first."""
        with self.ctx.unit_of_work() as uow:
            return [
                _item(r, uow.session)
                for r in OutboxRepository(uow.session).list(related=(entity, str(record_id)))
            ]

    def counts(self) -> dict[str, int]:
        with self.ctx.unit_of_work() as uow:
            return OutboxRepository(uow.session).counts()

    def failures(self) -> int:
        """What the Outbox badge shows: failed and held messages (both wait for the user)."""
        counts = self.counts()
        return counts[FAILED] + counts[HELD]

    # -- the user's decisions ---------------------------------------------------------------------
    def cancel(self, ids: Sequence[int]) -> int:
        """Cancel queued, failed or held messages; returns how many were cancelled (sent ones stay sent)."""
        self._require_sender(translate("Mail", "cancel mail"))
        done = 0
        with self.ctx.unit_of_work() as uow:
            repo = OutboxRepository(uow.session)
            for i in ids:
                if repo.transition(i, (QUEUED, FAILED, HELD), status=CANCELLED, next_attempt_at=None):
                    uow.event("mail_outbox", i, "cancel")
                    done += 1
        return done

    def retry(self, ids: Sequence[int], *, resend_uncertain: bool = False) -> int:
        """Queue failed (or cancelled) messages again, to go with the next send. A message that may
        have been delivered is only resent with ``resend_uncertain`` (the user checked)."""
        self._require_sender(translate("Mail", "retry mail"))
        done = 0
        with self.ctx.unit_of_work() as uow:
            repo = OutboxRepository(uow.session)
            for i in ids:
                row = self._row(repo, i)
                if row.status == HELD:
                    raise ValidationError(
                        {
                            "status": translate("Mail", "Message {id} is held: {reason}").format(
                                id=i, reason=_held_reason(uow.session, row, row.held_reason)
                            )
                        }
                    )
                if row.uncertain and not resend_uncertain:
                    raise ValidationError(
                        {
                            "uncertain": translate(
                                "Mail",
                                "'{subject}' may have reached {to} already (the connection broke while it was "
                                "being sent). Check with a recipient, then either mark it delivered or confirm sending "
                                "it again.",
                            ).format(subject=row.subject, to=", ".join(json.loads(row.recipients)))
                        }
                    )
                if repo.transition(
                    i, (FAILED, CANCELLED), status=QUEUED, next_attempt_at=None, uncertain=False
                ):
                    uow.event(
                        "mail_outbox", i, "retry", note="resend after interruption" if row.uncertain else None
                    )
                    done += 1
        return done

    def confirm_delivered(self, message_id: int) -> None:
        """The user checked: an interrupted message did arrive. It counts as sent."""
        self._require_sender(translate("Mail", "confirm a delivery"))
        with self.ctx.unit_of_work() as uow:
            repo = OutboxRepository(uow.session)
            row = self._row(repo, message_id)
            if not row.uncertain or not repo.transition(
                message_id,
                (FAILED,),
                status=SENT,
                uncertain=False,
                next_attempt_at=None,
                sent_at=row.sending_at,
            ):
                raise ValidationError(
                    {"status": translate("Mail", "Only an interrupted message can be marked as delivered.")}
                )
            uow.event("mail_outbox", message_id, "confirm_delivered")

    def set_follow_up(self, message_id: int, by: dt.date | None) -> None:
        """EM-5: "needs follow-up by DATE" (None removes it)."""
        self._require_sender(translate("Mail", "set a follow-up"))
        with self.ctx.unit_of_work() as uow:
            row = self._row(OutboxRepository(uow.session), message_id)
            row.follow_up_by, row.follow_up_done_at = by, None
            uow.event("mail_outbox", message_id, "follow_up", note=by.isoformat() if by else None)

    def confirm_follow_up(self, message_id: int) -> None:
        """EM-5: the answer came or the matter is settled; the message leaves the follow-up list."""
        self._require_sender(translate("Mail", "confirm a follow-up"))
        with self.ctx.unit_of_work() as uow:
            row = self._row(OutboxRepository(uow.session), message_id)
            if row.follow_up_by is None:
                raise ValidationError({"follow_up": translate("Mail", "This message has no follow-up date.")})
            row.follow_up_done_at = self.ctx.clock()
            uow.event("mail_outbox", message_id, "follow_up_confirmed")

    def follow_ups(self) -> builtins.list[OutboxItem]:
        """Messages waiting for a follow-up, the earliest date first (until confirmed)."""
        with self.ctx.unit_of_work() as uow:
            return [_item(r, uow.session) for r in OutboxRepository(uow.session).list(follow_up_open=True)]

    # -- the worker -------------------------------------------------------------------------------
    def recover_interrupted(self) -> int:
        """Messages left "sending" by a worker that died become failed + uncertain (never resent
        automatically). Returns how many."""
        now = self.ctx.clock()
        n = 0
        with self.ctx.unit_of_work() as uow:
            repo = OutboxRepository(uow.session)
            for row in repo.stale_sending(now - STALE_SENDING):
                if repo.transition(
                    row.id,
                    (SENDING,),
                    status=FAILED,
                    uncertain=True,
                    next_attempt_at=None,
                    last_error=translate(
                        "Mail",
                        "Sending was interrupted (commdesk closed or the computer stopped) "
                        "after the message was handed to the server; it may have been delivered.",
                    ),
                ):
                    n += 1
        return n

    def due(self) -> int:
        with self.ctx.unit_of_work() as uow:
            return len(OutboxRepository(uow.session).due_ids(self.ctx.clock()))

    def _claim(self, message_id: int) -> tuple[bytes, int, str | None] | str | None:
        """Claim a due message: (raw, attempts, secret_ref); HELD when its record moved on (it is held
        in the same transaction, never sent); None when someone else took it."""
        with self.ctx.unit_of_work() as uow:
            repo = OutboxRepository(uow.session)
            row = repo.get(message_id)
            if row is None or row.status not in (QUEUED, FAILED):
                return None
            code = hold_code_of(uow.session, row)
            if code:
                return HELD if _hold(uow, repo, row.id, (row.status,), code) else None
            if not repo.transition(
                message_id,
                (row.status,),
                status=SENDING,
                sending_at=self.ctx.clock(),
                attempts=row.attempts + 1,
            ):
                return None
            return row.raw, row.attempts + 1, row.secret_ref
        # committed: from here on, a crash leaves the message "sending", never "queued"

    def _stopped_at_handover(self, message_id: int) -> bool:
        """Checked again right before the claimed message is handed to the server (the connection is
        open): the record may have moved on since the claim (a slow server, a colleague saving
        meanwhile). True when it must not go: held now, or no longer ours to send."""
        with self.ctx.unit_of_work() as uow:
            repo = OutboxRepository(uow.session)
            row = repo.get(message_id)
            if row is None or row.status != SENDING:
                return True
            code = hold_code_of(uow.session, row)
            if code:
                _hold(uow, repo, message_id, (SENDING,), code)
            return bool(code)

    def _mark_sent(self, message_id: int, result: SendResult) -> OutboxItem:
        reply = result.reply
        if result.refused:
            reply += " | " + translate("Mail", "refused: {list}").format(
                list="; ".join(f"{a} ({c} {t})" for a, (c, t) in result.refused.items())
            )
        with self.ctx.unit_of_work() as uow:
            repo = OutboxRepository(uow.session)
            repo.transition(
                message_id,
                (SENDING,),
                status=SENT,
                sent_at=self.ctx.clock(),
                server_reply=reply,
                last_error=None,
                next_attempt_at=None,
                uncertain=False,
            )
            uow.session.expire_all()
            return _item(self._row(repo, message_id), uow.session)

    def _mark_failed(self, message_id: int, attempts: int, err: MailError) -> str:
        """Record the failure; returns "retrying", "failed" or "uncertain"."""
        now = self.ctx.clock()
        if err.uncertain:
            outcome, next_at = "uncertain", None
        elif self.backoff.should_retry(err, attempts):
            outcome, next_at = "retrying", self.backoff.next_attempt(attempts, now)
        else:
            outcome, next_at = "failed", None
        reason = str(err) + (f" [{err.reply}]" if err.reply and err.reply not in str(err) else "")
        with self.ctx.unit_of_work() as uow:
            OutboxRepository(uow.session).transition(
                message_id,
                (SENDING,),
                status=FAILED,
                last_error=reason,
                next_attempt_at=next_at,
                uncertain=err.uncertain,
            )
        return outcome

    def _wait_turn(self, limiter: RateLimiter, cancel: threading.Event, pause: threading.Event) -> bool:
        """Wait while paused or over the rate limit; False when cancelled."""
        while True:
            if cancel.is_set():
                return False
            if pause.is_set():
                self.sleep(0.1, cancel)
                continue
            delay = limiter.delay()
            if delay <= 0:
                return True
            self.sleep(min(delay, 0.5), cancel)

    def send_pending(
        self,
        progress: Callable[[int, int], None] | None = None,
        cancel: threading.Event | None = None,
        pause: threading.Event | None = None,
        *,
        password: str | None = None,
    ) -> SendSummary:
        """Send what is due: queued messages and failed ones whose retry time has come.

        Resumable: run it again after a crash, a cancel or a server outage and it continues with what
        is left; nothing the server accepted is sent again. Stops early when the server cannot be
        reached (the rest stays queued).
        """
        self._require_sender(translate("Mail", "send mail"))
        account = self.accounts.require_account()
        if password is None:
            password = self.accounts.password(account)
        if account.login and not password:
            raise MailError(
                translate(
                    "Mail",
                    "No password is stored for {user}: set it with 'commdesk mail set-password' or in "
                    "Outbox > Account.",
                ).format(user=account.login),
                permanent=True,
            )
        cancel = cancel or threading.Event()
        pause = pause or threading.Event()
        progress = progress or (lambda done, total: None)
        summary = SendSummary(uncertain=self.recover_interrupted())
        with self.ctx.unit_of_work() as uow:
            ids = OutboxRepository(uow.session).due_ids(self.ctx.clock())
        summary.total = len(ids)
        limiter = RateLimiter(account.per_minute, clock=self.monotonic, sleep=lambda s: self.sleep(s, cancel))
        context = self.accounts.ssl_context()
        transport: SmtpTransport | None = None
        position = 0
        try:
            for position, message_id in enumerate(ids):
                progress(position, len(ids))
                if not self._wait_turn(limiter, cancel, pause):
                    summary.cancelled = True
                    break
                claimed = self._claim(message_id)
                if claimed is None:
                    summary.skipped += 1
                    continue
                if isinstance(claimed, str):  # HELD: its record moved on, never sent
                    continue
                raw, attempts, secret_ref = claimed
                msg = parse_message(raw)
                if secret_ref:
                    try:
                        msg = insert_secret(msg, secret_ref)  # only in this copy, never stored
                    except MailError as err:  # the secret is gone from the keyring
                        summary.failed += 1
                        self._mark_failed(message_id, attempts, err)
                        continue
                try:
                    fresh = transport is None
                    if fresh:
                        transport = self._open(account, password, context)
                    if self._stopped_at_handover(message_id):
                        continue
                    transport, result = self._deliver(transport, account, password, context, msg, fresh)
                except _CannotConnect as exc:
                    # not this message's fault (server away, password refused): it stays queued
                    self._release(message_id)
                    transport = None
                    summary.stopped_reason = str(exc.error)
                    break
                except MailError as err:
                    outcome = self._mark_failed(message_id, attempts, err)
                    setattr(summary, outcome, getattr(summary, outcome) + 1)
                    log.info("outbox message %s %s: %s", message_id, outcome, err)
                    if err.code is None or err.uncertain:  # the connection broke: stop the batch
                        if transport is not None:
                            transport.close()
                            transport = None
                        summary.stopped_reason = str(err)
                        position += 1
                        break
                    continue
                limiter.record()
                item = self._mark_sent(message_id, result)
                summary.sent += 1
                summary.sent_ids.append(message_id)
                self._run_hooks(item)
            else:
                position = len(ids)
        finally:
            if transport is not None:
                transport.close()
        with self.ctx.unit_of_work() as uow:
            repo = OutboxRepository(uow.session)
            summary.remaining = sum(
                1 for i in ids[position:] if (r := repo.get(i)) is not None and r.status == QUEUED
            )
            summary.held = repo.counts()[HELD]
        progress(len(ids) - summary.remaining, len(ids))
        return summary

    def _open(self, account, password, context) -> SmtpTransport:
        try:
            return self.transport_factory(account, password, ssl_context=context).open()
        except MailError as err:
            raise _CannotConnect(err) from err

    def _deliver(
        self, transport, account, password, context, msg, fresh: bool
    ) -> tuple[SmtpTransport, SendResult]:
        """Send on the open connection; one that went stale between two messages (``fresh`` False:
        dropped before the message was handed over) is replaced once."""
        try:
            return transport, transport.send(msg)
        except MailError as err:
            if fresh or err.uncertain or err.code is not None:
                raise
            transport.close()
        transport = self._open(account, password, context)
        try:
            return transport, transport.send(msg)
        except MailError:
            transport.close()
            raise

    def _release(self, message_id: int) -> None:
        """Give a claimed message back to the queue: it never reached the server."""
        with self.ctx.unit_of_work() as uow:
            repo = OutboxRepository(uow.session)
            row = self._row(repo, message_id)
            repo.transition(
                message_id, (SENDING,), status=QUEUED, attempts=max(0, row.attempts - 1), sending_at=None
            )

    def _run_hooks(self, item: OutboxItem) -> None:
        for hook in list(_after_send.get(item.kind, ())):
            try:
                hook(self.ctx, item)
            except Exception:
                log.exception("after-send step for outbox message %s failed", item.id)


def hold_code_of(session: Session, row: OutboxMessageRow) -> str | None:
    """Why ``row`` must not leave now (its record moved on), from the owning area's registered check
    (which also decides about a message without a revision); None when it may go. A message built
    from a record (a release, an invitation, minutes: any kind but plain ``mail``) that no registered
    check covers is held (``HOLD_UNCHECKED``): a program assembled without its areas' checks fails
    closed instead of sending what it cannot check."""
    sender = (row.sender or "").strip().casefold()
    to = [a for a in json.loads(row.recipients or "[]") if a.strip().casefold() != sender]
    if notice_to_staff(session, row.kind, row.subject, to):  # AN-4: no review stands behind it
        return HOLD_UNREVIEWED_NOTICE
    check_ = revision_check_for(row.related_entity)
    if check_ is not None:
        return check_(session, row.related_id, row.source_revision)
    return None if row.kind == "mail" else HOLD_UNCHECKED


def register_staff_check(check: StaffCheck) -> None:
    """How the outbox tells an address of the staff directory (``services.staff`` says it)."""
    _staff_checks[:] = [check]


def notice_to_staff(session: Session, kind: str, subject: str, addresses: Sequence[str]) -> bool:
    """AN-4: a message presenting itself as an important notice, from no reviewed item, to someone
    in the staff directory: only a reviewed announcement may be that. Without a registered check
    (a program assembled without the staff area) every such notice counts as one (fail closed)."""
    if not unreviewed_notice(kind, subject):
        return False
    return not _staff_checks or any(check(session, addresses) for check in _staff_checks)


def _refuse_notice_to_staff(session: Session, kind: str, draft: Draft) -> None:
    if notice_to_staff(session, kind, draft.subject, [r.address for r in draft.recipients] + list(draft.cc)):
        raise ValidationError({"subject": unreviewed_notice_text()})


def _hold(uow, repo: OutboxRepository, message_id: int, from_statuses: tuple[str, ...], code: str) -> bool:
    if repo.transition(message_id, from_statuses, status=HELD, held_reason=code, next_attempt_at=None):
        uow.event("mail_outbox", message_id, "hold", note=code)
        return True
    return False


def hold_stale_in(uow, related_entity: str | None = None, related_id: Any = None) -> int:
    """Inside the caller's unit of work: hold every queued or failed message (of one record, or all)
    whose record moved on, each with an audit entry; returns how many. The area that edits a record
    calls it in the same transaction, so the outbox and Home show the held mail at once and
    re-approval finds it. An interrupted message that may have been delivered is left for the
    user's decision (it is checked again if it is queued again)."""
    repo = OutboxRepository(uow.session)
    related = (related_entity, str(related_id)) if related_entity is not None else None
    held = 0
    for row in repo.list((QUEUED, FAILED), related=related):
        if row.uncertain:
            continue
        code = hold_code_of(uow.session, row)
        if code and _hold(uow, repo, row.id, (row.status,), code):
            held += 1
    return held


def _write_eml(folder: Path, items: builtins.list[tuple[str, bytes]]) -> builtins.list[Path]:
    if not folder.is_dir():
        raise ValidationError(
            {"folder": translate("Mail", "The folder {folder} does not exist.").format(folder=folder)}
        )
    paths = []
    for n, (subject, data) in enumerate(items, 1):
        stem = safe_filename(subject)[:80] or "mail"
        path = folder / f"{n:03d}-{stem}.eml"
        paths.append(write_atomically(path, data))  # owner-only, never half a file
    return paths
