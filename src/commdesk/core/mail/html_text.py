"""Readable plain text from an HTML mail body, without interpreting it.

The HTML is only tokenised (``html.parser``): nothing is fetched (images, style sheets), nothing runs
(scripts, event handlers), and what is invisible in a mail program (``<script>``, ``<style>``,
``<head>``, comments) is dropped. Block elements become line breaks, list items get a dash, table
cells are separated by tabs, a link whose address differs from its text keeps the address in
brackets, and an image leaves its ``alt`` text. Entities are decoded. The result is capped.
"""

from __future__ import annotations

import re
from html.parser import HTMLParser

MAX_TEXT_CHARS = 2_000_000

_HIDDEN = {"script", "style", "head", "title", "template", "noscript", "object", "iframe", "svg", "math"}
_VOID = {"br", "img", "hr", "input", "meta", "link", "area", "base", "col", "embed", "param", "source", "wbr"}
_BLOCK = {
    "p", "div", "section", "article", "header", "footer", "aside", "nav", "main", "blockquote",
    "pre", "address", "center", "form", "fieldset", "table", "tr", "thead", "tbody", "tfoot",
    "ul", "ol", "dl", "dt", "dd", "h1", "h2", "h3", "h4", "h5", "h6", "figure", "figcaption", "caption",
}  # fmt: skip


class _TextExtractor(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.size = 0
        self.hidden = 0  # depth inside elements whose content is never shown
        self.pre = 0
        self.links: list[str | None] = []
        self.link_text: list[int] = []  # position in parts where each open link's text starts

    def _emit(self, text: str) -> None:
        if self.size < MAX_TEXT_CHARS:
            self.parts.append(text)
            self.size += len(text)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _HIDDEN:
            if tag not in _VOID:
                self.hidden += 1
            return
        if self.hidden:
            return
        values = dict(attrs)
        if tag == "br":
            self._emit("\n")
        elif tag == "hr":
            self._emit("\n----\n")
        elif tag == "li":
            self._emit("\n- ")
        elif tag in ("td", "th"):
            self._emit("\t")
        elif tag == "img":
            alt = (values.get("alt") or "").strip()
            if alt:
                self._emit(f"[{alt}]")
        elif tag == "a":
            self.links.append(values.get("href"))
            self.link_text.append(len(self.parts))
        elif tag in _BLOCK:
            self._emit("\n\n" if tag in ("p", "blockquote", "table", "pre") or tag.startswith("h") else "\n")
            if tag == "pre":
                self.pre += 1

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _HIDDEN:
            return
        self.handle_starttag(tag, attrs)
        if tag == "a":
            self.handle_endtag(tag)

    def handle_endtag(self, tag: str) -> None:
        if tag in _HIDDEN:
            self.hidden = max(0, self.hidden - 1)
            return
        if self.hidden:
            return
        if tag == "a" and self.links:
            href, start = self.links.pop(), self.link_text.pop()
            text = "".join(self.parts[start:]).strip()
            target = (href or "").strip()
            if target.lower().startswith("mailto:"):
                target = target[7:].split("?", 1)[0]
            elif not target.lower().startswith(("http://", "https://")):
                target = ""  # anchors, javascript: and the like say nothing to a reader
            if target and target not in text:
                self._emit(f" ({target})")
        elif tag in _BLOCK:
            self._emit("\n\n" if tag in ("p", "blockquote", "table", "pre") or tag.startswith("h") else "\n")
            if tag == "pre":
                self.pre = max(0, self.pre - 1)

    def handle_data(self, data: str) -> None:
        if self.hidden:
            return
        if not self.pre:
            data = re.sub(r"[ \t\r\n\f\v]+", " ", data)
        self._emit(data)


def _space(match: re.Match[str]) -> str:
    return "\t" if "\t" in match.group(0) else " "


def html_to_text(html: str) -> str:
    """The text a person would read in ``html``, as plain lines."""
    parser = _TextExtractor()
    try:
        parser.feed(html[: MAX_TEXT_CHARS * 4])
        parser.close()
    except (AssertionError, ValueError):  # html.parser on some malformed declarations
        pass
    text = "".join(parser.parts).replace("\xa0", " ")
    lines = [re.sub(r"[ \t]+", _space, line).strip() for line in text.split("\n")]
    out = "\n".join(lines)
    out = re.sub(r"\n{3,}", "\n\n", out)
    return out.strip()
