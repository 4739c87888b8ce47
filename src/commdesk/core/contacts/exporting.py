"""Export of contact records: CSV (UTF-8 with BOM for Excel, or GB18030), .xlsx and vCard 4.0.

Columns are the same for CSV and .xlsx and are recognised again by the import's column mapping,
so export followed by import gives the same records. Spreadsheet cells that start with = + - @
(or a tab / carriage return) are prefixed with a single quote in CSV, so Excel does not run them
as formulas; the import removes that quote again. In .xlsx every cell is written as text.
"""

from __future__ import annotations

import csv
import io
import os
import re
from collections.abc import Iterable, Sequence

from commdesk.core.contacts.importing.mapping import (
    email_header,
    email_label_header,
    needs_guard,
    phone_header,
    phone_label_header,
)
from commdesk.core.contacts.labels import entry_label
from commdesk.core.contacts.records import ContactRecord, field_label
from commdesk.core.contacts.validation import format_phone
from commdesk.core.files import write_atomically

_BEFORE = ("full_name", "family_name", "given_name", "pinyin", "title", "outlet", "outlets", "beats")
_AFTER = (
    "wechat",
    "weibo",
    "linkedin",
    "x",
    "address",
    "preferred_channel",
    "language",
    "contact_time",
    "notes",
    "tier",
    "status",
    "source",
)


def _ordered(items):
    """Primary first, the rest in order."""
    return sorted(items, key=lambda x: not x.primary)


def table_rows(records: Sequence[ContactRecord]) -> tuple[list[str], list[list[str]]]:
    """(headers, rows of text) for spreadsheet export."""
    n_email = max((len(r.emails) for r in records), default=0) or 1
    n_phone = max((len(r.phones) for r in records), default=0) or 1
    headers = [field_label(f) for f in _BEFORE]
    for i in range(1, n_email + 1):
        headers += [email_header(i), email_label_header(i)]
    for i in range(1, n_phone + 1):
        headers += [phone_header(i), phone_label_header(i)]
    headers += [field_label(f) for f in _AFTER]
    rows = []
    for r in records:
        row = [
            r.full_name,
            r.family_name,
            r.given_name,
            r.pinyin,
            r.title,
            r.outlet,
            "; ".join(o for o in r.outlets if o != r.outlet),
            "; ".join(r.beats),
        ]
        emails = _ordered(r.emails)
        for i in range(n_email):
            row += [emails[i].address, entry_label(emails[i].label)] if i < len(emails) else ["", ""]
        phones = _ordered(r.phones)
        for i in range(n_phone):
            row += (
                [format_phone(phones[i].number), entry_label(phones[i].label)]
                if i < len(phones)
                else ["", ""]
            )
        for f in _AFTER:
            row.append(_cell(f, getattr(r, f)))
        rows.append(row)
    return headers, rows


def _cell(field: str, value) -> str:
    """A value as people read it in a spreadsheet, which the import reads back as the same value:
    tier and status in words. Language and preferred channel stay as stored (free text that may
    equal a word, so a translation could not be read back unchanged)."""
    if hasattr(value, "label"):
        return value.label
    return value or ""


def guard_cell(value: str) -> str:
    """Formula-injection guard for CSV cells (see module doc); lossless with the import's ``uncell``."""
    return "'" + value if needs_guard(value) else value


def write_csv(
    records: Sequence[ContactRecord],
    path: str | os.PathLike | None = None,
    encoding: str = "utf-8-sig",
    delimiter: str = ",",
) -> bytes:
    """CSV bytes (also written to ``path`` when given, owner-only and atomically: contacts are
    personal data). ``encoding="gb18030"`` for old Excel setups."""
    headers, rows = table_rows(records)
    buf = io.StringIO(newline="")
    writer = csv.writer(buf, delimiter=delimiter, lineterminator="\r\n")
    writer.writerow(headers)
    writer.writerows([guard_cell(c) for c in row] for row in rows)
    data = buf.getvalue().encode(encoding)
    if path is not None:
        write_atomically(path, data)
    return data


def write_xlsx(records: Sequence[ContactRecord], path: str | os.PathLike, sheet_title: str = "") -> None:
    """.xlsx with a bold, frozen header row and column widths fitted to the content (capped)."""
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Font
    from openpyxl.utils import get_column_letter

    from commdesk.core.i18n import translate

    headers, rows = table_rows(records)
    wb = Workbook(write_only=True)
    ws = wb.create_sheet(sheet_title or translate("Contacts", "Contacts"))
    ws.freeze_panes = "A2"
    for i, h in enumerate(headers):
        width = max([_width(h)] + [_width(row[i]) for row in rows[:2000]])
        ws.column_dimensions[get_column_letter(i + 1)].width = min(60, max(8, width + 2))
    bold = Font(bold=True)
    header_cells = []
    for h in headers:
        c = WriteOnlyCell(ws, value=h)
        c.font = bold
        header_cells.append(c)
    ws.append(header_cells)
    for row in rows:
        cells = []
        for v in row:
            c = WriteOnlyCell(ws, value=v or None)
            if v:
                c.data_type = "s"  # text, never a formula
            cells.append(c)
        ws.append(cells)
    write_atomically(path, wb.save)


