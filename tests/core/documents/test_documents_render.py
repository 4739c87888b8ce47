"""The PDFs a user gets: read back with pypdf and poppler, as an independent reader would."""

from __future__ import annotations

import io
import threading
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest
from pypdf import PdfReader

import commdesk
from commdesk.core.documents.rendering import render, render_bytes
from commdesk.core.documents.spec import (
    BulletList,
    Callout,
    Document,
    Heading,
    Image,
    KeyValue,
    Letterhead,
    Markdown,
    NumberedList,
    PageBreak,
    Paragraph,
    Signature,
    SignatureBlock,
    Spacer,
    Table,
    Title,
)
from commdesk.core.errors import Cancelled, CommdeskError, ValidationError

MIXED = "新闻发布会定于2026年5月1日（周五）10:00举行，地点：市民中心3楼；联系人 Alice Wang，电话 +86 10 1234-5678。"
NASTY = [
    "<b>not bold</b>",
    "AT&T & Co",
    "&amp; &lt;",
    "<font color='red'>x</font>",
    "unbalanced </i> <para>",
    "<br/>",
    "a]]>b",
    "100% \\ backslash",
    "\"quoted\" 'single'",
]


def _doc(**kw) -> Document:
    base = {
        "title": "测试文档 Test document",
        "reference": "PR-2026-014 v3",
        "status": "草稿",
        "author": "王小明",
        "subject": "新闻稿",
        "keywords": ("发布会", "press"),
        "created": datetime(2026, 4, 20, 9, 30, tzinfo=timezone(timedelta(hours=8))),
        "zone": "Asia/Shanghai",
        "letterhead": Letterhead("市政府新闻办公室"),
    }
    base.update(kw)
    return Document(**base)


def _png(width=40, height=20) -> bytes:
    from PIL import Image as PILImage

    buf = io.BytesIO()
    PILImage.new("RGB", (width, height), (29, 78, 137)).save(buf, "PNG")
    return buf.getvalue()


def test_chinese_and_mixed_text_comes_back_exactly(tmp_path, pdf):
    bold = "**粗体 Bold 加粗**"
    path = render(
        _doc(),
        [
            Heading("一、背景"),
            Paragraph(MIXED),
            Markdown(bold),
            Table(["媒体", "记者"], [["人民日报", "张三 Zhang San"]]),
        ],
        tmp_path / "a.pdf",
    )
    text = pdf.text(path)
    assert MIXED in text or pdf.flat(MIXED) in pdf.flat(text)
    for expected in ("一、背景", "粗体 Bold 加粗", "人民日报", "张三 Zhang San", "市政府新闻办公室"):
        assert expected in text
    reader_text = "".join(page.extract_text() for page in PdfReader(path).pages)
    assert pdf.flat(MIXED) in pdf.flat(reader_text)


def test_every_font_is_embedded(tmp_path, pdf):
    blocks = [
        Title("标题"),
        Paragraph(MIXED),
        Markdown("**bold** *it* `code`"),
        BulletList(["甲"]),
        NumberedList(["乙"]),
        KeyValue([("键", "值")]),
        Table(["h"], [[""], ["x"]]),
        Callout("warning", "注意"),
        SignatureBlock([Signature("起草人", "王小明", "2026-04-20")]),
        Paragraph("emoji 😀 Arabic مرحبا"),
    ]
    path = render(_doc(watermark="DRAFT", banner="EMBARGOED"), blocks, tmp_path / "f.pdf")
    fonts = pdf.fonts(path)
    assert fonts, "no fonts listed"
    assert all(f["emb"] == "yes" for f in fonts), fonts
    assert any("NotoSansCJKsc-Bold" in f["name"] for f in fonts)


def test_headings_make_an_outline(tmp_path):
    blocks = [
        Heading("一、背景", 1),
        Paragraph("x"),
        Heading("1.1 细节", 2),
        Heading("深", 3),
        Heading("二、安排", 1),
        Heading("跳级 level 3 first", 3),
    ]
    reader = PdfReader(render(_doc(), blocks, tmp_path / "o.pdf"))
    outline = reader.outline
    titles = [item.title for item in outline if not isinstance(item, list)]
    assert titles == ["一、背景", "二、安排"]
    assert outline[1][0].title == "1.1 细节"
    assert outline[1][1][0].title == "深"


def test_pages_are_numbered_page_x_of_y(tmp_path, pdf):
    path = render(
        _doc(),
        [Paragraph("one"), PageBreak(), Paragraph("two"), PageBreak(), Paragraph("three")],
        tmp_path / "n.pdf",
    )
    reader = PdfReader(path)
    assert len(reader.pages) == 3
    for number in (1, 2, 3):
        assert f"Page {number} of 3" in pdf.text(path, "-f", str(number), "-l", str(number))


