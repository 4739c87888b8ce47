"""Messages for the feedback desk from files: saved ``.eml`` messages and a web form's CSV export.

Both give ``IncomingMessage`` records like the mailbox does, so one intake handles all three.

``read_eml_file`` never raises: a file that cannot be read, is empty or is too large comes back set
aside with the reason (a large file's headers are still read). A leading mbox ``From `` line, which
some programs save, is skipped.

``read_form_csv`` reads the export of a web form: UTF-8 with or without BOM, UTF-16 with BOM, else
GB18030 (GBK, what Chinese Excel writes) unless the bytes are clearly Big5 (charset-normalizer, as
for contacts files); comma, semicolon or tab. Columns are found by their headers in English or
Chinese (name/姓名, email/邮箱, phone/电话, subject/主题, message/留言, submitted_at/提交时间) or given
by the caller. Every row is accounted for: a readable message, or one set aside with the reason
(empty row, no message, a line the CSV reader cannot take). Columns the form has beyond these are
kept at the end of the text, so nothing the person wrote is lost. A file that is not a CSV export of
a form raises ``IntakeFileError`` naming the file and what to do.
"""

from __future__ import annotations

import codecs
import csv
import datetime as dt
import hashlib
import io
import os
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path

from commdesk.core.errors import CommdeskError
from commdesk.core.i18n import translate
from commdesk.core.mail.incoming import (
    GENERATED_ID_DOMAIN,
    MAX_HEADER_BYTES,
    MAX_MESSAGE_BYTES,
    IncomingMessage,
    Party,
    Problem,
    Source,
    parse_message,
)
from commdesk.core.os_errors import os_problem

MAX_FORM_FILE_BYTES = 64 * 1024 * 1024
MAX_FORM_ROWS = 200_000
FORM_FIELDS = ("name", "email", "phone", "subject", "message", "submitted_at")


class IntakeFileError(CommdeskError):
    """The file cannot be taken in at all; the message names the file and what to do."""


# ------------------------------------------------------------------------------------- .eml files
def read_eml_file(path: str | os.PathLike[str], *, max_bytes: int = MAX_MESSAGE_BYTES) -> IncomingMessage:
    """One saved message; set aside with the reason when it cannot be read."""
    p = Path(path)
    try:
        size = p.stat().st_size
        with p.open("rb") as f:
            raw = f.read(MAX_HEADER_BYTES if size > max_bytes else max_bytes + 1)
    except OSError as exc:
        reason = translate("MailIntake", "The file {file} cannot be read ({reason}).").format(
            file=p.name, reason=os_problem(exc)
        )
        digest = hashlib.sha256(b"unreadable\0" + os.fsencode(p)).hexdigest()
        return IncomingMessage(
            message_id=f"<{digest[:40]}@{GENERATED_ID_DOMAIN}>",
            fingerprint=digest,
            message_id_generated=True,
            problems=(Problem("unreadable_file", reason),),
            set_aside=reason,
            origin=p.name,
        )
    if raw.startswith(b"From ") and not raw[:5].lower().startswith(b"from:"):
        first_end = raw.find(b"\n")
        raw = raw[first_end + 1 :] if first_end >= 0 else b""
    return parse_message(raw, max_bytes=max_bytes, size=size if size > max_bytes else None).with_origin(
        p.name
    )


# ------------------------------------------------------------------------------------- web form CSV
# Header words (lower case, spaces/underscores/hyphens removed) -> field
_SYNONYMS: dict[str, tuple[str, ...]] = {
    "name": ("name", "fullname", "yourname", "contactname", "姓名", "名字", "联系人", "聯絡人", "称呼", "稱呼"),
    "email": ("email", "e-mail", "mail", "emailaddress", "youremail", "邮箱", "电子邮件", "电子邮箱", "電子郵件", "郵箱", "邮件地址"),
    "phone": ("phone", "telephone", "tel", "mobile", "phonenumber", "电话", "手机", "手机号", "联系电话", "電話", "手機", "联系方式"),
    "subject": ("subject", "title", "topic", "主题", "标题", "主題", "標題"),
    "message": ("message", "comments", "comment", "body", "content", "text", "feedback", "留言", "内容", "留言内容", "反馈内容", "反馈", "正文", "意见", "內容", "意見", "問題", "问题"),
    "submitted_at": ("submittedat", "submitted", "date", "time", "datetime", "timestamp", "createdat", "created", "提交时间", "时间", "日期", "提交日期", "提交時間", "時間"),
}  # fmt: skip


