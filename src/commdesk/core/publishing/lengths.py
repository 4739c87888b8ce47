"""A post's length counted as its platform counts it.

Platforms do not count characters the same way, and a post that fits in commdesk must fit on the
platform. The rules are data (``RULES``): each platform row names one (``social_platforms.counting``)
and holds its own limits, so a platform administrators add reuses a rule without new code.

- ``plain``: every user-perceived character counts 1 (Douyin, Xiaohongshu, LinkedIn, WeChat).
- ``weibo``: a Chinese (full-width) character counts 1, two half-width characters (ASCII, Latin)
  count 1, rounded up over the whole text; every link counts a fixed length (10), whatever its
  length (Weibo shortens it to a t.cn link).
- ``twitter``: X's weighted length as twitter-text itself counts it (``twitter-text-parser``, its
  v3 configuration): the text is NFC normalised; each code point weighs 2 except those in a few
  ranges that weigh 1 (Latin, Greek, Cyrillic ... up to U+10FF, some punctuation and spaces); an
  emoji sequence (a ZWJ family, a flag, a skin tone, a keycap) weighs 2 as a whole; each URL counts
  23 (the t.co link it becomes), with twitter-text's own idea of where a link starts and ends (its
  full list of top-level domains; a path stops at Chinese text).
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from math import ceil


@dataclass(frozen=True)
class CountingRule:
    """How one family of platforms counts. Weights are in hundredths of a counted character."""

    name: str
    default_weight: int  # a code point outside ``ranges``
    ranges: tuple[tuple[int, int, int], ...]  # (first, last, weight) by code point, inclusive
    url_length: int | None  # a URL's fixed length (None: counted like other text)
    emoji_weight: int | None  # an emoji sequence's weight as a whole (None: by its code points)
    graphemes: bool = False  # count user-perceived characters (a base and its combining marks) once


# Weibo's half-width characters: ASCII and the half-width forms; everything else (Chinese, full-width
# punctuation, arrows, Latin with accents) counts whole
_HALF = ((0x0000, 0x007F, 50), (0xFF61, 0xFFDC, 50), (0xFFE8, 0xFFEE, 50))
#: what a link counts on Weibo, whatever its length: the t.cn short link it becomes (10 counted
#: characters, i.e. 20 half-width ones)
WEIBO_URL_LENGTH = 1000

RULES: dict[str, CountingRule] = {
    "plain": CountingRule("plain", 100, (), None, 100, graphemes=True),
    "weibo": CountingRule("weibo", 100, _HALF, WEIBO_URL_LENGTH, 100),
    # counted by twitter-text itself (``weighted_length``); the weights below say the same for reading
    "twitter": CountingRule(
        "twitter",
        200,
        ((0, 4351, 100), (8192, 8205, 100), (8208, 8223, 100), (8242, 8247, 100)),
        2300,
        200,
    ),
}

# A URL as platforms find them: a scheme, or a bare "www." host, up to the next space or a
# full-width punctuation mark (Chinese text runs straight on after a link).
_STOP = r"\s\u3000-\u303f\uff01-\uff0f\uff1a-\uff20\u201c\u201d\u2018\u2019"
#: Top-level domains a bare host (``example.com/news``, no scheme) is taken as a link with: the
#: platforms link those too (twitter-text with its full list; this is the part an office meets).
BARE_TLDS = (
    "com",
    "org",
    "net",
    "cn",
    "gov",
    "edu",
    "int",
    "info",
    "io",
    "co",
    "me",
    "top",
    "xyz",
    "hk",
    "tw",
)
_URL = re.compile(
    rf"(?:https?://|www\.)[^{_STOP}]+"
    rf"|(?<![\w.@/-])(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+(?:{'|'.join(BARE_TLDS)})(?![\w-])(?:/[^{_STOP}]*)?",
    re.I | re.ASCII,
)
_TRAILING = ".,;:!?)]}'\""

_ZWJ = "\u200d"
_VS16 = "\ufe0f"
_KEYCAP = "\u20e3"


def _is_emoji_base(ch: str) -> bool:
    cp = ord(ch)
    return (
        0x1F000 <= cp <= 0x1FAFF
        or 0x2600 <= cp <= 0x27BF
        or 0x2B00 <= cp <= 0x2BFF
        or 0x1F1E6 <= cp <= 0x1F1FF
        or cp in (0x00A9, 0x00AE, 0x203C, 0x2049, 0x2122, 0x2139, 0x3030, 0x303D, 0x3297, 0x3299)
    )


def _is_modifier(ch: str) -> bool:
    cp = ord(ch)
    return ch in (_VS16, _KEYCAP) or 0x1F3FB <= cp <= 0x1F3FF or 0xE0020 <= cp <= 0xE007F


def _emoji_end(text: str, i: int) -> int:
    """The end of the emoji sequence starting at ``i`` (``i`` when none starts there)."""
    ch = text[i]
    if ch in "#*0123456789":  # a keycap: the digit, perhaps VS16, then the enclosing keycap
        if text[i + 1 : i + 3] == _VS16 + _KEYCAP:
            return i + 3
        return i + 2 if text[i + 1 : i + 2] == _KEYCAP else i
    if not _is_emoji_base(ch):
        return i
    j = i + 1
    if 0x1F1E6 <= ord(ch) <= 0x1F1FF:  # a flag: two regional indicators
        return j + 1 if j < len(text) and 0x1F1E6 <= ord(text[j]) <= 0x1F1FF else j
    while j < len(text):
        if _is_modifier(text[j]):
            j += 1
        elif text[j] == _ZWJ and j + 1 < len(text) and _is_emoji_base(text[j + 1]):
            j += 2
        else:
            break
    return j


def _weight(rule: CountingRule, ch: str) -> int:
    cp = ord(ch)
    for first, last, weight in rule.ranges:
        if first <= cp <= last:
            return weight
    return rule.default_weight


def urls_in(text: str) -> list[tuple[int, int]]:
    """(start, end) of each URL in ``text``, trailing sentence punctuation left out."""
    spans = []
    for m in _URL.finditer(text):
        end = m.end()
        while end > m.start() and text[end - 1] in _TRAILING:
            end -= 1
        if end - m.start() > len("www."):
            spans.append((m.start(), end))
    return spans


def weighted_length(text: str, rule: CountingRule) -> int:
    """``text``'s length as ``rule`` counts it (whole counted characters, rounded up)."""
    if rule.name == "twitter":  # X: the reference rules (links, emoji, weights) rather than a copy
        from twitter_text import parse_tweet

        return parse_tweet(text).weightedLength
    text = unicodedata.normalize("NFC", text)
    total = 0
    urls = urls_in(text) if rule.url_length is not None else []
    u = 0
    i = 0
    while i < len(text):
        if u < len(urls) and i == urls[u][0]:
            total += rule.url_length or 0
            i = urls[u][1]
            u += 1
            continue
        end = _emoji_end(text, i) if rule.emoji_weight is not None else i
        if end > i:
            total += rule.emoji_weight or 0
            i = end
            continue
        total += _weight(rule, text[i])
        i += 1
        if rule.graphemes:  # combining marks belong to the character before them
            while i < len(text) and unicodedata.combining(text[i]):
                i += 1
    return ceil(total / 100)


def rule_named(name: str) -> CountingRule:
    """The rule ``name``; an unknown name (a platform added by a newer commdesk) counts plainly."""
    return RULES.get(name, RULES["plain"])


@dataclass(frozen=True)
class LengthCheck:
    """How a post's title and text measure against its platform's limits."""

    text_length: int
    text_limit: int
    title_length: int
    title_limit: int | None

    @property
    def text_over(self) -> int:
        return max(0, self.text_length - self.text_limit)

    @property
    def title_over(self) -> int:
        return 0 if self.title_limit is None else max(0, self.title_length - self.title_limit)

    @property
    def fits(self) -> bool:
        return not self.text_over and not self.title_over


def check_length(
    text: str, title: str, counting: str, text_limit: int, title_limit: int | None
) -> LengthCheck:
    rule = rule_named(counting)
    return LengthCheck(
        weighted_length(text, rule),
        text_limit,
        weighted_length(title, rule) if title_limit is not None else 0,
        title_limit,
    )
