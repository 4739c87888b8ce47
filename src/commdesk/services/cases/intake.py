"""Taking feedback into cases: from the mailbox over IMAP, from saved ``.eml`` files and from a web
form's CSV export. Every message is accounted for in the result: a new case, joined its case, a
duplicate (skipped), the staff directory's, or set aside with the reason.

What happens to one message (``core.mail.incoming`` has read it, never failing):

- **Duplicate**: its fingerprint was taken in before (the intake log ``case_intake_messages``: the
  same message by IMAP or as a file is the same), or a case already holds its Message-ID: skipped
  and counted. Nothing is fetched or stored twice.
- **Set aside**: it cannot be read (empty, not mail, too large, broken beyond repair), or it is an
  automatic reply or a bounce that belongs to no case. Kept in the intake log with the reason and
  the message as it arrived, for a person to look at (``set_aside_messages``), never dropped.
- **Joins a case**: a case reference in the subject (``CD-2026-000123``), or In-Reply-To /
  References naming a message of a case (theirs, or our acknowledgement or answer in the outbox).
  A message from them is added to the conversation (a case waiting for them resumes); an
  automatic reply or a bounce is recorded on the case as a note and changes nothing else.
- **The staff directory's**: an unsubscribe or a subscription confirmation (a token in it: a staff
  announcement's ``List-Unsubscribe`` mailto), a bounce of an announcement or a confirmation mail,
  a reply to one (``intake_staff``): done by the staff directory, never a case; a person's reply
  is set aside for a person to read.
- **New case**: channel mailbox or web form; raised by the contact with that e-mail address, else
  a customer record (name, address, phone), else anonymous; its category from the administrators'
  intake rules (``CaseRepliesService``), else none ("to be sorted"); a category routes it to its
  department. A normal readable message with a sender's address is **acknowledged at once through
  the outbox** (FB-2): the template of its category and language (the message's language, else
  the desk's), stating the reference and the promised time (the first response's due on the
  working calendar, in the organisation's zone). The outbox's own checks apply (it is plain mail of
  the desk, like an answer); the mail says ``Auto-Submitted: auto-replied`` so that the other side's
  automatic replies stay quiet (RFC 3834). Automatic replies and bounces are never acknowledged.

Each message is first **claimed**: its intake log entry is written as "being taken in" (the
fingerprint is unique, so two desks taking in the same mailbox never both make a case of one
message: the second counts it as a duplicate). Then the case service's own steps store it, and
finally what became of it and (IMAP) the mailbox cursor after it are written.

Messages are taken in **in batches** of ``BATCH`` in ONE transaction: the log entries, the cases,
their acknowledgements in the outbox and the cursor commit together (one commit, one seal of the
audit log and one note of its head per batch instead of some fifteen per message). Inside it the
case service works in the batch's unit of work and returns ids (``CaseService.open_in``,
``message_in``, ``note_in``, ``acknowledged_in``: a new case, its history, clocks and message are a
few inserts, never read back); the outbox and settings services run unchanged, every unit of work
they open joining the batch's transaction as a savepoint (``BatchContext``), so one refused step
(caught and said in the item) undoes only itself; each message is a savepoint of its own too. What
every message asks for (the settings, the mail account, the clock targets, the acknowledgement
template) is read once per batch, the contacts of its senders in one read. A message's log entry is
written once, at its end, with what became of it: nobody sees a batch before it commits. Two desks
taking in the same messages still never both make a case of one: the second's entry is refused by
the unique fingerprint (SQLite: it waits for the write lock and finds the message known), so that
message fails in its batch and is taken in again on its own, where its claim finds it taken. A message that fails unexpectedly undoes only its
own savepoint: the batch's messages before it are committed, and it is taken in again on its own,
step by step, as below (what it raises then stops the intake as before, the later messages
untouched).

On its own, a message goes through the services' units of work one after another (its claim
first, then the case made noted on the claim at once). An intake stopped part-way (a crash, a lost
connection) leaves the cursor at the last message finished (a batch stopped before its commit
leaves nothing of itself: it is taken in again whole); a half-done message is taken over by the
next intake after ``STALE_PENDING`` and finished where it stood: the same case, its message added
once, its acknowledgement queued once.
"""

from __future__ import annotations

import builtins
import logging
import os
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from email import message_from_bytes, policy
from email.message import EmailMessage
from enum import StrEnum
from pathlib import Path
from zoneinfo import ZoneInfo

from commdesk.core.cases.escalation import desk_signature
from commdesk.core.cases.reference import find_reference, tag_subject
from commdesk.core.cases.replies import language_of, render_reply
from commdesk.core.cases.workflow import CaseStatus, Channel
from commdesk.core.domain.people import Role
from commdesk.core.errors import Cancelled, CommdeskError, NotFound, ValidationError
from commdesk.core.events.rsvp import token_in
from commdesk.core.i18n import translate
from commdesk.core.mail.imap_account import ImapAccount
from commdesk.core.mail.incoming import GENERATED_ID_DOMAIN, IncomingMessage, MessageKind, Source
from commdesk.persistence.repositories import case_replies as repo
from commdesk.persistence.repositories import cases as cases_repo
from commdesk.persistence.unit_of_work import UnitOfWork
from commdesk.services.cases.intake_batch import BatchContext, joined
from commdesk.services.cases.intake_staff import STAFF_MAIL, StaffMail, answer_to_staff_mail, token_mail
from commdesk.services.cases.replies import CaseRepliesService, category_by_rules
from commdesk.services.cases.service import Case, CaseService, MessageIn, OpenedCase
from commdesk.services.context import ServiceContext
from commdesk.services.mail.imap_fetch import DEFAULT_BATCH, CancelFlag, ImapCursor, MailboxFetchService
from commdesk.services.settings import SettingsService

