"""The media list PDF: letterhead, title, a table of contacts (name with pinyin, outlet, title,
e-mail, phone, beats), built from plain records through the document layer.

The words on the page (title, column headers, the count) come from the caller already translated
(``MediaListLabels``), so the contacts area owns them."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime
from itertools import chain, islice

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
    records: Iterable[ContactRecord],
    org=None,
    title: str = "",
    subtitle: str = "",
    author: str = "",
    created: datetime | None = None,
    labels: MediaListLabels = MediaListLabels(),
    count: int | None = None,
) -> tuple[Document, list]:
    """(Document, blocks) of a media list; ``org`` is OrgSettings (letterhead, zone) or None.

    ``records`` is a list, or an iterator of ``count`` records read as the table is drawn (a
    large list then never sits in memory whole); the document's language is judged on the first
    200 either way."""
    if isinstance(records, Sequence):
        first = list(records[:200])
        count = len(records)
        rest: Iterable[ContactRecord] = records[200:]
    else:
        iterator = iter(records)
        first = list(islice(iterator, 200))
        rest = iterator
        count = len(first) if count is None and len(first) < 200 else count
        if count is None:
            raise ValueError("a streamed media list needs its count")
    title = title or labels.title
    letterhead = Letterhead(org.name, org.logo_png) if org is not None and org.name else None
    shown_count = labels.count.format(n=count)
    doc = Document(
        title=title,
        subtitle=" · ".join(x for x in (subtitle, shown_count) if x),
        author=author,
        subject=title,
        letterhead=letterhead,
        created=created,
        zone=org_zone_name(org),
        language="zh-CN" if _mostly_chinese(first) else "en",
        landscape=True,
    )
    header = list(labels.header)

    def row(r: ContactRecord) -> list[str]:
        return [
            _name(r),
            "\n".join(r.all_outlets),
            r.title,
            _first(r.emails),
            _first(r.phones),
            ("、" if any(ord(c) > 0x2E7F for b in r.beats for c in b) else ", ").join(r.beats),
        ]

    blocks: list = []
    if count:
        rows = (row(r) for r in chain(first, rest))
        blocks.append(Table(header, rows, widths=(1.3, 1.4, 1.1, 2.3, 1.4, 1.2), count=count))
    else:
        blocks.append(Paragraph(labels.empty))
    return doc, blocks


def _mostly_chinese(records: Sequence[ContactRecord]) -> bool:
    from commdesk.core.contacts.names import has_chinese

    zh = sum(1 for r in records[:200] if has_chinese(r.display_name))
    return zh * 2 >= min(len(records), 200)


def media_list_pdf(
    records: Iterable[ContactRecord],
    path,
    org=None,
    title: str = "",
    subtitle: str = "",
    author: str = "",
    progress=None,
    cancel=None,
    labels: MediaListLabels = MediaListLabels(),
    count: int | None = None,
):
    """Write the media list PDF to ``path``; ``records`` as for ``media_list_document``."""
    from commdesk.core.documents.rendering import render

    doc, blocks = media_list_document(records, org, title, subtitle, author, labels=labels, count=count)
    return render(doc, blocks, path, progress=progress, cancel=cancel)
