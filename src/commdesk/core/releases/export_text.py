"""Plain text, Markdown and HTML of a release, for pasting into a newsroom CMS or a mail (MD-4).

Layout: embargo notice (while embargoed and not yet published), title, subtitle, body with the
dateline leading the first paragraph, quotes, "about us" (boilerplate), media contact, end mark.

Decision: the labels of the *document* ("EMBARGOED UNTIL", "媒体联系", "###"/"（完）") follow the
language of the release, not the language of the user interface: a Chinese release exported by
a colleague running commdesk in English must still read as a Chinese release. They are therefore
fixed per release language in ``DOCUMENT_LABELS`` and not passed through ``translate``.

HTML comes from markdown-it-py with ``html=False``: raw HTML typed by a user is shown as text,
never interpreted, and markdown-it refuses ``javascript:``/``vbscript:``/``data:`` links.
Every other string goes through :func:`html.escape`.
"""

from __future__ import annotations

import html
from datetime import date

from markdown_it import MarkdownIt

from commdesk.core.releases.content import ReleaseContent
from commdesk.core.releases.escape import escape_markdown
from commdesk.core.releases.workflow import format_moment

_MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)

DOCUMENT_LABELS = {
    "zh": {
        "embargo": "【禁发】本新闻稿在 {time} 之前不得发布或转载",
        "about": "关于我们",
        "contact": "媒体联系",
        "end": "（完）",
        "open": "\u201c",
        "close": "\u201d",
        "by": "\u2014\u2014",
    },
    "en": {
        "embargo": "EMBARGOED UNTIL {time}: not for publication or broadcast before this time",
        "about": "About us",
        "contact": "Media contact",
        "end": "###",
        "open": "\u201c",
        "close": "\u201d",
        "by": "\u2014 ",
    },
}


def _md() -> MarkdownIt:
    return MarkdownIt("commonmark", {"html": False})


def date_text(day: date, language: str) -> str:
    if language == "zh":
        return f"{day.year}年{day.month}月{day.day}日"
    return f"{_MONTHS[day.month - 1]} {day.day}, {day.year}"


def dateline(content: ReleaseContent) -> str:
    """``深圳，2025年3月18日——`` or ``SHENZHEN, March 18, 2025 \u2013``; empty without city and date."""
    day = date_text(content.dateline_date, content.language) if content.dateline_date else ""
    city = content.dateline_city.strip()
    if content.language == "zh":
        head = "，".join(p for p in (city, day) if p)
        return f"{head}\u2014\u2014" if head else ""
    head = ", ".join(p for p in (city.upper(), day) if p)
    return f"{head} \u2013 " if head else ""


def embargo_notice(content: ReleaseContent, published: bool = False) -> str:
    """The embargo line every copy carries before publication; empty when there is none."""
    if content.embargo is None or published:
        return ""
    return DOCUMENT_LABELS[content.language]["embargo"].format(time=format_moment(content.embargo))


def _body_with_dateline(content: ReleaseContent) -> str:
    body = content.body_markdown.replace("\r\n", "\n").strip("\n")
    lead = dateline(content)
    if not lead:
        return body
    tokens = _md().parse(body)
    if tokens and tokens[0].type == "paragraph_open":
        return escape_markdown(lead) + ("" if content.language == "zh" else " ") + body.lstrip()
    return escape_markdown(lead) + "\n\n" + body


# -- Markdown -> plain text -----------------------------------------------------------------


def _inline_text(children) -> str:
    out: list[str] = []
    href = ""
    start = 0
    for tok in children or ():
        if tok.type in ("text", "code_inline"):
            out.append(tok.content)
        elif tok.type == "softbreak" or tok.type == "hardbreak":
            out.append("\n")
        elif tok.type == "image":
            out.append(tok.content or "")
        elif tok.type == "link_open":
            href, start = str(tok.attrs.get("href", "")), len(out)
        elif tok.type == "link_close":
            label = "".join(out[start:])
            if href and href != label and href != f"mailto:{label}":
                out.append(f" ({href})")
    return "".join(out)


