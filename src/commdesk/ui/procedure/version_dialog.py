"""The procedure's own life in the window (AP-1, AP-4): the owner department writes the next version
(or changes the draft) from the latest version's two texts, and an administrator names the day an
approved version takes effect. Review itself (submit, approve, return) is the pane's buttons."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtGui import QKeyEvent, QTextCursor, QTextDocument
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from commdesk.core.errors import CommdeskError, ValidationError
from commdesk.services.procedure import ProcedureService
from commdesk.services.procedure.service import ProcedureVersion
from commdesk.ui.common.unsaved import AsksBeforeDiscarding


class _RuleField(QLineEdit):
    """A rule ID to go to: Enter goes there and does not save the dialog."""

    go = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.go.emit()
            event.accept()
            return
        super().keyPressEvent(event)


def _error_label() -> QLabel:
    label = QLabel()
    label.setStyleSheet("color: #b00020")
    label.setWordWrap(True)
    label.hide()
    return label


class ProcedureVersionDialog(AsksBeforeDiscarding, QDialog):
    """A new version drafted from ``base`` (the latest version), or the draft ``editing`` changed.
    Save records it (the review starts again on every change); the texts keep every rule ID."""

    def __init__(
        self,
        procedure: ProcedureService,
        base: ProcedureVersion,
        editing: ProcedureVersion | None = None,
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self.procedure = procedure
        self.editing = editing
        self.saved: ProcedureVersion | None = None
        source = editing or base
        if editing is None:
            self.setWindowTitle(
                self.tr("New version of the procedure (from version {n})").format(n=base.number)
            )
        else:
            self.setWindowTitle(self.tr("Draft version {n} of the procedure").format(n=editing.number))

        intro = QLabel(
            self.tr(
                "Change the rules in both texts. In the Chinese text a rule starts its line with its ID in "
                "【】, such as 【PC-5】; in the English list it is a table row | PC-5 | rule |. Keep every ID, "
                "or name the rules you retire below. Saved, the version waits for review by a second "
                "person; an administrator then sets the day it takes effect, and everyone is asked to read "
                "it."
            )
        )
        intro.setWordWrap(True)
        self.owner = QLineEdit(source.owner_department)
        self.owner.setPlaceholderText(self.tr("The department that maintains the procedure"))
        self.note = QLineEdit(source.change_note if editing is not None else "")
        self.note.setPlaceholderText(self.tr("What changed, in a sentence (shown with the version)"))
        self.retired = QLineEdit(" ".join(source.retired) if editing is not None else "")
        self.retired.setPlaceholderText(
            self.tr("Rule IDs no longer in the text, e.g. SM-7 MD-2 (usually none)")
        )
        form = QFormLayout()
        for text, field in (
            (self.tr("&Owner department:"), self.owner),
            (self.tr("&What changed:"), self.note),
            (self.tr("Retired &rules:"), self.retired),
        ):
            label = QLabel(text)
            label.setBuddy(field)
            form.addRow(label, field)

        self.text_zh = QPlainTextEdit(source.text_zh)
        self.text_en = QPlainTextEdit(source.text_en)
        for edit in (self.text_zh, self.text_en):
            edit.setTabChangesFocus(True)  # Tab leaves the text, as everywhere else in the dialog
            edit.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self.texts = QTabWidget()
        self.texts.addTab(self.text_zh, self.tr("&Chinese text"))
        self.texts.addTab(self.text_en, self.tr("E&nglish text"))
        # the rules sit far down the Chinese text (after the document's own headings): go to one
        self.goto = _RuleField()
        self.goto.setPlaceholderText(self.tr("A rule ID such as PC-5, then Enter"))
        self.goto.go.connect(self.go_to_rule)
        goto_label = QLabel(self.tr("&Go to rule:"))
        goto_label.setBuddy(self.goto)
        self.goto_note = QLabel()
        goto_row = QHBoxLayout()
        goto_row.addWidget(goto_label)
        goto_row.addWidget(self.goto)
        goto_row.addWidget(self.goto_note, 1)

        self.error = _error_label()
        self.box = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.save_button = self.box.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setText(self.tr("&Save draft"))
        self.box.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        self.box.accepted.connect(self.accept)
        self.box.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addLayout(goto_row)
        layout.addWidget(self.texts, 1)
        layout.addWidget(self.error)
        layout.addWidget(self.box)
        self.resize(980, 680)
        self.note.setFocus(Qt.FocusReason.OtherFocusReason)  # the one field every new version needs
        self.mark_unchanged()

    def go_to_rule(self) -> None:
        """Put the cursor on the rule in both texts (【PC-5】 in Chinese, | PC-5 | in English) and
        show it in the text open; say so when the rule is in neither."""
        rule = self.goto.text().strip().upper()
        if not rule:
            return
        found = [
            self._find(self.text_zh, f"【{rule}】"),
            self._find(self.text_en, f"| {rule} |"),
        ]
        if not any(found):
            self.goto_note.setText(self.tr("No rule {rule} in either text.").format(rule=rule))
            return
        self.goto_note.clear()
        in_shown = found[0] if self.texts.currentWidget() is self.text_zh else found[1]
        if not in_shown:
            self.texts.setCurrentWidget(self.text_en if found[1] else self.text_zh)
        self.texts.currentWidget().setFocus(Qt.FocusReason.OtherFocusReason)

    @staticmethod
    def _find(edit: QPlainTextEdit, mark: str) -> bool:
        found = edit.document().find(mark, 0, QTextDocument.FindFlag.FindCaseSensitively)
        if found.isNull():
            return False
        found.movePosition(QTextCursor.MoveOperation.StartOfBlock)
        edit.setTextCursor(found)
        edit.centerCursor()
        return True

    def edit_state(self):
        return (
            self.owner.text(),
            self.note.text(),
            self.retired.text(),
            self.text_zh.toPlainText(),
            self.text_en.toPlainText(),
        )

    def discard_question(self) -> tuple[str, str]:
        return (
            self.windowTitle(),
            self.tr("Throw away your changes to the procedure? Nothing was saved yet."),
        )

    def accept(self) -> None:
        """Record the draft; a refusal (a rule ID lost, a text empty) is said under the texts and
        the dialog stays open with everything typed."""
        owner, note, retired = self.owner.text(), self.note.text(), self.retired.text()
        zh, en = self.text_zh.toPlainText(), self.text_en.toPlainText()
        try:
            if self.editing is None:
                self.saved = self.procedure.draft(
                    zh, en, owner_department=owner, change_note=note, retired=retired
                )
            else:
                self.saved = self.procedure.edit(
                    self.editing.number,
                    zh,
                    en,
                    owner_department=owner,
                    change_note=note,
                    retired=retired,
                    expected_version=self.editing.row_version,
                )
        except CommdeskError as exc:
            self.error.setText(str(exc))
            self.error.show()
            self._focus_field(exc)
            return
        super().accept()

    def _focus_field(self, exc: CommdeskError) -> None:
        errors = exc.errors if isinstance(exc, ValidationError) else {}
        if "text_zh" in errors:
            self.texts.setCurrentWidget(self.text_zh)
            self.text_zh.setFocus(Qt.FocusReason.OtherFocusReason)
        elif "text_en" in errors:
            self.texts.setCurrentWidget(self.text_en)
            self.text_en.setFocus(Qt.FocusReason.OtherFocusReason)
        elif "retired" in errors:
            self.retired.setFocus(Qt.FocusReason.OtherFocusReason)


class EffectiveDayDialog(QDialog):
    """An administrator names the day an approved version takes effect (AP-4)."""

    def __init__(self, procedure: ProcedureService, version: ProcedureVersion, parent: QWidget | None = None):
        super().__init__(parent)
        self.procedure = procedure
        self.version = version
        self.adopted: ProcedureVersion | None = None
        self.setWindowTitle(self.tr("Version {n} takes effect").format(n=version.number))
        today = procedure.today()
        self.day = QDateEdit(QDate(today.year, today.month, today.day))
        self.day.setCalendarPopup(True)
        self.day.setDisplayFormat("yyyy-MM-dd")
        explain = QLabel(
            self.tr(
                "From this day version {n} is the procedure in force; the version before stays readable. "
                "Everyone is asked on Home to read it."
            ).format(n=version.number)
        )
        explain.setWordWrap(True)
        label = QLabel(self.tr("&Effective from:"))
        label.setBuddy(self.day)
        form = QFormLayout()
        form.addRow(label, self.day)
        self.error = _error_label()
        box = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        box.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Set the day"))
        box.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        box.accepted.connect(self.accept)
        box.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(explain)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(box)
        self.resize(480, 180)

    def chosen_day(self) -> date:
        d = self.day.date()
        return date(d.year(), d.month(), d.day())

    def accept(self) -> None:
        try:
            self.adopted = self.procedure.adopt(self.version.number, self.chosen_day())
        except CommdeskError as exc:
            self.error.setText(str(exc))
            self.error.show()
            self.day.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        super().accept()
