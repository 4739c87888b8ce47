"""Chart axes label each bar readably: every label whole (wrapped, smaller or slanted, never cut off
with "…"), inside its bar's slot, in the PDFs that carry charts."""

from __future__ import annotations

import io
import re
import shutil
import subprocess

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from PIL import Image as PILImage
from PIL import ImageFont

from commdesk.core.documents.charts import charts_png, layout_labels, wrap_label
from commdesk.core.documents.fonts import find_font_files
from commdesk.core.documents.rendering import render_bytes
from commdesk.core.documents.spec import Document, Image, Paragraph

BLUE = (31, 78, 121)
KINDS = [
    "中央级报纸",
    "省级日报及其新媒体平台",
    "行业专业杂志",
    "通讯社",
    "电视台新闻频道",
    "门户网站财经频道",
    "自媒体与社交平台",
    "地方广播电台",
]


def fonts():
    regular, _bold = find_font_files()
    cache = {}

    def font_for(size):
        return cache.setdefault(size, ImageFont.truetype(str(regular), size))

    return font_for, (lambda size: int(size * 1.25))


def squeeze(text: str) -> str:
    return re.sub(r"\s+", "", text)


@pytest.mark.parametrize(
    "labels, slot",
    [
        (KINDS, 190),
        ([f"第{i}周 媒体报道与转载汇总" for i in range(20)], 77),
        (["Draft", "In review", "Changes requested", "Approved", "Scheduled", "Published"], 120),
    ],
)
def test_labels_are_whole_and_inside_their_slot(labels, slot):
    font_for, line_px = fonts()
    axis = layout_labels(labels, slot, font_for, line_px)
    assert not axis.slanted
    for label, lines in zip(labels, axis.lines, strict=False):
        assert squeeze("".join(lines)) == squeeze(label) and "\u2026" not in "".join(lines)
        assert len(lines) <= 3 and all(axis.font.getlength(line) <= slot for line in lines)


def test_labels_that_cannot_wrap_are_slanted_whole():
    font_for, line_px = fonts()
    labels = [f"Internationalisation{i}" for i in range(24)]
    axis = layout_labels(labels, 30, font_for, line_px)
    assert axis.slanted and [lines[0] for lines in axis.lines] == labels


@settings(deadline=None)
@given(
    st.text(alphabet=st.sampled_from(list("新闻稿媒体报道 abcXYZ-1")), min_size=1, max_size=30),
    st.integers(min_value=20, max_value=300),
)
def test_wrapping_never_loses_or_overflows(label, width):
    font_for, _ = fonts()
    font = font_for(22)
    lines = wrap_label(label, width, font.getlength)
    if lines is None:  # a piece wider than the slot: the chart slants instead
        assert any(font.getlength(p.strip()) > width for p in re.findall(r"\S+", label) + list(label.strip()))
        return
    assert squeeze("".join(lines)) == squeeze(label)
    assert all(font.getlength(line) <= width for line in lines)


def test_pdf_with_many_chinese_labels(tmp_path):
    bars = [(k, i * 3 + 2, BLUE) for i, k in enumerate(KINDS)]
    weeks = [(f"第{i}周 媒体报道与转载汇总", i, BLUE) for i in range(1, 21)]
    png = charts_png([("媒体类型", bars), ("按状态", [("已要求修改", 1, BLUE), ("审核中", 2, BLUE)])])
    wide = charts_png([("每周报道", weeks)], height=360)
    image = PILImage.open(io.BytesIO(png))
    assert image.height > 420  # the labels got the room they need under the axis
    pdf = render_bytes(Document(title="图表", language="zh-CN"), [Image(png), Image(wide), Paragraph("完")])
    path = tmp_path / "charts.pdf"
    path.write_bytes(pdf)
    if shutil.which("pdftoppm"):
        subprocess.run(["pdftoppm", "-png", "-r", "60", str(path), str(tmp_path / "page")], check=True)
        page = PILImage.open(next(tmp_path.glob("page*.png")))
        assert page.width > 0 and page.getbbox() is not None


def test_a_latin_run_in_a_chinese_label_stays_whole():
    """The evaluation's chart labels wrapped as '正面报道 2026Q' / '4'."""
    font_for, _ = fonts()
    font = font_for(22)
    lines = wrap_label("正面报道 2026Q4", font.getlength("正面报道 2026"), font.getlength)
    assert lines == ["正面报道", "2026Q4"]
