"""The cases pane's small dialogs: resolving a case (outcome, first-contact resolution,
satisfaction), writing a reply or a note, and the knowledge base (reviewers approve, administrators
write new versions)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from commdesk.core import timezones as tz
from commdesk.core.errors import CommdeskError
from commdesk.services.cases.knowledge import KbEntry, KnowledgeService
from commdesk.ui.common.ask import show_error
from commdesk.ui.common.unsaved import AsksBeforeDiscarding


def satisfaction_combo(parent: QWidget | None = None) -> QComboBox:
    """ "Not asked", then the scores 1-5 (typing a digit picks it)."""
    combo = QComboBox(parent)
    combo.addItem(_not_asked(), None)
    for n in range(1, 6):
        combo.addItem(str(n), n)
    return combo


def _not_asked() -> str:
    from PySide6.QtCore import QCoreApplication

    return QCoreApplication.translate("CasesDialogs", "Not asked")


class ResolveDialog(AsksBeforeDiscarding, QDialog):
    """Resolve a case: the outcome they are told, resolved on first contact, their satisfaction."""

    def __init__(self, reference: str, outcome: str = "", parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Resolve case {reference}").format(reference=reference))
        self.outcome = QPlainTextEdit(outcome)
        self.outcome.setTabChangesFocus(True)
        self.outcome.setPlaceholderText(self.tr("What was done or answered (they are told it)"))
        self.fcr = QCheckBox(self.tr("Resolved on &first contact"))
        self.csat = satisfaction_combo(self)
        form = QFormLayout()
        outcome_label = QLabel(self.tr("&Outcome:"))
        outcome_label.setBuddy(self.outcome)
        form.addRow(outcome_label, self.outcome)
        form.addRow("", self.fcr)
        csat_label = QLabel(self.tr("&Satisfaction (1-5):"))
        csat_label.setBuddy(self.csat)
        form.addRow(csat_label, self.csat)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Resolve"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.resize(520, 300)
        self.mark_unchanged()

    def values(self) -> tuple[str, bool, int | None]:
        return self.outcome.toPlainText().strip(), self.fcr.isChecked(), self.csat.currentData()

    def edit_state(self):
        return (self.outcome.toPlainText(), self.fcr.isChecked(), self.csat.currentIndex())

    def discard_question(self) -> tuple[str, str]:
        return self.tr("Discard the outcome"), self.tr("Close without resolving the case?")


class CaseTextDialog(AsksBeforeDiscarding, QDialog):
    """A reply by mail (through the outbox, with the case's reference in the subject) or an
    internal note."""

    def __init__(self, reference: str, reply: bool, parent: QWidget | None = None):
        super().__init__(parent)
        self.reply = reply
        self.setWindowTitle(
            self.tr("Reply to case {reference}").format(reference=reference)
            if reply
            else self.tr("Note on case {reference}").format(reference=reference)
        )
        layout = QVBoxLayout(self)
        self.subject = QLineEdit()
        if reply:
            self.subject.setPlaceholderText(self.tr("Default: the case's summary"))
            form = QFormLayout()
            subject_label = QLabel(self.tr("&Subject:"))
            subject_label.setBuddy(self.subject)
            form.addRow(subject_label, self.subject)
            layout.addLayout(form)
            hint = QLabel(self.tr("Goes through the outbox; the case's reference is added to the subject."))
            hint.setWordWrap(True)
            layout.addWidget(hint)
        self.body = QPlainTextEdit()
        self.body.setTabChangesFocus(True)
        body_label = QLabel(self.tr("&Text:"))
        body_label.setBuddy(self.body)
        layout.addWidget(body_label)
        layout.addWidget(self.body, 1)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(
            self.tr("Put in the &outbox") if reply else self.tr("&Add note")
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(600, 380)
        self.body.setFocus()
        self.mark_unchanged()

    def edit_state(self):
        return (self.subject.text(), self.body.toPlainText())

    def discard_question(self) -> tuple[str, str]:
        return self.tr("Discard the text"), self.tr("Close and throw away what you wrote?")


class KnowledgeDialog(AsksBeforeDiscarding, QDialog):
    """The knowledge base: every entry with its state; administrators write (a save is a new
    version), a reviewer who did not write the latest version approves it."""

    def __init__(self, services, parent: QWidget | None = None):
        super().__init__(parent)
        self.services = services
        self.kb: KnowledgeService = services.get(KnowledgeService)
        self.entry: KbEntry | None = None
        self.setWindowTitle(self.tr("Knowledge base"))
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Words or pinyin of the title"))
        self.search.textChanged.connect(self.reload)
        self.list = QListWidget()
        self.list.currentItemChanged.connect(lambda *_: self._show())
        self.title = QLineEdit()
        self.body = QPlainTextEdit()
        self.body.setTabChangesFocus(True)
        self.state = QLabel()
        self.state.setWordWrap(True)
        self.new_button = QPushButton(self.tr("&New entry"))
        self.new_button.clicked.connect(self.new_entry)
        self.save_button = QPushButton(self.tr("&Save as new version"))
        self.save_button.clicked.connect(self.save)
        self.approve_button = QPushButton(self.tr("&Approve this version"))
        self.approve_button.clicked.connect(self.approve)
        close = QPushButton(self.tr("&Close"))
        close.clicked.connect(self.reject)

        left = QVBoxLayout()
        search_label = QLabel(self.tr("&Find:"))
        search_label.setBuddy(self.search)
        left.addWidget(search_label)
        left.addWidget(self.search)
        left.addWidget(self.list, 1)
        left.addWidget(self.new_button)
        form = QFormLayout()
        title_label = QLabel(self.tr("&Title:"))
        title_label.setBuddy(self.title)
        form.addRow(title_label, self.title)
        body_label = QLabel(self.tr("Ans&wer:"))
        body_label.setBuddy(self.body)
        form.addRow(body_label, self.body)
        right = QVBoxLayout()
        right.addLayout(form, 1)
        right.addWidget(self.state)
        row = QHBoxLayout()
        row.addWidget(self.save_button)
        row.addWidget(self.approve_button)
        row.addStretch(1)
        row.addWidget(close)
        right.addLayout(row)
        layout = QHBoxLayout(self)
        layout.addLayout(left, 2)
        layout.addLayout(right, 3)
        self.resize(860, 520)
        self.reload()
        self.mark_unchanged()

    # ------------------------------------------------------------------ list
    def reload(self, *_args, select: int | None = None) -> None:
        keep = select if select is not None else (self.entry.id if self.entry else None)
        self.list.blockSignals(True)
        self.list.clear()
        for e in self.kb.list(self.search.text(), include_inactive=False):
            item = QListWidgetItem(f"{e.title}  — {self._state_word(e)}")
            item.setData(Qt.ItemDataRole.UserRole, e)
            self.list.addItem(item)
            if e.id == keep:
                self.list.setCurrentItem(item)
        self.list.blockSignals(False)
        if self.list.currentItem() is None and self.list.count():
            self.list.setCurrentRow(0)
        self._show()

    def _state_word(self, e: KbEntry) -> str:
        if e.approved_number is None:
            return self.tr("waiting for approval")
        if e.waiting:
            return self.tr("version {n} waiting").format(n=e.number)
        return self.tr("approved")

    def _show(self) -> None:
        item = self.list.currentItem()
        self.entry = item.data(Qt.ItemDataRole.UserRole) if item is not None else None
        e = self.entry
        self.title.setText(e.title if e else "")
        self.body.setPlainText(e.body if e else "")
        zone = self._zone()
        if e is None:
            self.state.setText(self.tr("No entry chosen: write a new one."))
        else:
            written = self.tr("Version {n}, written by {who}.").format(n=e.number, who=e.written_by or "—")
            if e.approved_number is not None and e.approved_at is not None:
                offered = self.tr("Version {n} approved {when}; the call screen offers that text.").format(
                    n=e.approved_number, when=tz.format_instant(e.approved_at, zone)
                )
            else:
                offered = self.tr("Not offered at the call screen until a reviewer approves it.")
            # two sentences, joined as the language joins them (no space after a Chinese full stop)
            self.state.setText(self.tr("{written} {offered}").format(written=written, offered=offered))
        self._permissions()
        self.mark_unchanged()

    def _zone(self) -> str:
        from commdesk.services.settings import SettingsService

        return self.services.get(SettingsService).time_zone()

    def _permissions(self) -> None:
        may_write = self.kb.may_write()
        self.save_button.setEnabled(not may_write)
        self.new_button.setEnabled(not may_write)
        self.save_button.setToolTip(may_write)
        self.new_button.setToolTip(may_write)  # off for an officer: the reason, as on the other buttons
        self.title.setReadOnly(bool(may_write))
        self.body.setReadOnly(bool(may_write))
        why = self.kb.may_approve(self.entry) if self.entry is not None else "—"
        self.approve_button.setEnabled(not why)
        self.approve_button.setToolTip(why if why != "—" else "")

    # ------------------------------------------------------------------ actions
    def new_entry(self) -> None:
        self.list.clearSelection()
        self.list.setCurrentItem(None)
        self.entry = None
        self.title.clear()
        self.body.clear()
        self.state.setText(self.tr("A new entry waits for a reviewer's approval once saved."))
        self.title.setFocus()

    def save(self) -> bool:
        try:
            if self.entry is None:
                saved = self.kb.add(self.title.text(), self.body.toPlainText())
            else:
                saved = self.kb.edit(
                    self.entry.id,
                    self.title.text(),
                    self.body.toPlainText(),
                    expected_version=self.entry.version,
                )
        except CommdeskError as exc:
            show_error(self, self.tr("The entry was not saved"), exc)
            return False
        self.reload(select=saved.id)
        return True

    def approve(self) -> None:
        if self.entry is None:
            return
        try:
            approved = self.kb.approve(self.entry.id)
        except CommdeskError as exc:
            show_error(self, self.tr("The entry was not approved"), exc)
            return
        self.reload(select=approved.id)

    def edit_state(self):
        return (self.title.text(), self.body.toPlainText())

    def discard_question(self) -> tuple[str, str]:
        return self.tr("Discard the edit"), self.tr("Close without saving the entry?")


class RouteDialog(QDialog):
    """Route a case: its owner, category and sub-category (the department follows), priority and
    complaint grade (who may lower a grade is checked by the service, HL-4)."""

    def __init__(self, case, people, categories, parent: QWidget | None = None):
        super().__init__(parent)
        from commdesk.core.cases.workflow import COMPLAINT_GRADES, Priority
        from commdesk.core.i18n import language

        self.setWindowTitle(self.tr("Route case {reference}").format(reference=case.reference))
        lang = language()
        self.owner = QComboBox()
        for person_id, name in people:
            self.owner.addItem(name, person_id)
        self.owner.setCurrentIndex(max(self.owner.findData(case.owner_id), 0))
        self.top = [c for c in categories if c.parent_id is None]
        self.subs = [c for c in categories if c.parent_id is not None]
        self.category = QComboBox()
        self.category.addItem("—", None)
        for c in self.top:
            self.category.addItem(c.name(lang), c.id)
        self.category.setCurrentIndex(max(self.category.findData(case.category_id), 0))
        self.subcategory = QComboBox()
        self.lang = lang
        self.category.currentIndexChanged.connect(lambda _i: self._fill_subs(None))
        self._fill_subs(case.subcategory_id)
        self.priority = QComboBox()
        for p in Priority:
            self.priority.addItem(p.label, p.value)
        self.priority.setCurrentIndex(max(self.priority.findData(case.priority.value), 0))
        self.grade = QComboBox()
        # the first item reads right for the case at hand: a complaint not graded yet, or no complaint
        self.grade.addItem(self.tr("Not graded yet") if case.complaint else self.tr("Not a complaint"), None)
        for n, g in COMPLAINT_GRADES.items():
            self.grade.addItem(g.label, n)
            self.grade.setItemData(self.grade.count() - 1, g.description, Qt.ItemDataRole.ToolTipRole)
        self.grade.setCurrentIndex(max(self.grade.findData(case.complaint_grade), 0))
        form = QFormLayout()
        for text, widget in (
            (self.tr("&Owner:"), self.owner),
            (self.tr("&Category:"), self.category),
            (self.tr("S&ub-category:"), self.subcategory),
            (self.tr("&Priority:"), self.priority),
            (self.tr("Complaint &grade:"), self.grade),
        ):
            label = QLabel(text)
            label.setBuddy(widget)
            form.addRow(label, widget)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Save"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.resize(460, 240)

    def _fill_subs(self, keep: int | None) -> None:
        parent = self.category.currentData()
        self.subcategory.clear()
        self.subcategory.addItem("—", None)
        for c in self.subs:
            if c.parent_id == parent:
                self.subcategory.addItem(c.name(self.lang), c.id)
        self.subcategory.setCurrentIndex(max(self.subcategory.findData(keep), 0))
        self.subcategory.setEnabled(self.subcategory.count() > 1)
