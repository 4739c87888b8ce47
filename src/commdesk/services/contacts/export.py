"""Export of media contacts: CSV (UTF-8 with BOM, or GB18030), .xlsx, vCard 4.0 and a PDF media list.

What is exported: a distribution list, a search, or every contact. Exporting a list is a mailing
export: contacts marked do-not-contact (any channel) are left out, as in sending.
Officers and administrators export.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

from commdesk.core.contacts.exporting import write_csv, write_vcards, write_xlsx
from commdesk.core.contacts.query import ContactQuery
from commdesk.core.contacts.records import ContactRecord
from commdesk.core.documents.contacts import MediaListLabels, media_list_pdf
from commdesk.core.errors import ValidationError
from commdesk.core.i18n import translate
from commdesk.services.contacts.lists import ContactListService
from commdesk.services.contacts.service import ContactService
from commdesk.services.context import ServiceContext
from commdesk.services.settings import SettingsService

FORMATS = ("csv", "xlsx", "vcf", "pdf")
_EXTENSIONS = {".csv": "csv", ".txt": "csv", ".xlsx": "xlsx", ".vcf": "vcf", ".vcard": "vcf", ".pdf": "pdf"}


def format_of(path, fmt: str | None) -> str:
    if fmt:
        fmt = fmt.lower().lstrip(".")
        fmt = "vcf" if fmt == "vcard" else fmt
        if fmt not in FORMATS:
            raise ValidationError(
                {
                    "format": translate(
                        "Contacts", "{format} is not an export format; use csv, xlsx, vcf or pdf."
                    ).format(format=fmt)
                }
            )
        return fmt
    found = _EXTENSIONS.get(Path(path).suffix.lower())
    if found is None:
        raise ValidationError(
            {
                "format": translate(
                    "Contacts",
                    "Cannot tell the format from the name {file}; end it in .csv, .xlsx, .vcf or .pdf, or "
                    "give the format.",
                ).format(file=Path(path).name)
            }
        )
    return found


class ContactExportService:
    def __init__(self, ctx: ServiceContext):
        self.ctx = ctx

    @property
    def contacts(self) -> ContactService:
        return self.ctx.service(ContactService)

    def export(
        self,
        path: str | os.PathLike,
        fmt: str | None = None,
        q: ContactQuery | None = None,
        list_id: int | None = None,
        encoding: str = "utf-8-sig",
        mailing: bool | None = None,
        title: str = "",
        progress=None,
        cancel=None,
    ) -> int:
        """Write the contacts to ``path``; returns how many were written."""
        self.contacts.require_officer(translate("Contacts", "export media contacts"))
        fmt = format_of(path, fmt)
        mailing = list_id is not None if mailing is None else mailing
        if list_id is not None:
            q = ContactQuery(**{**(q.__dict__ if q else {}), "list_id": list_id, "deleted": False})
        q = q or ContactQuery()
        ids = self.contacts.ids(q)
        if mailing:
            left_out = {s.id for s in self.contacts.summaries(ids) if s.do_not_contact}
            ids = [i for i in ids if i not in left_out]
        if fmt == "pdf":
            return self._media_list_pdf(path, ids, list_id, title, progress, cancel)
        records = self.contacts.records(ids)
        ordered = [records[i] for i in ids if i in records]
        if fmt == "csv":
            write_csv(ordered, path, encoding=encoding)
        elif fmt == "xlsx":
            write_xlsx(ordered, path)
        elif fmt == "vcf":
            write_vcards(ordered, path)
        return len(ordered)

    def _media_list_pdf(self, path, ids: list[int], list_id: int | None, title: str, progress, cancel) -> int:
        """The media list PDF, its contacts read 500 at a time as the table is drawn."""
        if not title and list_id is not None:
            title = self.ctx.service(ContactListService).get(list_id).name
        org = self.ctx.service(SettingsService).organisation()
        labels = MediaListLabels(
            title=translate("Contacts", "Media list"),
            count=translate("Contacts", "{n} contacts"),
            header=(
                translate("Contacts", "Name"),
                translate("Contacts", "Outlet"),
                translate("Contacts", "Title"),
                translate("Contacts", "E-mail"),
                translate("Contacts", "Phone"),
                translate("Contacts", "Beats"),
            ),
            empty=translate("Contacts", "No contacts."),
        )
        written = 0

        def records() -> Iterator[ContactRecord]:
            nonlocal written
            for start in range(0, len(ids), 500):
                batch = ids[start : start + 500]
                found = self.contacts.records(batch)
                for i in batch:
                    if i in found:
                        written += 1
                        yield found[i]

        media_list_pdf(
            records(),
            path,
            org,
            title=title,
            author=self.ctx.current().name,
            progress=progress,
            cancel=cancel,
            labels=labels,
            count=len(ids),
        )
        return written
