"""The messages the feedback intake set aside (unreadable mail, automatic replies and bounces that
belong to no case) for a person to look at.

Each is listed with when it was taken in (in the organisation's zone, named), its sender, subject and
the reason it was set aside; the message as it arrived is shown as plain text only (it came from
outside: never rendered as HTML or rich text). A readable one can be made a case (its text goes into
the case); "Dealt with" takes it off the list (it stays in the intake's log). Both steps are the
officers' (``CaseIntakeService.may_take_in``); others see the list with the reason they cannot act.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from commdesk.core import timezones as tz
from commdesk.core.cases.workflow import Channel
from commdesk.core.errors import CommdeskError
from commdesk.core.mail.incoming import IncomingMessage, Source, parse_message
from commdesk.services.cases.intake import CaseIntakeService, SetAsideMessage
from commdesk.services.cases.service import Case, CaseService
from commdesk.ui.common.ask import confirm, show_error

COL_RECEIVED, COL_SENDER, COL_SUBJECT, COL_REASON = range(4)


class SetAsideDialog(QDialog):
    """The set-aside list. ``case_made`` carries each case made from a message (the pane shows it)."""

    case_made = Signal(object)  # Case

    def __init__(self, services, parent: QWidget | None = None):
        super().__init__(parent)
        self.services = services
        self.intake: CaseIntakeService = services.get(CaseIntakeService)
        self.cases: CaseService = services.get(CaseService)
        self.zone = self.cases.zone()
        self.items: list[SetAsideMessage] = []
        self._parsed: dict[int, IncomingMessage | None] = {}
        self.setWindowTitle(self.tr("Set-aside mail"))
        self.setWindowFlag(Qt.WindowType.WindowContextHelpButtonHint, False)

        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.intro.setTextFormat(Qt.TextFormat.PlainText)
        self.list = QTreeWidget()
        self.list.setRootIsDecorated(False)
        self.list.setAlternatingRowColors(True)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setAccessibleName(self.tr("Set-aside messages"))
        self.list.setColumnCount(4)
        self.list.currentItemChanged.connect(lambda *_: self._show_current())
        list_label = QLabel(self.tr("&Messages:"))
        list_label.setBuddy(self.list)
        self.raw = QPlainTextEdit()
        self.raw.setReadOnly(True)
        self.raw.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self.raw.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.raw.setAccessibleName(self.tr("The message as it arrived"))
        raw_label = QLabel(self.tr("The message as it &arrived (plain text):"))
        raw_label.setBuddy(self.raw)
        self.state = QLabel()
        self.state.setWordWrap(True)
        self.state.setTextFormat(Qt.TextFormat.PlainText)
        bold = QFont(self.state.font())
        bold.setBold(True)
        self.state.setFont(bold)

        self.last_step = QLabel()  # what the last step did, until the next one
        self.last_step.setWordWrap(True)
        self.last_step.setTextFormat(Qt.TextFormat.PlainText)

        self.case_button = QPushButton(self.tr("Make a &case of it"))
        self.case_button.clicked.connect(self.make_case)
        self.done_button = QPushButton(self.tr("&Dealt with"))
        self.done_button.clicked.connect(self.dealt_with)
        self.close_button = QPushButton(self.tr("Close"))
        self.close_button.clicked.connect(self.reject)

        top = QWidget()
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        top_layout.addWidget(list_label)
        top_layout.addWidget(self.list)
        bottom = QWidget()
        bottom_layout = QVBoxLayout(bottom)
        bottom_layout.setContentsMargins(0, 0, 0, 0)
        bottom_layout.addWidget(raw_label)
        bottom_layout.addWidget(self.raw)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(top)
        split.addWidget(bottom)
        split.setSizes([220, 320])
        buttons = QHBoxLayout()
        buttons.addWidget(self.case_button)
        buttons.addWidget(self.done_button)
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(split, 1)
        layout.addWidget(self.state)
        layout.addWidget(self.last_step)
        layout.addLayout(buttons)
        self.resize(960, 640)
        self.reload()
        self.list.setFocus()

    # ------------------------------------------------------------------ list
    def reload(self, keep: int | None = None) -> None:
        self.why_not = self.intake.may_take_in() or self.cases.may_work()
        try:
            self.items = self.intake.set_aside_messages()
        except CommdeskError as exc:
            show_error(self, self.tr("The set-aside mail could not be read"), exc)
            self.items = []
        self._parsed.clear()
        zone_name = tz.zone_label(self.items[0].taken_at if self.items else None, self.zone)
        self.list.setHeaderLabels(
            [
                self.tr("Taken in ({zone})").format(zone=zone_name),
                self.tr("Sender"),
                self.tr("Subject"),
                self.tr("Why it was set aside"),
            ]
        )
        self.list.clear()
        chosen = None
        for m in self.items:
            item = QTreeWidgetItem(
                [
                    tz.format_instant(m.taken_at, self.zone, with_zone=False),
                    m.sender or self.tr("(unknown)"),
                    m.subject or self.tr("(no subject)"),
                    m.reason,
                ]
            )
            item.setData(0, Qt.ItemDataRole.UserRole, m.id)
            item.setToolTip(COL_REASON, m.reason)
            item.setToolTip(COL_RECEIVED, tz.format_instant(m.taken_at, self.zone))
            self.list.addTopLevelItem(item)
            if m.id == keep:
                chosen = item
        # the time column as wide as its header, which names the zone
        header_width = self.list.header().fontMetrics().horizontalAdvance(self.list.headerItem().text(0)) + 24
        for col, width in ((COL_RECEIVED, max(150, header_width)), (COL_SENDER, 200), (COL_SUBJECT, 220)):
            self.list.setColumnWidth(col, width)
        if self.items:
            self.intro.setText(
                self.tr(
                    "%n message(s) the intake could not make a case of, or that belong to no case. Look at "
                    "each: make a case of a readable one, or mark it dealt with.",
                    "",
                    len(self.items),
                )
            )
        else:
            self.intro.setText(
                self.tr("Nothing is set aside: every message the intake took in is accounted for.")
            )
        self.list.setCurrentItem(chosen or self.list.topLevelItem(0))
        self._show_current()

    def current(self) -> SetAsideMessage | None:
        item = self.list.currentItem()
        if item is None:
            return None
        wanted = item.data(0, Qt.ItemDataRole.UserRole)
        return next((m for m in self.items if m.id == wanted), None)

    def message(self, item: SetAsideMessage) -> IncomingMessage | None:
        """The kept message read again (None when nothing of it was kept)."""
        if item.id not in self._parsed:
            parsed = None
            if item.has_raw:
                try:
                    parsed = parse_message(self.intake.set_aside_raw(item.id))
                except CommdeskError:
                    parsed = None
            self._parsed[item.id] = parsed
        return self._parsed[item.id]

    def _show_current(self) -> None:
        item = self.current()
        readable = False
        if item is None:
            self.raw.setPlainText("")
            self.state.setText("")
        elif not item.has_raw:
            self.raw.setPlainText("")
            self.state.setText(self.tr("Nothing of this message was kept; only its line in the log is left."))
        else:
            try:
                raw = self.intake.set_aside_raw(item.id)
            except CommdeskError as exc:
                raw = b""
                self.state.setText(str(exc))
            # plain text only: the bytes as they came, undecodable ones shown as replacement marks
            self.raw.setPlainText(raw.decode("utf-8", errors="replace"))
            message = self.message(item)
            readable = (
                message is not None and message.readable and bool(message.text.strip() or message.subject)
            )
            if readable:
                self.state.setText(self.tr("Readable: it can be made a case, or marked dealt with."))
            elif raw:
                self.state.setText(self.tr("Not readable as a message: it can only be marked dealt with."))
        self.case_button.setEnabled(readable and not self.why_not)
        self.done_button.setEnabled(item is not None and not self.why_not)
        for button in (self.case_button, self.done_button):
            button.setToolTip(self.why_not)
        if self.why_not and item is not None:  # the steps are not theirs: that, not what the steps could do
            self.state.setText(
                self.tr("You can read these messages but not act on them: {why}").format(why=self.why_not)
            )

    # ------------------------------------------------------------------ steps
    def make_case(self) -> Case | None:
        item = self.current()
        message = self.message(item) if item is not None else None
        if item is None or message is None or not message.readable or self.why_not:
            return None
        summary = (message.subject.strip() or _first_line(message.text) or self.tr("(no subject)"))[:300]
        sender = message.sender
        customer = (
            (sender.name, "", sender.address)
            if sender is not None and (sender.name or sender.address)
            else None
        )
        received = (
            message.date if message.date is not None and message.date <= item.taken_at else item.taken_at
        )
        channel = Channel.WEB_FORM if message.source is Source.WEB_FORM else Channel.MAILBOX
        try:
            case = self.cases.create(
                channel,
                summary,
                customer=customer,
                received_at=received,
                note=message.text.strip() or message.subject,
                typed=False,  # the sender's details as the message gave them, not typed here
            )
        except CommdeskError as exc:
            show_error(self, self.tr("No case was made of the message"), exc)
            return None
        try:
            self.intake.mark_looked_at(item.id)
        except CommdeskError as exc:
            show_error(
                self,
                self.tr("Case {reference} was made, but the message is still listed").format(
                    reference=case.reference
                ),
                exc,
            )
        self.case_made.emit(case)
        self.reload()
        self.last_step.setText(
            self.tr("Case {reference} was made of the message; it is shown in the Cases pane.").format(
                reference=case.reference
            )
        )
        return case

    def dealt_with(self) -> None:
        item = self.current()
        if item is None or self.why_not:
            return
        if not confirm(
            self,
            self.tr("Dealt with"),
            self.tr("Take “{subject}” off the list? It stays in the intake's log.").format(
                subject=item.subject or self.tr("(no subject)")
            ),
        ):
            return
        row = self.list.indexOfTopLevelItem(self.list.currentItem())
        try:
            self.intake.mark_looked_at(item.id)
        except CommdeskError as exc:
            show_error(self, self.tr("The message is still listed"), exc)
            return
        self.reload()
        self.last_step.setText(self.tr("Taken off the list; it stays in the intake's log."))
        following = self.list.topLevelItem(min(row, self.list.topLevelItemCount() - 1))
        if following is not None:
            self.list.setCurrentItem(following)
        self.list.setFocus()


def _first_line(text: str) -> str:
    return next((line.strip() for line in text.splitlines() if line.strip()), "")[:200]