log = logging.getLogger(__name__)

# A set-aside message is kept as it arrived up to this size (a larger one: its headers only).
KEEP_RAW_BYTES = 16 * 1024 * 1024
_ID_LIMIT = 300  # what a stored Message-ID may hold
# A message left "being taken in" longer than this by an intake that stopped is taken over.
STALE_PENDING = timedelta(minutes=10)
#: how far back a mail's own date is believed as the time the office received it (mail that sat in
#: the mailbox over a long holiday). Older or in the future
#: (a sender's wrong clock, a forged header), the clocks count from when it was taken in: whoever
#: writes the Date header must not decide that a case is born overdue.
BELIEVED_AGE = timedelta(days=31)
# Messages taken in per transaction: few enough that another desk waits at most a moment for the
# write lock, enough that the commit (and the audit head noted after it) is a small part of each.
BATCH = 100


class IntakeOutcome(StrEnum):
    NEW = "new"
    JOINED = "joined"
    DUPLICATE = "duplicate"
    SET_ASIDE = "set_aside"
    STAFF = "staff"  # the staff directory's mail (an unsubscribe, a bounced announcement): done there
    EVENT = "event"  # an answer to an event invitation, recorded on the invitee: never a case

    @property
    def label(self) -> str:
        return {
            IntakeOutcome.NEW: lambda: translate("Cases", "new case"),
            IntakeOutcome.JOINED: lambda: translate("Cases", "joined its case"),
            IntakeOutcome.DUPLICATE: lambda: translate("Cases", "duplicate, skipped"),
            IntakeOutcome.SET_ASIDE: lambda: translate("Cases", "set aside"),
            IntakeOutcome.STAFF: lambda: translate("Cases", "for the staff directory"),
            IntakeOutcome.EVENT: lambda: translate("Cases", "an answer to an event invitation"),
        }[self]()


@dataclass(frozen=True)
class IntakeItem:
    """What became of one message."""

    origin: str  # "INBOX, UID 17", "feedback.eml", "form.csv, row 4"
    outcome: IntakeOutcome
    subject: str
    sender: str
    kind: MessageKind = MessageKind.NORMAL
    case_id: int | None = None
    reference: str = ""
    reason: str = ""  # set aside: why; a new case not acknowledged: why not
    acknowledgement_id: int | None = None  # the outbox message
    problems: tuple[str, ...] = ()  # what was repaired when it was read


@dataclass
class IntakeResult:
    items: builtins.list[IntakeItem] = field(default_factory=list)
    fetched: int = 0  # IMAP: messages fetched from the server

    def _of(self, outcome: IntakeOutcome) -> builtins.list[IntakeItem]:
        return [i for i in self.items if i.outcome is outcome]

    @property
    def new(self) -> builtins.list[IntakeItem]:
        return self._of(IntakeOutcome.NEW)

    @property
    def joined(self) -> builtins.list[IntakeItem]:
        return self._of(IntakeOutcome.JOINED)

    @property
    def duplicates(self) -> builtins.list[IntakeItem]:
        return self._of(IntakeOutcome.DUPLICATE)

    @property
    def set_aside(self) -> builtins.list[IntakeItem]:
        return self._of(IntakeOutcome.SET_ASIDE)

    @property
    def staff(self) -> builtins.list[IntakeItem]:
        return self._of(IntakeOutcome.STAFF)

    @property
    def event_replies(self) -> builtins.list[IntakeItem]:
        return self._of(IntakeOutcome.EVENT)

    @property
    def acknowledged(self) -> builtins.list[IntakeItem]:
        return [i for i in self.items if i.acknowledgement_id is not None]

    def counts(self) -> dict[str, int]:
        return {
            "new": len(self.new),
            "joined": len(self.joined),
            "duplicate": len(self.duplicates),
            "set_aside": len(self.set_aside),
            "staff": len(self.staff),
            "event": len(self.event_replies),
            "acknowledged": len(self.acknowledged),
        }


# A message to take in: as read, as it arrived (kept if set aside), and (IMAP) the cursor after it.
_Work = tuple[IncomingMessage, bytes | None, "tuple[str, ImapCursor] | None"]


@dataclass
class _Tally:
    """The items of the messages taken in so far, and the progress told to the caller: each
    message as it is done (``moved``: the batch's messages done, not committed yet), so that a
    person sees it move and may stop it between two messages."""

    result: IntakeResult
    total: int
    progress: Callable[[int, int], None] | None

    def moved(self, in_batch: int) -> None:
        if self.progress is not None:
            self.progress(len(self.result.items) + in_batch, self.total)

    def add(self, item: IntakeItem, *, tell: bool = True) -> None:
        self.result.items.append(item)
        if tell:
            self.moved(0)


@dataclass(frozen=True)
class SetAsideMessage:
    id: int
    origin: str
    sender: str
    subject: str
    reason: str
    taken_at: datetime
    has_raw: bool


