"""A case's reference, ``CD-2026-000123``: made from the year and a running number, put into the
subject of every message about the case, and found again in the subject of a reply.

Replies come back from every kind of mail program, so ``find_reference`` is forgiving: any reply or
forward prefixes (``Re:``, ``回复:``, ``转发:``, ``Fwd:``, ``AW:``) and brackets (``[]``, ``【】``,
``（）``) around it, full-width letters, digits and dashes (``ＣＤ－２０２６－０００１２３``, folded by
Unicode NFKC), other dashes (–, —, ‐, −), spaces around the dashes, lower case, invisible characters
(zero-width spaces, soft hyphens). It never reads a reference out of a longer word
(``ABCD-2026-000123``) and reads a number to its last digit (``CD-2026-0001234`` is case 1234).
"""

from __future__ import annotations

import re
import unicodedata

# The letters every reference starts with.
PREFIX = "CD"
# Digits of the running number (more when a year has more cases: the number is never cut).
NUMBER_DIGITS = 6

# After NFKC: ASCII hyphen, the Unicode dashes NFKC keeps (‐ ‑ ‒ – — ― − ﹘), underscores.
_DASH = "[-_\u2010\u2011\u2012\u2013\u2014\u2015\u2212\ufe58]"
_PATTERN = re.compile(
    rf"(?<![A-Za-z0-9]){PREFIX}\s*{_DASH}\s*(\d{{4}})\s*{_DASH}\s*(\d{{{NUMBER_DIGITS},}})(?![0-9])",
    re.IGNORECASE | re.ASCII,
)


def format_reference(year: int, number: int) -> str:
    """``CD-2026-000123``: the reference of case ``number`` (from 1) of ``year``."""
    if not 1000 <= year <= 9999:
        raise ValueError(f"a reference's year has four digits, got {year!r}")
    if number < 1:
        raise ValueError(f"a reference's number starts at 1, got {number!r}")
    return f"{PREFIX}-{year:04d}-{number:0{NUMBER_DIGITS}d}"


def parse_reference(reference: str) -> tuple[int, int]:
    """``(year, number)`` of a reference written in any of the ways ``find_reference`` accepts, the
    whole text being the reference; ``ValueError`` otherwise."""
    text = _normalise(reference).strip()
    match = _PATTERN.fullmatch(text)
    if match is None:
        raise ValueError(f"not a case reference: {reference!r}")
    return int(match.group(1)), int(match.group(2))


def reference_tag(reference: str) -> str:
    """What goes into an outgoing subject: ``[CD-2026-000123]``."""
    year, number = parse_reference(reference)
    return f"[{format_reference(year, number)}]"


def tag_subject(subject: str, reference: str) -> str:
    """``subject`` with the case's tag in front, unless it already carries that reference (a reply
    keeps its one tag however many times it goes back and forth)."""
    canonical = format_reference(*parse_reference(reference))
    if find_reference(subject) == canonical:
        return subject
    subject = subject.strip()
    return f"{reference_tag(canonical)} {subject}" if subject else reference_tag(canonical)


def find_reference(subject: str | None) -> str | None:
    """The first case reference in ``subject``, written as ``format_reference`` writes it, or None."""
    if not subject:
        return None
    for match in _PATTERN.finditer(_normalise(subject)):
        year, number = int(match.group(1)), int(match.group(2))
        if year >= 1000 and number >= 1:
            return format_reference(year, number)
    return None


def _normalise(text: str) -> str:
    # NFKC folds full-width forms (ＣＤ－２０２６, （）) and compatibility characters; format characters
    # (zero-width space, soft hyphen, direction marks) are dropped so they cannot split a reference.
    folded = unicodedata.normalize("NFKC", text)
    return "".join(ch for ch in folded if unicodedata.category(ch) != "Cf")