def _width(text: str) -> int:
    line = max(str(text).split("\n"), key=len) if text else ""
    return sum(2 if ord(ch) > 0x2E7F else 1 for ch in line)


# --- vCard 4.0 ---------------------------------------------------------------------------------

# Every line break a value may hold (CR LF, CR, LF, and Unicode's own) becomes the escape "\n";
# other control characters are dropped: nothing in a value can end or split a content line.
_BREAKS = re.compile("\r\n|[\r\n\v\f\x1c-\x1e\x85\u2028\u2029]")
_CONTROLS = re.compile("[\x00-\x08\x0e-\x1b\x1f\x7f]")


def escape_text(value: str) -> str:
    """A TEXT value for a vCard content line (RFC 6350 3.4): backslash, comma, semicolon and every
    line break escaped, other control characters left out."""
    # Breaks first: a control between CR and LF ("\r\x10\n") is two breaks, not one CR LF once dropped.
    value = _BREAKS.sub("\n", value)
    value = _CONTROLS.sub("", value).replace("\\", "\\\\").replace(",", "\\,").replace(";", "\\;")
    return value.replace("\n", "\\n")


def fold_line(line: str, limit: int = 75) -> str:
    """Fold a content line at ``limit`` octets of UTF-8, never inside a character (RFC 6350 3.2)."""
    out: list[str] = []
    current: list[str] = []
    size = 0
    for ch in line:
        n = len(ch.encode("utf-8"))
        if size + n > limit:
            out.append("".join(current))
            current, size = [" "], 1
        current.append(ch)
        size += n
    out.append("".join(current))
    return "\r\n".join(out)


_TYPE_LABELS = {"work": "work", "home": "home", "mobile": "cell", "fax": "fax", "pager": "pager"}


def _vcard_lines(r: ContactRecord) -> list[str]:
    lines = ["BEGIN:VCARD", "VERSION:4.0", "FN:" + escape_text(r.full_name or r.display_name)]
    lines.append("N:" + ";".join([escape_text(r.family_name), escape_text(r.given_name), "", "", ""]))
    if r.pinyin and escape_text(r.pinyin):
        lines.append("X-COMMDESK-PINYIN:" + escape_text(r.pinyin))
    for i, outlet in enumerate(r.all_outlets):
        lines.append(("ORG;PREF=1:" if i == 0 and r.outlet else "ORG:") + escape_text(outlet))
    if r.title and escape_text(r.title):
        lines.append("TITLE:" + escape_text(r.title))
    if r.beats:
        lines.append("CATEGORIES:" + ",".join(escape_text(b) for b in r.beats))
    group = 0
    for kind, items in (("EMAIL", _ordered(r.emails)), ("TEL", _ordered(r.phones))):
        for i, item in enumerate(items):
            value = item.address if kind == "EMAIL" else "tel:" + item.number
            params = ";VALUE=uri" if kind == "TEL" else ""
            params += ";PREF=1" if i == 0 else ""
            label = item.label
            if label in _TYPE_LABELS or (kind == "TEL" and label == "other"):
                lines.append(f"{kind}{params};TYPE={_TYPE_LABELS.get(label, 'other')}:{value}")
            elif label:
                group += 1
                lines.append(f"item{group}.{kind}{params}:{value}")
                lines.append(f"item{group}.X-ABLabel:{escape_text(label)}")
            else:
                lines.append(f"{kind}{params}:{value}")
    if r.address:
        lines.append("ADR:;;" + escape_text(r.address) + ";;;;")
    for prop, value in (
        ("X-WECHAT", r.wechat),
        ("X-WEIBO", r.weibo),
        ("X-LINKEDIN", r.linkedin),
        ("X-TWITTER", r.x),
        ("LANG", r.language),
        ("NOTE", r.notes),
        ("X-COMMDESK-CHANNEL", r.preferred_channel),
        ("X-COMMDESK-CONTACT-TIME", r.contact_time),
        ("X-COMMDESK-TIER", r.tier.value if r.tier else ""),
        ("X-COMMDESK-STATUS", r.status.value if r.status else ""),
        ("X-COMMDESK-SOURCE", r.source),
    ):
        if value and (text := escape_text(value)):  # a value of control characters only is no value
            lines.append(f"{prop}:{text}")
    lines.append("END:VCARD")
    return lines


def write_vcards(records: Iterable[ContactRecord], path: str | os.PathLike | None = None) -> str:
    """vCard 4.0 text (CRLF line ends, folded), also written as UTF-8 to ``path`` when given
    (owner-only, atomically, like every export)."""
    text = "".join(fold_line(line) + "\r\n" for r in records for line in _vcard_lines(r))
    if path is not None:
        write_atomically(path, text.encode("utf-8"))
    return text