@dataclass(frozen=True)
class _Held:
    """What the cases hold of a message: the case that has it (None: none), the case of the latest
    message of its thread, and its thread's Message-IDs as stored."""

    holder: int | None
    threaded: int | None
    thread: tuple[str, ...]


@dataclass
class _Claim:
    """A message this intake is taking in: its log entry, and the case made for it so far. Inside a
    batch the entry is written once, with what became of it (``values`` until then, ``id`` None)."""

    id: int | None
    case_id: int | None = None
    resumed: bool = False
    values: dict | None = None


def account_key(account: ImapAccount) -> str:
    """The mailbox cursor's key: user, server and folder (a new folder starts afresh)."""
    return f"imap:{account.login}@{account.host}:{account.port}/{(account.folder or 'INBOX').strip()}"[:300]


def _take_action() -> str:
    return translate("Cases", "take feedback into cases")


class CaseIntakeService:
    def __init__(self, ctx: ServiceContext):
        self.ctx = ctx

    @property
    def cases(self) -> CaseService:
        return self.ctx.service(CaseService)

    def may_take_in(self) -> str:
        """ "" when the acting person may take feedback in (officers: they work cases and send the
        acknowledgements), else why not in words."""
        return self.ctx.refusal(Role.OFFICER, action=_take_action())

    # ------------------------------------------------------------------------------ sources
    def take_in_mailbox(
        self,
        *,
        batch_size: int = DEFAULT_BATCH,
        progress: Callable[[int, int], None] | None = None,
        cancel: CancelFlag | None = None,
    ) -> IntakeResult:
        """Fetch the feedback mailbox's new messages, batch by batch, and take each in; the cursor
        is stored with each message, so nothing is fetched twice. After each batch the account's
        after-fetch step (mark as read, delete, or nothing) runs on the messages stored."""
        self.ctx.require(Role.OFFICER, action=_take_action())
        fetcher = self.ctx.service(MailboxFetchService)
        account = fetcher.require_account()
        key = account_key(account)
        folder = (account.folder or "INBOX").strip()
        stored = self.cases.mailbox_cursor(key)
        cursor = ImapCursor(folder, stored[0], stored[1]) if stored else ImapCursor(folder)
        result = IntakeResult()
        while True:
            batch = fetcher.fetch(cursor, batch_size=batch_size, cancel=cancel)
            result.fetched += len(batch.messages)
            rules = self.ctx.service(CaseRepliesService).rules()
            total = len(result.items) + len(batch.messages) + batch.remaining
            self._take_all(
                ((f.message, f.raw, (key, f.cursor)) for f in batch.messages),
                rules,
                _Tally(result, total, progress),
                cancel,
            )
            if batch.cursor != cursor:  # messages deleted on the server meanwhile move it too
                self._save_cursor(key, batch.cursor)
            if batch.messages:
                try:
                    fetcher.finish(batch.cursor, [f.uid for f in batch.messages])
                except CommdeskError:  # stored already: marking them on the server can wait
                    log.warning("the mailbox's after-fetch step failed", exc_info=True)
            cursor = batch.cursor
            if not batch.more:
                return result

    def take_in_files(
        self,
        paths: Sequence[str | os.PathLike[str]],
        *,
        progress: Callable[[int, int], None] | None = None,
        cancel: CancelFlag | None = None,
    ) -> IntakeResult:
        """Saved messages (``.eml``), each accounted for."""
        from commdesk.core.mail.intake_files import read_eml_file

        self.ctx.require(Role.OFFICER, action=_take_action())
        rules = self.ctx.service(CaseRepliesService).rules()
        result = IntakeResult()

        def read() -> Iterator[_Work]:
            for path in paths:
                message = read_eml_file(path)
                keep = message.set_aside or token_in(message.subject)  # kept, or read by the events
                yield message, (_file_bytes(path) if keep else None), None

        self._take_all(read(), rules, _Tally(result, len(paths), progress), cancel)
        return result

    def take_in_form(
        self,
        source: str | os.PathLike[str] | bytes,
        *,
        file: str | None = None,
        encoding: str | None = None,
        mapping: Mapping[str, str] | None = None,
        progress: Callable[[int, int], None] | None = None,
        cancel: CancelFlag | None = None,
    ) -> IntakeResult:
        """A web form's CSV export (UTF-8, GB18030 or Big5): each row a message, each accounted for;
        times without a zone are the organisation's."""
        from commdesk.core.mail.intake_files import read_form_csv

        self.ctx.require(Role.OFFICER, action=_take_action())
        zone = ZoneInfo(self.ctx.service(SettingsService).time_zone())
        form = read_form_csv(source, zone=zone, file=file, encoding=encoding, mapping=mapping)
        return self.take_in(form.messages, progress=progress, cancel=cancel)

    def take_in(
        self,
        messages: Iterable[IncomingMessage],
        *,
        progress: Callable[[int, int], None] | None = None,
        cancel: CancelFlag | None = None,
    ) -> IntakeResult:
        """Messages already read (``core.mail.incoming``), each accounted for."""
        self.ctx.require(Role.OFFICER, action=_take_action())
        items = list(messages)
        rules = self.ctx.service(CaseRepliesService).rules()
        result = IntakeResult()
        work = ((m, None, None) for m in items)
        self._take_all(work, rules, _Tally(result, len(items), progress), cancel)
        return result

    # ------------------------------------------------------------------------------ batches
    def _take_all(
        self,
        work: Iterable[_Work],
        rules: Sequence,
        tally: _Tally,
        cancel: CancelFlag | None,
    ) -> None:
        """Take ``work`` in, ``BATCH`` messages per transaction, each message's item added to
        ``tally`` once its batch committed, in order."""
        chunk: builtins.list[_Work] = []
        for entry in work:
            chunk.append(entry)
            if len(chunk) >= BATCH:
                self._take_batch(chunk, rules, tally, cancel)
                chunk = []
        if chunk:
            self._take_batch(chunk, rules, tally, cancel)

    def _take_batch(
        self,
        work: Sequence[_Work],
        rules: Sequence,
        tally: _Tally,
        cancel: CancelFlag | None,
    ) -> None:
        """One batch: its messages in one transaction, each in a savepoint of its own. One that
        fails is undone alone, those before it are committed, and it is taken in again on its own
        (``_one`` with the services' own units of work: what it raises then stops the intake, as
        it did before batches). If the commit itself fails, the whole batch is taken in again
        message by message."""
        pending = builtins.list(work)
        states = self._states([m.fingerprint for m, _, _ in pending])
        known = {f for f, outcome in states.items() if outcome != repo.PENDING}
        # left half done by an intake that stopped, or being taken in by another desk right now:
        # on its own, where its claim decides (``_claim``)
        unfinished = {f for f, outcome in states.items() if outcome == repo.PENDING}
        while pending:
            self._check_cancel(cancel)
            before = set(known)
            done: builtins.list[IntakeItem] = []
            failed: tuple[_Work, bool] | None = None
            try:
                with self.ctx.unit_of_work() as uow:
                    inner = CaseIntakeService(joined(self.ctx, uow))
                    assert isinstance(inner.ctx, BatchContext)
                    inner.ctx.senders = repo.contacts_by_email(
                        uow.session, [m.sender.address.casefold() for m, _, _ in pending if m.sender]
                    )
                    found = cases_repo.cases_holding(
                        uow.session, [i for m, _, _ in pending for i in _ids_of(m, _stored_id(m))]
                    )
                    for rank, (mid, case) in enumerate(reversed(found)):  # the latest last: highest
                        inner.ctx.holding[mid] = (rank, case)
                    for entry in pending:
                        if cancel is not None and cancel.is_set():
                            break  # what is done is committed; the check above says it stopped
                        message, raw, cursor = entry
                        had = message.fingerprint in known
                        if message.fingerprint in unfinished and not had:
                            failed = (entry, had)
                            break
                        try:
                            with inner.ctx.unit_of_work():  # this message's savepoint
                                done.append(inner._one(message, raw, rules, known, cursor))
                        except Exception:  # undone alone; taken in again on its own below
                            log.warning("a message failed in a batch; taking it in on its own", exc_info=True)
                            failed = (entry, had)
                            break
                        tally.moved(len(done))
            except Exception:  # nothing of the batch stands: each message again, alone
                log.warning(
                    "a batch of messages could not be committed; taking them in one by one", exc_info=True
                )
                known.clear()
                known.update(before)
                for message, raw, cursor in pending:
                    self._check_cancel(cancel)
                    tally.add(self._one(message, raw, rules, known, cursor))
                return
            for item in done:
                tally.add(item, tell=False)
            pending = pending[len(done) :]
            if failed is not None:
                (message, raw, cursor), had = failed
                if not had:  # its claim was undone with it
                    known.discard(message.fingerprint)
                pending = pending[1:]
                tally.add(self._one(message, raw, rules, known, cursor))

    # ------------------------------------------------------------------------------ set aside
    def set_aside_messages(self, *, include_looked_at: bool = False) -> builtins.list[SetAsideMessage]:
        """Messages set aside at intake for a person to look at, the newest first."""
        with self.ctx.unit_of_work() as uow:
            return [
                SetAsideMessage(r.id, r.origin, r.sender, r.subject, r.reason, r.taken_at, r.raw is not None)
                for r in repo.set_aside(uow.session, include_looked_at=include_looked_at)
            ]

    def count_set_aside(self) -> int:
        with self.ctx.unit_of_work() as uow:
            return repo.count_set_aside(uow.session)

    def set_aside_raw(self, item_id: int) -> bytes:
        """A set-aside message as it arrived (to open it in a mail program)."""
        with self.ctx.unit_of_work() as uow:
            row = repo.intake_row(uow.session, item_id)
            if row is None or row.raw is None:
                raise NotFound(
                    translate("Cases", "There is no kept message with id {id}.").format(id=item_id)
                )
            return bytes(row.raw)

    def mark_looked_at(self, item_id: int) -> None:
        """A person dealt with a set-aside message: it leaves the list (and stays in the log)."""
        self.ctx.require(Role.OFFICER, action=_take_action())
        with self.ctx.unit_of_work() as uow:
            row = repo.intake_row(uow.session, item_id)
            if row is None:
                raise NotFound(
                    translate("Cases", "There is no kept message with id {id}.").format(id=item_id)
                )
            row.looked_at = self.ctx.clock()
            uow.session.flush()

    # ------------------------------------------------------------------------------ one message
    @staticmethod
    def _check_cancel(cancel: CancelFlag | None) -> None:
        if cancel is not None and cancel.is_set():
            raise Cancelled(translate("Cases", "Taking in feedback was stopped; what was taken in is kept."))

    @contextmanager
    def _work(self) -> Iterator[UnitOfWork]:
        """The intake's own steps on one message: inside a batch straight on its transaction (the
        message's savepoint undoes them with it; none of them is caught and gone on from, so no
        savepoint of their own), else a unit of work of their own."""
        if isinstance(self.ctx, BatchContext):
            yield self.ctx.batch
        else:
            with self.ctx.unit_of_work() as uow:
                yield uow

    def _states(self, fingerprints: Sequence[str]) -> dict[str, str]:
        with self._work() as uow:
            return repo.intake_states(uow.session, fingerprints)

    def _save_cursor(self, key: str, cursor: ImapCursor) -> None:
        with self._work() as uow:
            cases_repo.save_mailbox_cursor(uow.session, key, int(cursor.uidvalidity or 0), cursor.last_uid)

    def _one(
        self,
        message: IncomingMessage,
        raw: bytes | None,
        rules: Sequence,
        known: set[str],
        cursor: tuple[str, ImapCursor] | None = None,
    ) -> IntakeItem:
        base = IntakeItem(
            origin=message.origin,
            outcome=IntakeOutcome.DUPLICATE,
            subject=message.subject,
            sender=str(message.sender or ""),
            kind=message.kind,
            problems=tuple(p.message for p in message.problems),
        )
        stored_id = _stored_id(message)
        claim = None if message.fingerprint in known else self._claim(message)
        known.add(message.fingerprint)
        if claim is None:  # taken in before, or by another desk right now: only the cursor moves
            self._finish(None, None, message, cursor)
            return base
        held = self._held(message, stored_id)
        if not claim.resumed and held.holder is not None:  # a case holds it (typed in by hand)
            self._finish(claim, base, message, cursor)
            return base
        if not message.readable:
            item = _replace(base, outcome=IntakeOutcome.SET_ASIDE, reason=message.set_aside)
            self._finish(claim, item, message, cursor, raw)
            return item
        try:
            item = self._file(message, base, stored_id, rules, claim, held, raw)
        except (ValidationError, NotFound) as exc:  # this message cannot become a case: kept, said why
            item = _replace(
                base,
                outcome=IntakeOutcome.SET_ASIDE,
                case_id=claim.case_id,
                reason=translate("Cases", "It could not be made a case: {reason}").format(reason=str(exc)),
            )
        self._finish(claim, item, message, cursor, raw if item.outcome is IntakeOutcome.SET_ASIDE else None)
        return item

    def _claim(self, message: IncomingMessage) -> _Claim | None:
        """Claim the message for this intake (its log entry, ``pending``); None when it was taken in
        before or another desk is taking it in right now. A message left pending by an intake that
        stopped part-way (longer ago than ``STALE_PENDING``) is taken over where it stood."""
        now = self.ctx.clock()
        me = self.ctx.current()
        values = {
            "fingerprint": message.fingerprint,
            "message_id": message.message_id[:_ID_LIMIT],
            "source": message.source.value,
            "kind": message.kind.value,
            "origin": message.origin[:300],
            "sender": str(message.sender or "")[:400],
            "subject": message.subject[:500],
            "taken_at": now,
            "taken_by_id": me.id if me.id else None,
        }
        if isinstance(self.ctx, BatchContext):
            # Written once, at its end, with the rest of the message (``_finish``): nobody sees a
            # batch before it commits, and a second desk's entry for the same message is refused by
            # the unique fingerprint (that message fails in its batch and is taken in again alone,
            # where it is found taken)
            return _Claim(None, values=values)
        with self._work() as uow:
            s = uow.session
            row = repo.claim_intake(s, **values)
            if row is not None:
                cases_repo.keep(s, row)  # its outcome is written on it at the end (no read again)
                return _Claim(row.id)
            found = repo.intake_by_fingerprint(s, message.fingerprint)
            if found is None or found.outcome != repo.PENDING:
                return None
            if not repo.take_over_intake(s, found.id, found.taken_at, now - STALE_PENDING, now):
                return None
            return _Claim(found.id, found.case_id, resumed=True)

    def _note_case(self, uow: UnitOfWork, claim: _Claim, case_id: int) -> None:
        """The case made for a claimed message, noted on its claim in the same unit of work: a
        stopped intake goes on with it. Inside a batch the claim, the case and the message's
        outcome commit together, so the outcome notes it (``_finish``)."""
        claim.case_id = case_id
        if claim.id is None:  # inside a batch: written with the message's outcome
            return
        row = repo.intake_row(uow.session, claim.id)
        if row is not None:
            row.case_id = case_id

    def _held(self, message: IncomingMessage, stored_id: str | None) -> _Held:
        """In one read: the case that holds the message already (typed in by hand, or added before
        an intake stopped), and the case that holds the latest message of its thread (In-Reply-To,
        References) when it is readable."""
        wanted = _ids_of(message, stored_id)
        thread = wanted[1:] if stored_id else wanted
        if isinstance(self.ctx, BatchContext):  # read with the batch's other messages
            ranked = sorted(
                (self.ctx.holding[m] + (m,) for m in wanted if m in self.ctx.holding), reverse=True
            )
            found = [(mid, case) for _rank, case, mid in ranked]
        else:
            with self._work() as uow:
                found = cases_repo.cases_holding(uow.session, wanted)
        threaded = next((case for mid, case in found if mid in thread), None)
        holder = next((case for mid, case in found if mid == stored_id), None)
        return _Held(holder, threaded, tuple(thread))

    def _now_held(self, stored_id: str | None, case_id: int) -> None:
        """A message of the batch was added to a case: the batch's later messages find it there."""
        if stored_id and isinstance(self.ctx, BatchContext):
            self.ctx.holding[stored_id] = (len(self.ctx.holding) + 1_000_000_000, case_id)

    def _case_of(self, message: IncomingMessage, held: _Held) -> tuple[int | None, StaffMail | None]:
        """The case a message joins: by the reference in its subject, else by its thread (a message
        of a case, or our acknowledgement or answer in the outbox); or, when its thread is the
        staff directory's mail (an announcement, a confirmation), what the directory made of it."""
        reference = find_reference(message.subject)
        with self._work() as uow:
            if reference:
                row = cases_repo.case_by_reference(uow.session, reference)
                if row is not None:
                    return row.id, None
            if held.threaded is not None:
                return held.threaded, None
            ours = list(held.thread) + ([message.original_message_id] if message.original_message_id else [])
            found = repo.outgoing_of(uow.session, ours) if ours else None
        if found is None:
            return None, None
        entity, related, recipients = found
        if entity in STAFF_MAIL:
            return None, answer_to_staff_mail(self.ctx, message, recipients)
        return (int(related) if entity == cases_repo.CASES_ENTITY and related.isdigit() else None), None

    def _file(
        self,
        message: IncomingMessage,
        base: IntakeItem,
        stored_id: str | None,
        rules: Sequence,
        claim: _Claim,
        held: _Held,
        raw: bytes | None = None,
    ) -> IntakeItem:
        if claim.case_id is not None:  # a stopped intake made its case already: go on with it
            return self._new_case(message, base, stored_id, rules, claim, held)
        answered = self._event_reply(message, raw, base)
        if answered is not None:  # an answer to an event invitation: the events' own, never a case
            return answered
        staff = token_mail(self.ctx, message)
        case_id, staff = (None, staff) if staff is not None else self._case_of(message, held)
        if staff is not None:  # the staff directory's mail: done there, never a case
            outcome = IntakeOutcome.SET_ASIDE if staff.read else IntakeOutcome.STAFF
            return _replace(base, outcome=outcome, reason=staff.reason)
        automatic = message.kind is not MessageKind.NORMAL
        if automatic and case_id is None:
            return _replace(
                base,
                outcome=IntakeOutcome.SET_ASIDE,
                reason=translate(
                    "Cases", "{kind} ({why}) that belongs to no case; it is not answered."
                ).format(kind=_kind_label(message.kind), why=message.kind_reason),
            )
        if case_id is None:
            return self._new_case(message, base, stored_id, rules, claim, held)
        if claim.resumed and held.holder is not None:  # added before the intake stopped
            reference = self.cases.get(held.holder).reference
            return _replace(base, outcome=IntakeOutcome.JOINED, case_id=held.holder, reference=reference)
        with self._work() as uow:
            if automatic:
                added = self.cases.note_in(uow, case_id, _automatic_note(message))
            else:
                added = self.cases.message_in(uow, case_id, self._message(message, stored_id), new=True)
                self._now_held(stored_id, added.case_id)
        return _replace(base, outcome=IntakeOutcome.JOINED, case_id=added.case_id, reference=added.reference)

    def _event_reply(
        self, message: IncomingMessage, raw: bytes | None, base: IntakeItem
    ) -> IntakeItem | None:
        """A reply to an event invitation (its subject carries the invitee's RSVP reference): the
        answer recorded on the invitee (``EventReplyService``, in this message's transaction), or,
        when it cannot be read for sure, set aside for a person with what the events said. None:
        not an answer to an invitation (no reference, or one of no invitation), taken in as usual.
        Only a subject with an RSVP reference costs more than a look at it."""
        if token_in(message.subject) is None:
            return None
        from commdesk.services.events.replies import EventReplyService

        try:
            # parsed here with the modern policy: its Subject is read decoded (an encoded
            # "=?utf-8?b?...?=" subject, as Chinese mail has, would hide the reference)
            mail = message_from_bytes(raw, policy=policy.default) if raw else _as_mail(message)
            outcome = EventReplyService(self.ctx).record_reply(mail)
        except CommdeskError as exc:  # refused (a finished event, no right): a person answers it
            return _replace(
                base,
                outcome=IntakeOutcome.SET_ASIDE,
                reason=translate(
                    "Cases", "An answer to an event invitation that could not be recorded: {reason}"
                ).format(reason=str(exc)),
            )
        if not outcome.matched:
            return None
        kind = IntakeOutcome.EVENT if outcome.recorded else IntakeOutcome.SET_ASIDE
        return _replace(base, outcome=kind, reason=outcome.text)

    def _message(self, message: IncomingMessage, stored_id: str | None) -> MessageIn:
        """The message as the case's conversation keeps it."""
        return MessageIn(
            message.text.strip() or translate("Cases", "(the message has no text)"),
            message_id=stored_id,
            in_reply_to=message.in_reply_to
            if message.in_reply_to and len(message.in_reply_to) <= _ID_LIMIT
            else None,
            references=[r for r in message.references if len(r) <= _ID_LIMIT],
            from_address=message.sender.address if message.sender else "",
            from_name=message.sender.name if message.sender else "",
            to_addresses=[p.address for p in message.to if p.address],
            subject=message.subject[:500],
            at=_received(message, self.ctx.clock()),
            attachments=[
                {"name": a.filename, "type": a.content_type, "size": a.size, "sha256": a.sha256}
                for a in message.attachments
            ],
        )

    def _new_case(
        self,
        message: IncomingMessage,
        base: IntakeItem,
        stored_id: str | None,
        rules: Sequence,
        claim: _Claim,
        held: _Held,
    ) -> IntakeItem:
        case: OpenedCase | Case
        if claim.case_id is None:
            with self._work() as uow:  # the case with its message and the claim noting it: at once
                case = self._open(uow, message, stored_id, rules)
                self._note_case(uow, claim, case.id)
            self._now_held(stored_id, case.id)
        else:  # a stopped intake made it: its message is added unless it was before it stopped
            if held.holder is None:
                with self._work() as uow:
                    self.cases.message_in(uow, claim.case_id, self._message(message, stored_id), new=True)
            case = self.cases.get(claim.case_id)
        item = _replace(base, outcome=IntakeOutcome.NEW, case_id=case.id, reference=case.reference)
        if not message.acknowledge:
            return _replace(item, reason=_why_not_acknowledged(message))
        if claim.resumed and self._acknowledged_before(case.id):
            return item  # queued before the intake stopped: never twice
        outbox_id, why = self._acknowledge(case, message)
        return _replace(item, acknowledgement_id=outbox_id, reason=why)

    def _open(
        self, uow: UnitOfWork, message: IncomingMessage, stored_id: str | None, rules: Sequence
    ) -> OpenedCase:
        """A new case of the message, raised by the contact with the sender's address, else by a
        customer record (name, address, phone), else anonymous; its category from the rules."""
        sender = message.sender
        address = sender.address if sender else ""
        category = category_by_rules(list(rules), address, message.subject, message.text)
        key = address.casefold()
        if isinstance(self.ctx, BatchContext) and key in self.ctx.senders:
            contact = self.ctx.senders[key]
        else:
            contact = repo.contact_by_email(uow.session, key) if key else None
        customer = None
        if contact is None and sender is not None and (sender.name or address or message.phone):
            customer = (sender.name, message.phone, address)
        elif contact is None and message.phone:
            customer = ("", message.phone, "")
        summary = message.subject.strip() or _first_line(message.text) or translate("Cases", "(no subject)")
        channel = Channel.WEB_FORM if message.source is Source.WEB_FORM else Channel.MAILBOX
        first = self._message(message, stored_id)
        return self.cases.open_in(
            uow,
            channel,
            summary[:300],
            category=category,
            contact=contact,
            customer=customer,
            received_at=first.at,
            message=first,
        )

    def _acknowledged_before(self, case_id: int) -> bool:
        from commdesk.services.mail.outbox import OutboxService

        return bool(self.ctx.service(OutboxService).for_record("cases", case_id))

    def _acknowledge(self, case: OpenedCase | Case, message: IncomingMessage) -> tuple[int | None, str]:
        """Queue the acknowledgement of a new case; (outbox id, "") or (None, why not)."""
        from commdesk.core.mail.compose import Delivery, Draft
        from commdesk.core.mail.merge import Recipient
        from commdesk.services.mail.outbox import OutboxService

        outbox = self.ctx.service(OutboxService)
        account = self.ctx.cached("cases.intake.account", {"settings"}, outbox.accounts.account)
        if account is None:
            return None, translate(
                "Cases", "Not acknowledged: no mail account is set up to send from (Outbox > Account)."
            )
        assert message.sender is not None  # message.acknowledge says there is an address
        ours = {a.strip().casefold() for a in (account.sender_address, account.reply_to) if a and a.strip()}
        if message.sender.address.casefold() in ours:  # our own mail come back: answering it would loop
            return None, translate("Cases", "Not acknowledged: it was sent from the desk's own address.")
        refused = outbox.may_send()
        if refused:
            return None, translate("Cases", "Not acknowledged: {reason}").format(reason=refused)
        replies = self.ctx.service(CaseRepliesService)
        language = language_of(message.subject, message.text) or replies.default_language()
        template = replies.acknowledgement_template(case.category_id, language)
        try:
            text = render_reply(
                template.subject,
                template.body,
                replies.values(case, name=message.sender.name, subject=message.subject, language=language),
            )
        except ValidationError as exc:
            return None, translate(
                "Cases", "Not acknowledged: the template cannot be used ({reason})."
            ).format(reason=str(exc))
        headers = {"Auto-Submitted": "auto-replied"}
        if not message.message_id_generated and len(message.message_id) <= _ID_LIMIT:
            headers["In-Reply-To"] = message.message_id
            headers["References"] = message.message_id
        draft = Draft(
            subject=tag_subject(text.subject, case.reference),
            body=text.body,
            recipients=[Recipient(address=message.sender.address, name=message.sender.name)],
            delivery=Delivery.DIRECT,
            headers=headers,
            # sent by the desk by itself: signed by it, not by a name an account's signature holds
            signature=desk_signature(language, self.ctx.service(SettingsService).organisation().name),
            # the template is filled in: what is left in braces is their words (a quoted subject)
            literal=True,
        )
        try:  # in the batch's transaction (a refused draft writes nothing), the account read once
            with self._work() as uow:
                ids = outbox.queue_in(
                    uow,
                    [(draft, "cases", case.id)],
                    override=translate("Cases", "automatic acknowledgement from the desk's template"),
                    account=account,
                )[0]
        except CommdeskError as exc:  # the case stands; a person answers it
            return None, translate("Cases", "Not acknowledged: {reason}").format(reason=str(exc))
        if CaseStatus(case.status) is CaseStatus.NEW:
            with self._work() as uow:
                self.cases.acknowledged_in(
                    uow,
                    case.id,
                    translate("Cases", "acknowledged automatically (outbox message {id})").format(id=ids[0]),
                )
        return (ids[0] if ids else None), ""

    def _finish(
        self,
        claim: _Claim | None,
        item: IntakeItem | None,
        message: IncomingMessage,
        cursor: tuple[str, ImapCursor] | None,
        raw: bytes | None = None,
    ) -> None:
        """What became of a claimed message, in its log entry, and the mailbox cursor after it, in
        one unit of work (no claim: only the cursor moves)."""
        if (claim is None or item is None) and cursor is None:
            return
        with self._work() as uow:
            s = uow.session
            row = None
            if claim is not None and item is not None:
                row = (
                    repo.intake_row(s, claim.id)
                    if claim.id is not None
                    else repo.add_intake(s, **claim.values or {})
                )
            if row is not None and item is not None:
                row.outcome = item.outcome.value
                row.case_id = item.case_id
                row.reason = item.reason
                row.problems = "\n".join(item.problems)
                row.raw = raw[:KEEP_RAW_BYTES] if raw is not None else None
                row.acknowledgement_id = item.acknowledgement_id
                s.flush()
            if cursor is not None:
                key, position = cursor
                cases_repo.save_mailbox_cursor(s, key, int(position.uidvalidity or 0), position.last_uid)