def markdown_to_text(markdown: str) -> str:
    """Markdown as readable plain text: blocks separated by blank lines, lists with bullets."""
    blocks: list[tuple[str, bool]] = []  # (text, inside a list: items join with one \n)
    lists: list[list] = []  # stack of [ordered, counter]
    prefix = ""
    quote = 0
    for tok in _md().parse(markdown):
        if tok.type in ("bullet_list_open", "ordered_list_open"):
            lists.append([tok.type == "ordered_list_open", int(tok.attrs.get("start", 1) or 1) - 1])
        elif tok.type in ("bullet_list_close", "ordered_list_close"):
            lists.pop()
        elif tok.type == "list_item_open":
            ordered = lists[-1]
            ordered[1] += 1
            prefix = "  " * (len(lists) - 1) + (f"{ordered[1]}. " if ordered[0] else "\u2022 ")
        elif tok.type == "blockquote_open":
            quote += 1
        elif tok.type == "blockquote_close":
            quote -= 1
        elif tok.type == "inline":
            text = _inline_text(tok.children)
            if quote:
                text = "\n".join("\u2502 " + line for line in text.split("\n"))
            blocks.append((prefix + text, bool(lists)))
            prefix = ""
        elif tok.type in ("code_block", "fence"):
            blocks.append((tok.content.rstrip("\n"), False))
        elif tok.type == "hr":
            blocks.append(("\u2014" * 8, False))
    out = ""
    for i, (text, in_list) in enumerate(blocks):
        out += ("" if i == 0 else ("\n" if in_list and blocks[i - 1][1] else "\n\n")) + text
    return out


# -- whole release ----------------------------------------------------------------------------


def to_plain_text(content: ReleaseContent, *, published: bool = False) -> str:
    labels = DOCUMENT_LABELS[content.language]
    parts: list[str] = []
    notice = embargo_notice(content, published)
    if notice:
        parts.append(notice)
    parts.append(content.title.strip())
    if content.subtitle.strip():
        parts.append(content.subtitle.strip())
    body = markdown_to_text(_body_with_dateline(content))
    if body:
        parts.append(body)
    for q in content.quotes:
        parts.append(
            f"{labels['open']}{q.text.strip()}{labels['close']}\n{labels['by']}{q.attribution.strip()}"
        )
    if content.boilerplate.strip():
        parts.append(f"{labels['about']}\n{content.boilerplate.strip()}")
    if content.media_contact.strip():
        parts.append(f"{labels['contact']}\n{content.media_contact.strip()}")
    parts.append(labels["end"])
    return "\n\n".join(parts).replace("\r\n", "\n") + "\n"


def _text_html(text: str) -> str:
    """Settings text (boilerplate, contact) as paragraphs with line breaks, escaped."""
    return _md().render(escape_markdown(text, multiline=True)).strip()


def to_html(content: ReleaseContent, *, published: bool = False) -> str:
    """An HTML fragment (no <html>/<body>) for a newsroom CMS; all user text is escaped."""
    labels = DOCUMENT_LABELS[content.language]
    e = html.escape
    parts: list[str] = []
    notice = embargo_notice(content, published)
    if notice:
        parts.append(f'<p class="embargo"><strong>{e(notice)}</strong></p>')
    parts.append(f"<h1>{e(content.title.strip())}</h1>")
    if content.subtitle.strip():
        parts.append(f'<p class="subtitle"><em>{e(content.subtitle.strip())}</em></p>')
    body = _md().render(_body_with_dateline(content)).strip()
    if body:
        parts.append(body)
    for q in content.quotes:
        parts.append(
            f'<blockquote class="quote"><p>{e(labels["open"] + q.text.strip() + labels["close"])}</p>'
            f"<p>{e(labels['by'] + q.attribution.strip())}</p></blockquote>"
        )
    if content.boilerplate.strip():
        parts.append(f"<h2>{e(labels['about'])}</h2>\n{_text_html(content.boilerplate)}")
    if content.media_contact.strip():
        parts.append(f"<h2>{e(labels['contact'])}</h2>\n{_text_html(content.media_contact)}")
    parts.append(f'<p class="end">{e(labels["end"])}</p>')
    return (
        f'<div class="press-release" lang="{"zh-CN" if content.language == "zh" else "en"}">\n'
        + "\n".join(parts)
        + "\n</div>\n"
    )


def to_markdown(content: ReleaseContent, *, published: bool = False) -> str:
    """The whole release as one Markdown text (user fields escaped, the body as written)."""
    labels = DOCUMENT_LABELS[content.language]
    parts: list[str] = []
    notice = embargo_notice(content, published)
    if notice:
        parts.append(f"**{escape_markdown(notice)}**")
    parts.append(f"# {escape_markdown(content.title)}")
    if content.subtitle.strip():
        parts.append(f"*{escape_markdown(content.subtitle)}*")
    body = _body_with_dateline(content)
    if body:
        parts.append(body)
    for q in content.quotes:
        parts.append(
            f"> {escape_markdown(labels['open'] + q.text + labels['close'])}\n>\n"
            f"> {escape_markdown(labels['by'] + q.attribution)}"
        )
    if content.boilerplate.strip():
        parts.append(f"## {escape_markdown(labels['about'])}\n\n{escape_markdown(content.boilerplate, True)}")
    if content.media_contact.strip():
        parts.append(
            f"## {escape_markdown(labels['contact'])}\n\n{escape_markdown(content.media_contact, True)}"
        )
    parts.append(escape_markdown(labels["end"]))
    return "\n\n".join(parts) + "\n"
