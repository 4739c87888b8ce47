"""Bar charts for the PDFs (coverage report, status report), drawn with Pillow into one image.

Each bar's label is shown in full under it: a label wider than its bar's slot wraps (Chinese text
between any two characters, other text between words), over at most three lines, in a smaller type
if needed; only when even that cannot hold it are the labels turned on a slant, so they never overlap
and never lose their end. The space under the axis grows with the labels, the bars shrink to match.
"""

from __future__ import annotations

import io
import math
import re
import unicodedata
from dataclasses import dataclass
from typing import Any

Colour = tuple[int, int, int]
Bar = tuple[str, int, Colour]

_TITLE_PX, _LABEL_PX, _MIN_LABEL_PX = 30, 22, 15
_MAX_LINES = 3
_GAP = 6  # pixels between two neighbouring labels
_TEXT, _AXIS, _LABEL = (30, 30, 30), (160, 160, 160), (60, 60, 60)


def _is_wide(ch: str) -> bool:
    return unicodedata.east_asian_width(ch) in ("W", "F")


def _pieces(label: str) -> list[str]:
    """Units a line may break between: single CJK characters, words with their trailing space; in a
    Chinese label a run of Latin letters and digits stays whole ("2026Q4", not "2026Q" and "4")."""
    if any(_is_wide(c) for c in label):
        return re.findall(r"[A-Za-z0-9]+\s*|[^\s]\s*", label)
    return re.findall(r"\S+\s*", label)


def wrap_label(label: str, width: float, measure) -> list[str] | None:
    """``label`` in lines no wider than ``width`` (``measure(text) -> px``), or None when a single
    piece (a long word) is wider than that."""
    lines: list[str] = []
    line = ""
    for piece in _pieces(label) or [label]:
        if measure((line + piece).rstrip()) <= width:
            line += piece
            continue
        if not line:
            return None
        lines.append(line.rstrip())
        line = piece
        if measure(line.rstrip()) > width:
            return None
    if line.strip() or not lines:
        lines.append(line.rstrip())
    return lines


@dataclass
class AxisLabels:
    """How the labels of one chart are set: straight in lines, or slanted."""

    font: Any  # a PIL ImageFont
    lines: list[list[str]]  # per bar (straight)
    slanted: bool
    height: int  # pixels under the axis


def layout_labels(labels: list[str], slot: float, font_for, line_px) -> AxisLabels:
    """The largest type from 22 px down to 15 px in which every label wraps into its slot in at most
    three lines; failing that, slanted labels in the smallest type."""
    size = _LABEL_PX
    while size >= _MIN_LABEL_PX:
        font = font_for(size)

        def measure(text, f=font):
            return f.getlength(text)

        wrapped = [wrap_label(label, slot - _GAP, measure) for label in labels]
        fitting = [w for w in wrapped if w is not None and len(w) <= _MAX_LINES]
        if len(fitting) == len(wrapped):
            most = max((len(w) for w in fitting), default=1)
            return AxisLabels(font, fitting, False, int(most * line_px(size) + 14))
        size -= 1
    font = font_for(_MIN_LABEL_PX)
    longest = max((font.getlength(label) for label in labels), default=0)
    return AxisLabels(
        font,
        [[label] for label in labels],
        True,
        int(longest * math.sin(math.radians(45)) + line_px(_MIN_LABEL_PX) + 14),
    )


def _slanted(img, text: str, font, top_right: tuple[float, float], colour: Colour) -> None:
    """``text`` at 45°, its end at ``top_right`` (just under the axis, at the bar's centre)."""
    from PIL import Image as PILImage
    from PIL import ImageDraw

    w = int(font.getlength(text)) + 4
    h = int(sum(font.getmetrics())) + 4
    strip = PILImage.new("RGBA", (w, h), (255, 255, 255, 0))
    ImageDraw.Draw(strip).text((2, 2), text, fill=(*colour, 255), font=font)
    turned = strip.rotate(45, expand=True, resample=PILImage.Resampling.BICUBIC)
    x, y = top_right
    img.paste(turned, (int(x - turned.width + h * 0.7), int(y)), turned)


