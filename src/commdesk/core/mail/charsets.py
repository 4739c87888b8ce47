"""Text out of mail bytes in whatever charset they were written in, declared or not.

Chinese mail is rarely what it says it is: "GB2312" is nearly always GBK or GB18030 (characters
such as 镕 or 喆 are not in GB2312), "Big5" is often Big5-HKSCS or Microsoft's CP950, "ISO-8859-1" is
Windows-1252, and 8-bit bytes arrive with no charset at all. ``decode_bytes`` reads a declared
charset as its widest compatible encoding, and bytes without one as UTF-8, else GB18030 unless
charset-normalizer (already used for contacts files) finds them clearly more plausible as Big5,
else Big5; as a last resort it replaces what cannot be read and says so.

``decode_header_value`` does the same for header fields: RFC 2047 encoded words (``=?GBK?B?...?=``,
adjacent words joined before decoding, so a character split across two words survives) and raw
8-bit headers, which many Chinese mail programs send.
"""

from __future__ import annotations

import base64
import binascii
import codecs
import quopri
import re
from dataclasses import dataclass

# A declared charset -> the codec that reads it and everything senders put under that name.
_WIDER = {
    "gb2312": "gb18030",
    "gbk": "gb18030",
    "x-gbk": "gb18030",
    "cp936": "gb18030",
    "ms936": "gb18030",
    "windows-936": "gb18030",
    "euc-cn": "gb18030",
    "euccn": "gb18030",
    "x-euc-cn": "gb18030",
    "csgb2312": "gb18030",
    "gb_2312-80": "gb18030",
    "gb2312-80": "gb18030",
    "chinese": "gb18030",
    "hz-gb-2312": "hz",
    "big5": "big5hkscs",
    "x-big5": "big5hkscs",
    "big-5": "big5hkscs",
    "cn-big5": "big5hkscs",
    "csbig5": "big5hkscs",
    "big5-hkscs": "big5hkscs",
    "cp950": "cp950",
    "ms950": "cp950",
    "iso-8859-1": "cp1252",
    "latin1": "cp1252",
    "latin-1": "cp1252",
    "us-ascii": "ascii",
    "ascii": "ascii",
    "ks_c_5601-1987": "cp949",
    "euc-kr": "cp949",
    "shift_jis": "cp932",
    "shift-jis": "cp932",
    "sjis": "cp932",
    "x-sjis": "cp932",
    "utf8": "utf-8",
    "unicode-1-1-utf-7": "utf-7",
}
# When the declared codec fails on the bytes, these are tried next (in this order).
_SIBLINGS = {
    "big5hkscs": ("cp950",),
    "cp950": ("big5hkscs",),
    "ascii": ("utf-8",),
}
_UNDECLARED = ("utf-8", "gb18030", "big5hkscs")


@dataclass(frozen=True)
class Decoded:
    """Text and how it was obtained: ``encoding`` is the codec used; ``guessed`` when the bytes did not
    say (or said wrongly) what they are; ``replaced`` when some bytes could not be read at all."""

    text: str
    encoding: str
    guessed: bool = False
    replaced: bool = False
    unknown_charset: str = ""  # the declared name Python knows no codec for


def codec_for(charset: str | None) -> str | None:
    """The codec that reads text declared as ``charset``; None when no charset is declared or Python
    has no codec by that name (the caller then guesses)."""
    if not charset:
        return None
    name = charset.strip().strip("\"'").lower()
    if not name:
        return None
    if name in _WIDER:
        return _WIDER[name]
    try:
        found = codecs.lookup(name).name
    except (LookupError, ValueError):
        return None
    return _WIDER.get(found, found)


def _strict(data: bytes, codec: str) -> str | None:
    try:
        return data.decode(codec)
    except (UnicodeDecodeError, LookupError, ValueError):
        return None


def _undeclared(data: bytes, hint: str | None = None) -> Decoded:
    if data.isascii():
        return Decoded(data.decode("ascii"), "ascii")
    text = _strict(data, "utf-8")
    if text is not None:
        return Decoded(text, "utf-8", guessed=True)
    if hint and hint not in ("ascii", "utf-8"):
        text = _strict(data, hint)
        if text is not None:
            return Decoded(text, hint, guessed=True)
    text = _strict(data, "gb18030")
    if text is not None:
        other = _more_plausible(data)
        if other is not None:
            alt = _strict(data, other)
            if alt is not None:
                return Decoded(alt, other, guessed=True)
        return Decoded(text, "gb18030", guessed=True)
    for codec in _UNDECLARED[2:]:
        text = _strict(data, codec)
        if text is not None:
            return Decoded(text, codec, guessed=True)
    return Decoded(data.decode("utf-8", errors="replace"), "utf-8", guessed=True, replaced=True)


def _more_plausible(data: bytes) -> str | None:
    """An encoding that reads ``data`` clearly better than GB18030 does (GB18030 decodes nearly any
    bytes, so Big5 comes out as mojibake): the contacts import's measure, shared here."""
    from commdesk.core.contacts.importing.guards import other_encoding

    found = other_encoding(data[:65536])
    return "big5hkscs" if found == "big5" else found


