"""core.procedure: a version's rules by ID, the IDs kept between versions, the diff, the version in force."""

from __future__ import annotations

from datetime import date

import pytest

from commdesk.core.errors import ValidationError
from commdesk.core.procedure import VersionFacts, check_kept_ids, current_version, diff, parse, parse_retired
from commdesk.paths import resources_dir

ZH = (
    "一、总则\n【P-1】及时性原则。\n不属于规则的一行。\n【PC-5】(3)会后跟进:\n会议结束后尽快发送纪要。\n当天下班前。\n"
    "使用规范:\n不属于规则的一行。\n"
)
EN = "## Principles\n| ID | Rule | In commdesk |\n|---|---|---|\n| P-1 | Timeliness. | reminders |\n| PC-5 | Minutes the same day. | minutes due |\n"


def _shipped():
    folder = resources_dir() / "procedure"
    return (folder / "procedure.zh.txt").read_text(encoding="utf-8"), (folder / "procedure.en.md").read_text(
        encoding="utf-8"
    )


def test_the_shipped_procedure_holds_its_seventy_rules_in_both_languages():
    zh, en = _shipped()
    rules = parse(zh, en)
    assert len(rules) == 70
    assert all(r.zh and r.en for r in rules.values())
    assert rules["PC-5"].zh.startswith("会议结束后")
    assert rules["AP-4"].en == "Effective date stated."
    assert "YYYY年MM月DD日" in rules["AP-4"].zh  # the rule's lines up to the next heading


def test_a_rule_runs_from_its_mark_to_the_next_heading():
    rules = parse(ZH, EN)
    assert list(rules) == ["P-1", "PC-5"]
    assert rules["P-1"].zh == "及时性原则。"  # a whole sentence stands alone
    assert rules["PC-5"].zh == "(3)会后跟进:\n会议结束后尽快发送纪要。\n当天下班前。"
    assert rules["PC-5"].section == "Principles" and rules["PC-5"].serves == "minutes due"


def test_a_new_version_that_drops_or_renames_a_rule_is_refused_naming_it():
    before = parse(ZH, EN)
    renamed = parse(ZH.replace("PC-5", "PC-9"), EN.replace("PC-5", "PC-9"))
    with pytest.raises(ValidationError) as refused:
        check_kept_ids(before, renamed)
    assert "PC-5" in refused.value.errors["rules"]
    check_kept_ids(before, renamed, retired=("PC-5",))  # retired on purpose: accepted


def test_a_rule_in_one_text_only_and_a_wrong_retirement_are_refused():
    before = parse(ZH, EN)
    half = parse(ZH, EN + "| EM-1 | Subject lines. | |\n")
    with pytest.raises(ValidationError) as refused:
        check_kept_ids(before, half)
    assert "EM-1" in refused.value.errors["texts"]
    with pytest.raises(ValidationError) as refused:
        check_kept_ids(before, before, retired=("P-1",))  # still in the text
    assert "P-1" in refused.value.errors["retired"]
    with pytest.raises(ValidationError):
        parse_retired("PC-5, meeting")
    assert parse_retired("pc-5，AP-4 pc-5") == ("PC-5", "AP-4")


def test_the_diff_names_added_changed_and_removed_rules():
    old = parse(ZH, EN)
    new = parse(
        ZH.replace("及时性原则。", "及时性原则:按时送达。").replace("【PC-5】", "【FM-9】"),
        EN.replace("| PC-5 |", "| FM-9 |"),
    )
    changes = {(c.id, c.change) for c in diff(old, new)}
    assert changes == {("P-1", "changed"), ("FM-9", "added"), ("PC-5", "removed")}


def test_the_version_in_force_is_the_last_adopted_one_whose_day_came():
    versions = [
        VersionFacts(1, True, date(2026, 1, 1)),
        VersionFacts(2, True, date(2026, 7, 1)),
        VersionFacts(3, False, None),
    ]
    assert current_version(versions, date(2025, 12, 31)) is None
    assert current_version(versions, date(2026, 6, 30)) == 1
    assert current_version(versions, date(2026, 7, 1)) == 2


def test_every_shipped_rule_says_in_both_languages_what_in_commdesk_serves_it():
    """The procedure pane's Chinese rule view shows the Chinese 'in commdesk' column, never the English."""
    import re

    rules = parse(*_shipped())
    han = re.compile(r"[\u4e00-\u9fff]")
    assert all(r.serves and not han.search(r.serves) for r in rules.values())
    assert all(han.search(r.serves_zh) for r in rules.values()), [
        r.id for r in rules.values() if not r.serves_zh
    ]
    assert rules["P-1"].serves_in("zh") == "截止日期、提醒、逾期视图"
    assert rules["P-1"].serves_in("en") == "due dates, reminders, overdue views"


def test_a_list_without_the_chinese_column_borrows_it_only_for_the_same_english_words():
    from commdesk.core.procedure import with_chinese_serves

    shipped = parse(*_shipped())
    own = parse(ZH, EN.replace("| reminders |", "| due dates, reminders, overdue views |"))
    assert own["P-1"].serves_zh == "" and own["P-1"].serves_in("zh") == "due dates, reminders, overdue views"
    filled = with_chinese_serves(own, shipped)
    assert filled["P-1"].serves_in("zh") == "截止日期、提醒、逾期视图"
    assert filled["PC-5"].serves_zh == ""  # "minutes due" is not the shipped list's words: no guess
    four = parse(ZH, EN.replace("| reminders |", "| reminders | 提醒 |"))
    assert four["P-1"].serves_zh == "提醒" and with_chinese_serves(four, shipped)["P-1"].serves_zh == "提醒"
