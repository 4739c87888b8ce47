"""Column mapping: which file column feeds which contact field.

Targets are ``ContactRecord`` field names, plus ``email`` / ``phone`` (one address or number per
column, several per cell allowed), ``email:LABEL`` / ``phone:LABEL`` with a fixed label (手机 ->
``phone:mobile``) and ``email_label`` / ``phone_label`` for columns holding the label of the value
column with the same number ("Phone 1 - Type" labels "Phone 1 - Value"). Headers are recognised in
English and Chinese, including Outlook and Google Contacts exports and our own export headers.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from commdesk.core.contacts.importing.table import Row
from commdesk.core.contacts.labels import entry_code
from commdesk.core.contacts.records import (
    CONTACT_TEXT_FIELDS,
    ContactRecord,
    Email,
    Phone,
    field_label,
    parse_status,
    parse_tier,
)
from commdesk.core.contacts.validation import LINK_FIELDS, has_line_break, line_break_error
from commdesk.core.errors import ValidationError
from commdesk.core.i18n import translate

SCALAR_TARGETS = (*tuple(f for f in CONTACT_TEXT_FIELDS if f != "outlet"), "tier", "status")
TARGETS = (*SCALAR_TARGETS, "outlet", "outlets", "beats", "email", "phone", "email_label", "phone_label")

_S = {
    "full_name": "name fullname displayname contactname contact 姓名 名字 全名 联系人 记者 记者姓名 客户姓名",
    "given_name": "firstname givenname forename middlename additionalname 名",
    "family_name": "lastname familyname surname 姓 姓氏",
    "pinyin": "pinyin 拼音 姓名拼音",
    "title": "title jobtitle position role organizationtitle 职位 职务 职称 头衔 岗位",
    "outlet": "outlet media mediaoutlet publication company organization organizationname employer "
    "媒体 媒体名称 所属媒体 单位 工作单位 机构 公司 报社 栏目",
    "outlets": "otheroutlets outlets 其他媒体",
    "beats": "beats beat topics topic categories 领域 口线 跑口 报道领域 条线 关注领域 分类",
    "email": "email emailaddress emailvalue mail 邮箱 电子邮件 电子邮箱 邮件 邮箱地址 email地址",
    "email_label": "emaillabel emailtype",
    "phone": "phone phonevalue telephone tel phonenumber primaryphone otherphone 电话 联系电话 电话号码",
    "phone_label": "phonelabel phonetype",
    "phone:mobile": "mobile mobilephone cellphone cell 手机 手机号 手机号码 移动电话",
    "phone:work": "businessphone workphone companymainphone officephone 办公电话 座机 单位电话",
    "phone:home": "homephone 家庭电话 住宅电话",
    "phone:fax": "businessfax fax 传真",
    "wechat": "wechat weixin wechatid 微信 微信号",
    "weibo": "weibo 微博 微博账号",
    "linkedin": "linkedin 领英",
    "x": "x twitter 推特",
    "address": "address addressformatted postaladdress businessaddress mailingaddress businessstreet "
    "businesscity businessstate businesspostalcode businesscountryregion 地址 通讯地址 "
    "办公地址 联系地址",
    "notes": "notes note comments remarks 备注 说明 附注",
    "preferred_channel": "preferredchannel 首选联系方式 联系偏好",
    "language": "language 语言 语种",
    "contact_time": "contacttime timetocontact 联系时间",
    "tier": "tier level 级别 等级 分级 重要程度",
    "status": "status 状态",
    "source": "source 来源 数据来源",
}
# Headers of files from Hong Kong, Macao and Taiwan (Traditional Chinese; e.g. a Big5 CSV)
_TRADITIONAL = {
    "full_name": "聯絡人 記者姓名",
    "title": "職位 職務 職稱 頭銜 崗位",
    "outlet": "媒體 媒體名稱 所屬媒體 單位 工作單位 機構 公司 報社 欄目",
    "outlets": "其他媒體",
    "beats": "領域 口線 跑口 報道領域 報導領域 條線 關注領域 分類",
    "email": "郵箱 電郵 電子郵件 電子郵箱 郵件 郵箱地址 電郵地址",
    "phone": "電話 聯絡電話 聯繫電話 電話號碼",
    "phone:mobile": "手機 手機號 手機號碼 流動電話 行動電話",
    "phone:work": "辦公電話 單位電話 公司電話",
    "phone:home": "家庭電話 住宅電話",
    "phone:fax": "傳真",
    "weibo": "微博賬號 微博帳號",
    "linkedin": "領英",
    "address": "地址 通訊地址 辦公地址 聯絡地址 聯繫地址",
    "notes": "備註 說明 附註",
    "language": "語言 語種",
    "contact_time": "聯絡時間 聯繫時間",
    "tier": "級別 等級 分級",
    "status": "狀態",
    "source": "來源 數據來源 資料來源",
}
SYNONYMS: dict[str, str] = {
    word: target for table in (_S, _TRADITIONAL) for target, words in table.items() for word in words.split()
}

# Headers our own export writes (English source); their translations are recognised at run time.
EXPORT_HEADERS: dict[str, str] = {
    "full_name": "Full name",
    "family_name": "Family name",
    "given_name": "Given name",
    "pinyin": "Pinyin",
    "title": "Title",
    "outlet": "Outlet",
    "outlets": "Other outlets",
    "beats": "Beats",
    "wechat": "WeChat",
    "weibo": "Weibo",
    "linkedin": "LinkedIn",
    "x": "X",
    "address": "Address",
    "preferred_channel": "Preferred channel",
    "language": "Language",
    "contact_time": "Time to contact",
    "notes": "Notes",
    "tier": "Tier",
    "status": "Status",
    "source": "Source",
}


def email_header(n: int) -> str:
    return translate("Contacts", "E-mail {n}").format(n=n)


def email_label_header(n: int) -> str:
    return translate("Contacts", "E-mail {n} label").format(n=n)


def phone_header(n: int) -> str:
    return translate("Contacts", "Phone {n}").format(n=n)


def phone_label_header(n: int) -> str:
    return translate("Contacts", "Phone {n} label").format(n=n)


def normalise_header(header: str) -> tuple[str, int]:
    """("phonevalue", 1) from "Phone 1 - Value": lower case, letters only, and the column's number."""
    h = header.casefold().replace("e-mail", "email").replace("e‑mail", "email")
    digits = re.findall(r"\d+", h)
    key = "".join(c for c in h if c.isalpha())
    return key, int(digits[0]) if digits else 0


