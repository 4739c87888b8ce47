"""vCard 2.1 / 3.0 / 4.0 reader built on a small tokenizer.

Handles folded lines, quoted-printable values with CHARSET (and their "=" soft line breaks),
grouped properties (``item1.EMAIL`` with ``item1.X-ABLabel``), TYPE parameters written
``TEL;WORK;VOICE``, ``TYPE=work;TYPE=voice`` or ``TYPE="work,voice"``, several cards per file, and
skips photos and other binary values. Each card becomes a ``Row`` whose headers are the export
headers (``Full name``, ``Email 1``, ``Email 1 label`` ...), so the usual column mapping applies.
"""

from __future__ import annotations

import quopri
import re
from dataclasses import dataclass, field

from commdesk.core.contacts.importing.table import ImportFileError, Row, Table
from commdesk.core.i18n import translate


@dataclass(slots=True)
class Property:
    group: str
    name: str  # upper case
    params: dict[str, list[str]]
    value: str  # decoded text, escapes still in place


@dataclass
class Card:
    line: int
    version: str = ""
    properties: list[Property] = field(default_factory=list)


_ENCODINGS = {"QUOTED-PRINTABLE", "BASE64", "8BIT", "7BIT", "B"}
_BINARY = {"PHOTO", "LOGO", "SOUND", "KEY"}
_QP_HINT = re.compile(r"QUOTED-PRINTABLE", re.IGNORECASE)


def _logical_lines(text: str):
    """(first line number, logical line) after unfolding."""
    current: str | None = None
    start = 0
    for number, line in enumerate(re.split(r"\r\n|\n|\r", text), start=1):
        if current is not None:
            head = current.split(":", 1)[0]
            if current.endswith("=") and _QP_HINT.search(head) and ":" in current:
                current = current[:-1] + line.lstrip(" \t")
                continue
            if line[:1] in (" ", "\t"):
                current += line[1:]
                continue
            yield start, current
            current = None
        if line.strip():
            current, start = line, number
    if current is not None:
        yield start, current


def _split_unquoted(text: str, sep: str) -> list[str]:
    parts: list[str] = []
    buf: list[str] = []
    quoted = False
    for ch in text:
        if ch == '"':
            quoted = not quoted
        if ch == sep and not quoted:
            parts.append("".join(buf))
            buf = []
        else:
            buf.append(ch)
    parts.append("".join(buf))
    return parts


def _param_value(v: str) -> str:
    v = v.strip()
    if len(v) >= 2 and v[0] == v[-1] == '"':
        v = v[1:-1]
    return v.replace("^n", "\n").replace("^'", '"').replace("^^", "^")


def parse_line(line: str) -> Property | None:
    """One content line -> Property; None for lines that are not properties."""
    quoted = False
    for i, ch in enumerate(line):
        if ch == '"':
            quoted = not quoted
        elif ch == ":" and not quoted:
            head, raw = line[:i], line[i + 1 :]
            break
    else:
        return None
    tokens = _split_unquoted(head, ";")
    name = tokens[0].strip()
    group, _, name = name.rpartition(".")
    if not name or not re.fullmatch(r"[A-Za-z0-9-]+", name):
        return None
    params: dict[str, list[str]] = {}
    for tok in tokens[1:]:
        if not tok.strip():
            continue
        key, eq, val = tok.partition("=")
        if eq:
            k = key.strip().upper()
            values = (
                [t for v in _split_unquoted(val, ",") for t in _param_value(v).split(",")]
                if k == "TYPE"
                else [_param_value(val)]
            )
        else:
            bare = key.strip().upper()
            k, values = ("ENCODING", [bare]) if bare in _ENCODINGS else ("TYPE", [bare])
        params.setdefault(k, []).extend(v for v in values if v)
    name = name.upper()
    encoding = (params.get("ENCODING") or [""])[0].upper()
    if encoding in ("BASE64", "B") or name in _BINARY:
        return Property(group, name, params, "")
    if encoding == "QUOTED-PRINTABLE":
        data = quopri.decodestring(raw.encode("utf-8"))
        charset = (params.get("CHARSET") or ["utf-8"])[0]
        for cs in (charset, "utf-8", "gb18030"):
            try:
                raw = data.decode(cs)
                break
            except (UnicodeDecodeError, LookupError):
                continue
        else:
            raw = data.decode("latin-1")
    return Property(group, name, params, raw)


