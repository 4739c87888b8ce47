"""Making any user text safe for reportlab's Paragraph markup.

reportlab's ``Paragraph`` parses an XML-ish markup: a stray ``<b>``, ``&`` or ``<font`` in a
contact's name would change the output or abort the export. Every user string passes through
``markup()`` (or ``clean()`` for text drawn straight on the canvas), which

- normalises line ends and turns ``\\n`` into ``<br/>`` (tabs become spaces);
- strips C0/C1 control characters (except ``\\n`` and ``\\t``), lone surrogates and non-characters,
  which PDF text cannot carry;
- escapes ``& < >`` so tags print literally;
- wraps runs the main font lacks in the fallback font, when the system has one (``fonts.py``).
"""

from __future__ import annotations

import re

from commdesk.core.documents import fonts as _fonts

_STRIP = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff\ufdd0-\ufdef\ufffe\uffff]")
_ESCAPES = str.maketrans({"&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;"})


def clean(text: object) -> str:
    """Plain text fit for a PDF: str, controls stripped, ``\\r\\n``/``\\r`` -> ``\\n``."""
    if text is None:
        return ""
    if not isinstance(text, str):
        text = str(text)
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    return _STRIP.sub("", text)


def escape(text: str) -> str:
    """Escape for Paragraph markup and attribute values (no cleaning, no line breaks)."""
    return text.translate(_ESCAPES)


def _with_fallback(text: str) -> str:
    """Escape ``text``, setting characters the main font lacks in the fallback font."""
    font_set = _fonts.fonts()
    if not font_set.fallback_coverage or not font_set.uncovered.search(text):
        return escape(text)
    out: list[str] = []
    pos = 0
    fallback = font_set.fallback_coverage
    for match in font_set.uncovered.finditer(text):
        out.append(escape(text[pos : match.start()]))
        run: list[str] = []
        in_fallback = False
        for char in match.group():
            has = ord(char) in fallback
            if has != in_fallback and run:
                chunk = escape("".join(run))
                out.append(f'<font name="{_fonts.FALLBACK}">{chunk}</font>' if in_fallback else chunk)
                run = []
            in_fallback = has
            run.append(char)
        if run:
            chunk = escape("".join(run))
            out.append(f'<font name="{_fonts.FALLBACK}">{chunk}</font>' if in_fallback else chunk)
        pos = match.end()
    out.append(escape(text[pos:]))
    return "".join(out)


def markup(text: object, *, keep_breaks: bool = True) -> str:
    """User text -> safe Paragraph markup that prints exactly that text."""
    text = clean(text)
    if "\t" in text:
        text = text.replace("\t", "    ")
    if not keep_breaks:
        return _with_fallback(text.replace("\n", " "))
    if "\n" not in text:
        return _with_fallback(text)
    return "<br/>".join(_with_fallback(line) for line in text.split("\n"))


def single_line(text: object, limit: int = 200) -> str:
    """Cleaned text on one line, cut to ``limit`` characters (for headers, footers, metadata)."""
    text = " ".join(clean(text).split())
    return text if len(text) <= limit else text[: limit - 1] + "…"
