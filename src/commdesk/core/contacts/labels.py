"""Words people read for the contacts' stored values: field names, interaction kinds, channels,
phone and e-mail labels, languages and sources, translated (the stored values stay codes or the
text as typed).

``field_labels()`` is what a history view shows for a column of the contacts tables (the audit log
names columns, e.g. ``emails_text`` or ``owner_id``); ``value_text(field, value)`` is a stored value
as the forms show it. Every function returns its argument unchanged when it does not know it, so
text typed by people (an unusual label, a source) is never lost.
"""

from __future__ import annotations

import re
from datetime import date

from commdesk.core.i18n import translate

#: The contacts area's audited tables (their audit ``entity`` names).
CONTACT_TABLES = (
    "contacts",
    "outlets",
    "contact_outlets",
    "contact_emails",
    "contact_phones",
    "contact_beats",
    "contact_consents",
    "contact_interactions",
    "contact_lists",
    "contact_list_members",
    "contact_merges",
)


def field_labels() -> dict[str, str]:
    """Column or field name -> translated label, for the contacts tables' history (audit) views."""
    from commdesk.core.contacts.records import CONTACT_FIELDS, field_label

    out = {f: field_label(f) for f in CONTACT_FIELDS}
    out.update(
        {
            "outlets_text": field_label("outlets"),
            "beats_text": field_label("beats"),
            "emails_text": field_label("emails"),
            "phones_text": field_label("phones"),
            "owner_id": field_label("owner"),
            "owner": field_label("owner"),
            "source_date": field_label("source_date"),
            "deleted": translate("Contacts", "In the trash"),
            "deleted_at": translate("Contacts", "Moved to the trash"),
            "merged_into": translate("Contacts", "Merged into"),
            "erased": translate("Contacts", "Erased"),
            "merge_id": translate("Contacts", "Merge"),
            # outlets
            "name": translate("Contacts", "Name"),
            "kind": translate("Contacts", "Kind"),
            "region": translate("Contacts", "Region"),
            "reach": translate("Contacts", "Reach"),
            "website": translate("Contacts", "Website"),
            # do-not-contact entries
            "channel": translate("Contacts", "Channel"),
            "do_not_contact": translate("Contacts", "Do not contact"),
            "reason": translate("Contacts", "Reason"),
            "set_by": translate("Contacts", "Set by"),
            "set_at": translate("Contacts", "Set on"),
            "expires": translate("Contacts", "Expires"),
            "lifted_at": translate("Contacts", "Lifted on"),
            "lifted_by": translate("Contacts", "Lifted by"),
            # interactions
            "at": translate("Contacts", "When"),
            "summary": translate("Contacts", "Summary"),
            "logged_by": translate("Contacts", "Logged by"),
            "deadline": translate("Contacts", "Deadline"),
            "liaison": translate("Contacts", "Liaison"),
            "answered_at": translate("Contacts", "Answered"),
            "release_id": translate("Contacts", "Release"),
            "meeting_id": translate("Contacts", "Meeting"),
            # lists
            "smart": translate("Contacts", "Smart list"),
            "query_json": translate("Contacts", "Saved search"),
            "list_id": translate("Contacts", "List"),
            "contact_id": translate("Contacts", "Contact"),
        }
    )
    return out


def kind_label(kind: str) -> str:
    """An interaction's kind (``ContactService.KINDS``) in words."""
    labels = {
        "pitch": lambda: translate("Contacts", "Pitch"),
        "interview": lambda: translate("Contacts", "Interview"),
        "inquiry": lambda: translate("Contacts", "Media inquiry"),
        "event_invitation": lambda: translate("Contacts", "Event invitation"),
        "call": lambda: translate("Contacts", "Call"),
        "meeting": lambda: translate("Contacts", "Meeting"),
        "coverage": lambda: translate("Contacts", "Coverage"),
        "note": lambda: translate("Contacts", "Note"),
        "mailing": lambda: translate("Contacts", "Mailing"),
    }
    return labels[kind]() if kind in labels else kind


