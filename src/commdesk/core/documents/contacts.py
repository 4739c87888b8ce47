"""The media list PDF: letterhead, title, a table of contacts (name with pinyin, outlet, title,
e-mail, phone, beats), built from plain records through the document layer.

The words on the page (title, column headers, the count) come from the caller already translated
(``MediaListLabels``), so the contacts area owns them."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from commdesk.core.contacts.records import ContactRecord
from commdesk.core.contacts.validation import format_phone
from commdesk.core.documents.spec import Document, Letterhead, Paragraph, Table
from commdesk.core.timezones import org_zone_name


@dataclass(frozen=True)
class MediaListLabels:
    title: str = "Media list"
    count: str = "{n} contacts"
    header: tuple[str, ...] = ("Name", "Outlet", "Title", "E-mail", "Phone", "Beats")
    empty: str = "No contacts."


def _name(r: ContactRecord) -> str:
    name = r.display_name
    return (
        f"{name}\n{r.pinyin}"
        if r.pinyin and r.pinyin.replace(" ", "") != name.replace(" ", "").lower()
        else name
    )


def _first(items) -> str:
    chosen = next((x for x in items if x.primary), items[0] if items else None)
    return "" if chosen is None else getattr(chosen, "address", None) or format_phone(chosen.number)


def media_list_document(
    records: Sequence[ContactRecord],
    org=None,
    title: str = "",
    subtitle: str = "",
    author: str = "",
    created: datetime | None = None,
    labels: MediaListLabels = MediaListLabels(),
) -> tuple[Document, list]:
    """(Document, blocks) of a media list; ``org`` is OrgSettings (letterhead, zone) or None."""
    title = title or labels.title
    letterhead = Letterhead(org.name, org.logo_png) if org is not None and org.name else None
    count = labels.count.format(n=len(records))
    doc = Document(
        title=title,
        subtitle=" · ".join(x for x in (subtitle, count) if x),
        author=author,
        subject=title,
        letterhead=letterhead,
        created=created,
        zone=org_zone_name(org),
        language="zh-CN" if _mostly_chinese(records) else "en",
        landscape=True,
    )
    header = list(labels.header)
    rows = [
        [
            _name(r),
            "\n".join(r.all_outlets),
            r.title,
            _first(r.emails),
            _first(r.phones),
            ("、" if any(ord(c) > 0x2E7F for b in r.beats for c in b) else ", ").join(r.beats),
        ]
        for r in records
    ]
    blocks: list = []
    if rows:
        blocks.append(Table(header, rows, widths=(1.3, 1.4, 1.1, 2.3, 1.4, 1.2)))
    else:
        blocks.append(Paragraph(labels.empty))
    return doc, blocks


def _mostly_chinese(records: Sequence[ContactRecord]) -> bool:
    from commdesk.core.contacts.names import has_chinese

    zh = sum(1 for r in records[:200] if has_chinese(r.display_name))
    return zh * 2 >= min(len(records), 200)


def media_list_pdf(
    records: Sequence[ContactRecord],
    path,
    org=None,
    title: str = "",
    subtitle: str = "",
    author: str = "",
    progress=None,
    cancel=None,
    labels: MediaListLabels = MediaListLabels(),
):
    from commdesk.core.documents.rendering import render

    doc, blocks = media_list_document(records, org, title, subtitle, author, labels=labels)
    return render(doc, blocks, path, progress=progress, cancel=cancel)
