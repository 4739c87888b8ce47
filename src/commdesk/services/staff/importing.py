"""Importing staff members from a CSV (UTF-8 or GB18030, as Excel saves it) or .xlsx file.

The file is read by the contacts import's readers (encoding and delimiter detected, Excel row
numbers, the .xlsx guards). Every row is accounted for: added, updated, unchanged or rejected with
the reason. Nothing is written when a row is rejected, unless the caller asks for the partial
import (the good rows). Reading the same file again changes nothing. A person who unsubscribed from
a list, or whose mail bounced, is never subscribed to it again by an import; the row says so.
"""

from __future__ import annotations

import os
import uuid
from dataclasses import dataclass
from pathlib import Path

from commdesk.core.contacts.importing.sources import read_table
from commdesk.core.domain.people import Role
from commdesk.core.errors import ValidationError
from commdesk.core.i18n import translate
from commdesk.core.staff.records import (
    ExistingMember,
    ImportPlan,
    ListChoice,
    PlannedRow,
    RowOutcome,
    SubscriptionHow,
    SubscriptionStatus,
    check_member,
    map_headers,
    plan_rows,
)
from commdesk.persistence.models.staff import StaffMemberRow
from commdesk.persistence.repositories import staff as repo
from commdesk.services.context import ServiceContext
from commdesk.services.settings import SettingsService
from commdesk.services.staff.service import StaffService


@dataclass(frozen=True)
class StaffImportReport:
    file: str
    rows: tuple[PlannedRow, ...]
    written: bool  # False: nothing was saved (a rejected row without ``partial``)
    partial: bool
    confirmations: int = 0  # double opt-in confirmation mails queued

    def counts(self) -> dict[str, int]:
        return ImportPlan(list(self.rows)).counts()

    @property
    def rejected(self) -> tuple[PlannedRow, ...]:
        return tuple(r for r in self.rows if r.outcome is RowOutcome.REJECTED)

    @property
    def kept_unsubscribed(self) -> tuple[PlannedRow, ...]:
        return tuple(r for r in self.rows if r.kept_ended)


class StaffImportService:
    def __init__(self, ctx: ServiceContext):
        self.ctx = ctx

    @property
    def staff(self) -> StaffService:
        return self.ctx.service(StaffService)

    def import_file(
        self,
        path: str | os.PathLike,
        *,
        list_names: tuple[str, ...] = (),
        partial: bool = False,
        encoding: str | None = None,
    ) -> StaffImportReport:
        """Read ``path`` and save its members (one transaction). ``list_names``: lists every row
        is subscribed to, besides its own "lists" column."""
        self.ctx.require(Role.ADMINISTRATOR, action=translate("Staff", "import staff members"))
        table = read_table(path, encoding=encoding)
        columns = map_headers(table.headers)
        if "email" not in columns:
            raise ValidationError(
                translate(
                    "Staff",
                    "{file} has no e-mail column; name one column 'email' (or '邮箱') and import again.",
                ).format(file=table.file)
            )
        if "name" not in columns:
            raise ValidationError(
                translate(
                    "Staff", "{file} has no name column; name one column 'name' (or '姓名') and import again."
                ).format(file=table.file)
            )
        region = self.ctx.service(SettingsService).organisation().default_country or "CN"
        rows = [(row.number, row.values) for row in table.rows]
        batch = uuid.uuid4().hex
        with self.ctx.unit_of_work() as uow:
            lists = repo.lists(uow.session)
            by_name: dict[str, ListChoice] = {}
            for lst in lists:
                choice = ListChoice(lst.id, lst.name_zh or lst.name_en, lst.double_opt_in)
                for name in (lst.name_zh, lst.name_en):
                    if name:
                        by_name.setdefault(name.casefold(), choice)
            extra = tuple(
                ListChoice(lst.id, lst.name_zh or lst.name_en, lst.double_opt_in)
                for lst in (StaffService.list_row_in(uow.session, n) for n in list_names)
            )
            keys = set()
            for _, values in rows:
                fields, _errors = check_member(
                    values.get(columns["name"], ""), values.get(columns["email"], ""), region=region
                )
                if fields is not None:
                    keys.add(fields.email_key)
            found = repo.members_by_keys(uow.session, keys)
            statuses: dict[int, dict[int, SubscriptionStatus]] = {}
            for sub in repo.subscriptions_of_members(uow.session, [m.id for m in found.values()]):
                statuses.setdefault(sub.member_id, {})[sub.list_id] = SubscriptionStatus(sub.status)
            existing = {
                key: ExistingMember(m.id, m.name, m.department, m.phone, statuses.get(m.id, {}))
                for key, m in found.items()
            }
            plan = plan_rows(rows, columns, existing, by_name, extra, region)
            if any(c.double_opt_in for r in plan.rows for c in r.subscribe):
                self.staff.confirmation_ready()
            if plan.rejected and not partial:
                return StaffImportReport(table.file, tuple(plan.rows), False, partial)
            list_rows = {lst.id: lst for lst in lists}
            pending: list[int] = []
            for planned in plan.rows:
                if planned.outcome is RowOutcome.REJECTED or planned.fields is None:
                    continue
                fields = planned.fields
                if planned.outcome is RowOutcome.ADDED:
                    member = StaffMemberRow(
                        name=fields.name,
                        email=fields.email,
                        email_key=fields.email_key,
                        department=fields.department,
                        phone=fields.phone,
                        active=True,
                        created_at=self.ctx.clock(),
                        source=Path(table.file).name[:300],
                        import_batch=batch,
                    )
                    repo.add(uow.session, member)
                    planned.member_id = member.id
                else:
                    member = found[fields.email_key]
                    if planned.changed:
                        member.name = fields.name or member.name
                        member.department = fields.department or member.department
                        member.phone = fields.phone or member.phone
                        member.import_batch = batch
                for choice in planned.subscribe:
                    made = self.staff.start_subscription_in(
                        uow, member, list_rows[choice.id], None, SubscriptionHow.IMPORT
                    )
                    if made.status == SubscriptionStatus.PENDING.value:
                        pending.append(made.id)
            uow.session.flush()
        for subscription_id in pending:  # the outbox writes in a unit of its own, after the import's
            self.staff.send_confirmation(subscription_id)
        return StaffImportReport(table.file, tuple(plan.rows), True, partial, len(pending))
