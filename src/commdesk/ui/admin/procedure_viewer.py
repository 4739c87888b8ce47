"""The office's communication procedure inside the app (AP-3), in the UI language.

The Chinese text is the user's own document; each rule that commdesk checks carries its ID at the
start of its line (【PC-2】), so a warning that cites "PC-2" can be looked up: type the ID in the
search field, or open the viewer on a rule (``ProcedureViewer(lang, rule="PC-2")``).
"""

from __future__ import annotations

import html
import re

from PySide6.QtCore import QRegularExpression, QUrl
from PySide6.QtGui import QKeySequence, QShortcut, QTextCursor, QTextDocument
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QTextBrowser,
    QVBoxLayout,
)

from commdesk.paths import resources_dir

RULE_ID = re.compile(r"^[A-Z]{1,2}-\d{1,2}$")
_MARK = re.compile(r"【([A-Z]{1,2}-\d{1,2})】")


def procedure_text(lang: str) -> tuple[str, bool]:
    """(text, is_markdown): the user's own Chinese document, or the English rule list."""
    folder = resources_dir() / "procedure"
    if lang == "zh_CN":
        return (folder / "procedure.zh.txt").read_text(encoding="utf-8"), False
    return (folder / "procedure.en.md").read_text(encoding="utf-8"), True


def rule_ids(lang: str) -> list[str]:
    """The rule IDs the text of ``lang`` names, in order of appearance."""
    text, markdown = procedure_text(lang)
    found = re.findall(r"^\| ([A-Z]{1,2}-\d{1,2}) \|", text, re.M) if markdown else _MARK.findall(text)
    return list(dict.fromkeys(found))


def _plain_to_html(text: str) -> str:
    """The Chinese document line by line, its rule IDs in bold and linkable (``rule:PC-2``)."""
    lines = []
    for line in text.split("\n"):
        escaped = html.escape(line)
        escaped = _MARK.sub(
            lambda m: f'<a name="{m.group(1)}" href="rule:{m.group(1)}"><b>【{m.group(1)}】</b></a>', escaped
        )
        lines.append(f"<p style='margin:0'>{escaped or '&nbsp;'}</p>")
    return "<html><body>" + "\n".join(lines) + "</body></html>"


class ProcedureViewer(QDialog):
    def __init__(
        self,
        lang: str,
        parent=None,
        rule: str | None = None,
        in_force: tuple[int, str, str] | None = None,
    ):
        """``in_force``: (number, Chinese text, English text) of the version in force on this
        database; without it the procedure shipped with commdesk is shown."""
        super().__init__(parent)
        self.setWindowTitle(self.tr("Communication procedure"))
        self.browser = QTextBrowser(self)
        self.browser.setOpenLinks(False)  # rule links jump inside; web links open in the browser
        self.browser.anchorClicked.connect(self._link)
        if in_force is not None:
            number, text_zh, text_en = in_force
            self.setWindowTitle(self.tr("Communication procedure, version %1").replace("%1", str(number)))
            text, markdown = (text_zh, False) if lang == "zh_CN" else (text_en, True)
        else:
            text, markdown = procedure_text(lang)
        if markdown:
            self.browser.setMarkdown(text)
        else:
            self.browser.setHtml(_plain_to_html(text))
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(
            self.tr("Find in the procedure, or a rule ID such as PC-2 (Enter for next)…")
        )
        self.search.setClearButtonEnabled(True)
        self.search.returnPressed.connect(self.find_next)
        label = QLabel(self.tr("&Find:"), self)
        label.setBuddy(self.search)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        top = QHBoxLayout()
        top.addWidget(label)
        top.addWidget(self.search, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.browser, 1)
        layout.addWidget(buttons)
        find = QShortcut(QKeySequence(QKeySequence.StandardKey.Find), self)
        find.activated.connect(lambda: (self.search.setFocus(), self.search.selectAll()))
        self.resize(860, 680)
        self._to_start()  # opens on the procedure's first line
        self._rule = rule
        if rule:
            self.show_rule(rule)

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self._rule:  # scrolled once the viewport has its size
            from PySide6.QtCore import QTimer

            rule, self._rule = self._rule, None
            QTimer.singleShot(0, lambda: self.show_rule(rule))

    def _to_start(self) -> None:
        cursor = self.browser.textCursor()
        cursor.movePosition(QTextCursor.MoveOperation.Start)
        self.browser.setTextCursor(cursor)
        self.browser.verticalScrollBar().setValue(0)

    def _link(self, url: QUrl) -> None:
        if url.scheme() == "rule":
            self.show_rule(url.path())
        elif url.scheme() in ("http", "https", "mailto"):
            from PySide6.QtGui import QDesktopServices

            QDesktopServices.openUrl(url)

    def show_rule(self, rule_id: str) -> bool:
        """Scroll to the rule ``rule_id`` (e.g. "PC-2") and select its ID; False if the text has none."""
        rule_id = rule_id.strip().upper()
        pattern = QRegularExpression(rf"(?<![A-Z]){re.escape(rule_id)}(?!\d)")
        self._to_start()
        doc = self.browser.document()
        first = found = doc.find(pattern, 0)
        while not found.isNull():  # the rule itself: its table cell (English) or its line's start (Chinese)
            block = found.block().text().strip()
            if block == rule_id or block.startswith(f"【{rule_id}】"):
                break
            found = doc.find(pattern, found)
        found = found if not found.isNull() else first
        if found.isNull():
            return False
        self.browser.setTextCursor(found)
        self.browser.ensureCursorVisible()
        bar = self.browser.verticalScrollBar()  # the rule near the top, its text below it in view
        bar.setValue(bar.value() + self.browser.cursorRect().top() - self.browser.fontMetrics().height() * 2)
        return True

    def find_next(self) -> bool:
        text = self.search.text().strip()
        if not text:
            return False
        if RULE_ID.match(text.upper()):
            return self.show_rule(text)
        if self.browser.find(text):
            return True
        self._to_start()
        return self.browser.find(text, QTextDocument.FindFlag(0))