# ------------------------------------------------------------------------------ helpers
def _replace(item: IntakeItem, **changes) -> IntakeItem:
    from dataclasses import replace

    return replace(item, **changes)


def _stored_id(message: IncomingMessage) -> str | None:
    """The Message-ID a case entry keeps (one too long for storage is known by its fingerprint)."""
    mid = message.message_id
    if not mid or len(mid) > _ID_LIMIT:
        return f"<{message.fingerprint[:40]}@{GENERATED_ID_DOMAIN}>"
    return mid


def _ids_of(message: IncomingMessage, stored_id: str | None) -> list[str]:
    """The Message-IDs a case may hold of a message: its own as stored, then its thread's (of a
    readable one: In-Reply-To, References, as long as storage takes)."""
    thread = [m for m in message.thread_ids if len(m) <= _ID_LIMIT] if message.readable else []
    return [m for m in (stored_id, *thread) if m]


def _as_mail(message: IncomingMessage) -> EmailMessage:
    """A message already read (no bytes of it kept), as mail again: what an answer is read from
    (its subject, sender, Message-ID and text)."""
    mail = EmailMessage()
    mail["Subject"] = message.subject
    if message.sender is not None:
        mail["From"] = str(message.sender)
    if message.message_id and not message.message_id_generated:
        mail["Message-ID"] = message.message_id
    mail.set_content(message.text or "")
    return mail