def decode_bytes(data: bytes, charset: str | None = None) -> Decoded:
    """``data`` as text: the declared ``charset`` read widely, or a guess; never raises."""
    codec = codec_for(charset)
    declared = (charset or "").strip().strip("\"'")
    if codec is None:
        result = _undeclared(data)
        if declared and declared.lower() not in ("unknown-8bit", "x-unknown", "unknown", "default"):
            return Decoded(result.text, result.encoding, True, result.replaced, unknown_charset=declared)
        return result
    text = _strict(data, codec)
    if text is not None:
        return Decoded(text, codec)
    for sibling in _SIBLINGS.get(codec, ()):
        text = _strict(data, sibling)
        if text is not None:
            return Decoded(text, sibling, guessed=True)
    # A few bad bytes in otherwise good text (a character cut off by damage in transit) are replaced;
    # text that is mostly unreadable as declared was mislabelled and is read as if undeclared.
    replaced = data.decode(codec, errors="replace")
    if replaced.count("\ufffd") <= max(3, len(replaced) // 100):
        return Decoded(replaced, codec, replaced=True)
    result = _undeclared(data)
    if not result.replaced:
        return Decoded(result.text, result.encoding, guessed=True)
    return Decoded(replaced, codec, guessed=True, replaced=True)


# ------------------------------------------------------------------------------ header fields
_ENCODED_WORD = re.compile(r"=\?([^?\s]+)\?([BbQq])\?([^?\s]*)\?=")
_FOLD = re.compile(r"\r?\n(?=[ \t])")


@dataclass(frozen=True)
class HeaderText:
    text: str
    guessed: bool = False  # raw 8-bit bytes or a wrong declared charset
    replaced: bool = False  # something could not be read and was replaced
    unknown_charsets: tuple[str, ...] = ()


def _word_bytes(encoding: str, payload: str) -> bytes | None:
    try:
        if encoding in "Bb":
            cleaned = re.sub(r"[^A-Za-z0-9+/]", "", payload)
            cleaned += "=" * (-len(cleaned) % 4)
            return base64.b64decode(cleaned)
        return quopri.decodestring(payload.replace("_", " ").encode("ascii", "replace"), header=False)
    except (binascii.Error, ValueError):
        return None


def decode_header_value(value: str, hint: str | None = None) -> HeaderText:
    """A raw header value (as the email package parsed it from bytes) as readable text. ``hint`` is
    the codec of the message's text, tried for raw 8-bit bytes after UTF-8 (a short Big5 subject
    is no different from GB18030 to any measure; the mail program wrote both in one charset)."""
    value = _FOLD.sub("", value)
    guessed = replaced = False
    unknown: list[str] = []
    if any("\udc80" <= ch <= "\udcff" for ch in value):
        # 8-bit bytes without any declaration: read the whole value as undeclared text
        data = value.encode("ascii", "surrogateescape")
        result = _undeclared(data, hint)
        value, guessed, replaced = result.text, True, result.replaced
    pieces: list[str] = []
    pos = 0
    pending: tuple[str, bytearray] | None = None  # adjacent encoded words of one charset, joined

    def flush() -> None:
        nonlocal pending, guessed, replaced
        if pending is None:
            return
        decoded = decode_bytes(bytes(pending[1]), pending[0])
        pieces.append(decoded.text)
        guessed = guessed or decoded.guessed
        replaced = replaced or decoded.replaced
        if decoded.unknown_charset and decoded.unknown_charset not in unknown:
            unknown.append(decoded.unknown_charset)
        pending = None

    last_word = False
    for match in _ENCODED_WORD.finditer(value):
        between = value[pos : match.start()]
        charset = match.group(1).split("*", 1)[0]  # RFC 2231 language suffix: =?utf-8*zh?B?...?=
        word = _word_bytes(match.group(2), match.group(3))
        pos = match.end()
        if word is None:  # not decodable: kept as it stands
            flush()
            pieces.append(between + match.group(0))
            replaced, last_word = True, False
            continue
        blank = between.strip() == ""
        if pending is not None and blank and pending[0].lower() == charset.lower():
            pending[1].extend(word)
        else:
            flush()
            if not (blank and last_word):  # white space between two encoded words is dropped
                pieces.append(between)
            pending = (charset, bytearray(word))
        last_word = True
    flush()
    pieces.append(value[pos:])
    text = "".join(pieces)
    return HeaderText(text, guessed, replaced, tuple(unknown))


def one_line(text: str, limit: int = 2000) -> str:
    """Header text on one line: control characters and runs of white space become one space."""
    text = re.sub(r"[\udc80-\udcff]", "\ufffd", text)  # undecoded bytes left by the email parser
    text = re.sub(r"[\x00-\x1f\x7f\u2028\u2029]+", " ", text)
    text = re.sub(r"\s{2,}", " ", text).strip()
    return text[:limit]
