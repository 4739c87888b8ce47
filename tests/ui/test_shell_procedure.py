"""The procedure viewer opens on the procedure and finds every rule by its ID, in both languages."""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import Qt, QUrl

from commdesk.paths import resources_dir
from commdesk.ui.admin.procedure_viewer import ProcedureViewer, rule_ids


def test_chinese_text_carries_every_rule_id_once_and_keeps_the_users_wording():
    zh = (resources_dir() / "procedure" / "procedure.zh.txt").read_text(encoding="utf-8")
    en = (resources_dir() / "procedure" / "procedure.en.md").read_text(encoding="utf-8")
    en_ids = re.findall(r"^\| ([A-Z]{1,2}-\d+) \|", en, re.M)
    assert sorted(rule_ids("zh_CN")) == sorted(en_ids)
    assert all(zh.count(f"【{i}】") == 1 for i in en_ids)
    shared = resources_dir().parent.parent / "shared" / "procedure" / "procedure.zh.txt"
    if shared.exists():  # the user's document, word for word, once the IDs are taken out
        user_lines = [line for line in shared.read_text(encoding="utf-8").split("\n") if line.strip()]
        ours = [re.sub(r"^【[A-Z]{1,2}-\d+】", "", line) for line in zh.split("\n") if line.strip()]
        assert set(ours) <= set(user_lines)
    assert not re.search(r"[A-Za-z]{4,} [A-Za-z]{4,} [A-Za-z]{4,}", zh)  # no English note in the Chinese text


@pytest.mark.parametrize("lang", ["zh_CN", "en"])
def test_opens_on_the_procedure_and_jumps_to_each_rule(qtbot, lang):
    viewer = ProcedureViewer(lang)
    qtbot.addWidget(viewer)
    viewer.resize(860, 680)
    viewer.show()
    assert viewer.browser.verticalScrollBar().value() == 0
    first_line = viewer.browser.document().firstBlock().text()
    assert ("沟通渠道管理规程" if lang == "zh_CN" else "procedure") in first_line
    for rule in rule_ids(lang):
        viewer.search.setText(rule.lower() if rule.endswith("5") else rule)
        assert viewer.find_next(), rule
        cursor = viewer.browser.textCursor()
        assert cursor.selectedText() == rule
        block = cursor.block().text().strip()
        assert block == rule or block.startswith(f"【{rule}】"), (rule, block)
    assert viewer.show_rule("PC-2") and viewer.browser.verticalScrollBar().value() > 0
    assert not viewer.show_rule("ZZ-9")


def test_opening_on_a_rule_and_following_a_rule_link(qtbot):
    viewer = ProcedureViewer("zh_CN", rule="FM-1")
    qtbot.addWidget(viewer)
    assert viewer.browser.textCursor().selectedText() == "FM-1"
    viewer.show()
    # once shown, the rule comes near the top of the view, its text below it
    qtbot.waitUntil(lambda: 0 <= viewer.browser.cursorRect().top() < viewer.browser.viewport().height() / 3)
    assert viewer.browser.verticalScrollBar().value() > 0
    assert "3-7天" in viewer.browser.textCursor().block().text()
    viewer.browser.anchorClicked.emit(QUrl("rule:PC-5"))
    assert "当天下班前" in viewer.browser.textCursor().block().text()
    viewer.search.setText("面对面会议")  # QTest types ASCII only
    qtbot.keyClick(viewer.search, Qt.Key.Key_Return)
    assert viewer.browser.textCursor().selectedText() == "面对面会议"