def _key(header: str) -> str:
    return re.sub(r"[\s_\-:：]+", "", header.strip().lstrip("\ufeff").lower())


def map_form_columns(headers: list[str], mapping: Mapping[str, str] | None = None) -> dict[str, str]:
    """field -> header for the form's columns; ``mapping`` (field -> header) overrides the guess."""
    found: dict[str, str] = {}
    for fieldname in FORM_FIELDS:
        if mapping and mapping.get(fieldname):
            wanted = mapping[fieldname]
            match = next((h for h in headers if h == wanted or _key(h) == _key(wanted)), None)
            if match is None:
                raise IntakeFileError(
                    translate(
                        "MailIntake",
                        "The form has no column '{column}' (given for {field}); its columns are: {columns}.",
                    ).format(column=wanted, field=fieldname, columns=", ".join(headers))
                )
            found[fieldname] = match
            continue
        words = {_key(w) for w in _SYNONYMS[fieldname]}
        match = next((h for h in headers if _key(h) in words and h not in found.values()), None)
        if match is not None:
            found[fieldname] = match
    return found


@dataclass
class FormImport:
    """Every row of a form export: ``messages`` in file order, each readable or set aside."""

    file: str
    encoding: str
    columns: dict[str, str]  # field -> header
    messages: list[IncomingMessage] = field(default_factory=list)

    @property
    def readable(self) -> list[IncomingMessage]:
        return [m for m in self.messages if m.readable]

    @property
    def set_aside(self) -> list[IncomingMessage]:
        return [m for m in self.messages if not m.readable]


def _decode_form(data: bytes, file: str, encoding: str | None) -> tuple[str, str]:
    if encoding:
        try:
            return data.decode(encoding), encoding
        except (UnicodeDecodeError, LookupError) as exc:
            raise IntakeFileError(
                translate(
                    "MailIntake", "{file} cannot be read as {encoding} ({reason}): choose its encoding."
                ).format(file=file, encoding=encoding, reason=exc)
            ) from None
    if data.startswith(codecs.BOM_UTF8):
        try:
            return data[3:].decode("utf-8"), "utf-8-sig"
        except UnicodeDecodeError:
            pass
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            return data.decode("utf-16"), "utf-16"
        except UnicodeDecodeError:
            pass
    if b"\x00" not in data[:4096]:
        try:
            return data.decode("utf-8"), "utf-8"
        except UnicodeDecodeError:
            pass
        try:
            text = data.decode("gb18030")
        except UnicodeDecodeError:
            text = None
        from commdesk.core.contacts.importing.guards import other_encoding

        other = other_encoding(data[:262144])
        if other is not None:
            try:
                return data.decode(other), other
            except UnicodeDecodeError:
                pass
        if text is not None:
            return text, "gb18030"
    raise IntakeFileError(
        translate(
            "MailIntake",
            "{file} is not a text file in UTF-8, GB18030 or Big5: save the form's export as CSV (UTF-8) and "
            "take it in again.",
        ).format(file=file)
    )


def _row_problem(code: str, **values: object) -> Problem:
    messages = {
        "empty_row": lambda: translate("MailIntake", "Row {row} is empty."),
        "no_message": lambda: translate("MailIntake", "Row {row} has no message and no subject."),
        "bad_row": lambda: translate("MailIntake", "Row {row} cannot be read as CSV ({reason})."),
        "bad_email": lambda: translate(
            "MailIntake",
            "The address '{value}' is not a valid e-mail address, so no acknowledgement can be sent.",
        ),
        "bad_date": lambda: translate(
            "MailIntake", "The time '{value}' cannot be read; the time it was taken in is used."
        ),
        "no_contact": lambda: translate(
            "MailIntake", "The row gives no e-mail address, so no acknowledgement can be sent."
        ),
        "too_many_rows": lambda: translate(
            "MailIntake", "Rows after row {row} were not read: a form export may have at most {limit} rows."
        ),
    }
    return Problem(code, messages[code]().format(**values))