def _first_line(text: str) -> str:
    return next((line.strip() for line in text.splitlines() if line.strip()), "")[:200]


def _kind_label(kind: MessageKind) -> str:
    if kind is MessageKind.BOUNCE:
        return translate("Cases", "A delivery failure report")
    return translate("Cases", "An automatic reply")


def _automatic_note(message: IncomingMessage) -> str:
    head = translate("Cases", "{kind} came in ({why}); it was not answered.").format(
        kind=_kind_label(message.kind), why=message.kind_reason
    )
    lines = [head, f"{message.sender or ''} — {message.subject}".strip(" —")]
    if message.text.strip():
        lines += ["", message.text.strip()[:4000]]
    return "\n".join(lines)


def _why_not_acknowledged(message: IncomingMessage) -> str:
    if message.kind is not MessageKind.NORMAL:
        return translate("Cases", "Not acknowledged: it is an automatic message.")
    return translate("Cases", "Not acknowledged: the message gives no address to answer.")


def _file_bytes(path: str | os.PathLike[str]) -> bytes | None:
    """A file's bytes for keeping a set-aside message (its head when larger than kept)."""
    try:
        with Path(path).open("rb") as f:
            return f.read(KEEP_RAW_BYTES)
    except OSError:
        return None


__all__ = [
    "CaseIntakeService",
    "IntakeItem",
    "IntakeOutcome",
    "IntakeResult",
    "SetAsideMessage",
    "account_key",
]


def _received(message: IncomingMessage, now: datetime) -> datetime:
    """When the office received ``message``: a web form's submission time (stamped by the office's
    own form, exported later) unless it is in the future; a mail's own date when that is
    believable (not in the future, not older than ``BELIEVED_AGE``: the sender wrote it); else now."""
    date = message.date
    if date is None or date > now:
        return now
    if message.source is not Source.WEB_FORM and now - date > BELIEVED_AGE:
        return now
    return date
