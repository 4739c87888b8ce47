"""Breaking Chinese lines as Chinese typesetting does (避头尾, kinsoku): no line starts with closing
punctuation (，。、；：！？）》」』】 …) and none ends with opening punctuation (（《「『【 …).

reportlab's ``wordWrap="CJK"`` cuts between any two characters and only keeps a few Japanese marks
off the start of a line (not the full-width comma, colon, semicolon, question or exclamation mark,
》 or ”): a table cell could read "…小时数 / ，取中位数。". :class:`Paragraph` is reportlab's
paragraph with that one step replaced; every paragraph and table cell of the documents layer is one.
A character that may not stand where the cut falls takes the character before it to the next line
(the line ends a little short, as in any Chinese book); a Latin word or a number is not cut when a
space or a Chinese character earlier on the line gives a place to break (only a word longer than
the line is cut, as reportlab cuts it).
"""

from __future__ import annotations

from collections.abc import Sequence
from unicodedata import category

from reportlab.lib.textsplit import ALL_CANNOT_END, ALL_CANNOT_START
from reportlab.platypus.paragraph import Paragraph as _RLParagraph
from reportlab.platypus.paragraph import ParaLines, _handleBulletWidth, cjkU, makeCJKParaLine
from reportlab.rl_config import _FUZZ

#: may not start a line: closing brackets and quotes, stops and pauses (full- and half-width),
#: the ellipsis and the iteration and small kana marks reportlab knows
CANNOT_START = frozenset(
    "，。、；：！？）》」』】〕〗〙〛〉］｝”’…‥·・〃々〻%％‰℃°′″"
    ",.;:!?)]}"
    "\uff0e\uff61\uff63\ufe50\ufe51\ufe52\ufe54\ufe55\ufe56\ufe57"  # ．｡｣ and the small forms
    + ALL_CANNOT_START
)
#: may not end a line: opening brackets and quotes, and the signs that lead a number
CANNOT_END = frozenset("（《「『【〔〖〘〚〈［｛“‘" + "([{" + ALL_CANNOT_END)


def _is_space(u: str) -> bool:
    return bool(u) and category(u) == "Zs"


def _is_cjk(u: str) -> bool:
    return bool(u) and ord(u) >= 0x2E80


def _in_word(u: str) -> bool:
    """A character of a Latin word or a number (a run the line is not cut in, if it can help it)."""
    return bool(u) and not _is_space(u) and not _is_cjk(u) and u not in CANNOT_START


def forbidden(text: Sequence[str], at: int) -> bool:
    """Whether a line may not be cut just before ``text[at]``."""
    after, before = text[at], text[at - 1]
    return bool(after and after in CANNOT_START) or bool(before and before in CANNOT_END)


def cut(text: Sequence[str], start: int, overflow: int) -> int:
    """Where the line that starts at ``start`` ends, given that ``text[overflow]`` no longer fits
    on it (``start < overflow < len(text)``): the index the next line starts at."""
    at = overflow
    if _in_word(text[at]) and _in_word(text[at - 1]):  # inside a Latin word or a number
        for j in range(at - 1, start, -1):
            if _is_space(text[j]) or _is_cjk(text[j]):
                at = j + 1
                break
    moved = at
    while moved > start + 1 and forbidden(text, moved):
        moved -= 1
    return moved if not forbidden(text, moved) else at


def _width(u, max_width: float) -> float:
    w = u.width
    if hasattr(w, "normalizedValue"):  # an image's width given in per cent of the line
        w._normalizer = max_width
        w = w.normalizedValue(max_width)
    return w


def split_frags(frags, max_widths: Sequence[float], calc_bounds: bool, encoding: str = "utf8") -> ParaLines:
    """reportlab's ``cjkFragSplit`` (a paragraph's runs of text, cut into lines of at most
    ``max_widths``), cutting where :func:`cut` says."""
    units = []
    for f in frags:
        text = f.text.decode(encoding) if isinstance(f.text, bytes) else f.text
        units.extend([cjkU(t, f, encoding) for t in text] if text else [cjkU(text, f, encoding)])
    lines: list = []
    start, count = 0, len(units)
    while start < count:
        max_width = max_widths[min(len(lines), len(max_widths) - 1)]
        widths: list[float] = []
        used, end, forced = 0.0, start, False
        while end < count:
            w = _width(units[end], max_width)
            if used + w > max_width + _FUZZ and end > start:
                break
            used += w
            widths.append(w)
            end += 1
            if hasattr(units[end - 1].frag, "lineBreak"):
                forced = True
                break
        if not forced and end < count:
            end = cut(units, start, end)
            used = sum(widths[: end - start])
        lines.append(
            makeCJKParaLine(units[start:end], max_width, used, max_width - used, forced, calc_bounds)
        )
        start = end
        if not forced:  # the space a line was cut at does not start the next one
            while start < count and _is_space(units[start]):
                start += 1
    return ParaLines(kind=1, lines=lines)


class Paragraph(_RLParagraph):
    """reportlab's Paragraph whose Chinese lines (``wordWrap="CJK"``) are cut by :func:`split_frags`."""

    def breakLinesCJK(self, maxWidths):
        if not isinstance(maxWidths, list | tuple):
            maxWidths = [maxWidths]
        style = self.style
        self.height = 0
        _handleBulletWidth(self.bulletText, style, maxWidths)
        if hasattr(self, "blPara") and getattr(self, "_splitpara", False):
            return self.blPara  # the second part of a split paragraph keeps the lines it was given
        if not self.frags:
            return ParaLines(
                kind=0,
                fontSize=style.fontSize,
                fontName=style.fontName,
                textColor=style.textColor,
                lines=[],
                ascent=style.fontSize,
                descent=-0.2 * style.fontSize,
            )
        leading = getattr(self, "autoLeading", getattr(style, "autoLeading", ""))
        return split_frags(self.frags, maxWidths, leading not in ("", "off"))
