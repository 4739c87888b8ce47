"""Names: split Chinese and Western full names, derive pinyin, sort and search keys.

Chinese names are family-name first with no space (欧阳娜娜 -> 欧阳 + 娜娜). Western names are
"Given Family" or "Family, Given". Pinyin is toneless and lower case with a space between
syllables ("wang wei"); surnames with a special reading use it (单 shan, 曾 zeng, 解 xie ...).
Pinyin is looked up per character and cached, so 100,000 names take well under a second.
"""

from __future__ import annotations

import os
import re
import unicodedata
from functools import lru_cache

COMPOUND_SURNAMES = frozenset(
    [
        "欧阳",
        "司马",
        "诸葛",
        "上官",
        "东方",
        "皇甫",
        "尉迟",
        "公孙",
        "慕容",
        "长孙",
        "宇文",
        "司徒",
        "夏侯",
        "轩辕",
        "令狐",
        "钟离",
        "闻人",
        "澹台",
        "公冶",
        "宗政",
        "濮阳",
        "淳于",
        "单于",
        "太叔",
        "申屠",
        "仲孙",
        "万俟",
        "司空",
        "端木",
        "呼延",
        "南宫",
        "西门",
        "独孤",
        "东郭",
        "百里",
        "拓跋",
        "赫连",
        "完颜",
        "第五",
        "梁丘",
        "左丘",
        "东门",
        "谷梁",
        "公羊",
        "乐正",
        "司寇",
        "巫马",
        "亓官",
        "羊舌",
        "微生",
        "段干",
        "壤驷",
        "公良",
        "漆雕",
        "颛孙",
        "呼韩",
        "歐陽",
        "司馬",
        "諸葛",
        "東方",
        "尉遲",
        "公孫",
        "長孫",
        "軒轅",
        "鍾離",
        "端木",
        "南宮",
        "西門",
        "獨孤",
        "東郭",
        "澹臺",
        "濮陽",
        "單于",
        "萬俟",
        "夏侯",
        "慕容",
        "皇甫",
        "宇文",
        "上官",
        "令狐",
    ]
)

# Readings of characters used as family names that differ from their everyday reading.
SURNAME_READINGS = {
    "单": "shan",
    "單": "shan",
    "曾": "zeng",
    "解": "xie",
    "仇": "qiu",
    "区": "ou",
    "區": "ou",
    "查": "zha",
    "朴": "piao",
    "盖": "ge",
    "蓋": "ge",
    "乐": "yue",
    "樂": "yue",
    "缪": "miao",
    "繆": "miao",
    "翟": "zhai",
    "覃": "qin",
    "秘": "bi",
    "召": "shao",
    "种": "chong",
    "重": "chong",
    "员": "yun",
    "員": "yun",
    "隗": "wei",
    "句": "gou",
    "繁": "po",
    "牟": "mu",
    "宓": "mi",
    "祭": "zhai",
    "朝": "chao",
    "长": "chang",
    "長": "chang",
    "沈": "shen",
    "石": "shi",
    "宿": "su",
    "过": "guo",
    "過": "guo",
    "纪": "ji",
    "紀": "ji",
    "任": "ren",
    "华": "hua",
    "華": "hua",
    "燕": "yan",
    "黑": "he",
    "折": "she",
    "厍": "she",
    "训": "xun",
    "柏": "bai",
    "薄": "bo",
    "万": "wan",
    "萬": "wan",
    "尉": "wei",
    "藏": "zang",
    "阚": "kan",
    "粘": "nian",
    "殷": "yin",
    "尉迟": "yu chi",
    "尉遲": "yu chi",
    "万俟": "mo qi",
    "萬俟": "mo qi",
    "单于": "chan yu",
    "單于": "chan yu",
    "长孙": "zhang sun",
    "長孫": "zhang sun",
    "令狐": "ling hu",
    "乐正": "yue zheng",
}

_CJK = r"\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0002ffff"
_CJK_RE = re.compile(f"[{_CJK}]")
_CHINESE_NAME_RE = re.compile(f"^[{_CJK}·・•‧．.]+$")
_SPACES = re.compile(r"\s+")
_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\x7f-\x84\x86-\x9f]")


def has_chinese(text: str) -> bool:
    return bool(_CJK_RE.search(text))


def is_chinese_name(text: str) -> bool:
    return bool(_CHINESE_NAME_RE.match(text.replace(" ", "")))


def clean_name(text: str) -> str:
    if text.isprintable() and "  " not in text and text == text.strip(" "):
        return text
    return _SPACES.sub(" ", _CONTROL.sub("", text or "").replace("\u3000", " ")).strip()


def split_name(full_name: str) -> tuple[str, str]:
    """(family, given) from a full name; ("", name) when there is nothing to split."""
    name = clean_name(full_name)
    if not name:
        return "", ""
    if is_chinese_name(name):
        name = name.replace(" ", "")
        for dot in "·・•‧．.":
            if dot in name:  # transliterated names: 约翰·史密斯 -> given 约翰, family 史密斯
                given, _, family = name.rpartition(dot)
                return family, given
        if len(name) >= 3 and name[:2] in COMPOUND_SURNAMES:
            return name[:2], name[2:]
        if len(name) == 1:
            return name, ""
        return name[0], name[1:]
    if "," in name or "，" in name:
        family, given = re.split("[,，]", name, maxsplit=1)
        return clean_name(family), clean_name(given)
    parts = name.split(" ")
    if len(parts) == 1:
        return "", name
    return parts[-1], " ".join(parts[:-1])


def join_name(family: str, given: str) -> str:
    """Full name from its parts, in the order of the script (王 + 伟 -> 王伟, John + Smith -> John Smith)."""
    family, given = clean_name(family), clean_name(given)
    if not family or not given:
        return family or given
    if is_chinese_name(family + given):
        return family + given
    return f"{given} {family}"


