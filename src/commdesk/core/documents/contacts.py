"""The media list PDF: letterhead, title, a table of contacts (name with pinyin, outlet, title,
e-mail, phone, beats), built from plain records through the document layer."""
from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from commdesk.core.contacts.records import ContactRecord
from commdesk.core.contacts.validation import format_phone
from commdesk.core.i18n import translate

from . import Document, Letterhead, Paragraph, Table


def _name(r: ContactRecord) -> str:
    name = r.display_name
    return f"{name}\n{r.pinyin}" if r.pinyin and r.pinyin.replace(" ", "") != name.replace(" ", "").lower() else name


def _first(items) -> str:
    chosen = next((x for x in items if x.primary), items[0] if items else None)
    return "" if chosen is None else getattr(chosen, "address", None) or format_phone(chosen.number)


def media_list_document(records: Sequence[ContactRecord], org=None, title: str = "", subtitle: str = "",
                        author: str = "", created: datetime | None = None) -> tuple[Document, list]:
    """(Document, blocks) of a media list; ``org`` is OrgSettings (letterhead) or None."""
    title = title or translate("Contacts", "Media list")
    letterhead = Letterhead(org.name, org.logo_png) if org is not None and org.name else None
    count = translate("Contacts", "{n} contacts").format(n=len(records))
    doc = Document(title=title, subtitle=" · ".join(x for x in (subtitle, count) if x), author=author,
                   subject=title, letterhead=letterhead, created=created,
                   language="zh-CN" if _mostly_chinese(records) else "en")
    header = [translate("Contacts", "Name"), translate("Contacts", "Outlet"), translate("Contacts", "Title"),
              translate("Contacts", "E-mail"), translate("Contacts", "Phone"), translate("Contacts", "Beats")]
    rows = [[_name(r), "\n".join(r.all_outlets), r.title, _first(r.emails), _first(r.phones), "、".join(r.beats)]
            for r in records]
    blocks: list = []
    if rows:
        blocks.append(Table(header, rows, widths=(1.3, 1.3, 1.1, 1.9, 1.4, 1.2)))
    else:
        blocks.append(Paragraph(translate("Contacts", "No contacts.")))
    return doc, blocks


def _mostly_chinese(records: Sequence[ContactRecord]) -> bool:
    from commdesk.core.contacts.names import has_chinese

    zh = sum(1 for r in records[:200] if has_chinese(r.display_name))
    return zh * 2 >= min(len(records), 200)


def media_list_pdf(records: Sequence[ContactRecord], path, org=None, title: str = "", subtitle: str = "",
                   author: str = "", progress=None, cancel=None):
    from . import render

    doc, blocks = media_list_document(records, org, title, subtitle, author)
    return render(doc, blocks, path, progress=progress, cancel=cancel)
