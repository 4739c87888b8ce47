"""Content hash, paragraph ids, and the reviewer's diff in English and Chinese."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

from hypothesis import given
from hypothesis import strategies as st

from commdesk.core.releases.content import (
    Quote,
    ReleaseContent,
    content_hash,
    locate,
    paragraphs,
)
from commdesk.core.releases.diff import DiffOp, diff_contents, diff_summary, diff_text, tokens

CONTENT = ReleaseContent(
    title="星河科技发布新一代储能系统",
    subtitle="能量密度提升30%",
    dateline_city="深圳",
    dateline_date=date(2025, 3, 1),
    body_markdown="星河科技今日发布新一代储能系统。\n\n该系统将于四月上市。",
    quotes=[("我们为此努力了三年。", "星河科技首席执行官 陈明")],
    boilerplate="星河科技成立于2010年。",
    media_contact="王芳\n电话：0755-1234 5678",
    language="zh",
    embargo=datetime(2025, 3, 1, 10, 0, tzinfo=ZoneInfo("Asia/Shanghai")),
)


def test_hash_is_pinned_and_stable():
    # Pinned: changing the canonical form would silently void every stored approval.
    assert content_hash(CONTENT) == PINNED
    assert content_hash(replace(CONTENT)) == content_hash(CONTENT)


def test_hash_ignores_line_ending_and_normalisation_but_not_content():
    crlf = replace(CONTENT, body_markdown=CONTENT.body_markdown.replace("\n", "\r\n"))
    assert content_hash(crlf) == content_hash(CONTENT)
    decomposed = replace(CONTENT, title="Cafe\u0301"), replace(CONTENT, title="Caf\u00e9")
    assert content_hash(decomposed[0]) == content_hash(decomposed[1])
    for change in (
        {"title": "x"},
        {"quotes": ()},
        {"embargo": None},
        {"language": "en"},
        {"embargo": CONTENT.embargo + timedelta(minutes=1)},
        {"media_contact": "王芳"},
        {"dateline_date": date(2025, 3, 2)},
    ):
        assert content_hash(replace(CONTENT, **change)) != content_hash(CONTENT), change


def test_quote_pairs_and_quote_objects_are_the_same():
    assert replace(CONTENT, quotes=[Quote("我们为此努力了三年。", "星河科技首席执行官 陈明")]) == CONTENT


@given(st.text(), st.text())
def test_hash_is_a_function_of_content(title, body):
    a = ReleaseContent(title=title, body_markdown=body)
    b = ReleaseContent(title=title, body_markdown=body)
    assert content_hash(a) == content_hash(b) and len(content_hash(a)) == 64


def test_paragraph_ids_are_stable_and_follow_moved_text():
    body = "First paragraph.\n\n\nSecond one\nwith a soft break.\n  \nThird."
    ps = paragraphs(body)
    assert [p.text for p in ps] == ["First paragraph.", "Second one\nwith a soft break.", "Third."]
    assert [p.id for p in paragraphs(body)] == [p.id for p in ps]
    assert ps[0].id.startswith("p1-") and len(ps[0].id) == 11
    moved = paragraphs("New opening.\n\n" + body)
    assert locate(ps[0].id, moved).text == "First paragraph."
    edited = paragraphs(body.replace("Third.", "Third, edited."))
    assert locate(ps[2].id, edited) is None
    assert locate(ps[1].id, edited) == ps[1]


def test_tokens_split_chinese_by_character_and_english_by_word():
    assert tokens("发布 iPhone 新品，Hello world") == [
        "发",
        "布",
        " ",
        "iPhone",
        " ",
        "新",
        "品",
        "，",
        "Hello",
        " ",
        "world",
    ]


def test_english_word_diff():
    ops = diff_text("The quick brown fox jumps.", "The slow red fox jumps high.")
    assert ops == (
        DiffOp("equal", "The ", "The "),
        DiffOp("replace", "quick brown", "slow red"),
        DiffOp("equal", " fox jumps", " fox jumps"),
        DiffOp("insert", "", " high"),
        DiffOp("equal", ".", "."),
    )


def test_chinese_character_diff():
    ops = diff_text("公司今日发布新产品。", "公司昨日发布了新产品。")
    assert [(o.kind, o.old, o.new) for o in ops if o.kind != "equal"] == [
        ("replace", "今", "昨"),
        ("insert", "", "了"),
    ]


@given(st.text(), st.text())
def test_ops_rebuild_both_texts(old, new):
    ops = diff_text(old, new)
    assert "".join(o.old for o in ops) == old
    assert "".join(o.new for o in ops) == new
    assert all(o.old == o.new for o in ops if o.kind == "equal")


def test_content_diff_per_field_and_paragraph():
    new = replace(
        CONTENT,
        title="星河科技发布新一代家用储能系统",
        body_markdown="星河科技今日发布新一代储能系统。\n\n该系统将于五月上市。\n\n售价另行公布。",
    )
    d = diff_contents(CONTENT, new)
    assert d.changed
    assert [f.field for f in d.fields if f.changed] == ["title"]
    assert [o for o in d.field("title").ops if o.kind != "equal"] == [DiffOp("insert", "", "家用")]
    assert [p.kind for p in d.body] == ["equal", "replace", "insert"]
    assert [o for o in d.body[1].ops if o.kind != "equal"] == [DiffOp("replace", "四", "五")]
    assert diff_summary(d) == "Changed: Title, 1 paragraph(s) changed, 1 paragraph(s) added."
    assert diff_summary(diff_contents(CONTENT, CONTENT)) == "No changes."


def test_removed_paragraph_and_quotes_change():
    new = replace(CONTENT, body_markdown="星河科技今日发布新一代储能系统。", quotes=())
    d = diff_contents(CONTENT, new)
    assert [p.kind for p in d.body] == ["equal", "delete"]
    assert d.field("quotes").changed and d.field("quotes").new == ""
    assert "1 paragraph(s) removed" in diff_summary(d)


PINNED = "24feca574e86c52e0194a7357e22a4d48056b3752f392ee7e65a1a8c95ca0895"