@lru_cache(maxsize=65536)
def _char_pinyin(ch: str) -> str:
    if not _CJK_RE.match(ch):
        return ""
    # pypinyin is imported on the first Chinese character, without its phrase dictionary (45 MB
    # in memory, for words of several characters): one character at a time never uses it.
    os.environ.setdefault("PYPINYIN_NO_PHRASES", "1")
    from pypinyin import Style, lazy_pinyin

    found = lazy_pinyin(ch, style=Style.NORMAL, errors="ignore")
    return found[0] if found else ""


def _syllables(text: str) -> list[str]:
    """Pinyin syllables for the Chinese characters, Latin words kept (lower case, no accents)."""
    out: list[str] = []
    latin: list[str] = []
    for ch in text:
        py = _char_pinyin(ch)
        if py:
            if latin:
                out.append(fold_latin("".join(latin)))
                latin = []
            out.append(py)
        elif ch.isalnum():
            latin.append(ch)
        elif latin:
            out.append(fold_latin("".join(latin)))
            latin = []
    if latin:
        out.append(fold_latin("".join(latin)))
    return [s for s in out if s]


@lru_cache(maxsize=32768)
def fold_latin(text: str) -> str:
    """Lower case without accents: "Zoë Müller" -> "zoe muller"."""
    if text.isascii():
        return text.lower()
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


@lru_cache(maxsize=32768)
def to_pinyin(name: str, family: str | None = None) -> str:
    """Toneless lower-case pinyin with spaces ("王伟" -> "wang wei"); "" when there is no Chinese.

    ``family`` is the family-name part when known (else it is split off); it is read with the
    surname readings (单 -> shan). ü is written "v" (吕 -> "lv"), as on keyboards.
    """
    name = clean_name(name).replace(" ", "")
    if not has_chinese(name):
        return ""
    if family is None:
        family, given = split_name(name)
        if family and not name.startswith(family):  # transliterated, given first
            family, given = "", name
    else:
        family = clean_name(family).replace(" ", "")
        given = name[len(family) :] if family and name.startswith(family) else name
        if not name.startswith(family):
            family = ""
    if family in SURNAME_READINGS:
        head = SURNAME_READINGS[family].split()
    elif family and family[0] in SURNAME_READINGS and len(family) == 1:
        head = [SURNAME_READINGS[family]]
    else:
        head = _syllables(family)
    return " ".join(head + _syllables(given))


def initials(pinyin_or_name: str) -> str:
    """First letters of the syllables / words: "wang wei" -> "ww"."""
    return "".join(w[0] for w in pinyin_or_name.split() if w)


def sort_key(name: str) -> tuple[str, str]:
    """Key that sorts Chinese names by pinyin and Latin names alphabetically, interleaved."""
    clean = clean_name(name)
    spelled = to_pinyin(clean) if has_chinese(clean) else " ".join(_syllables(clean))
    return spelled, clean


def search_keys(name: str, pinyin: str | None = None) -> list[str]:
    """Strings to index for search as you type: full pinyin without spaces and initials.

    王伟 -> ["王伟", "wangwei", "ww"]; "John Smith" -> ["john smith", "johnsmith", "js"].
    A stored (edited) ``pinyin`` takes precedence over the derived one.
    """
    clean = clean_name(name)
    if not clean:
        return []
    keys = [fold_latin(clean)]
    spelled = clean_name(pinyin or "").lower() or (
        to_pinyin(clean) if has_chinese(clean) else " ".join(_syllables(clean))
    )
    if spelled:
        keys.append(spelled.replace(" ", ""))
        if "v" in spelled:  # 吕 is typed "lv" or "lu"
            keys.append(spelled.replace(" ", "").replace("v", "u"))
        keys.append(initials(spelled))
    return list(dict.fromkeys(k for k in keys if k))


SHORT_TERM = 3  # search terms shorter than this are matched on word starts (``short_keys``)


def _is_cjk(ch: str) -> bool:
    return "\u3400" <= ch <= "\u9fff" or "\uf900" <= ch <= "\ufaff" or ch >= "\U00020000"


_ASCII_PUNCT = re.compile(r"[^0-9A-Za-z]")


@lru_cache(maxsize=32768)
def _token_keys(token: str) -> tuple[str, ...]:
    if token.isascii():
        if token.isalnum():
            return (token[:2],)
        return (
            token[:2],
            *(token[m.end() : m.end() + 2] for m in _ASCII_PUNCT.finditer(token, 0, len(token) - 1)),
        )
    keys = []
    prev = ""
    for i, ch in enumerate(token):
        if i == 0 or not prev.isalnum() or _is_cjk(ch) or _is_cjk(prev):
            keys.append(token[i : i + 2])
        prev = ch
    return tuple(keys)


def short_keys(search_text: str) -> set[str]:
    """The keys (two characters, or one at the end of a word) that search terms shorter than
    ``SHORT_TERM`` are looked up by: a term of two characters is a key, one of one character
    begins a key.

    A short term matches where a word begins: at the start of each whitespace-separated token
    ("ww" finds the initials of 王伟, "li" finds "lina"), after punctuation ("re" finds
    "john@reuters.example"), and at every Chinese character ("伟" finds 王伟, since Chinese has
    no spaces between words). Longer terms match anywhere (trigram index).
    """
    keys: set[str] = set()
    add = keys.add
    for token in search_text.split():
        if token.isascii():  # e-mail addresses and numbers are new in every contact: no cache
            add(token[:2])
            if not token.isalnum():
                for m in _ASCII_PUNCT.finditer(token, 0, len(token) - 1):
                    add(token[m.end() : m.end() + 2])
        else:
            keys.update(_token_keys(token))
    return keys
