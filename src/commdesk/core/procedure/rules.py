"""Parse a procedure version into rules, keep its rule IDs between versions, diff, pick the current."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import date

from commdesk.core.errors import ValidationError
from commdesk.core.i18n import translate

#: a rule ID: one or two capitals, a hyphen, a number (P-1, PC-5, EV-8)
RULE_ID = re.compile(r"^[A-Z]{1,2}-\d{1,2}$")
_ZH_MARK = re.compile(r"^【([A-Z]{1,2}-\d{1,2})】")
_EN_ROW = re.compile(r"^\|\s*([A-Z]{1,2}-\d{1,2})\s*\|(.*)\|\s*$")
#: a heading of the Chinese document (一、 / (一) / 1. / (1) without a rule mark): a rule ends there
_ZH_HEADING = re.compile(r"^(?:[一二三四五六七八九十]+、|[(（][一二三四五六七八九十\d]+[)）]|\d+[.．])")


@dataclass(frozen=True)
class Rule:
    id: str
    en: str  # the rule in English (the table's second column)
    zh: str  # the rule in the user's Chinese document (the marked line and what follows it)
    serves: str = ""  # what in commdesk serves it (the table's third column)
    section: str = ""  # the English section heading it stands under
    serves_zh: str = ""  # the same in Chinese (the table's fourth column, "在 commdesk 中")

    def serves_in(self, language: str) -> str:
        """What in commdesk serves the rule, in ``language`` ("zh" or "en"); the English when a
        version's list has no Chinese for it."""
        return (self.serves_zh or self.serves) if language == "zh" else self.serves


@dataclass(frozen=True)
class RuleChange:
    id: str
    change: str  # "added", "removed" or "changed"
    old: Rule | None
    new: Rule | None


@dataclass(frozen=True)
class VersionFacts:
    """What ``current_version`` needs of a version."""

    number: int
    adopted: bool
    effective_on: date | None


def _en_rules(text: str) -> dict[str, tuple[str, str, str, str]]:
    """ID -> (rule, in commdesk, section, in commdesk in Chinese) from the rows | ID | rule | ... |."""
    found: dict[str, tuple[str, str, str, str]] = {}
    section = ""
    for line in text.splitlines():
        if line.startswith("## "):
            section = line[3:].strip()
            continue
        m = _EN_ROW.match(line.strip())
        if m and m.group(1) not in found:
            cells = [c.strip() for c in m.group(2).split("|")]
            cells += [""] * (3 - len(cells))
            found[m.group(1)] = (cells[0], cells[1], section, cells[2])
    return found


def _ends_rule(line: str) -> bool:
    """A line that starts something else: a heading (一、 (一) 1. (1)) or a short label ("使用规范:")."""
    return bool(_ZH_HEADING.match(line)) or (len(line) <= 12 and line.endswith((":", "：")))


def _zh_rules(text: str) -> dict[str, str]:
    """A marked line that is a whole sentence (ends with 。) is the rule; a marked title ("(2)主题规范:")
    takes the lines under it, up to the next mark, heading, label or blank line."""
    found: dict[str, list[str]] = {}
    current: list[str] | None = None
    for line in text.splitlines():
        stripped = line.strip()
        m = _ZH_MARK.match(stripped)
        if m:
            current = found.setdefault(m.group(1), [])
            first = stripped[m.end() :]
            current.append(first)
            if first.endswith("。"):
                current = None
        elif current is not None and stripped and not _ends_rule(stripped):
            current.append(stripped)
        else:
            current = None
    return {rule: "\n".join(lines).strip() for rule, lines in found.items()}


def parse(text_zh: str, text_en: str) -> dict[str, Rule]:
    """The version's rules by ID, in the order of the English list (then any the Chinese text alone
    names). A rule named in only one of the texts has that text empty."""
    en = _en_rules(text_en)
    zh = _zh_rules(text_zh)
    rules: dict[str, Rule] = {}
    for rule_id in list(en) + [i for i in zh if i not in en]:
        words, serves, section, serves_zh = en.get(rule_id, ("", "", "", ""))
        rules[rule_id] = Rule(rule_id, words, zh.get(rule_id, ""), serves, section, serves_zh)
    return rules