def channel_label(channel) -> str:
    """A channel (do-not-contact, interaction, preferred channel) in words; typed text as it is."""
    value = str(getattr(channel, "value", channel) or "")
    labels = {
        "email": lambda: translate("Contacts", "e-mail"),
        "e-mail": lambda: translate("Contacts", "e-mail"),
        "phone": lambda: translate("Contacts", "phone"),
        "mail": lambda: translate("Contacts", "post"),
        "post": lambda: translate("Contacts", "post"),
        "wechat": lambda: translate("Contacts", "WeChat"),
        "weibo": lambda: translate("Contacts", "Weibo"),
        "in_person": lambda: translate("Contacts", "in person"),
        "in person": lambda: translate("Contacts", "in person"),
        "event": lambda: translate("Contacts", "event"),
        "sms": lambda: translate("Contacts", "text message"),
        "all": lambda: translate("Contacts", "all channels"),
    }
    key = value.strip().casefold()
    return labels[key]() if key in labels else value


def entry_label(label: str) -> str:
    """A phone's or e-mail's label (mobile, work, home, fax ...) in words."""
    labels = {
        "mobile": lambda: translate("Contacts", "mobile"),
        "cell": lambda: translate("Contacts", "mobile"),
        "work": lambda: translate("Contacts", "work"),
        "home": lambda: translate("Contacts", "home"),
        "fax": lambda: translate("Contacts", "fax"),
        "main": lambda: translate("Contacts", "main"),
        "pager": lambda: translate("Contacts", "pager"),
        "other": lambda: translate("Contacts", "other"),
    }
    key = (label or "").strip().casefold()
    return labels[key]() if key in labels else label


ENTRY_CODES = ("mobile", "work", "home", "fax", "main", "pager", "other")

#: The words files and people use for a phone's or e-mail's label (English and Chinese, any case)
#: -> the stored code; an import reads them without any translation installed.
ENTRY_WORDS = {
    "work": "work",
    "home": "home",
    "mobile": "mobile",
    "cell": "mobile",
    "other": "other",
    "fax": "fax",
    "main": "main",
    "工作": "work",
    "单位": "work",
    "家庭": "home",
    "手机": "mobile",
    "其他": "other",
    "传真": "fax",
}


def entry_code(label: str) -> str:
    """The stored code of a phone's or e-mail's label as typed: its translated word ("手机" in the
    Chinese interface) or a common word for it; other text as typed."""
    text = (label or "").strip()
    if not text:
        return ""
    key = text.casefold()
    found = ENTRY_WORDS.get(key)  # the codes and the usual words: no translation needed (an import's path)
    if found is not None:
        return found
    return next((code for code in ENTRY_CODES if key == entry_label(code).casefold()), text)


# code -> (label, other words people write for it)
_LANGUAGE_NAMES = {
    "zh": (lambda: translate("Contacts", "Chinese"), ("中文", "chinese", "汉语", "普通话", "mandarin")),
    "en": (lambda: translate("Contacts", "English"), ("english", "英文", "英语")),
    "fr": (lambda: translate("Contacts", "French"), ("french", "法文", "法语")),
    "de": (lambda: translate("Contacts", "German"), ("german", "德文", "德语")),
    "ja": (lambda: translate("Contacts", "Japanese"), ("japanese", "日文", "日语")),
    "ko": (lambda: translate("Contacts", "Korean"), ("korean", "韩文", "韩语")),
    "es": (lambda: translate("Contacts", "Spanish"), ("spanish", "西班牙文", "西班牙语")),
    "ru": (lambda: translate("Contacts", "Russian"), ("russian", "俄文", "俄语")),
    "pt": (lambda: translate("Contacts", "Portuguese"), ("portuguese", "葡萄牙文", "葡萄牙语")),
    "it": (lambda: translate("Contacts", "Italian"), ("italian", "意大利文", "意大利语")),
    "ar": (lambda: translate("Contacts", "Arabic"), ("arabic", "阿拉伯文", "阿拉伯语")),
}
_LANGUAGE_WORDS = {w: code for code, (_, words) in _LANGUAGE_NAMES.items() for w in words}
_LANGUAGE_SPLIT = re.compile(r"\s*[/,;、]\s*")


