"""Markdown escaping for values inserted into release templates.

Decision: templates are Markdown, so values (names, titles, settings text) are inserted as
*literal text*. Characters that would start Markdown or HTML structure are backslash-escaped
(CommonMark allows a backslash before any ASCII punctuation): everywhere ``\\ ` * _ [ ] < > ~ |``
and ``&`` before an entity; at the start of a line also ``# + - = >`` and the ``.``/``)`` after a
number (lists). A one-line value has its line breaks folded into spaces; a multi-line value keeps
each line as a hard line break and blank lines as paragraph breaks. Leading white space is dropped
(it would make an indented code block). Chinese text is untouched: no CJK character is special.
"""

from __future__ import annotations

import re

_INLINE = re.compile(r"([\\`*_\[\]<>~|])")
_ENTITY = re.compile(r"&(?=#[0-9]{1,9};|#[xX][0-9a-fA-F]{1,8};|[A-Za-z][A-Za-z0-9]{0,40};)")
_LINE_START = re.compile(r"^([#+\-=])", re.MULTILINE)
_ORDERED = re.compile(r"^([0-9]{1,9})([.)])", re.MULTILINE)
_SPACE = re.compile(r"[ \t\f\v]+")


def _escape_line(line: str) -> str:
    line = _INLINE.sub(r"\\\1", line)
    line = _ENTITY.sub(r"\\&", line)
    line = _LINE_START.sub(r"\\\1", line)
    return _ORDERED.sub(r"\1\\\2", line)


def escape_markdown(text: str, multiline: bool = False) -> str:
    """``text`` as Markdown that reads back as exactly that text (white space aside)."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\x00", "\ufffd")
    if not multiline:
        return _escape_line(_SPACE.sub(" ", text.replace("\n", " ")).strip())
    paragraphs = []
    for block in re.split(r"\n\s*\n", text):
        lines = [_escape_line(_SPACE.sub(" ", ln).strip()) for ln in block.split("\n")]
        lines = [ln for ln in lines if ln]
        if lines:
            paragraphs.append("\\\n".join(lines))
    return "\n\n".join(paragraphs)