def guess_mapping(headers: list[str]) -> dict[str, str | None]:
    """header -> target (see module doc) or None for columns to ignore."""
    translated = {normalise_header(field_label(f))[0]: f for f in EXPORT_HEADERS}
    for fn, kind in (
        (email_header, "email"),
        (email_label_header, "email_label"),
        (phone_header, "phone"),
        (phone_label_header, "phone_label"),
    ):
        translated[normalise_header(fn(1))[0]] = kind
    out: dict[str, str | None] = {}
    keys = {normalise_header(h)[0] for h in headers}
    for h in headers:
        key, _ = normalise_header(h)
        if key == "title" and "jobtitle" in keys:
            out[h] = None  # Outlook: "Title" is Mr./Ms., "Job Title" the job
            continue
        target = SYNONYMS.get(key) or translated.get(key)
        if target is None and key.endswith("label"):
            base = SYNONYMS.get(key[:-5]) or translated.get(key[:-5])
            target = {"email": "email_label", "phone": "phone_label"}.get(base or "")
        out[h] = target
    return out


def check_target(target: str) -> str | None:
    t = target.strip()
    if t.lower() in ("", "-", "ignore", "none", "忽略"):
        return None
    base = t.split(":", 1)[0]
    if t in TARGETS or (base in ("email", "phone") and ":" in t and t.split(":", 1)[1]):
        return t
    raise ValidationError(
        {
            "mapping": translate(
                "Contacts", "{target} is not a contact field; use one of: {fields} (or ignore)."
            ).format(target=t, fields=", ".join(TARGETS))
        }
    )


