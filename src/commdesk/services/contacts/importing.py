"""Import of media contacts: plan (a report, nothing written) then apply (one transaction).

``plan`` reads the file (CSV in UTF-8 / BOM / GB18030, .xlsx, vCard), maps its columns (guessed,
overridable) and asks the core planner what would be created, updated (matched by e-mail, then
phone), left unchanged and rejected. ``apply`` writes that plan in one transaction: all or nothing
unless ``skip_invalid``; a cancel (or any error) writes nothing. Importing the same file twice
changes nothing the second time. Created contacts carry the file as their source (provenance) and
an ``import`` entry in the audit log naming file and row. The writing itself is the contacts
repositories' ``ContactBulkWriter``.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from typing import cast

from sqlalchemy.orm import Session

from commdesk.core.contacts.importing import (
    ImportPlan,
    Row,
    guess_mapping,
    parse_overrides,
    plan_import,
    read_table,
)
from commdesk.core.contacts.importing.plan import NEW, RowCounts, resolve_choices
from commdesk.core.domain.people import Person, Role
from commdesk.core.errors import Cancelled, ConflictError, ValidationError
from commdesk.core.i18n import translate
from commdesk.core.parallel import collector_paused
from commdesk.persistence.repositories.contacts import details
from commdesk.persistence.repositories.contacts import lists as list_repo
from commdesk.persistence.repositories.contacts.bulk import BATCH, ContactBulkWriter
from commdesk.persistence.repositories.contacts.matching import ImportLookup
from commdesk.services.contacts.common import ENTITY, region, today
from commdesk.services.context import ServiceContext

Progress = Callable[[int, int | None], None]
Cancel = Callable[[], bool]


@dataclass
class ImportPreview:
    plan: ImportPlan
    mapping: dict[str, str | None]  # header -> target (None: ignored)
    headers: list[str]
    sample_rows: list[Row]  # the first rows of the file, for the mapping dialog
    file_kind: str  # csv | xlsx | vcard
    encoding: str
    file: str = ""
    versions: dict[int, int] = field(default_factory=dict)  # matched contacts' versions when planned


@dataclass(frozen=True)
class ImportResult:
    created: int
    updated: int
    unchanged: int
    rejected: int  # rows left out (skip_invalid)
    list_id: int | None = None
    merged: int = 0  # rows merged into an earlier row of the file
    rows_read: int = 0
    ignored_columns: tuple[str, ...] = ()  # the file's columns not imported

    def summary(self) -> str:
        return counts_text(
            RowCounts(
                self.rows_read,
                self.created,
                self.updated,
                self.unchanged,
                self.merged,
                self.rejected,
                self.ignored_columns,
            )
        )


def counts_text(c: RowCounts, planned: bool = False) -> str:
    """Every row read and what became of it (``planned``: what would become of it), in words; the
    parts add up to the rows read."""
    if planned:
        text = translate(
            "Contacts",
            "Rows read: {rows}; {created} to create, {updated} to update, {unchanged} "
            "unchanged, {merged} merged into an earlier row of the file, {rejected} rejected",
        )
    else:
        text = translate(
            "Contacts",
            "Rows read: {rows}; {created} created, {updated} updated, {unchanged} unchanged, "
            "{merged} merged into an earlier row of the file, {rejected} rejected",
        )
    text = text.format(
        rows=c.rows_read,
        created=c.created,
        updated=c.updated,
        unchanged=c.unchanged,
        merged=c.merged,
        rejected=c.rejected,
    )
    if c.ignored_columns:  # a column dropped without a word would look imported
        text += translate(
            "Contacts", "; columns not imported (no contact field takes them): {columns}"
        ).format(columns=", ".join(c.ignored_columns))
    return text


def _overrides(items: Iterable[str] | Mapping[str, str | None], headers: list[str]) -> dict[str, str | None]:
    if isinstance(items, Mapping):
        items = [f"{k}={v or 'ignore'}" for k, v in items.items()]
    return parse_overrides(list(items), headers)


class ContactImportService:
    def __init__(self, ctx: ServiceContext):
        self.ctx = ctx

    def _require(self) -> Person:
        return self.ctx.require(Role.ADMINISTRATOR, action=translate("Contacts", "import media contacts"))

    def plan(
        self,
        path: str | os.PathLike,
        encoding: str | None = None,
        mapping_overrides: Iterable[str] | Mapping = (),
        sheet: str | None = None,
        progress: Progress | None = None,
        cancel: Cancel | None = None,
    ) -> ImportPreview:
        """Read and plan; writes nothing. ImportFileError when the file can't be read."""
        self._require()
        table = read_table(path, encoding=encoding, sheet=sheet)
        mapping = guess_mapping(table.headers)
        mapping.update(_overrides(mapping_overrides, table.headers))
        if not any(mapping.values()):
            raise ValidationError(
                {
                    "mapping": translate(
                        "Contacts",
                        "No column of {file} was recognised; map the columns to contact fields "
                        "(e.g. 姓名=full_name).",
                    ).format(file=table.file)
                }
            )
        with self.ctx.unit_of_work() as uow, collector_paused():
            lookup = ImportLookup(uow.session)
            plan = plan_import(
                table.rows,
                mapping,
                lookup,
                region(self.ctx),
                progress=progress,
                cancel=cancel,
                unguard=table.kind != "vcard",
            )
        return ImportPreview(
            plan,
            mapping,
            table.headers,
            list(table.rows[:20]),
            table.kind,
            table.encoding,
            file=table.file,
            versions=dict(lookup.versions),
        )

    def apply(
        self,
        preview: ImportPreview,
        skip_invalid: bool = False,
        list_name: str | None = None,
        progress: Progress | None = None,
        cancel: Cancel | None = None,
        choices: Mapping | None = None,
        default: str = NEW,
    ) -> ImportResult:
        """Write the plan in one transaction (nothing written on error or cancel).

        ``choices`` (existing contact id -> field -> "keep" | "new" | "replace") and ``default``
        ("keep": keep existing values for all) are the user's review of the updates
        (``plan.resolve_choices``)."""
        self._require()
        plan = resolve_choices(preview.plan, choices, default) if choices or default != NEW else preview.plan
        rejected = len(plan.rejected_rows)
        if rejected and not skip_invalid:
            raise ValidationError(
                {
                    "file": translate(
                        "Contacts",
                        "{n} rows of {file} were rejected, so nothing was imported; fix those rows, or "
                        "import the valid rows only.",
                    ).format(n=rejected, file=preview.file)
                }
            )
        total = len(plan.create) + len(plan.update)

        def tick(done: int) -> None:
            if cancel is not None and cancel():
                raise Cancelled(translate("Contacts", "The import was cancelled; nothing was changed."))
            if progress is not None:
                progress(done, total)

        source = translate("Contacts", "import of {file}").format(file=preview.file) if preview.file else ""
        with self.ctx.unit_of_work() as uow:
            s = uow.session
            self._check_versions(s, preview)
            with ContactBulkWriter(s, (uow.actor.id, uow.actor.name), today(self.ctx), total) as writer:
                new_outlets = plan.outlets or {o for p in plan.create for o in p.record.all_outlets}
                writer.ensure_outlets([*new_outlets, *(o for p in plan.update for o in p.record.all_outlets)])
                created = writer.create(plan.create, source, tick)
                done = len(plan.create)
                for start in range(0, len(plan.update), BATCH):
                    tick(done + start)
                    moved = writer.update(plan.update[start : start + BATCH], preview.versions)
                    if moved:  # saved or deleted since the check above (a read before the first write)
                        raise self._stale(preview, moved)
            list_id = None
            if list_name:
                kept = [cast(int, p.key) for p in (*plan.update, *plan.unchanged)]
                list_id = self._fill_list(s, list_name, created + kept)
            tick(total)
            counts = plan.counts()
            result = ImportResult(
                counts.created,
                counts.updated,
                counts.unchanged,
                rejected if skip_invalid else 0,
                list_id,
                counts.merged,
                counts.rows_read,
                counts.ignored_columns,
            )
            uow.event(ENTITY, "import", "import", note=f"{preview.file}: {result.summary()}")
            return result

    def _check_versions(self, session: Session, preview: ImportPreview) -> None:
        keys = [cast(int, p.key) for p in preview.plan.update]
        current = details.versions(session, keys, live_only=True)
        stale = [k for k in keys if current.get(k) != preview.versions.get(k)]
        if stale:
            raise self._stale(preview, stale)

    @staticmethod
    def _stale(preview: ImportPreview, stale: list[int]) -> ConflictError:
        return ConflictError(
            translate(
                "Contacts", "{n} contacts were changed since the import was planned; plan the import again."
            ).format(n=len(stale)),
            mine=preview,
            theirs=stale,
        )

    def _fill_list(self, session: Session, name: str, ids: list[int]) -> int:
        name = " ".join(name.split())
        row = list_repo.list_named(session, name)
        if row is None:
            row = list_repo.add_list(session, name)
        elif row.smart:
            raise ValidationError(
                {
                    "list": translate(
                        "Contacts", "{name} is a smart list (a saved search); its members follow the search."
                    ).format(name=row.name)
                }
            )
        have = list_repo.member_ids(session, row.id)
        new = [i for i in dict.fromkeys(ids) if i not in have]
        list_repo.add_many_members(session, row.id, new, self.ctx.clock())
        return row.id
