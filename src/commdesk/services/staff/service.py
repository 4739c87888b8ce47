"""The staff directory: members, subscription lists and subscriptions (AN-1..3).

Administrators keep the directory and the lists (AN-1's named owner); officers may read them, hand a
list's recipients to the announcement sender and, as the mailbox intake does, record what a member's
mail says (an unsubscribe, a confirmation) and a bounce. Nobody unsubscribed, bounced or still to
confirm is ever a recipient, and a list's frequency cap holds back whoever had enough from it.

For the announcement sender: ``recipients(list_id)`` (each recipient with its ``List-Unsubscribe``
header) and ``record_sent(list_id, member_ids, reference)`` when the mails are queued. For the
mailbox intake: ``process_mail(subject, body)`` (or ``process_unsubscribe`` /
``process_confirmation``), ``record_bounce(address)`` and ``note_activity(address)``.
"""

from __future__ import annotations

import builtins
import calendar
import csv
import io
import os
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta

from commdesk.core.contacts.exporting import guard_cell
from commdesk.core.contacts.validation import email_key
from commdesk.core.domain.people import Role
from commdesk.core.errors import NotFound, ValidationError
from commdesk.core.files import write_atomically
from commdesk.core.i18n import translate
from commdesk.core.staff import tokens
from commdesk.core.staff.records import SubscriptionHow, SubscriptionStatus, check_member
from commdesk.persistence.models.staff import StaffListRow, StaffMemberRow, StaffSubscriptionRow
from commdesk.persistence.repositories import staff as repo
from commdesk.services.context import ServiceContext, check_version
from commdesk.services.settings import SettingsService

#: Settings: months without activity after which the hygiene report names an address (AN-3), and
#: the address unsubscribe and confirmation mails go to (else the mail account's reply-to, else its
#: sender address: the mailbox the intake reads).
INACTIVE_MONTHS_KEY = "staff.inactive_months"
DEFAULT_INACTIVE_MONTHS = 12
REPLY_ADDRESS_KEY = "staff.reply_address"

READERS = (Role.ADMINISTRATOR, Role.OFFICER)
#: Who records what members' mail says and who hands out recipients: the intake and the sender.
MAIL_HANDLERS = (Role.ADMINISTRATOR, Role.OFFICER)


def _keep_action() -> str:
    return translate("Staff", "keep the staff directory and its subscription lists")


def _read_action() -> str:
    return translate("Staff", "read the staff directory")


def _mail_action() -> str:
    return translate("Staff", "handle the subscription lists' mail")


@dataclass(frozen=True)
class StaffSubscription:
    id: int
    member_id: int
    list_id: int
    status: SubscriptionStatus
    changed_at: datetime
    how: SubscriptionHow
    version: int


@dataclass(frozen=True)
class StaffMember:
    id: int
    name: str
    email: str
    department: str
    phone: str
    active: bool
    source: str
    version: int
    subscriptions: tuple[StaffSubscription, ...] = ()
    last_active_at: datetime | None = None

    def status_on(self, list_id: int) -> SubscriptionStatus | None:
        for s in self.subscriptions:
            if s.list_id == list_id:
                return s.status
        return None


@dataclass(frozen=True)
class StaffList:
    id: int
    name_zh: str
    name_en: str
    description: str
    double_opt_in: bool
    cap_count: int | None
    cap_days: int
    active: bool
    version: int
    counts: tuple[tuple[str, int], ...] = ()  # (status, number of subscriptions)

    def name(self, lang: str = "zh") -> str:
        first, second = (
            (self.name_zh, self.name_en) if lang.startswith("zh") else (self.name_en, self.name_zh)
        )
        return first or second

    def count(self, status: SubscriptionStatus) -> int:
        return dict(self.counts).get(status.value, 0)


@dataclass(frozen=True)
class StaffRecipient:
    member_id: int
    subscription_id: int
    name: str
    email: str
    department: str
    headers: dict[str, str]  # List-Unsubscribe of this recipient's copy


@dataclass(frozen=True)
class ListRecipients:
    list_id: int
    recipients: tuple[StaffRecipient, ...]
    capped: tuple[int, ...]  # member ids held back by the list's frequency cap


