"""Any text a user can type goes into every block and the PDF still renders and reads back."""

from __future__ import annotations

import io

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pypdf import PdfReader

from commdesk.core.documents.rendering import render_bytes
from commdesk.core.documents.spec import (
    BulletList,
    Callout,
    Document,
    Heading,
    KeyValue,
    Markdown,
    NumberedList,
    Paragraph,
    Signature,
    SignatureBlock,
    Table,
    Title,
)
from commdesk.core.documents.text import clean, markup

# Mostly the characters of real documents, plus markup, controls, emoji, RTL and astral planes.
_pieces = st.one_of(
    st.text(min_size=0, max_size=30),
    st.sampled_from(
        [
            "<b>",
            "</b>",
            "&",
            "&amp;",
            "<font name='x'>",
            "<br/>",
            "</para>",
            "<",
            ">",
            "]]>",
            "\x00",
            "\x1b",
            "\r\n",
            "\t",
            "😀",
            "👍🏽",
            "שלום",
            "مرحبا",
            "\u202e",
            "新闻稿",
            "**",
            "_",
            "`",
            "[a](javascript:x)",
            "# ",
            "- ",
            "> ",
            "<script>",
        ]
    ),
    # Long words up to 10,000 characters: with ~700 a one-row table ended a fraction of a point
    # taller than the frame, which reportlab can neither fit nor split (flowables.Table).
    st.text(alphabet="W", min_size=100, max_size=10_000),
)
nasty_text = st.lists(_pieces, max_size=5).map("".join)


@settings(deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=nasty_text)
def test_every_block_renders_any_text(text):
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
    document = Document(
        title=text,
        subtitle=text,
        reference=text,
        status=text,
        author=text,
        subject=text,
        keywords=(text,),
        watermark=text[:30],
        banner=text,
    )
    data = render_bytes(document, blocks)
    reader = PdfReader(io.BytesIO(data))
    assert len(reader.pages) >= 1


def test_clean_strips_controls_but_keeps_lines_and_tabs():
    assert clean("a\x00b\x07\x1b\x7f\x85c\r\nd\re\tf\ud800") == "abc\nd\ne\tf"
    assert clean(None) == "" and clean(42) == "42"


def test_markup_escapes_and_breaks_lines():
    assert markup("<b>&</b>\nnext") == "&lt;b&gt;&amp;&lt;/b&gt;<br/>next"
    assert markup("a\nb", keep_breaks=False) == "a b"
