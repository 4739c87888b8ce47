"""Staff members and subscriptions as the services and the import see them: statuses, how a status
came about, checking a member's fields, and planning an import row by row (nothing here reads or
writes the database: what exists is passed in)."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from enum import Enum

from commdesk.core.contacts.validation import (
    EmailProblem,
    PhoneProblem,
    email_key,
    normalise_email,
    normalise_phone,
)
from commdesk.core.i18n import translate


class SubscriptionStatus(str, Enum):
    SUBSCRIBED = "subscribed"
    PENDING = "pending"  # double opt-in: waiting for the member's confirmation
    UNSUBSCRIBED = "unsubscribed"
    BOUNCED = "bounced"

    @property
    def label(self) -> str:
        return {
            SubscriptionStatus.SUBSCRIBED: translate("Staff", "subscribed"),
            SubscriptionStatus.PENDING: translate("Staff", "waiting for confirmation"),
            SubscriptionStatus.UNSUBSCRIBED: translate("Staff", "unsubscribed"),
            SubscriptionStatus.BOUNCED: translate("Staff", "bounced"),
        }[self]

    @property
    def ended(self) -> bool:
        """The person left the list (or their mail came back): no import or sender subscribes
        them again; only they (confirming by mail) or an administrator on purpose may."""
        return self in (SubscriptionStatus.UNSUBSCRIBED, SubscriptionStatus.BOUNCED)


class SubscriptionHow(str, Enum):
    IMPORT = "import"
    ADMIN = "admin"
    SELF = "self"  # by mail: an unsubscribe or a confirmation
    BOUNCE = "bounce"

    @property
    def label(self) -> str:
        return {
            SubscriptionHow.IMPORT: translate("Staff", "import"),
            SubscriptionHow.ADMIN: translate("Staff", "by an administrator"),
            SubscriptionHow.SELF: translate("Staff", "by the member (mail)"),
            SubscriptionHow.BOUNCE: translate("Staff", "mail bounced"),
        }[self]


NAME_MAX, DEPARTMENT_MAX = 300, 200


@dataclass(frozen=True)
class MemberFields:
    """A member's fields as typed or read from a file, checked (``check_member``)."""

    name: str
    email: str
    department: str = ""
    phone: str = ""

    @property
    def email_key(self) -> str:
        return email_key(self.email)


def _one_line(value: str) -> str:
    return re.sub(r"\s+", " ", value or "").strip()


def check_member(
    name: str, email: str, department: str = "", phone: str = "", region: str = "CN"
) -> tuple[MemberFields | None, dict[str, str]]:
    """The cleaned fields, or None with field -> message naming the fix."""
    errors: dict[str, str] = {}
    name, department = _one_line(name), _one_line(department)
    if not name:
        errors["name"] = translate("Staff", "The name is missing: write the member's name.")
    elif len(name) > NAME_MAX:
        errors["name"] = translate("Staff", "The name is longer than {n} characters; shorten it.").format(
            n=NAME_MAX
        )
    if len(department) > DEPARTMENT_MAX:
        errors["department"] = translate(
            "Staff", "The department is longer than {n} characters; shorten it."
        ).format(n=DEPARTMENT_MAX)
    address = ""
    if not (email or "").strip():
        errors["email"] = translate("Staff", "The e-mail address is missing: announcements go by mail.")
    else:
        try:
            address = normalise_email(email)
        except EmailProblem as exc:
            errors["email"] = translate(
                "Staff", "The e-mail address {address} is not valid: {reason}"
            ).format(address=email.strip(), reason=exc)
    number = ""
    if (phone or "").strip():
        try:
            number = normalise_phone(phone, region)
        except PhoneProblem as exc:
            errors["phone"] = translate("Staff", "The phone number {number} is not valid: {reason}").format(
                number=phone.strip(), reason=exc
            )
    if errors:
        return None, errors
    return MemberFields(name, address, department, number), {}


# ------------------------------------------------------------------------------------ import
#: What a column's header may say for each field (compared case-insensitively, spaces removed).
HEADERS: dict[str, tuple[str, ...]] = {
    "name": ("name", "fullname", "姓名", "名字", "名称"),
    "email": (
        "email",
        "e-mail",
        "emailaddress",
        "e-mailaddress",
        "mail",
        "邮箱",
        "电子邮件",
        "电子邮箱",
        "邮件地址",
    ),
    "department": ("department", "dept", "部门", "所属部门"),
    "phone": ("phone", "mobile", "telephone", "tel", "电话", "手机", "手机号", "联系电话"),
    "lists": ("lists", "list", "subscriptions", "列表", "订阅", "订阅列表"),
}
_LIST_SPLIT = re.compile(r"[;,；，、|\n]+")


def _header_key(header: str) -> str:
    return re.sub(r"[\s_]+", "", header).casefold()


def map_headers(headers: Sequence[str]) -> dict[str, str]:
    """field -> the file's header for it (the first column that names the field)."""
    found: dict[str, str] = {}
    for header in headers:
        key = _header_key(header)
        for field_name, names in HEADERS.items():
            if field_name not in found and key in names:
                found[field_name] = header
    return found