def parse_overrides(items: list[str], headers: list[str] | None = None) -> dict[str, str | None]:
    """``["COLUMN=FIELD", ...]`` (from --map or the mapping dialog) -> {column: target}."""
    out: dict[str, str | None] = {}
    for item in items:
        column, eq, target = item.rpartition("=")
        if not eq or not column.strip():
            raise ValidationError(
                {
                    "mapping": translate(
                        "Contacts", "{item} is not COLUMN=FIELD; write for example 手机=phone:mobile."
                    ).format(item=item)
                }
            )
        column = column.strip()
        if headers is not None and column not in headers:
            raise ValidationError(
                {
                    "mapping": translate(
                        "Contacts", "The file has no column {column}; its columns are: {columns}."
                    ).format(column=column, columns=", ".join(headers))
                }
            )
        out[column] = check_target(target)
    return out


_EMAIL_SPLIT = re.compile(r"\s*:::\s*|[;；,，、\s]+")
_PHONE_SPLIT = re.compile(r"\s*:::\s*|[;；,，、|\n]+")
_OUTLET_SPLIT = re.compile(r"\s*:::\s*|[;；、|\n]+")
_BEAT_SPLIT = re.compile(r"\s*:::\s*|[;；,，、|\n]+")
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x84\x86-\x9f]")
_UNICODE_BREAK = re.compile("[\x85\u2028\u2029]")  # next line, line and paragraph separator
_MULTILINE = {"notes", "address"}
_JOINERS = {"notes": "\n", "address": ", "}


@lru_cache(maxsize=16384)  # a file repeats its outlets, titles, beats and notes row after row
def clean_text(value: str, multiline: bool = False) -> str:
    """Text as stored: no control characters, \\n line ends, trimmed; one line unless ``multiline``."""
    value = _CONTROL.sub("", _UNICODE_BREAK.sub("\n", value.replace("\r\n", "\n").replace("\r", "\n")))
    if not multiline:
        value = value.replace("\n", " ").replace("\t", " ")
    return value.strip()


_NEEDS_GUARD = re.compile(r"'*[=+\-@\t\r]")


def needs_guard(value: str) -> bool:
    """Would a spreadsheet take this cell for a formula (also after removing one guard quote)?"""
    return bool(_NEEDS_GUARD.match(value))


def uncell(value: str) -> str:
    """Undo the spreadsheet formula guard of our export ("'=SUM" -> "=SUM")."""
    return value[1:] if value.startswith("'") and needs_guard(value[1:]) else value


def clean_label(label: str) -> tuple[str, bool]:
    """(label, primary) from a label cell; Google marks the primary one "* Work"."""
    label = clean_text(label)
    primary = label.startswith("*")
    label = label.lstrip("* ").strip()
    if label.upper() in ("SMTP", "EX", "INTERNET"):  # Outlook's address types, not labels
        label = ""
    return entry_code(label), primary


@dataclass
class _Column:
    header: str
    target: str
    label_header: str | None = None
    kind: str = ""  # the target without a fixed label ("email:work" -> "email")
    fixed_label: str = ""
    multiline: bool = False

    def __post_init__(self):
        self.kind, _, self.fixed_label = self.target.partition(":")
        self.multiline = self.target in _MULTILINE


