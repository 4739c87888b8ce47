"""The office's communication procedure inside the app (AP-3), in the UI language."""
from __future__ import annotations

from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QHBoxLayout, QLineEdit, QTextBrowser, QVBoxLayout

from ...paths import resources_dir


def procedure_text(lang: str) -> tuple[str, bool]:
    """(text, is_markdown): the user's own Chinese document, or the English rule list."""
    folder = resources_dir() / "procedure"
    if lang == "zh_CN":
        return (folder / "procedure.zh.txt").read_text(encoding="utf-8"), False
    return (folder / "procedure.en.md").read_text(encoding="utf-8"), True


class ProcedureViewer(QDialog):
    def __init__(self, lang: str, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Communication procedure"))
        self.browser = QTextBrowser(self)
        self.browser.setOpenExternalLinks(True)
        text, markdown = procedure_text(lang)
        if markdown:
            self.browser.setMarkdown(text)
        else:
            self.browser.setPlainText(text)
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("Find in the procedure (Enter for next)…"))
        self.search.returnPressed.connect(self.find_next)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        top = QHBoxLayout()
        top.addWidget(self.search)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.browser, 1)
        layout.addWidget(buttons)
        self.resize(860, 680)

    def find_next(self) -> bool:
        text = self.search.text()
        if not text:
            return False
        if self.browser.find(text):
            return True
        cursor = self.browser.textCursor()
        cursor.movePosition(cursor.MoveOperation.Start)
        self.browser.setTextCursor(cursor)
        return self.browser.find(text, QTextDocument.FindFlag(0))