def _language_code_of(word: str, region_too: bool) -> str | None:
    """The code of a language code (as written: "zh", not "ZH"), word or label (any case)."""
    word = word.strip()
    if word in _LANGUAGE_NAMES:
        return word
    key = word.casefold()
    code = _LANGUAGE_WORDS.get(key)
    if code is None:
        code = next((c for c, (label, _) in _LANGUAGE_NAMES.items() if label().casefold() == key), None)
    if code is None and region_too:
        base = key.split("-")[0].split("_")[0]
        code = base if base in _LANGUAGE_NAMES else _LANGUAGE_WORDS.get(base)
    return code


def language_label(value: str) -> str:
    """A contact's language(s) ("zh", "中文 / English", "fr-CA") in words; unknown parts as typed."""
    if not value:
        return ""
    out = []
    for part in (p for p in _LANGUAGE_SPLIT.split(value.strip()) if p):
        code = _language_code_of(part, region_too=True)
        out.append(_LANGUAGE_NAMES[code][0]() if code else part)
    return " / ".join(out)


_SOURCES = {
    "business card": lambda: translate("Contacts", "business card"),
    "referral": lambda: translate("Contacts", "referral"),
    "website": lambda: translate("Contacts", "website"),
    "press conference": lambda: translate("Contacts", "press conference"),
    "event": lambda: translate("Contacts", "event"),
}
_IMPORT_OF = re.compile(r"^(?:import of|导入自?|导入：)\s*(?P<file>.+)$")


def source_label(source: str) -> str:
    """Where a contact came from in words ("business card", "import of list.csv"); typed text as it is."""
    text = (source or "").strip()
    found = _SOURCES.get(text.casefold())
    if found:
        return found()
    m = _IMPORT_OF.match(text)
    if m:
        return translate("Contacts", "import of {file}").format(file=m["file"])
    return source


def value_text(name: str, value) -> str:
    """A stored field value as people read it (lists one entry a line, enums and codes in words)."""
    from commdesk.core.contacts.records import Email, Phone
    from commdesk.core.contacts.validation import format_phone

    if value is None or value == "":
        return ""
    if isinstance(value, list):
        lines = []
        for v in value:
            if isinstance(v, Email):
                lines.append(v.address + (f" ({entry_label(v.label)})" if v.label else ""))
            elif isinstance(v, Phone):
                lines.append(format_phone(v.number) + (f" ({entry_label(v.label)})" if v.label else ""))
            else:
                lines.append(str(v))
        return "\n".join(lines)
    label = getattr(value, "label", None)
    if isinstance(label, str):
        return label
    if isinstance(value, date):
        return value.isoformat()
    if name == "preferred_channel":
        return channel_label(value)
    if name == "language":
        return language_label(value)
    if name == "source":
        return source_label(value)
    return str(value)


_BOOLEAN_COLUMNS = frozenset({"deleted", "erased", "do_not_contact", "smart", "primary"})
_ENTRY_LABEL = re.compile(r" \(([^()]+)\)$")


def history_value(column: str, text: str | None) -> str:
    """A value as the audit log keeps it (text; ``true``/``false`` for yes/no columns), in words for
    the history of the contacts tables: codes of statuses, tiers, kinds, channels, languages and
    sources translated, the labels of e-mail and phone lines too. Anything else as it is."""
    from commdesk.core.contacts.records import Status, Tier

    if text is None or text == "":
        return ""
    if column in _BOOLEAN_COLUMNS and text in ("true", "false"):
        return translate("Contacts", "yes") if text == "true" else translate("Contacts", "no")
    if column == "status":
        return next((s.label for s in Status if s.value == text), text)
    if column == "tier":
        return next((t.label for t in Tier if t.value == text), text)
    if column == "kind":
        return kind_label(text)
    if column in ("channel", "preferred_channel"):
        return channel_label(text)
    if column == "language":
        return language_label(text)
    if column == "source":
        return source_label(text)
    if column in ("emails_text", "phones_text"):
        return "\n".join(
            _ENTRY_LABEL.sub(lambda m: f" ({entry_label(m[1])})", line) for line in text.split("\n")
        )
    return text


def register_labels(register) -> None:
    """The contacts tables' words for the shared history views (``core.labels.load_area_labels``)."""
    register(CONTACT_TABLES, field_labels=field_labels, value_text=history_value)