@pytest.mark.parametrize("text", NASTY)
def test_markup_in_user_text_prints_literally(tmp_path, pdf, text):
    blocks = [
        Heading(text),
        Paragraph(text),
        BulletList([text]),
        KeyValue([(text, text)]),
        Table([text], [[text]]),
        Callout("note", text, title=text),
    ]
    path = render(_doc(title=text, reference=text, status=text), blocks, tmp_path / "m.pdf")
    extracted = pdf.flat(pdf.text(path))
    assert extracted.count(pdf.flat(text)) >= 7


def test_control_characters_rtl_emoji_and_huge_words_never_break_an_export(tmp_path, pdf):
    huge = "W" * 10_000
    url = "https://example.com/" + "a/b-c_d" * 800
    text = "a\x00b\x07c\x1b[31m d\te\r\nf 😀👍🏽 שלום مرحبا \u202eevil\u202c \ud800 \ufffe"
    blocks = [
        Paragraph(text),
        Paragraph(huge),
        Paragraph(url),
        Table(["a", "b"], [[huge, "中" * 5000]]),
        Callout("warning", huge),
        BulletList([huge]),
        KeyValue([(huge, url)]),
        Heading(huge),
    ]
    path = render(_doc(title=huge, banner=huge, watermark=huge), blocks, tmp_path / "h.pdf")
    extracted = pdf.flat(pdf.text(path))
    assert "abc[31md" in extracted and "😀" in extracted
    assert extracted.count("W") >= 30_000  # paragraph, table, callout, list, ... all printed


def test_metadata_and_language(tmp_path):
    reader = PdfReader(render(_doc(language="zh-CN"), [Paragraph("x")], tmp_path / "meta.pdf"))
    meta = reader.metadata
    assert meta.title == "测试文档 Test document"
    assert meta.author == "王小明"
    assert meta.subject == "新闻稿"
    assert "发布会" in meta["/Keywords"] and "press" in meta["/Keywords"]
    assert meta.producer == f"commdesk {commdesk.__version__}"
    assert meta["/CreationDate"].startswith("D:20260420093000+08")
    assert reader.trailer["/Root"]["/Lang"] == "zh-CN"
    english = PdfReader(io.BytesIO(render_bytes(_doc(language="en"), [Paragraph("x")])))
    assert english.trailer["/Root"]["/Lang"] == "en"


def test_letter_size_and_a4(tmp_path):
    a4 = PdfReader(io.BytesIO(render_bytes(_doc(), [Paragraph("x")]))).pages[0].mediabox
    letter = PdfReader(io.BytesIO(render_bytes(_doc(page_size="Letter"), [Paragraph("x")]))).pages[0].mediabox
    assert round(float(a4.width)) == 595 and round(float(a4.height)) == 842
    assert round(float(letter.width)) == 612 and round(float(letter.height)) == 792


def test_long_table_repeats_its_header_and_splits(tmp_path, pdf):
    rows = [[str(i), f"媒体 {i}", "long cell " * (40 if i == 5 else 1)] for i in range(200)]
    path = render(_doc(), [Table(["序号", "媒体名称", "备注"], rows, widths=(1, 3, 4))], tmp_path / "t.pdf")
    pages = len(PdfReader(path).pages)
    assert pages >= 3
    for number in range(1, pages + 1):
        assert "媒体名称" in pdf.text(path, "-f", str(number), "-l", str(number))
    assert "媒体 199" in pdf.text(path)


def test_markdown_links_are_clickable_and_html_is_literal(tmp_path, pdf):
    source = (
        "# 标题\n\n**粗** *斜* `code` [官网](https://example.com/a?b=1&c=2) [bad](javascript:alert(1))\n\n"
        "- 一\n  - 嵌套\n- 二\n\n1. first\n2. second\n\n> 引用\n\n<script>alert(1)</script>\n\n"
        "line one  \nline two\n\n| a | b |\n|---|---|\n| 1 | 2 |\n"
    )
    path = render(_doc(), [Markdown(source)], tmp_path / "md.pdf")
    reader = PdfReader(path)
    uris = [
        a.get_object()["/A"]["/URI"]
        for a in reader.pages[0].get("/Annots", [])
        if a.get_object().get("/A", {}).get("/URI")
    ]
    assert uris == ["https://example.com/a?b=1&c=2"]
    text = pdf.text(path)
    for expected in ("<script>alert(1)</script>", "嵌套", "引用", "line one\nline two", "1.", "bad"):
        assert expected in text
    assert [item.title for item in reader.outline] == ["标题"]


def test_images_logo_and_bad_image(tmp_path):
    render(
        _doc(letterhead=Letterhead("Org", logo=_png())),
        [Image(_png(2000, 3000), caption="图 1")],
        tmp_path / "img.pdf",
    )
    with pytest.raises(ValidationError) as err:
        render(_doc(), [Image(b"not an image")], tmp_path / "bad.pdf")
    assert "PNG or JPEG" in str(err.value)