def compile_mapping(mapping: dict[str, str | None]) -> list[_Column]:
    columns = [_Column(h, t) for h, t in mapping.items() if t]
    labels = {
        (t.split("_")[0], normalise_header(h)[1]): h
        for h, t in mapping.items()
        if t in ("email_label", "phone_label")
    }
    for c in columns:
        if c.kind in ("email", "phone") and not c.fixed_label:
            c.label_header = labels.get((c.kind, normalise_header(c.header)[1]))
    return [c for c in columns if c.target not in ("email_label", "phone_label")]


def _items(split: re.Pattern, raw: str) -> list[str]:
    parts = split.split(raw)
    if len(parts) == 1:  # one address or number in the cell (the usual case)
        one = clean_text(raw)
        return [one] if one else []
    return [c for c in map(clean_text, parts) if c]


def row_to_record(
    row: Row, mapping: dict[str, str | None] | list[_Column], unguard: bool = True
) -> tuple[ContactRecord, list[tuple[str, str]]]:
    """The row as a (not yet validated) record, and (column, message) problems found on the way.

    ``unguard``: undo the spreadsheet formula guard of our CSV and xlsx exports (not for vCard,
    which is written without it, so a note "'=" stays "'=")."""
    columns = compile_mapping(mapping) if isinstance(mapping, dict) else mapping
    values = row.values
    rec = ContactRecord()
    problems: list[tuple[str, str]] = []
    scalars: dict[str, list[str]] = {}
    primary_outlets: list[str] = []
    outlets: list[str] = []
    for col in columns:
        raw = values.get(col.header)
        if not raw:
            continue
        if unguard and raw[0] == "'":
            raw = uncell(raw)
        kind = col.kind
        if kind == "email" or kind == "phone":
            if col.label_header:
                label_cell = values.get(col.label_header, "")
                label, primary = clean_label(uncell(label_cell) if unguard else label_cell)
            else:
                label, primary = col.fixed_label, False
            if kind == "email":
                found = _items(_EMAIL_SPLIT, raw)
                rec.emails += [Email(label, item, primary and i == 0) for i, item in enumerate(found)]
            else:
                found = _items(_PHONE_SPLIT, raw)
                rec.phones += [Phone(label, item, primary and i == 0) for i, item in enumerate(found)]
        elif kind == "outlet":
            primary_outlets.append(clean_text(raw))
        elif kind == "outlets":
            outlets.extend(clean_text(x) for x in _OUTLET_SPLIT.split(raw))
        elif kind == "beats":
            for b in _BEAT_SPLIT.split(raw):
                b = clean_text(b)
                if b and b not in rec.beats:
                    rec.beats.append(b)
        elif kind == "tier":
            tier = parse_tier(raw)
            if tier is None:
                problems.append(
                    (
                        col.header,
                        translate("Contacts", "Tier {value} is not known; use A, B or C.").format(value=raw),
                    )
                )
            rec.tier = tier
        elif kind == "status":
            status = parse_status(raw)
            if status is None:
                problems.append(
                    (
                        col.header,
                        translate(
                            "Contacts", "Status {value} is not known; use active, left or bounced."
                        ).format(value=raw),
                    )
                )
            rec.status = status
        elif kind in LINK_FIELDS and has_line_break(raw):
            # refused as the contact form refuses it: folded to a space, "https://x\r\nX-Evil: 1"
            # became a link that is not the one in the file
            problems.append((col.header, line_break_error(kind, field_label(kind))))
        elif kind in scalars:
            scalars[kind].append(clean_text(raw, col.multiline))
        else:
            scalars[kind] = [clean_text(raw, col.multiline)]
    for t, parts in scalars.items():
        if len(parts) == 1:
            setattr(rec, t, parts[0])
        else:
            setattr(rec, t, _JOINERS.get(t, " ").join(p for p in parts if p))
    if primary_outlets or outlets:
        ordered = list(dict.fromkeys(o for o in primary_outlets + outlets if o))
        if ordered:
            rec.outlet = ordered[0] if any(primary_outlets) else ""
            rec.outlets = ordered[1:] if any(primary_outlets) else ordered
    return rec, problems