_UNESCAPE = re.compile(r"\\([nN,;:\\])")


def unescape(value: str) -> str:
    return _UNESCAPE.sub(lambda m: "\n" if m[1] in "nN" else m[1], value)


def split_escaped(value: str, sep: str) -> list[str]:
    """Split on ``sep`` not preceded by a backslash escape, then unescape each part."""
    parts, buf, i = [], [], 0
    while i < len(value):
        ch = value[i]
        if ch == "\\" and i + 1 < len(value):
            buf.append(value[i : i + 2])
            i += 2
            continue
        if ch == sep:
            parts.append(unescape("".join(buf)))
            buf = []
        else:
            buf.append(ch)
        i += 1
    parts.append(unescape("".join(buf)))
    return parts


def parse_vcards(text: str, file: str) -> list[Card]:
    cards: list[Card] = []
    current: Card | None = None
    for number, line in _logical_lines(text.lstrip("\ufeff")):
        upper = line.strip().upper()
        if upper == "BEGIN:VCARD":
            if current is not None:  # a card without END: keep what it had
                cards.append(current)
            current = Card(number)
            continue
        if upper == "END:VCARD":
            if current is not None:
                cards.append(current)
            current = None
            continue
        if current is None:
            continue
        prop = parse_line(line)
        if prop is None:
            continue
        if prop.name == "VERSION":
            current.version = prop.value.strip()
        else:
            current.properties.append(prop)
    if current is not None:
        cards.append(current)
    if not cards:
        raise ImportFileError(
            translate("Contacts", "{file} contains no vCard (no BEGIN:VCARD line).").format(file=file)
        )
    return cards


_LABEL_WORDS = {
    "cell": "mobile",
    "mobile": "mobile",
    "iphone": "mobile",
    "work": "work",
    "home": "home",
    "fax": "fax",
    "workfax": "fax",
    "homefax": "fax",
    "main": "main",
    "pager": "pager",
    "other": "other",
}
_IGNORED_TYPES = {
    "pref",
    "voice",
    "internet",
    "x400",
    "text",
    "msg",
    "video",
    "bbs",
    "modem",
    "isdn",
    "pcs",
    "car",
    "dom",
    "intl",
    "postal",
    "parcel",
}


def _label(prop: Property, ab_labels: dict[str, str]) -> str:
    if prop.group and prop.group.upper() in ab_labels:
        raw = ab_labels[prop.group.upper()]
        m = re.fullmatch(r"_\$!<(.*)>!\$_", raw)
        return _LABEL_WORDS.get(m[1].lower(), m[1].lower()) if m else raw
    for t in prop.params.get("TYPE", []):
        low = t.lower()
        if low not in _IGNORED_TYPES:
            return _LABEL_WORDS.get(low, low)
    return ""


def _is_pref(prop: Property) -> bool:
    return "PREF" in prop.params or any(t.lower() == "pref" for t in prop.params.get("TYPE", []))