def bar_panel(img, draw, fonts, box, title: str, bars: list[Bar], label_room: int = 0) -> None:
    """One titled bar chart in ``box`` (x0, y0, x1, y1) of ``img``; ``label_room``: at least this much
    under the axis (so that charts side by side share their axis line)."""
    f_title, font_for, line_px = fonts
    x0, y0, x1, y1 = box
    draw.text((x0 + 10, y0 + 6), title, fill=_TEXT, font=f_title)
    left, right, top = x0 + 20, x1 - 20, y0 + 70
    slot = (right - left) / max(len(bars), 1)
    axis = layout_labels([label for label, _, _ in bars], slot, font_for, line_px)
    if axis.slanted and bars:  # the first slanted label reaches left of its bar: keep it inside the panel
        reach = axis.font.getlength(axis.lines[0][0]) * math.cos(math.radians(45)) + 10
        left = min(max(left, x0 + reach - slot / 2), (x0 + x1) / 2)
        slot = (right - left) / len(bars)
    bottom = y1 - max(axis.height, label_room)
    draw.line((left, bottom, right, bottom), fill=_AXIS, width=2)
    peak = max((v for _, v, _ in bars), default=0) or 1
    bar_w = min(slot * 0.6, 120)
    value_font = font_for(_LABEL_PX)
    for i, (_label, value, colour) in enumerate(bars):
        centre = left + i * slot + slot / 2
        h = max(bottom - top - 30, 10) * value / peak
        draw.rectangle((centre - bar_w / 2, bottom - h, centre + bar_w / 2, bottom), fill=colour)
        text = str(value)
        draw.text(
            (centre - value_font.getlength(text) / 2, bottom - h - 30), text, fill=_TEXT, font=value_font
        )
        if axis.slanted:
            _slanted(img, axis.lines[i][0], axis.font, (centre, bottom + 6), _LABEL)
            continue
        for n, line in enumerate(axis.lines[i]):
            lw = axis.font.getlength(line)
            draw.text(
                (centre - lw / 2, bottom + 8 + n * line_px(axis.font.size)), line, fill=_LABEL, font=axis.font
            )


def charts_png(panels: list[tuple[str, list[Bar]]], width: int = 1600, height: int = 420) -> bytes:
    """Labelled bar charts side by side, as one JPEG image (Pillow, drawn with the PDF fonts)."""
    from PIL import Image as PILImage
    from PIL import ImageDraw, ImageFont

    from commdesk.core.documents.fonts import find_font_files

    regular, bold = find_font_files()
    cache: dict[int, object] = {}

    def font_for(size: int):
        if size not in cache:
            cache[size] = ImageFont.truetype(str(regular), size)
        return cache[size]

    def line_px(size: int) -> int:
        return int(size * 1.25)

    # Room for labels set in several lines or slanted: the image grows downwards, the bars keep theirs.
    step = width / max(len(panels), 1)
    room = 50
    for _title, bars in panels:
        slot = (step - 40) / max(len(bars), 1)
        room = max(room, layout_labels([label for label, _, _ in bars], slot, font_for, line_px).height)
    extra = room - 50
    img = PILImage.new("RGB", (width, height + extra), "white")
    draw = ImageDraw.Draw(img)
    fonts = (ImageFont.truetype(str(bold), _TITLE_PX), font_for, line_px)
    for i, (title, bars) in enumerate(panels):
        bar_panel(img, draw, fonts, (i * step, 0, (i + 1) * step, height + extra), title, bars, room)
    out = io.BytesIO()
    # JPEG, full chroma at quality 92 (no visible ringing on the flat bars and text at 300 dpi):
    # reportlab embeds a JPEG as it is, while a PNG is decoded and its pixels compressed again,
    # which cost as much as laying out the rest of a report (bench/bench_cases.py: 1.9x -> 1.25x).
    img.save(out, "JPEG", quality=92, subsampling=0)
    return out.getvalue()