_DATE_FORMATS = (
    "%Y-%m-%d %H:%M:%S",
    "%Y-%m-%d %H:%M",
    "%Y/%m/%d %H:%M:%S",
    "%Y/%m/%d %H:%M",
    "%Y-%m-%d",
    "%Y/%m/%d",
    "%Y.%m.%d %H:%M",
    "%Y年%m月%d日 %H:%M:%S",
    "%Y年%m月%d日 %H:%M",
    "%Y年%m月%d日%H:%M",
    "%Y年%m月%d日",
    "%d/%m/%Y %H:%M",
    "%m/%d/%Y %H:%M:%S",
    "%m/%d/%Y %I:%M:%S %p",
    "%m/%d/%Y %H:%M",
)


def parse_form_time(value: str, zone: dt.tzinfo) -> dt.datetime | None:
    """A web form's submission time as aware UTC; a time without a zone is in ``zone`` (the
    organisation's). None when it cannot be read."""
    text = re.sub(r"\s+", " ", value.strip())
    if not text:
        return None
    when: dt.datetime | None = None
    try:
        when = dt.datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        for fmt in _DATE_FORMATS:
            try:
                when = dt.datetime.strptime(text, fmt).replace(tzinfo=zone)
                break
            except ValueError:
                continue
    if when is None or not 1971 <= when.year <= 2200:
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=zone)
    return when.astimezone(dt.UTC)


def _valid_email(value: str) -> str:
    from email_validator import EmailNotValidError, validate_email

    try:
        return validate_email(value, check_deliverability=False).normalized
    except EmailNotValidError:
        return ""


