"""Paragraph styles and colours shared by every commdesk document."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT
from reportlab.lib.styles import ParagraphStyle

from commdesk.core.documents import fonts as _fonts

INK = colors.HexColor("#1f2933")
MUTED = colors.HexColor("#616e7c")
ACCENT = colors.HexColor("#1d4e89")
RULE = colors.HexColor("#cbd2d9")
TABLE_HEADER_BG = colors.HexColor("#e4ebf5")
TABLE_STRIPE_BG = colors.HexColor("#f5f7fa")
WATERMARK = colors.Color(0.55, 0.55, 0.55, alpha=0.18)
BANNER_BG = colors.HexColor("#b42318")
BANNER_INK = colors.white

# kind -> (bar colour, background colour)
CALLOUT_COLOURS = {
    "decision": (colors.HexColor("#1d4e89"), colors.HexColor("#eaf1fb")),
    "action": (colors.HexColor("#2f7d32"), colors.HexColor("#edf7ed")),
    "note": (colors.HexColor("#616e7c"), colors.HexColor("#f3f4f6")),
    "warning": (colors.HexColor("#b54708"), colors.HexColor("#fef4e6")),
}

BODY_SIZE = 10.5  # 五号, the usual size of Chinese office documents


@dataclass(frozen=True)
class Styles:
    body: ParagraphStyle
    small: ParagraphStyle
    title: ParagraphStyle
    subtitle: ParagraphStyle
    h1: ParagraphStyle
    h2: ParagraphStyle
    h3: ParagraphStyle
    quote: ParagraphStyle
    code: ParagraphStyle
    cell: ParagraphStyle
    header_cell: ParagraphStyle
    label: ParagraphStyle
    callout_title: ParagraphStyle
    caption: ParagraphStyle
    list_item: ParagraphStyle


@lru_cache(maxsize=1)
def styles() -> Styles:
    _fonts.fonts()  # the faces must be registered before styles name them
    base = ParagraphStyle(
        "cd-body",
        fontName=_fonts.MAIN,
        fontSize=BODY_SIZE,
        leading=BODY_SIZE * 1.55,
        textColor=INK,
        alignment=TA_LEFT,
        wordWrap="CJK",
        spaceAfter=5,
        allowWidows=0,
        allowOrphans=0,
        splitLongWords=1,
    )

    def derive(name: str, **kw) -> ParagraphStyle:
        return ParagraphStyle(f"cd-{name}", parent=base, **kw)

    return Styles(
        body=base,
        small=derive("small", fontSize=8, leading=10.5, textColor=MUTED, spaceAfter=0),
        title=derive(
            "title",
            fontName=_fonts.MAIN_BOLD,
            fontSize=20,
            leading=27,
            textColor=ACCENT,
            spaceAfter=4,
            spaceBefore=2,
        ),
        subtitle=derive("subtitle", fontSize=12.5, leading=18, textColor=MUTED, spaceAfter=10),
        h1=derive(
            "h1",
            fontName=_fonts.MAIN_BOLD,
            fontSize=15,
            leading=21,
            textColor=ACCENT,
            spaceBefore=12,
            spaceAfter=6,
        ),
        h2=derive(
            "h2",
            fontName=_fonts.MAIN_BOLD,
            fontSize=13,
            leading=18.5,
            textColor=INK,
            spaceBefore=10,
            spaceAfter=4,
        ),
        h3=derive(
            "h3",
            fontName=_fonts.MAIN_BOLD,
            fontSize=11.5,
            leading=16.5,
            textColor=INK,
            spaceBefore=8,
            spaceAfter=3,
        ),
        quote=derive("quote", textColor=MUTED, spaceAfter=2),
        code=derive(
            "code",
            fontSize=9.5,
            backColor=TABLE_STRIPE_BG,
            borderPadding=4,
            leftIndent=4,
            rightIndent=4,
            spaceBefore=4,
            spaceAfter=8,
        ),
        cell=derive("cell", fontSize=9.5, leading=13.5, spaceAfter=0),
        header_cell=derive(
            "header-cell", fontName=_fonts.MAIN_BOLD, fontSize=9.5, leading=13.5, spaceAfter=0
        ),
        label=derive("label", fontName=_fonts.MAIN_BOLD, textColor=MUTED, spaceAfter=0),
        callout_title=derive("callout-title", fontName=_fonts.MAIN_BOLD, spaceAfter=2),
        caption=derive(
            "caption",
            fontSize=8.5,
            leading=12,
            textColor=MUTED,
            alignment=TA_CENTER,
            spaceBefore=2,
            spaceAfter=8,
        ),
        list_item=derive("list-item", spaceAfter=2),
    )