def with_chinese_serves(rules: dict[str, Rule], known: dict[str, Rule]) -> dict[str, Rule]:
    """``rules`` where a rule whose list gives no Chinese "in commdesk" (a version written before
    the list had that column) takes it from the rule of ``known`` (the shipped list) with the same
    ID and the same English: only a translation of the very same words is borrowed."""
    out = {}
    for rule_id, rule in rules.items():
        other = known.get(rule_id)
        if not rule.serves_zh and other is not None and other.serves_zh and other.serves == rule.serves:
            rule = replace(rule, serves_zh=other.serves_zh)
        out[rule_id] = rule
    return out


def parse_retired(text: str) -> tuple[str, ...]:
    """Rule IDs typed as "AP-4, EV-2" or "AP-4 EV-2": upper-cased, in order, each once. An entry that
    is not a rule ID is refused in words."""
    items = [t.strip().upper() for t in re.split(r"[\s,，;；]+", text or "") if t.strip()]
    wrong = [t for t in items if not RULE_ID.match(t)]
    if wrong:
        raise ValidationError(
            {
                "retired": translate(
                    "Procedure",
                    "“{items}” is not a rule ID; write rule IDs such as PC-5, separated by commas.",
                ).format(items=", ".join(wrong))
            }
        )
    return tuple(dict.fromkeys(items))


def _ids(ids: Iterable[str]) -> str:
    return ", ".join(sorted(ids, key=_sort_key))


def _sort_key(rule_id: str) -> tuple[str, int]:
    prefix, _, number = rule_id.partition("-")
    return prefix, int(number) if number.isdigit() else 0


def check_kept_ids(previous: Iterable[str], rules: dict[str, Rule], retired: Sequence[str] = ()) -> None:
    """A new version keeps every rule ID of the version before it, in both texts, unless it retires
    it on purpose (``retired``); refuses in words naming the IDs. A retired ID must be gone from the
    new text, and only an ID of the version before can be retired."""
    before = set(previous)
    retired_set = set(retired)
    errors: dict[str, str] = {}
    missing = before - set(rules) - retired_set
    if missing:
        errors["rules"] = translate(
            "Procedure",
            "The new version drops or renames the rules {ids}. Keep their IDs in the text (a renamed "
            "rule keeps its old ID), or mark them as retired on purpose.",
        ).format(ids=_ids(missing))
    half = [r.id for r in rules.values() if not r.en or not r.zh]
    if half:
        errors["texts"] = translate(
            "Procedure",
            "The rules {ids} are in only one of the two texts. Each rule ID is in both the Chinese "
            "text (【ID】 at the start of its line) and the English list (| ID | rule |).",
        ).format(ids=_ids(half))
    still = retired_set & set(rules)
    unknown = retired_set - before
    if still or unknown:
        errors["retired"] = translate(
            "Procedure",
            "Only a rule of the previous version that the new text no longer holds can be retired; "
            "not {ids}.",
        ).format(ids=_ids(still | unknown))
    if errors:
        raise ValidationError(errors)


def diff(old: dict[str, Rule], new: dict[str, Rule]) -> list[RuleChange]:
    """The rules added, removed or changed (in either language) from ``old`` to ``new``, in the
    order of the new version (then the removed ones)."""
    changes: list[RuleChange] = []
    for rule_id, rule in new.items():
        before = old.get(rule_id)
        if before is None:
            changes.append(RuleChange(rule_id, "added", None, rule))
        elif (before.en, before.zh) != (rule.en, rule.zh):
            changes.append(RuleChange(rule_id, "changed", before, rule))
    changes.extend(RuleChange(i, "removed", r, None) for i, r in old.items() if i not in new)
    return changes


def current_version(versions: Iterable[VersionFacts], today: date) -> int | None:
    """The number of the version in force on ``today`` (the organisation's day): the adopted version
    with the latest effective date not after today (the higher number on the same date)."""
    live = [v for v in versions if v.adopted and v.effective_on is not None and v.effective_on <= today]
    if not live:
        return None
    best = max(live, key=lambda v: (v.effective_on, v.number))
    return best.number