def read_form_csv(
    source: str | os.PathLike[str] | bytes,
    *,
    zone: dt.tzinfo,
    file: str | None = None,
    encoding: str | None = None,
    mapping: Mapping[str, str] | None = None,
) -> FormImport:
    """Every row of a web form's CSV export as an ``IncomingMessage`` (``source`` a path or the bytes)."""
    if isinstance(source, bytes):
        data, name = source, file or "form.csv"
    else:
        p = Path(source)
        name = file or p.name
        try:
            if p.stat().st_size > MAX_FORM_FILE_BYTES:
                raise IntakeFileError(
                    translate(
                        "MailIntake",
                        "{file} is larger than {limit} MB; split the export and take in the parts.",
                    ).format(file=name, limit=MAX_FORM_FILE_BYTES // 1048576)
                )
            data = p.read_bytes()
        except OSError as exc:
            raise IntakeFileError(
                translate("MailIntake", "The file {file} cannot be read ({reason}).").format(
                    file=name, reason=os_problem(exc)
                )
            ) from None
    if len(data) > MAX_FORM_FILE_BYTES:
        raise IntakeFileError(
            translate(
                "MailIntake", "{file} is larger than {limit} MB; split the export and take in the parts."
            ).format(file=name, limit=MAX_FORM_FILE_BYTES // 1048576)
        )
    text, used = _decode_form(data, name, encoding)
    from commdesk.core.contacts.importing.sources import sniff_delimiter

    reader = csv.reader(io.StringIO(text, newline=""), delimiter=sniff_delimiter(text))
    headers: list[str] | None = None
    result: FormImport | None = None
    row = 0  # as a spreadsheet numbers them: the header is row 1, a quoted line break stays in its row
    while True:
        row += 1
        try:
            cells = next(reader)
        except StopIteration:
            break
        except csv.Error as exc:
            if result is None:
                raise IntakeFileError(
                    translate("MailIntake", "{file} is not a CSV export of a form ({reason}).").format(
                        file=name, reason=exc
                    )
                ) from None
            result.messages.append(_set_aside_row(name, row, _row_problem("bad_row", row=row, reason=exc)))
            continue
        if result is None or headers is None:
            if not any(c.strip() for c in cells):
                continue
            headers = [c.strip().lstrip("\ufeff") or f"#{i + 1}" for i, c in enumerate(cells)]
            columns = map_form_columns(headers, mapping)
            if "message" not in columns and "subject" not in columns:
                raise IntakeFileError(
                    translate(
                        "MailIntake",
                        "{file} has no column for the message (such as 'message' or '留言'); its columns are: "
                        "{columns}. Name the message column 'message' (or '留言') and take the file in again.",
                    ).format(file=name, columns=", ".join(headers))
                )
            result = FormImport(name, used, columns)
            continue
        if len(result.messages) >= MAX_FORM_ROWS:
            result.messages.append(
                _set_aside_row(
                    name, row, _row_problem("too_many_rows", row=row - 1, limit=f"{MAX_FORM_ROWS:,}")
                )
            )
            break
        result.messages.append(_form_row(name, row, headers, cells, result.columns, zone))
    if result is None:
        raise IntakeFileError(
            translate("MailIntake", "{file} is empty: it has no header row and no messages.").format(
                file=name
            )
        )
    return result


def _set_aside_row(file: str, row: int, problem: Problem) -> IncomingMessage:
    digest = hashlib.sha256(f"form-row\0{file}\0{row}".encode()).hexdigest()
    return IncomingMessage(
        message_id=f"<form-{digest[:36]}@{GENERATED_ID_DOMAIN}>",
        fingerprint=digest,
        message_id_generated=True,
        problems=(problem,),
        set_aside=problem.message,
        source=Source.WEB_FORM,
        origin=translate("MailIntake", "{file}, row {row}").format(file=file, row=row),
    )


def _form_row(
    file: str, row: int, headers: list[str], cells: list[str], columns: dict[str, str], zone: dt.tzinfo
) -> IncomingMessage:
    cells = [c.replace("\x00", "").strip() for c in cells]  # NUL cannot be stored and is never meant
    values = {h: (cells[i] if i < len(cells) else "") for i, h in enumerate(headers)}
    for i in range(len(headers), len(cells)):
        values[f"#{i + 1}"] = cells[i]
    if not any(values.values()):
        return _set_aside_row(file, row, _row_problem("empty_row", row=row))

    def get(fieldname: str) -> str:
        header = columns.get(fieldname)
        return values.get(header, "") if header else ""

    subject = re.sub(r"\s+", " ", get("subject"))[:1000]
    body = get("message").replace("\r\n", "\n").replace("\r", "\n")
    if not subject and not body:
        return _set_aside_row(file, row, _row_problem("no_message", row=row))
    used = set(columns.values())
    extra = [f"{h}: {v}" for h, v in values.items() if h not in used and v]
    if extra:
        body = (body + "\n\n" if body else "") + "\n".join(extra)
    problems: list[Problem] = []
    email_raw = get("email")
    email = _valid_email(email_raw) if email_raw else ""
    if email_raw and not email:
        problems.append(_row_problem("bad_email", value=email_raw[:200]))
    elif not email_raw:
        problems.append(_row_problem("no_contact"))
    submitted_raw = get("submitted_at")
    date = parse_form_time(submitted_raw, zone) if submitted_raw else None
    if submitted_raw and date is None:
        problems.append(_row_problem("bad_date", value=submitted_raw[:80]))
    name = re.sub(r"\s+", " ", get("name"))[:200]
    digest = hashlib.sha256(
        "\0".join(["form", email.lower() or email_raw.lower(), submitted_raw, subject, body]).encode(
            "utf-8", "replace"
        )
    ).hexdigest()
    return IncomingMessage(
        message_id=f"<form-{digest[:36]}@{GENERATED_ID_DOMAIN}>",
        fingerprint=digest,
        subject=subject,
        sender=Party(name, email) if name or email else None,
        date=date,
        text=body,
        problems=tuple(problems),
        message_id_generated=True,
        size=sum(len(c) for c in cells),
        source=Source.WEB_FORM,
        origin=translate("MailIntake", "{file}, row {row}").format(file=file, row=row),
        phone=re.sub(r"\s+", " ", get("phone"))[:60],
    )