@dataclass(frozen=True)
class MailOutcome:
    """What a member's mail (an unsubscribe or a confirmation) did: ``changed`` False says why not."""

    changed: bool
    reason: str
    subscription_id: int | None = None
    status: SubscriptionStatus | None = None


@dataclass(frozen=True)
class HygieneLine:
    member_id: int
    name: str
    email: str
    department: str
    problem: str  # "bounced" or "inactive"
    lists: str  # the bounced lists' names (bounced) or ""
    since: datetime  # when it bounced, or the last activity


@dataclass(frozen=True)
class HygieneReport:
    as_of: datetime
    inactive_months: int
    bounced: tuple[HygieneLine, ...]
    inactive: tuple[HygieneLine, ...]

    @property
    def lines(self) -> tuple[HygieneLine, ...]:
        return self.bounced + self.inactive


def _subscription(row: StaffSubscriptionRow) -> StaffSubscription:
    return StaffSubscription(
        row.id,
        row.member_id,
        row.list_id,
        SubscriptionStatus(row.status),
        row.changed_at,
        SubscriptionHow(row.how),
        row.version,
    )


def _member(
    row: StaffMemberRow, subs: Sequence[StaffSubscriptionRow] = (), last: datetime | None = None
) -> StaffMember:
    return StaffMember(
        row.id,
        row.name,
        row.email,
        row.department,
        row.phone,
        row.active,
        row.source,
        row.version,
        tuple(_subscription(s) for s in sorted(subs, key=lambda s: s.list_id)),
        last,
    )


def _list(row: StaffListRow, counts: dict[tuple[int, str], int] | None = None) -> StaffList:
    mine = tuple(sorted((status, n) for (list_id, status), n in (counts or {}).items() if list_id == row.id))
    return StaffList(
        row.id,
        row.name_zh,
        row.name_en,
        row.description,
        row.double_opt_in,
        row.cap_count,
        row.cap_days,
        row.active,
        row.version,
        mine,
    )


def is_staff_address_in(session, addresses) -> bool:
    """Inside the caller's transaction: whether any of ``addresses`` belongs to the staff directory
    (the outbox asks it: an important notice to staff goes out only as a reviewed announcement)."""
    keys = [email_key(a) for a in addresses if (a or "").strip()]
    return bool(keys) and bool(repo.members_by_keys(session, keys))


def _withdraw_waiting_copies(uow, member_id: int) -> None:
    """Whoever leaves a list gets none of the announcements to it still waiting in the outbox."""
    from commdesk.services.announcements.copies import withdraw_copies_in

    withdraw_copies_in(uow, member_id)


def _months_ago(moment: datetime, months: int) -> datetime:
    """The same day and time ``months`` months earlier (the month's last day when it is shorter)."""
    year, month0 = divmod(moment.year * 12 + moment.month - 1 - months, 12)
    day = min(moment.day, calendar.monthrange(year, month0 + 1)[1])
    return moment.replace(year=year, month=month0 + 1, day=day)


