"""The Markdown subset of commdesk documents -> blocks (spec.py).

CommonMark via markdown-it-py with raw HTML *disabled*, so ``<script>`` or ``<b>`` typed by a user
prints literally. Supported: headings (# .. ###, deeper ones become level 3), paragraphs, bold,
italic, strikethrough, code spans and blocks, links (clickable; http, https and mailto only), block
quotes, bullet and numbered lists (nested), hard breaks, simple tables; images print their
alt text. Every piece of text is escaped by ``text.py`` before it becomes reportlab markup.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Literal

from commdesk.core.documents import spec
from commdesk.core.documents.text import clean, escape
from commdesk.core.documents.text import markup as text_markup

_SAFE_SCHEMES = ("http://", "https://", "mailto:")
_LINK_COLOUR = "#1d4e89"


@lru_cache(maxsize=1)
def _parser():
    from markdown_it import MarkdownIt

    return MarkdownIt("commonmark", {"html": False, "typographer": False}).enable(["strikethrough", "table"])


def _inline(children) -> str:
    out: list[str] = []
    link_stack: list[bool] = []
    for tok in children or ():
        kind = tok.type
        if kind == "text":
            out.append(text_markup(tok.content, keep_breaks=False))
        elif kind == "softbreak":
            out.append(" ")
        elif kind == "hardbreak":
            out.append("<br/>")
        elif kind == "strong_open":
            out.append("<b>")
        elif kind == "strong_close":
            out.append("</b>")
        elif kind == "em_open":
            out.append("<i>")
        elif kind == "em_close":
            out.append("</i>")
        elif kind == "s_open":
            out.append("<strike>")
        elif kind == "s_close":
            out.append("</strike>")
        elif kind == "code_inline":
            out.append(f'<font backColor="#eef1f5">{text_markup(tok.content, keep_breaks=False)}</font>')
        elif kind == "link_open":
            href = clean(tok.attrGet("href") or "").strip()
            safe = href.lower().startswith(_SAFE_SCHEMES) and len(href) < 2000
            link_stack.append(safe)
            if safe:
                out.append(f'<a href="{escape(href)}" color="{_LINK_COLOUR}"><u>')
        elif kind == "link_close":
            if link_stack and link_stack.pop():
                out.append("</u></a>")
        elif kind == "image":
            out.append(text_markup(tok.content or "", keep_breaks=False))
        else:  # anything else (html_inline cannot occur with html off): print its source
            out.append(text_markup(tok.content or "", keep_breaks=False))
    while link_stack:  # never leave a tag open
        if link_stack.pop():
            out.append("</u></a>")
    return "".join(out)


def _plain(children) -> str:
    parts = []
    for tok in children or ():
        if tok.type in ("text", "code_inline"):
            parts.append(tok.content)
        elif tok.type in ("softbreak", "hardbreak"):
            parts.append(" ")
        elif tok.type == "image":
            parts.append(tok.content or "")
    return "".join(parts)


def _close_index(tokens, start: int) -> int:
    """Index of the token closing the one opened at ``start``."""
    depth = 0
    for i in range(start, len(tokens)):
        depth += tokens[i].nesting
        if depth == 0:
            return i
    return len(tokens) - 1


def _table(tokens) -> spec.Table:
    header: list[str] = []
    rows: list[list[str]] = []
    row: list[str] | None = None
    in_head = False
    for tok in tokens:
        if tok.type == "thead_open":
            in_head = True
        elif tok.type == "thead_close":
            in_head = False
        elif tok.type == "tr_open":
            row = []
        elif tok.type == "tr_close" and row is not None:
            if in_head:
                header = row
            else:
                rows.append(row)
            row = None
        elif tok.type == "inline" and row is not None:
            row.append(_plain(tok.children))
    return spec.Table(header, rows)


def _blocks(tokens, style: Literal["body", "quote", "code"] = "body") -> list:
    out: list = []
    i = 0
    while i < len(tokens):
        tok = tokens[i]
        kind = tok.type
        if kind == "heading_open":
            level = min(int(tok.tag[1:]), 3)
            out.append(spec.Heading(_plain(tokens[i + 1].children), level))
            i = _close_index(tokens, i) + 1
        elif kind == "paragraph_open":
            out.append(spec.RichText(_inline(tokens[i + 1].children), style))
            i = _close_index(tokens, i) + 1
        elif kind in ("bullet_list_open", "ordered_list_open"):
            end = _close_index(tokens, i)
            items = []
            j = i + 1
            while j < end:
                item_end = _close_index(tokens, j)
                items.append(tuple(_blocks(tokens[j + 1 : item_end], style)))
                j = item_end + 1
            start = int(tok.attrGet("start") or 1) if kind == "ordered_list_open" else 1
            out.append(spec.RichList(tuple(items), ordered=kind == "ordered_list_open", start=start))
            i = end + 1
        elif kind == "blockquote_open":
            end = _close_index(tokens, i)
            out.extend(_blocks(tokens[i + 1 : end], "quote"))
            i = end + 1
        elif kind in ("code_block", "fence"):
            body = "<br/>".join(text_markup(line) for line in tok.content.rstrip("\n").split("\n"))
            out.append(spec.RichText(body, "code"))
            i += 1
        elif kind == "table_open":
            end = _close_index(tokens, i)
            out.append(_table(tokens[i + 1 : end]))
            i = end + 1
        elif kind == "hr":
            out.append(spec.Spacer(4))
            i += 1
        elif kind == "inline":
            out.append(spec.RichText(_inline(tok.children), style))
            i += 1
        elif tok.nesting == 1:  # unknown container: keep its content
            end = _close_index(tokens, i)
            out.extend(_blocks(tokens[i + 1 : end], style))
            i = end + 1
        else:
            if tok.content:
                out.append(spec.RichText(text_markup(tok.content), style))
            i += 1
    return out


def to_blocks(text: str) -> list:
    """Markdown source -> blocks; never raises for odd input."""
    return _blocks(_parser().parse(clean(text)))