def card_values(card: Card) -> dict[str, str]:
    """The card as export headers -> text."""
    v: dict[str, str] = {}
    ab = {
        p.group.upper(): unescape(p.value).strip()
        for p in card.properties
        if p.name == "X-ABLABEL" and p.group
    }
    props = card.properties

    def add(key: str, text: str, joiner: str = "\n") -> None:
        text = text.strip()
        if text:
            v[key] = f"{v[key]}{joiner}{text}" if key in v else text

    def social(kind: str, text: str) -> None:
        text = re.sub(r"^x-apple:", "", text.strip(), flags=re.IGNORECASE)
        key = {
            "wechat": "WeChat",
            "weixin": "WeChat",
            "weibo": "Weibo",
            "linkedin": "LinkedIn",
            "twitter": "X",
            "x": "X",
        }.get(kind.lower())
        if key and text and key not in v:
            v[key] = text

    for p in props:
        if p.name == "FN":
            add("Full name", unescape(p.value), " ")
        elif p.name == "N":
            parts = split_escaped(p.value, ";") + [""] * 5
            add("Family name", parts[0])
            add("Given name", " ".join(x for x in (parts[1], parts[2]) if x.strip()))
        elif p.name in ("TITLE", "ROLE") and "Title" not in v:
            add("Title", unescape(p.value))
        elif p.name == "NOTE":
            add("Notes", unescape(p.value))
        elif p.name == "CATEGORIES":
            for beat in split_escaped(p.value, ","):
                add("Beats", beat)
        elif p.name == "LANG":
            add("Language", unescape(p.value), ", ")
        elif p.name in ("X-PHONETIC-LAST-NAME", "X-PHONETIC-FIRST-NAME"):
            v[p.name] = unescape(p.value).strip()
        elif p.name in ("X-WECHAT", "X-WEIXIN", "X-WEIBO", "X-LINKEDIN", "X-TWITTER", "X-X"):
            social(p.name[2:], unescape(p.value))
        elif p.name == "X-SOCIALPROFILE":
            for t in [*p.params.get("TYPE", []), p.params.get("X-SERVICE-TYPE", [""])[0]]:
                social(t, unescape(p.value))
        elif p.name == "IMPP":
            scheme, _, handle = unescape(p.value).partition(":")
            service = (p.params.get("X-SERVICE-TYPE") or [scheme])[0]
            social(service, handle or scheme)
        elif p.name == "URL":
            url = unescape(p.value).strip()
            for host, kind in (
                ("linkedin.com", "linkedin"),
                ("weibo.com", "weibo"),
                ("weibo.cn", "weibo"),
                ("twitter.com", "x"),
                ("x.com/", "x"),
            ):
                if host in url.lower():
                    social(kind, url)
                    break
        elif p.name.startswith("X-COMMDESK-"):
            key = {
                "PINYIN": "Pinyin",
                "TIER": "Tier",
                "STATUS": "Status",
                "SOURCE": "Source",
                "CHANNEL": "Preferred channel",
                "CONTACT-TIME": "Time to contact",
            }.get(p.name[11:])
            if key:
                add(key, unescape(p.value))
    if "Pinyin" not in v and ("X-PHONETIC-LAST-NAME" in v or "X-PHONETIC-FIRST-NAME" in v):
        v["Pinyin"] = " ".join(
            x for x in (v.get("X-PHONETIC-LAST-NAME"), v.get("X-PHONETIC-FIRST-NAME")) if x
        )
    v.pop("X-PHONETIC-LAST-NAME", None)
    v.pop("X-PHONETIC-FIRST-NAME", None)

    def ordered(name: str) -> list[Property]:
        chosen = [p for p in props if p.name == name and p.value.strip()]
        return sorted(chosen, key=lambda p: (not _is_pref(p), _pref_rank(p)))

    orgs = ordered("ORG")
    if orgs:
        add("Outlet", split_escaped(orgs[0].value, ";")[0])
        for o in orgs[1:]:
            add("Other outlets", split_escaped(o.value, ";")[0])
    for kind, name, _key in (("Email", "EMAIL", None), ("Phone", "TEL", None)):
        for i, p in enumerate(ordered(name), start=1):
            value = unescape(p.value).strip()
            if name == "TEL" and value.lower().startswith("tel:"):
                value = value[4:]
            v[f"{kind} {i}"] = value
            label = _label(p, ab)
            if label:
                v[f"{kind} {i} label"] = label
    adrs = ordered("ADR")
    if adrs:
        parts = split_escaped(adrs[0].value, ";")
        order = [2, 1, 0, 3, 4, 5, 6]  # street, extended, PO box, locality, region, code, country
        add("Address", ", ".join(parts[i].strip() for i in order if i < len(parts) and parts[i].strip()))
    elif any(p.name == "LABEL" for p in props):
        add("Address", unescape(next(p for p in props if p.name == "LABEL").value))
    return v


def _pref_rank(p: Property) -> int:
    try:
        return int(p.params.get("PREF", ["100"])[0])
    except ValueError:
        return 100


def vcard_table(file: str, cards: list[Card]) -> Table:
    headers: dict[str, None] = {}
    rows = []
    for card in cards:
        values = card_values(card)
        headers.update(dict.fromkeys(values))
        rows.append(Row(file, card.line, values))
    return Table(file, "vcard", list(headers), rows)
