"""What changed between two versions of a release, for the reviewer (diff against the
last approved version and against the previous revision), and of any reviewed item whose content is
a mapping of fields (:func:`diff_fields`: posts, announcements, event invitations, ``core.review``).

The result is plain data that the UI and a PDF both render: per field a list of ``DiffOp``; for the
body first a paragraph alignment, and inside each changed paragraph a word-level diff. Chinese,
Japanese and Korean characters are compared one by one (they have no spaces between words);
Latin words, numbers, runs of white space and single punctuation marks are tokens of their own,
so mixed text (``发布 iPhone 16 新品``) diffs naturally. Uses only :mod:`difflib`.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from difflib import SequenceMatcher
from typing import Literal

from commdesk.core.i18n import translate
from commdesk.core.releases.content import ReleaseContent, paragraphs

OpKind = Literal["equal", "insert", "delete", "replace"]


@dataclass(frozen=True)
class DiffOp:
    """``old`` is the text before, ``new`` the text after; for "equal" both are the same."""

    kind: OpKind
    old: str
    new: str


@dataclass(frozen=True)
class ParagraphDiff:
    kind: OpKind
    old: str
    new: str
    ops: tuple[DiffOp, ...]  # word/character-level inside the paragraph


@dataclass(frozen=True)
class FieldDiff:
    field: str
    label: str
    old: str
    new: str
    ops: tuple[DiffOp, ...]

    @property
    def changed(self) -> bool:
        return self.old != self.new


@dataclass(frozen=True)
class ContentDiff:
    fields: tuple[FieldDiff, ...]  # every field except the body, in display order
    body: tuple[ParagraphDiff, ...]

    @property
    def changed(self) -> bool:
        return any(f.changed for f in self.fields) or any(p.kind != "equal" for p in self.body)

    def field(self, name: str) -> FieldDiff:
        return next(f for f in self.fields if f.field == name)


_CJK = (
    "\u2e80-\u2fff\u3040-\u30ff\u3100-\u31ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af"
    "\uf900-\ufaff\U00020000-\U0003ffff"
)
_TOKEN = re.compile(rf"[{_CJK}]|\w+|\s+|.", re.DOTALL)


def tokens(text: str) -> list[str]:
    """Split text into diff tokens: one per CJK character, per word, per space run, per mark."""
    out: list[str] = []
    for m in _TOKEN.finditer(text):
        tok = m.group()
        if len(tok) > 1 and not tok.isspace():
            # \w also matches CJK; cut such runs into Latin words and single CJK characters.
            out.extend(t for t in re.split(rf"([{_CJK}])", tok) if t)
        else:
            out.append(tok)
    return out


def diff_text(old: str, new: str) -> tuple[DiffOp, ...]:
    """Word/character-level ops turning ``old`` into ``new``; joining them gives both texts back."""
    if old == new:
        return (DiffOp("equal", old, new),) if old else ()
    a, b = tokens(old), tokens(new)
    raw: list[DiffOp] = []
    for tag, i1, i2, j1, j2 in SequenceMatcher(None, a, b, autojunk=False).get_opcodes():
        raw.append(DiffOp(tag, "".join(a[i1:i2]), "".join(b[j1:j2])))
    return _merge(raw)


def _merge(ops: list[DiffOp]) -> tuple[DiffOp, ...]:
    """Fold white space that sits between two changes into them, and join neighbouring changes,
    so a reviewer reads "replace 'quick brown' by 'slow red'" instead of three fragments."""
    out: list[DiffOp] = []
    for i, op in enumerate(ops):
        between = (
            op.kind == "equal"
            and op.old.isspace()
            and 0 < i < len(ops) - 1
            and ops[i - 1].kind != "equal"
            and ops[i + 1].kind != "equal"
        )
        if between:
            op = DiffOp("replace", op.old, op.new)
        if out and op.kind != "equal" and out[-1].kind != "equal":
            prev = out.pop()
            old, new = prev.old + op.old, prev.new + op.new
            kind: OpKind = "replace" if old and new else ("insert" if new else "delete")
            op = DiffOp(kind, old, new)
        out.append(op)
    return tuple(out)


def _diff_paragraph_lists(old: list[str], new: list[str]) -> tuple[ParagraphDiff, ...]:
    out: list[ParagraphDiff] = []
    for tag, i1, i2, j1, j2 in SequenceMatcher(None, old, new, autojunk=False).get_opcodes():
        if tag == "equal":
            out.extend(ParagraphDiff("equal", p, p, (DiffOp("equal", p, p),)) for p in old[i1:i2])
            continue
        olds, news = old[i1:i2], new[j1:j2]
        for k in range(max(len(olds), len(news))):
            o = olds[k] if k < len(olds) else None
            n = news[k] if k < len(news) else None
            if o is not None and n is not None:
                out.append(ParagraphDiff("replace", o, n, diff_text(o, n)))
            elif o is not None:
                out.append(ParagraphDiff("delete", o, "", (DiffOp("delete", o, ""),)))
            else:
                assert n is not None
                out.append(ParagraphDiff("insert", "", n, (DiffOp("insert", "", n),)))
    return tuple(out)


def _field_labels() -> list[tuple[str, Callable[[ReleaseContent], str], str]]:
    return [
        ("title", lambda c: c.title, translate("Releases", "Title")),
        ("subtitle", lambda c: c.subtitle, translate("Releases", "Subtitle")),
        ("dateline_city", lambda c: c.dateline_city, translate("Releases", "Dateline city")),
        (
            "dateline_date",
            lambda c: c.dateline_date.isoformat() if c.dateline_date else "",
            translate("Releases", "Dateline date"),
        ),
        (
            "quotes",
            lambda c: "\n\n".join(f"{q.text}\n\u2014 {q.attribution}" for q in c.quotes),
            translate("Releases", "Quotes"),
        ),
        ("boilerplate", lambda c: c.boilerplate, translate("Releases", "Boilerplate")),
        ("media_contact", lambda c: c.media_contact, translate("Releases", "Media contact")),
        ("language", lambda c: c.language, translate("Releases", "Language")),
        ("embargo", lambda c: c.embargo.isoformat() if c.embargo else "", translate("Releases", "Embargo")),
    ]


def diff_fields(
    old: Mapping[str, str], new: Mapping[str, str], labels: Mapping[str, str], body: str | None = None
) -> ContentDiff:
    """The diff of two contents given as ``{field: text}``: every field of ``labels`` (in its order,
    named by its label; a field only in the contents comes after, under its own name) diffed word by
    word, and ``body`` (if named) paragraph by paragraph as a release's body is."""
    names = [n for n in labels if n != body]
    names += sorted((set(old) | set(new)) - set(names) - {body})
    fields = tuple(
        FieldDiff(
            n, labels.get(n, n), old.get(n, ""), new.get(n, ""), diff_text(old.get(n, ""), new.get(n, ""))
        )
        for n in names
    )
    paras = (
        _diff_paragraph_lists(
            [p.text for p in paragraphs(old.get(body, ""))], [p.text for p in paragraphs(new.get(body, ""))]
        )
        if body
        else ()
    )
    return ContentDiff(fields, paras)


def diff_contents(old: ReleaseContent, new: ReleaseContent) -> ContentDiff:
    specs = _field_labels()
    labels = {name: label for name, _get, label in specs}
    olds = {name: get(old) for name, get, _label in specs}
    news = {name: get(new) for name, get, _label in specs}
    olds["body"], news["body"] = old.body_markdown, new.body_markdown
    return diff_fields(olds, news, labels, body="body")


def diff_summary(diff: ContentDiff) -> str:
    """One line for a list or a mail: which fields changed, and how many paragraphs."""
    if not diff.changed:
        return translate("Releases", "No changes.")
    parts = [f.label for f in diff.fields if f.changed]
    counts = {k: sum(1 for p in diff.body if p.kind == k) for k in ("replace", "insert", "delete")}
    if counts["replace"]:
        parts.append(translate("Releases", "%n paragraph(s) changed", None, counts["replace"]))
    if counts["insert"]:
        parts.append(translate("Releases", "%n paragraph(s) added", None, counts["insert"]))
    if counts["delete"]:
        parts.append(translate("Releases", "%n paragraph(s) removed", None, counts["delete"]))
    return translate("Releases", "Changed: {parts}.").format(parts=translate("Releases", ", ").join(parts))