class RowOutcome(str, Enum):
    ADDED = "added"
    UPDATED = "updated"
    UNCHANGED = "unchanged"
    REJECTED = "rejected"

    @property
    def label(self) -> str:
        return {
            RowOutcome.ADDED: translate("Staff", "added"),
            RowOutcome.UPDATED: translate("Staff", "updated"),
            RowOutcome.UNCHANGED: translate("Staff", "unchanged"),
            RowOutcome.REJECTED: translate("Staff", "rejected"),
        }[self]


@dataclass(frozen=True)
class ExistingMember:
    id: int
    name: str
    department: str
    phone: str
    statuses: Mapping[int, SubscriptionStatus]  # list id -> status


@dataclass(frozen=True)
class ListChoice:
    id: int
    name: str  # as shown
    double_opt_in: bool


@dataclass
class PlannedRow:
    number: int  # the spreadsheet's row (header = 1)
    outcome: RowOutcome
    email: str = ""
    fields: MemberFields | None = None
    member_id: int | None = None
    changed: tuple[str, ...] = ()  # fields of an existing member that change
    subscribe: tuple[ListChoice, ...] = ()  # new subscriptions
    kept_ended: tuple[str, ...] = ()  # lists the person left: not subscribed again
    reason: str = ""  # why rejected

    @property
    def notes(self) -> str:
        parts: list[str] = []
        if self.reason:
            parts.append(self.reason)
        if self.changed:
            parts.append(translate("Staff", "changed: {fields}").format(fields=", ".join(self.changed)))
        if self.subscribe:
            parts.append(
                translate("Staff", "subscribed to: {lists}").format(
                    lists=", ".join(c.name for c in self.subscribe)
                )
            )
        if self.kept_ended:
            parts.append(
                translate(
                    "Staff", "left unsubscribed from {lists}: an import never subscribes them again"
                ).format(lists=", ".join(self.kept_ended))
            )
        return "; ".join(parts)


@dataclass
class ImportPlan:
    rows: list[PlannedRow] = field(default_factory=list)

    def counts(self) -> dict[str, int]:
        out = {o.value: 0 for o in RowOutcome}
        for row in self.rows:
            out[row.outcome.value] += 1
        return out

    @property
    def rejected(self) -> list[PlannedRow]:
        return [r for r in self.rows if r.outcome is RowOutcome.REJECTED]


def plan_rows(
    rows: Sequence[tuple[int, Mapping[str, str]]],
    columns: Mapping[str, str],
    existing: Mapping[str, ExistingMember],
    lists_by_name: Mapping[str, ListChoice],
    extra_lists: Sequence[ListChoice] = (),
    region: str = "CN",
) -> ImportPlan:
    """Each row's outcome: ``rows`` are (row number, header -> text); ``existing`` maps an e-mail key
    to the member stored with it; ``lists_by_name`` a casefolded list name to the list; every row is
    also subscribed to ``extra_lists``."""
    plan = ImportPlan()
    seen: dict[str, int] = {}

    def cell(values: Mapping[str, str], name: str) -> str:
        header = columns.get(name)
        return (values.get(header, "") if header else "").strip()

    for number, values in rows:
        fields, errors = check_member(
            cell(values, "name"),
            cell(values, "email"),
            cell(values, "department"),
            cell(values, "phone"),
            region,
        )
        wanted: list[ListChoice] = list(extra_lists)
        for name in _LIST_SPLIT.split(cell(values, "lists")):
            if not name.strip():
                continue
            choice = lists_by_name.get(name.strip().casefold())
            if choice is None:
                errors["lists"] = translate(
                    "Staff", "There is no subscription list '{name}'; add it first or correct the name."
                ).format(name=name.strip())
                break
            if choice.id not in {c.id for c in wanted}:
                wanted.append(choice)
        if fields is None or errors:
            plan.rows.append(
                PlannedRow(
                    number, RowOutcome.REJECTED, cell(values, "email"), reason=" ".join(errors.values())
                )
            )
            continue
        key = fields.email_key
        if key in seen:
            plan.rows.append(
                PlannedRow(
                    number,
                    RowOutcome.REJECTED,
                    fields.email,
                    reason=translate(
                        "Staff", "The same e-mail address as row {row}; keep one of the two."
                    ).format(row=seen[key]),
                )
            )
            continue
        seen[key] = number
        known = existing.get(key)
        if known is None:
            plan.rows.append(
                PlannedRow(number, RowOutcome.ADDED, fields.email, fields, subscribe=tuple(wanted))
            )
            continue
        changed = tuple(
            label
            for label, before, after in (
                (translate("Staff", "name"), known.name, fields.name),
                (translate("Staff", "department"), known.department, fields.department),
                (translate("Staff", "phone"), known.phone, fields.phone),
            )
            if after and before != after  # an empty cell leaves the stored value
        )
        new = tuple(c for c in wanted if c.id not in known.statuses)
        ended = tuple(c.name for c in wanted if c.id in known.statuses and known.statuses[c.id].ended)
        outcome = RowOutcome.UPDATED if changed or new else RowOutcome.UNCHANGED
        plan.rows.append(PlannedRow(number, outcome, fields.email, fields, known.id, changed, new, ended))
    return plan
