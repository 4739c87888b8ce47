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

from commdesk.core.releases.records import TemplateInfo
from commdesk.core.releases.templates import TemplateError, preview


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
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
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


class TemplateEditorDialog(QDialog):
    """Administrators edit a release template: the placeholders it may use, problems flagged with
    line numbers while typing, a preview with sample data; saving keeps a new version."""

    def __init__(self, service, template: TemplateInfo, parent=None):
        from PySide6.QtCore import QTimer
        from PySide6.QtWidgets import QListWidget, QListWidgetItem, QPlainTextEdit, QSplitter

        from commdesk.core.releases.placeholders import KNOWN_PLACEHOLDERS, name_in

        super().__init__(parent)
        self.service, self.template = service, template
        self.setWindowTitle(self.tr("Template: {title}").format(title=template.title))
        form = QFormLayout(self)
        self.title = QLineEdit(template.title)
        form.addRow(self.tr("&Name:"), self.title)
        split = QSplitter()
        self.text = QPlainTextEdit(template.text)
        self.placeholders = QListWidget()
        for name, p in KNOWN_PLACEHOLDERS.items():  # written as this template's language writes them
            item = QListWidgetItem(f"{{{{ {name_in(name, template.language)} }}}}  \u2014 {p.description}")
            item.setToolTip(item.text())
            self.placeholders.addItem(item)
        self.placeholders.itemDoubleClicked.connect(
            lambda item: self.text.insertPlainText(item.text().split("  ")[0])
        )
        split.addWidget(self.text)
        split.addWidget(self.placeholders)
        split.setSizes([520, 300])
        form.addRow(split)
        self.problems = QLabel()
        self.problems.setWordWrap(True)
        self.problems.setStyleSheet("color: #b3261e;")
        form.addRow(self.problems)
        self.preview = QTextBrowser()
        self.preview.setMinimumHeight(180)
        form.addRow(QLabel(self.tr("Preview with sample data:")))
        form.addRow(self.preview)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self._save)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Save)
        from PySide6.QtGui import QKeySequence, QShortcut

        QShortcut(
            QKeySequence(QKeySequence.StandardKey.Save),
            self,
            lambda: self.save_button.isEnabled() and self._save(),
        )  # Ctrl+S saves too
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(300)
        self._timer.timeout.connect(self.check)
        self.text.textChanged.connect(self._timer.start)
        self.saved: TemplateInfo | None = None
        self.resize(900, 640)
        self.check()

    def check(self) -> None:
        from commdesk.core.releases.templates import check_template

        problems = check_template(self.text.toPlainText())
        self.problems.setText("\n".join(p.message for p in problems))
        self.save_button.setEnabled(not problems)
        if not problems:
            try:
                self.preview.setMarkdown(preview(self.text.toPlainText(), self.template.language))
            except TemplateError as exc:
                self.problems.setText(str(exc))
                self.save_button.setEnabled(False)

    def _save(self) -> None:
        from commdesk.core.errors import CommdeskError

        try:
            self.saved = self.service.save(
                self.template.key,
                self.template.language,
                self.title.text(),
                self.text.toPlainText(),
                self.template.version if not self.template.builtin else None,
            )
        except CommdeskError as exc:
            self.problems.setText(str(exc))
            return
        self.accept()