class StaffService:
    def __init__(self, ctx: ServiceContext):
        self.ctx = ctx

    # ------------------------------------------------------------------------------ permissions
    def may_keep(self) -> str:
        """ "" when the acting person may change members, lists and subscriptions now, else why not."""
        return self.ctx.refusal(Role.ADMINISTRATOR, action=_keep_action())

    def may_read(self) -> str:
        return self.ctx.refusal(*READERS, action=_read_action()) if not self.ctx.read_only else ""

    def _region(self) -> str:
        return self.ctx.service(SettingsService).organisation().default_country or "CN"

    # ------------------------------------------------------------------------------ members
    def members(
        self,
        *,
        list_id: int | None = None,
        status: SubscriptionStatus | None = None,
        include_inactive: bool = True,
    ) -> builtins.list[StaffMember]:
        self.ctx.require(*READERS, action=_read_action())
        with self.ctx.unit_of_work() as uow:
            rows = repo.members(
                uow.session,
                list_id=list_id,
                status=status.value if status is not None else None,
                include_inactive=include_inactive,
            )
            subs: dict[int, builtins.list[StaffSubscriptionRow]] = {}
            for s in repo.subscriptions_of_members(uow.session, [r.id for r in rows]):
                subs.setdefault(s.member_id, []).append(s)
            last = repo.last_activity(uow.session, [r.id for r in rows])
            return [_member(r, subs.get(r.id, []), last.get(r.id)) for r in rows]

    def member(self, key: int | str) -> StaffMember:
        """A member by id or e-mail address."""
        self.ctx.require(*READERS, action=_read_action())
        with self.ctx.unit_of_work() as uow:
            row = self._member_row(uow.session, key)
            subs = repo.subscriptions_of_members(uow.session, [row.id])
            return _member(row, subs, repo.last_activity(uow.session, [row.id]).get(row.id))

    @staticmethod
    def _member_row(session, key: int | str) -> StaffMemberRow:
        row = (
            repo.member(session, key) if isinstance(key, int) else repo.member_by_key(session, email_key(key))
        )
        if row is None:
            raise NotFound(
                translate("Staff", "There is no staff member {key} in the directory.").format(key=key)
            )
        return row

    def add_member(self, name: str, email: str, department: str = "", phone: str = "") -> StaffMember:
        self.ctx.require(Role.ADMINISTRATOR, action=_keep_action())
        fields, errors = check_member(name, email, department, phone, self._region())
        if fields is None:
            raise ValidationError(errors)
        with self.ctx.unit_of_work() as uow:
            if repo.member_by_key(uow.session, fields.email_key) is not None:
                raise ValidationError(
                    translate(
                        "Staff", "{address} is already in the staff directory; edit that member instead."
                    ).format(address=fields.email),
                    "email",
                )
            row = StaffMemberRow(
                name=fields.name,
                email=fields.email,
                email_key=fields.email_key,
                department=fields.department,
                phone=fields.phone,
                active=True,
                created_at=self.ctx.clock(),
                source="admin",
            )
            repo.add(uow.session, row)
            return _member(row)

    def edit_member(
        self,
        member_id: int,
        *,
        name: str,
        email: str,
        department: str = "",
        phone: str = "",
        expected_version: int | None = None,
    ) -> StaffMember:
        self.ctx.require(Role.ADMINISTRATOR, action=_keep_action())
        fields, errors = check_member(name, email, department, phone, self._region())
        if fields is None:
            raise ValidationError(errors)
        with self.ctx.unit_of_work() as uow:
            row = self._member_row(uow.session, member_id)
            check_version("staff_members", row.version, expected_version, mine=fields, theirs=_member(row))
            other = repo.member_by_key(uow.session, fields.email_key)
            if other is not None and other.id != row.id:
                raise ValidationError(
                    translate("Staff", "{address} belongs to another member of the directory.").format(
                        address=fields.email
                    ),
                    "email",
                )
            row.name, row.email, row.email_key = fields.name, fields.email, fields.email_key
            row.department, row.phone = fields.department, fields.phone
            uow.session.flush()
            return _member(row, repo.subscriptions_of_members(uow.session, [row.id]))

    def set_active(self, member_id: int, active: bool, *, expected_version: int | None = None) -> StaffMember:
        """Deactivate (someone who left) or reactivate a member; an inactive member gets nothing."""
        self.ctx.require(Role.ADMINISTRATOR, action=_keep_action())
        with self.ctx.unit_of_work() as uow:
            row = self._member_row(uow.session, member_id)
            check_version("staff_members", row.version, expected_version, mine=active, theirs=_member(row))
            if row.active != active:
                row.active = active
                uow.session.flush()
            return _member(row, repo.subscriptions_of_members(uow.session, [row.id]))

    # ------------------------------------------------------------------------------ lists
    def lists(self, include_inactive: bool = True) -> builtins.list[StaffList]:
        self.ctx.require(*READERS, action=_read_action())
        with self.ctx.unit_of_work() as uow:
            counts = repo.subscriber_counts(uow.session)
            return [_list(r, counts) for r in repo.lists(uow.session, include_inactive)]

    def find_list(self, key: int | str) -> StaffList:
        """A list by id, or its Chinese or English name (case-insensitive)."""
        self.ctx.require(*READERS, action=_read_action())
        with self.ctx.unit_of_work() as uow:
            return _list(self.list_row_in(uow.session, key), repo.subscriber_counts(uow.session))

    @staticmethod
    def list_row_in(session, key: int | str) -> StaffListRow:
        """The list ``key`` names (id, Chinese or English name), inside a unit of work of the staff
        services (the import's); NotFound naming the lists."""
        if isinstance(key, int) or (isinstance(key, str) and key.isdigit()):
            row = repo.list_row(session, int(key))
            if row is not None:
                return row
        folded = str(key).strip().casefold()
        for row in repo.lists(session):
            if folded in (row.name_zh.casefold(), row.name_en.casefold()):
                return row
        names = ", ".join(r.name_zh or r.name_en for r in repo.lists(session, include_inactive=False))
        raise NotFound(
            translate("Staff", "There is no subscription list '{key}'; the lists are: {names}.").format(
                key=key, names=names or translate("Staff", "(none yet)")
            )
        )

    def save_list(
        self,
        name_zh: str,
        name_en: str,
        *,
        description: str = "",
        double_opt_in: bool = False,
        cap_count: int | None = None,
        cap_days: int = 7,
        active: bool = True,
        list_id: int | None = None,
        expected_version: int | None = None,
    ) -> StaffList:
        """Add a list (``list_id`` None) or change one. The cap: at most ``cap_count`` mails from the
        list to one member in ``cap_days`` days (None: no cap)."""
        self.ctx.require(Role.ADMINISTRATOR, action=_keep_action())
        name_zh, name_en = name_zh.strip(), name_en.strip()
        errors: dict[str, str] = {}
        if not (name_zh or name_en):
            errors["name_zh"] = translate("Staff", "Give the list a name, in Chinese or English.")
        if cap_count is not None and cap_count < 1:
            errors["cap_count"] = translate(
                "Staff", "The frequency cap is the most mails per period: at least 1, or none."
            )
        if cap_days < 1:
            errors["cap_days"] = translate("Staff", "The cap's period is at least one day.")
        if errors:
            raise ValidationError(errors)
        with self.ctx.unit_of_work() as uow:
            taken = {n.casefold() for n in (name_zh, name_en) if n}
            for other in repo.lists(uow.session):
                if other.id != list_id and taken & {
                    n.casefold() for n in (other.name_zh, other.name_en) if n
                }:
                    raise ValidationError(
                        translate("Staff", "A list named {name} exists already; choose another name.").format(
                            name=other.name_zh or other.name_en
                        ),
                        "name_zh",
                    )
            if list_id is None:
                row = StaffListRow()
                uow.session.add(row)
            else:
                row = self.list_row_in(uow.session, list_id)
                check_version("staff_lists", row.version, expected_version, mine=name_zh, theirs=_list(row))
            row.name_zh, row.name_en, row.description = name_zh, name_en, description.strip()
            row.double_opt_in, row.cap_count, row.cap_days, row.active = (
                double_opt_in,
                cap_count,
                cap_days,
                active,
            )
            uow.session.flush()
            return _list(row)

    # ------------------------------------------------------------------------------ subscriptions
    def subscribe(self, member_id: int, list_id: int, *, resubscribe: bool = False) -> StaffSubscription:
        """Put a member on a list (an administrator's act). On a double opt-in list the member is
        pending until they confirm by replying to the confirmation mail queued here. Someone who
        unsubscribed or bounced stays so unless ``resubscribe`` says the administrator means it
        (they asked in person, the address was corrected); even then a double opt-in list asks them
        to confirm again."""
        self.ctx.require(Role.ADMINISTRATOR, action=_keep_action())
        with self.ctx.unit_of_work() as uow:
            member = self._member_row(uow.session, member_id)
            lst = self.list_row_in(uow.session, list_id)
            if lst.double_opt_in:
                self.confirmation_ready()
            row = repo.subscription_of(uow.session, member.id, lst.id)
            if row is not None:
                status = SubscriptionStatus(row.status)
                if status.ended and not resubscribe:
                    raise ValidationError(
                        translate(
                            "Staff",
                            "{name} is {status} on {list}: they are not put back on it unless they ask; "
                            "if they did, subscribe them again on purpose (--resubscribe).",
                        ).format(name=member.name, status=status.label, list=lst.name_zh or lst.name_en)
                    )
                if not status.ended:
                    return _subscription(row)
            made = _subscription(self.start_subscription_in(uow, member, lst, row, SubscriptionHow.ADMIN))
        if made.status is SubscriptionStatus.PENDING:
            self.send_confirmation(made.id)
        return made

    def start_subscription_in(
        self,
        uow,
        member: StaffMemberRow,
        lst: StaffListRow,
        row: StaffSubscriptionRow | None,
        how: SubscriptionHow,
    ) -> StaffSubscriptionRow:
        """Inside a unit of work of the staff services (the import's too): a new or renewed
        subscription (new nonce: earlier tokens end), pending when the list asks
        for double opt-in: the caller then sends the confirmation (``send_confirmation``) once its
        unit of work is committed (the outbox writes in a unit of its own)."""
        now = self.ctx.clock()
        self._key(uow)  # made with the first subscription, by an administrator (officers may not)
        status = SubscriptionStatus.PENDING if lst.double_opt_in else SubscriptionStatus.SUBSCRIBED
        if row is None:
            row = StaffSubscriptionRow(
                member_id=member.id,
                list_id=lst.id,
                status=status.value,
                changed_at=now,
                how=how.value,
                token_nonce=tokens.new_nonce(),
            )
            repo.add(uow.session, row)
        else:
            row.status, row.changed_at, row.how, row.token_nonce = (
                status.value,
                now,
                how.value,
                tokens.new_nonce(),
            )
            uow.session.flush()
        return row

    def confirmation_ready(self) -> None:
        """Refuse (ValidationError naming the fix) when no confirmation mail could be queued."""
        from commdesk.services.mail.account import MailAccountService

        self.ctx.service(MailAccountService).require_account()
        self._reply_address()

    def send_confirmation(self, subscription_id: int) -> int:
        """Queue the double opt-in confirmation mail of a pending subscription (again, e.g. when the
        member lost it); returns the outbox message's id."""
        from commdesk.core.mail.compose import Delivery, Draft
        from commdesk.core.mail.merge import Recipient
        from commdesk.services.mail.account import MailAccountService
        from commdesk.services.mail.outbox import OutboxService

        self.ctx.require(Role.ADMINISTRATOR, action=_keep_action())
        account = self.ctx.service(MailAccountService).require_account()
        address = self._reply_address()
        with self.ctx.unit_of_work() as uow:
            row = repo.subscription(uow.session, subscription_id)
            if row is None or row.status != SubscriptionStatus.PENDING.value:
                raise ValidationError(
                    translate(
                        "Staff", "Only a subscription waiting for confirmation gets a confirmation mail."
                    )
                )
            member = self._member_row(uow.session, row.member_id)
            lst = self.list_row_in(uow.session, row.list_id)
            token = tokens.make_token(self._key(uow), tokens.TokenPurpose.CONFIRM, row.id, row.token_nonce)
            row_id = row.id
        name = lst.name_zh or lst.name_en
        subject = translate("Staff", "【订阅确认】{list}: confirm {token}").format(list=name, token=token)
        body = translate(
            "Staff",
            '{name}:\n\nYou were put on the list "{list}" for the organisation\'s internal announcements. '
            "To receive them, reply to this mail without changing its subject, or send a mail to {address} "
            "with the subject:\n\nconfirm {token}\n\nIf you do not want them, ignore this mail: nothing "
            "will be sent to you from this list.",
        ).format(name=member.name, list=name, address=address, token=token)
        draft = Draft(
            subject,
            body,
            [Recipient(member.email, member.name, key=member.id)],
            Delivery.DIRECT,
            headers={} if address == (account.reply_to or "").strip() else {"Reply-To": address},
            literal=True,  # the member's and the list's names as they are, never placeholders
        )
        return self.ctx.service(OutboxService).queue(draft, "staff_subscriptions", row_id)[0]

    def unsubscribe(self, member_id: int, list_id: int) -> StaffSubscription:
        """Take a member off a list (they asked an administrator)."""
        self.ctx.require(Role.ADMINISTRATOR, action=_keep_action())
        with self.ctx.unit_of_work() as uow:
            member = self._member_row(uow.session, member_id)
            lst = self.list_row_in(uow.session, list_id)
            row = repo.subscription_of(uow.session, member.id, lst.id)
            if row is None:
                raise NotFound(
                    translate("Staff", "{name} is not on the list {list}.").format(
                        name=member.name, list=lst.name_zh or lst.name_en
                    )
                )
            if row.status != SubscriptionStatus.UNSUBSCRIBED.value:
                self._set(row, SubscriptionStatus.UNSUBSCRIBED, SubscriptionHow.ADMIN)
                uow.session.flush()
                _withdraw_waiting_copies(uow, member.id)
            return _subscription(row)

    def _set(self, row: StaffSubscriptionRow, status: SubscriptionStatus, how: SubscriptionHow) -> None:
        row.status, row.how, row.changed_at = status.value, how.value, self.ctx.clock()

    # ------------------------------------------------------------------------------ tokens and mail
    def _key(self, uow) -> str:
        key = repo.token_key(uow.session)
        if key is None:  # the first subscription: the database's key is made now
            key = tokens.new_key()
            repo.add_token_key(uow.session, key, self.ctx.clock())
        return key

    def _reply_address(self) -> str:
        from commdesk.services.mail.account import MailAccountService

        settings = self.ctx.service(SettingsService)
        address = str(settings.get(REPLY_ADDRESS_KEY) or "").strip()
        if not address:
            account = self.ctx.service(MailAccountService).account()
            if account is not None:
                address = (account.reply_to or "").strip() or account.sender_address
        if not address:
            raise ValidationError(
                translate(
                    "Staff",
                    "There is no address for unsubscribe and confirmation replies: set up the mail "
                    "account (its sender or reply-to address is the mailbox the intake reads).",
                )
            )
        return address

    def unsubscribe_headers(self, subscription_id: int) -> dict[str, str]:
        """The ``List-Unsubscribe`` header of a copy sent on this subscription (RFC 2369, mailto
        only: see ``core.staff.tokens.unsubscribe_headers`` for why no ``List-Unsubscribe-Post``)."""
        self.ctx.require(*MAIL_HANDLERS, action=_mail_action())
        with self.ctx.unit_of_work() as uow:
            row = repo.subscription(uow.session, subscription_id)
            if row is None:
                raise NotFound(translate("Staff", "There is no such subscription."))
            return self._headers(uow, row, self._reply_address())

    def _headers(self, uow, row: StaffSubscriptionRow, address: str) -> dict[str, str]:
        token = tokens.make_token(self._key(uow), tokens.TokenPurpose.UNSUBSCRIBE, row.id, row.token_nonce)
        return tokens.unsubscribe_headers(address, token)

    def process_mail(self, subject: str, body: str = "") -> MailOutcome:
        """A mail to the intake's mailbox: an unsubscribe or a confirmation when its subject (else
        its body) carries a valid token; else nothing changes and the outcome says why."""
        for text in (subject, body):
            claim = tokens.find_token(text or "")
            if claim is not None:
                return self._process(claim)
        return MailOutcome(
            False, translate("Staff", "The mail carries no unsubscribe or confirmation token.")
        )

    def process_unsubscribe(self, subject_or_body: str) -> MailOutcome:
        """The unsubscribe a mail asks for with its token (``unsubscribe u12-...``); an unknown or
        forged token changes nothing and the outcome says why."""
        claim = tokens.find_token(subject_or_body or "", tokens.TokenPurpose.UNSUBSCRIBE)
        if claim is None:
            return MailOutcome(False, translate("Staff", "The mail carries no unsubscribe token."))
        return self._process(claim)

    def process_confirmation(self, subject_or_body: str) -> MailOutcome:
        """A double opt-in confirmation (``confirm c12-...``), as ``process_unsubscribe``."""
        claim = tokens.find_token(subject_or_body or "", tokens.TokenPurpose.CONFIRM)
        if claim is None:
            return MailOutcome(False, translate("Staff", "The mail carries no confirmation token."))
        return self._process(claim)

    def _process(self, claim: tokens.TokenClaim) -> MailOutcome:
        self.ctx.require(*MAIL_HANDLERS, action=_mail_action())
        forged = translate(
            "Staff",
            "The token does not belong to any subscription (mistyped or made up); nothing was changed.",
        )
        with self.ctx.unit_of_work() as uow:
            row = repo.subscription(uow.session, claim.subscription_id)
            if row is None or not tokens.token_valid(self._key(uow), claim, row.token_nonce):
                return MailOutcome(False, forged)
            status = SubscriptionStatus(row.status)
            if claim.purpose is tokens.TokenPurpose.UNSUBSCRIBE:
                repo.note_activity(uow.session, row.member_id, self.ctx.clock(), "unsubscribe")
                if status is SubscriptionStatus.UNSUBSCRIBED:
                    return MailOutcome(
                        False, translate("Staff", "Already unsubscribed; nothing changed."), row.id, status
                    )
                self._set(row, SubscriptionStatus.UNSUBSCRIBED, SubscriptionHow.SELF)
                uow.session.flush()
                _withdraw_waiting_copies(uow, row.member_id)
                return MailOutcome(
                    True, translate("Staff", "Unsubscribed."), row.id, SubscriptionStatus.UNSUBSCRIBED
                )
            if status is not SubscriptionStatus.PENDING:
                return MailOutcome(
                    False,
                    translate(
                        "Staff",
                        "The subscription is {status}, not waiting for a confirmation; nothing changed.",
                    ).format(status=status.label),
                    row.id,
                    status,
                )
            repo.note_activity(uow.session, row.member_id, self.ctx.clock(), "confirm")
            self._set(row, SubscriptionStatus.SUBSCRIBED, SubscriptionHow.SELF)
            row.token_nonce = tokens.new_nonce()  # the confirmation token is spent
            uow.session.flush()
            return MailOutcome(
                True, translate("Staff", "Subscription confirmed."), row.id, SubscriptionStatus.SUBSCRIBED
            )

    def record_bounce(self, address: str) -> int:
        """Mail to ``address`` came back as undeliverable: each of its live subscriptions becomes
        bounced (nothing more is sent to it). Returns how many changed; 0 for an unknown address."""
        self.ctx.require(*MAIL_HANDLERS, action=_mail_action())
        changed = 0
        with self.ctx.unit_of_work() as uow:
            for row in repo.subscriptions_by_address(uow.session, email_key(address)):
                if row.status in (SubscriptionStatus.SUBSCRIBED.value, SubscriptionStatus.PENDING.value):
                    self._set(row, SubscriptionStatus.BOUNCED, SubscriptionHow.BOUNCE)
                    changed += 1
                    uow.session.flush()
                    _withdraw_waiting_copies(uow, row.member_id)
            uow.session.flush()
        return changed

    def note_activity(self, address: str, what: str = "reply") -> bool:
        """The member with ``address`` did something (wrote to the office): not long-inactive.
        False for an address not in the directory."""
        self.ctx.require(*MAIL_HANDLERS, action=_mail_action())
        with self.ctx.unit_of_work() as uow:
            member = repo.member_by_key(uow.session, email_key(address))
            if member is None:
                return False
            repo.note_activity(uow.session, member.id, self.ctx.clock(), what[:20])
            return True

    # ------------------------------------------------------------------------------ sending
    def recipients(self, list_id: int) -> ListRecipients:
        """Who a mail to the list goes to now: active members whose subscription is ``subscribed``
        (never the unsubscribed, bounced or those still to confirm), less those who had the list's
        cap of mails in its period; each with the ``List-Unsubscribe`` header of their copy."""
        self.ctx.require(*MAIL_HANDLERS, action=_mail_action())
        with self.ctx.unit_of_work() as uow:
            lst = self.list_row_in(uow.session, list_id)
            if not lst.active:
                raise ValidationError(
                    translate("Staff", "The list {list} is no longer in use; choose another.").format(
                        list=lst.name_zh or lst.name_en
                    )
                )
            rows = repo.subscribed_members(uow.session, lst.id)
            counts: dict[int, int] = {}
            if lst.cap_count is not None:
                counts = repo.delivery_counts(
                    uow.session, lst.id, self.ctx.clock() - timedelta(days=lst.cap_days)
                )
            address = self._reply_address() if rows else ""
            kept: list[StaffRecipient] = []
            capped: list[int] = []
            for member, sub in rows:
                if lst.cap_count is not None and counts.get(member.id, 0) >= lst.cap_count:
                    capped.append(member.id)
                    continue
                kept.append(
                    StaffRecipient(
                        member.id,
                        sub.id,
                        member.name,
                        member.email,
                        member.department,
                        self._headers(uow, sub, address),
                    )
                )
            return ListRecipients(lst.id, tuple(kept), tuple(capped))

    def record_sent(self, list_id: int, member_ids: builtins.list[int], reference: str = "") -> None:
        """The sender queued a mail from the list to these members: it counts against the cap."""
        self.ctx.require(*MAIL_HANDLERS, action=_mail_action())
        with self.ctx.unit_of_work() as uow:
            lst = self.list_row_in(uow.session, list_id)
            repo.add_deliveries(uow.session, lst.id, member_ids, self.ctx.clock(), reference[:200])

    # ------------------------------------------------------------------------------ hygiene (AN-3)
    def inactive_months(self) -> int:
        value = self.ctx.service(SettingsService).get(INACTIVE_MONTHS_KEY, DEFAULT_INACTIVE_MONTHS)
        try:
            months = int(value)
        except (TypeError, ValueError):
            return DEFAULT_INACTIVE_MONTHS
        return months if months > 0 else DEFAULT_INACTIVE_MONTHS

    def set_inactive_months(self, months: int) -> None:
        self.ctx.require(Role.ADMINISTRATOR, action=_keep_action())
        if months < 1:
            raise ValidationError(
                translate("Staff", "Long-inactive means at least one month without activity.")
            )
        self.ctx.service(SettingsService).set_many({INACTIVE_MONTHS_KEY: months})

    def hygiene(self) -> HygieneReport:
        """Bounced addresses and members long inactive (no activity for the setting's months,
        default 12) among those subscribed somewhere: what to clean up (AN-3)."""
        self.ctx.require(*READERS, action=_read_action())
        months = self.inactive_months()
        now = self.ctx.clock()
        with self.ctx.unit_of_work() as uow:
            by_member: dict[int, tuple[StaffMemberRow, builtins.list[str], datetime]] = {}
            for member, sub, lst in repo.bounced(uow.session):
                _, names, since = by_member.get(member.id, (member, [], sub.changed_at))
                names.append(lst.name_zh or lst.name_en)
                by_member[member.id] = (member, names, max(since, sub.changed_at))
            bounced = tuple(
                HygieneLine(m.id, m.name, m.email, m.department, "bounced", ", ".join(names), since)
                for m, names, since in by_member.values()
            )
            inactive = tuple(
                HygieneLine(m.id, m.name, m.email, m.department, "inactive", "", since)
                for m, since in repo.inactive_since(uow.session, _months_ago(now, months))
                if m.id not in by_member
            )
        return HygieneReport(now, months, bounced, inactive)

    def export_hygiene(self, path: str | os.PathLike | None = None, *, encoding: str = "utf-8-sig") -> bytes:
        """The hygiene report as CSV (``encoding="gb18030"`` for older Excel), written owner-only
        when ``path`` is given: it holds personal data."""
        report = self.hygiene()
        buf = io.StringIO(newline="")
        writer = csv.writer(buf, lineterminator="\r\n")
        writer.writerow(
            [
                translate("Staff", "Problem"),
                translate("Staff", "Name"),
                translate("Staff", "E-mail"),
                translate("Staff", "Department"),
                translate("Staff", "Lists"),
                translate("Staff", "Since (UTC)"),
            ]
        )
        problems = {"bounced": translate("Staff", "bounced"), "inactive": translate("Staff", "long inactive")}
        for line in report.lines:
            writer.writerow(
                guard_cell(c)
                for c in (
                    problems[line.problem],
                    line.name,
                    line.email,
                    line.department,
                    line.lists,
                    line.since.strftime("%Y-%m-%d %H:%M"),
                )
            )
        data = buf.getvalue().encode(encoding)
        if path is not None:
            write_atomically(path, data)
        return data
