"""Plain text, Markdown and HTML exports: embargo notice, dateline, escaping of user text."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime
from zoneinfo import ZoneInfo

from hypothesis import given
from hypothesis import strategies as st
from markdown_it import MarkdownIt

from commdesk.core.releases.content import ReleaseContent
from commdesk.core.releases.export_text import (
    dateline,
    embargo_notice,
    markdown_to_text,
    to_html,
    to_markdown,
    to_plain_text,
)

SHANGHAI = ZoneInfo("Asia/Shanghai")
ZH = ReleaseContent(
    title="星河科技发布新一代储能系统",
    subtitle="能量密度提升30%",
    dateline_city="深圳",
    dateline_date=date(2025, 3, 18),
    body_markdown="星河科技今日发布新一代储能系统。\n\n**主要特点**\n\n- 安全\n- 易用",
    quotes=[("我们为此努力了三年。", "星河科技首席执行官 陈明")],
    boilerplate="星河科技成立于2010年。",
    media_contact="王芳\n电话：0755-8888 6666",
    language="zh",
    embargo=datetime(2025, 3, 18, 10, 0, tzinfo=SHANGHAI),
)
EN = replace(
    ZH,
    title="Xinghe launches H5",
    subtitle="",
    dateline_city="Shenzhen",
    language="en",
    body_markdown="Xinghe today launched the H5.\n\nSee [our site](https://xinghe.example).",
    quotes=[("We worked on this for three years.", "Chen Ming, CEO")],
)


def test_datelines_follow_the_release_language():
    assert dateline(ZH) == "深圳，2025年3月18日\u2014\u2014"
    assert dateline(EN) == "SHENZHEN, March 18, 2025 \u2013 "
    assert dateline(replace(EN, dateline_city="", dateline_date=None)) == ""


def test_plain_text_chinese_layout():
    text = to_plain_text(ZH)
    assert text.startswith(
        "【禁发】本新闻稿在 2025-03-18 10:00 (UTC+08:00) 之前不得发布或转载\n\n星河科技发布"
    )
    assert "深圳，2025年3月18日——星河科技今日发布新一代储能系统。" in text
    assert "主要特点\n\n• 安全\n• 易用" in text
    assert "“我们为此努力了三年。”\n——星河科技首席执行官 陈明" in text
    assert "媒体联系\n王芳\n电话：0755-8888 6666" in text
    assert text.rstrip().endswith("（完）")


def test_embargo_notice_disappears_once_published_or_without_embargo():
    assert embargo_notice(ZH, published=True) == ""
    assert "禁发" not in to_plain_text(ZH, published=True)
    assert "EMBARGOED" not in to_html(replace(EN, embargo=None))
    assert to_html(EN).index("EMBARGOED UNTIL 2025-03-18 10:00") < to_html(EN).index("<h1>")


def test_plain_text_english_keeps_link_targets():
    text = to_plain_text(EN)
    assert "SHENZHEN, March 18, 2025 \u2013 Xinghe today launched the H5." in text
    assert "See our site (https://xinghe.example)." in text
    assert text.rstrip().endswith("###")


def test_body_starting_with_a_heading_gets_the_dateline_as_its_own_paragraph():
    c = replace(EN, body_markdown="## Highlights\n\nText.")
    assert markdown_to_text(to_markdown(c)).count("SHENZHEN, March 18, 2025") == 1
    assert "<h2>Highlights</h2>" in to_html(c)


def test_html_escapes_script_everywhere():
    evil = '<script>alert("x")</script>'
    c = replace(
        EN,
        title=evil,
        subtitle=evil,
        body_markdown=f"{evil}\n\n<img src=x onerror=alert(1)>\n\n[click](javascript:alert(1))",
        quotes=[(evil, evil)],
        boilerplate=evil,
        media_contact=evil,
        dateline_city=evil,
    )
    out = to_html(c)
    assert "<script" not in out.lower() and "<img" not in out and 'href="javascript' not in out
    assert "&lt;script&gt;" in out


def test_markdown_export_reads_back_the_user_text():
    c = replace(EN, title="# Not a *heading*", quotes=[("*Big* news", "[CEO]")])
    tokens = MarkdownIt("commonmark").parse(to_markdown(c))
    assert tokens[3].type == "heading_open" and tokens[4].content == r"\# Not a \*heading\*"
    assert "# Not a *heading*" in markdown_to_text(to_markdown(c))


_fields = st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=80)


@given(_fields, _fields, _fields, _fields, _fields, st.sampled_from(["zh", "en"]))
def test_arbitrary_text_never_yields_a_script_tag(title, body, quote, boilerplate, contact, language):
    c = ReleaseContent(
        title=title,
        body_markdown=body,
        quotes=[(quote, quote)],
        boilerplate=boilerplate,
        media_contact=contact,
        language=language,
        subtitle=title,
        dateline_city=title,
    )
    assert "<script" not in to_html(c).lower()
    assert isinstance(to_plain_text(c), str)


@given(
    st.lists(
        st.sampled_from(
            [
                "<",
                "script",
                ">",
                "<scr",
                "ipt",
                "&lt;",
                "`",
                "\n",
                " ",
                "/",
                "\\",
                "<!--",
                "-->",
                "<![CDATA[",
                "&#60;",
                "javascript:",
                "[a](",
                ")",
            ]
        ),
        max_size=20,
    ).map("".join)
)
def test_script_tag_pieces_stay_text(body):
    assert "<script" not in to_html(replace(EN, body_markdown=body)).lower()
