"""Small dialogs of the releases pane: a new release from a template."""
from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QTextBrowser,
)

from ...core.releases.records import TemplateInfo
from ...core.releases.templates import TemplateError, preview


class NewReleaseDialog(QDialog):
    """Choose a template (with a preview in sample data), a title and the dateline city."""

    def __init__(self, templates: list[TemplateInfo], language: str = "zh", parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("New press release"))
        self.templates = templates
        form = QFormLayout(self)
        self.template = QComboBox()
        for i, t in enumerate(templates):
            self.template.addItem(f"{t.title} ({'中文' if t.language == 'zh' else 'English'})", i)
        first = next((i for i, t in enumerate(templates) if t.language == language), 0)
        self.template.setCurrentIndex(first)
        self.title = QLineEdit()
        self.title.setPlaceholderText(self.tr("Headline of the release"))
        self.city = QLineEdit()
        self.city.setPlaceholderText(self.tr("e.g. 上海 or Shanghai"))
        self.preview = QTextBrowser()
        self.preview.setMinimumSize(480, 220)
        form.addRow(self.tr("&Template:"), self.template)
        form.addRow(self.tr("T&itle:"), self.title)
        form.addRow(self.tr("&City:"), self.city)
        form.addRow(QLabel(self.tr("Preview with sample data:")))
        form.addRow(self.preview)
        self.error = QLabel()
        self.error.setStyleSheet("color: #b3261e;")
        self.error.setWordWrap(True)
        form.addRow(self.error)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        self.template.currentIndexChanged.connect(self._preview)
        self._preview()

    def chosen(self) -> TemplateInfo:
        return self.templates[self.template.currentData()]

    def _preview(self) -> None:
        t = self.chosen()
        try:
            self.preview.setMarkdown(preview(t.text, t.language))
        except TemplateError as exc:
            self.preview.setPlainText(str(exc))

    def _accept(self) -> None:
        if not self.title.text().strip():
            self.error.setText(self.tr("Give the release a title."))
            return
        self.accept()
