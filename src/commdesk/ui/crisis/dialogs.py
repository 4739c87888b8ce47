"""Opening a crisis (or a drill): title, kind (its playbook), severity, summary."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
)

from commdesk.core.crisis import playbooks
from commdesk.ui.common.unsaved import AsksBeforeDiscarding


class OpenCrisisDialog(AsksBeforeDiscarding, QDialog):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Open a crisis"))
        self.title = QLineEdit()
        self.kind = QComboBox()
        for kind in playbooks.KINDS:
            self.kind.addItem(playbooks.kind_label(kind), kind)
        self.severity = QComboBox()
        for severity in playbooks.SEVERITIES:
            self.severity.addItem(playbooks.severity_label(severity), severity)
        self.severity.setCurrentIndex(1)
        self.summary = QPlainTextEdit()
        self.summary.setPlaceholderText(self.tr("What happened, what is known so far"))
        self.summary.setTabChangesFocus(True)
        self.drill = QCheckBox(self.tr("This is a &drill (an exercise, not a real crisis)"))
        form = QFormLayout()
        form.addRow(self.tr("&Title:"), self.title)
        form.addRow(self.tr("&Kind:"), self.kind)
        form.addRow(self.tr("&Severity:"), self.severity)
        form.addRow(self.tr("S&ummary:"), self.summary)
        form.addRow("", self.drill)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Open"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("&Cancel"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.resize(560, 360)
        self.mark_unchanged()

    def values(self) -> dict:
        return {
            "title": self.title.text(),
            "kind": self.kind.currentData(),
            "severity": self.severity.currentData(),
            "summary": self.summary.toPlainText(),
            "drill": self.drill.isChecked(),
        }

    def edit_state(self):
        return (self.title.text(), self.summary.toPlainText())

    def discard_question(self) -> tuple[str, str]:
        return self.tr("Open a crisis"), self.tr("Discard what you typed for this crisis?")


class CrisisReviewDialog(AsksBeforeDiscarding, QDialog):
    """The post-crisis review (EV-7): what went well and what to change, in paragraphs (it was a
    one-line field 300 pixels wide). Saving it closes the crisis."""

    def __init__(self, title: str, text: str = "", parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Post-crisis review: {title}").format(title=title))
        self.text = QPlainTextEdit(text)
        self.text.setTabChangesFocus(True)  # Tab reaches Save; Enter starts a new line
        self.text.setPlaceholderText(
            self.tr("What went well, what to change: coverage, tone, how the crisis was handled")
        )
        label = QLabel(self.tr("&What went well, what to change (saving it closes the crisis):"))
        label.setBuddy(self.text)
        label.setWordWrap(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setText(self.tr("&Save and close the crisis"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("&Cancel"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.save_button.setEnabled(bool(text.strip()))
        self.text.textChanged.connect(
            lambda: self.save_button.setEnabled(bool(self.text.toPlainText().strip()))
        )
        layout = QVBoxLayout(self)
        layout.addWidget(label)
        layout.addWidget(self.text, 1)
        layout.addWidget(buttons)
        self.resize(640, 360)
        self.mark_unchanged()

    def review(self) -> str:
        return self.text.toPlainText().strip()

    def edit_state(self):
        return self.text.toPlainText()

    def discard_question(self) -> tuple[str, str]:
        return (self.windowTitle(), self.tr("Throw away the review you wrote? Nothing was saved yet."))