def test_progress_reports_up_to_the_total(tmp_path):
    seen = []
    render(
        _doc(),
        [Paragraph(str(i)) for i in range(50)] + [Spacer(), PageBreak()],
        tmp_path / "p.pdf",
        progress=lambda done, total: seen.append((done, total)),
    )
    assert seen and seen[-1][0] == seen[-1][1]
    assert [d for d, _ in seen] == sorted(d for d, _ in seen)


def test_cancel_leaves_no_file(tmp_path):
    cancel = threading.Event()

    def progress(done, total):
        cancel.set()

    target = tmp_path / "c.pdf"
    with pytest.raises(Cancelled):
        render(_doc(), [Paragraph("x" * 500) for _ in range(300)], target, progress=progress, cancel=cancel)
    assert list(tmp_path.iterdir()) == []


def test_failure_keeps_the_old_file(tmp_path):
    target = tmp_path / "keep.pdf"
    target.write_bytes(b"old")
    with pytest.raises(ValidationError):
        render(_doc(), [Paragraph("x"), Image(b"broken")], target)
    assert target.read_bytes() == b"old"
    assert [p.name for p in tmp_path.iterdir()] == ["keep.pdf"]
    render(_doc(), [Paragraph("new")], target)
    assert target.read_bytes().startswith(b"%PDF")


def test_missing_folder_speaks_to_the_user(tmp_path):
    with pytest.raises(CommdeskError, match="does not exist"):
        render(_doc(), [Paragraph("x")], tmp_path / "nope" / "x.pdf")


def test_missing_fonts_name_the_fix(monkeypatch, tmp_path):
    from commdesk.core.documents import fontbuild, fonts

    monkeypatch.setattr(fonts, "font_dirs", lambda: [tmp_path])
    monkeypatch.setattr(fontbuild, "source_path", lambda weight: None)
    with pytest.raises(CommdeskError, match=r"\./dev build"):
        fonts.find_font_files()


def test_no_qt_in_the_document_layer():
    for path in Path(commdesk.__file__).parent.joinpath("core", "documents").glob("*.py"):
        assert "PySide6" not in path.read_text(encoding="utf-8"), path


def test_a_one_row_table_a_fraction_of_a_point_too_tall_still_renders():
    """Found by hypothesis: 726 W's in every block made a key-value row 0.9 pt taller than the
    frame, which reportlab could neither fit nor split ("does not fit on a page")."""
    text = "W" * 726
    blocks = [
        Title(text),
        Heading(text, 1),
        Heading(text, 3),
        Paragraph(text),
        Markdown(text),
        BulletList([text, text]),
        NumberedList([text]),
        KeyValue([(text, text)]),
        Table([text, "b"], [[text, text], [text]]),
        Callout("decision", text, title=text),
        SignatureBlock([Signature(text, text, text, text)]),
    ]
    document = Document(title=text, subtitle=text, reference=text, status=text, banner=text)
    assert len(PdfReader(io.BytesIO(render_bytes(document, blocks))).pages) > 3


def test_table_accepts_a_point_of_overflow_and_splits_beyond_it():
    from reportlab.platypus import Paragraph as RLParagraph

    from commdesk.core.documents import flowables
    from commdesk.core.documents.styles import styles

    table = flowables.Table([[RLParagraph("W " * 400, styles().body)]], colWidths=[300], splitInRow=1)
    _, height = table.wrap(300, 10_000)
    assert table.wrap(300, height - 0.5) == (300, height - 0.5)
    assert table.wrap(300, height - 5)[1] == height and len(table.split(300, height - 5)) == 2


def test_a_callout_moves_to_the_next_page_whole(tmp_path, pdf):
    filler = [Paragraph("填充文字 filler text. " * 40) for _ in range(4)]
    path = render(
        _doc(), [*filler, Callout("decision", "决定正文 " * 60, title="会议决定")], tmp_path / "c.pdf"
    )
    pages = len(PdfReader(path).pages)
    assert pages == 2
    first, second = (pdf.flat(pdf.text(path, "-f", str(n), "-l", str(n))) for n in (1, 2))
    assert "会议决定" not in first and "决定正文" not in first
    assert "会议决定" in second and second.count("决定正文") == 60


def test_a_long_organisation_name_wraps_in_the_letterhead(tmp_path, pdf):
    """Reported by the meetings team: "Huaxin Technology C…" was cut off beside a wide logo."""
    from commdesk.core.documents.templates import letterhead_lines

    name = "华信科技有限公司 Huaxin Technology Co., Ltd."
    path = render(_doc(letterhead=Letterhead(name, _png(400, 160))), [Paragraph("x")], tmp_path / "l.pdf")
    text = pdf.text(path, "-f", "1", "-l", "1")
    assert "…" not in text
    assert "华信科技有限公司\nHuaxin Technology Co., Ltd." in text  # broken between the two scripts
    lines, size = letterhead_lines("华信科技有限公司" * 3, "CommdeskSans-Bold", 200)
    assert len(lines) == 2 and size < 15 and "".join(lines) == "华信科技有限公司" * 3
