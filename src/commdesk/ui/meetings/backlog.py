"""The series backlog: topics waiting for a meeting of the series.

Edit the list (add, rename in place, remove, reorder) and save it with the version it was read at; a
copy someone else changed in between goes through the usual conflict choice. "To next meeting's
agenda" moves the selected item onto the agenda of the series' next meeting ahead (saving first).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from commdesk.core import timezones as tz
from commdesk.core.errors import CommdeskError, ConflictError
from commdesk.services.meetings.service import MeetingService
from commdesk.ui.common.ask import show_error
from commdesk.ui.common.conflict import resolve_conflict
from commdesk.ui.common.unsaved import AsksBeforeDiscarding


class BacklogDialog(AsksBeforeDiscarding, QDialog):
    def __init__(self, services, series_id: int, parent: QWidget | None = None):
        super().__init__(parent)
        self.services = services
        self.svc: MeetingService = services.get(MeetingService)
        self.series_id = series_id
        self.dirty = False
        info = self.svc.series(series_id)
        self.setWindowTitle(self.tr("Series backlog: {topic}").format(topic=info.topic))
        layout = QVBoxLayout(self)
        self.heading = QLabel()
        self.heading.setWordWrap(True)
        layout.addWidget(self.heading)
        add_row = QHBoxLayout()
        self.new_item = QLineEdit()
        self.new_item.setObjectName("backlogNew")
        self.new_item.setPlaceholderText(self.tr("A topic for a later meeting of the series"))
        self.new_item.installEventFilter(self)  # Enter adds the topic (it does not press Save and close)
        add = QPushButton(self.tr("&Add"))
        add.clicked.connect(self.add_item)
        add_row.addWidget(self.new_item, 1)
        add_row.addWidget(add)
        layout.addLayout(add_row)
        body = QHBoxLayout()
        self.list = QListWidget()
        self.list.setObjectName("backlogList")
        self.list.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.list.model().rowsMoved.connect(lambda *_a: self._changed())
        self.list.itemChanged.connect(lambda _i: self._changed())
        body.addWidget(self.list, 1)
        side = QVBoxLayout()
        self.buttons = {}
        for key, text, slot in (
            ("remove", self.tr("&Remove"), self.remove_item),
            ("up", self.tr("Move &up"), lambda: self.move_item(-1)),
            ("down", self.tr("Move do&wn"), lambda: self.move_item(1)),
            ("to_agenda", self.tr("To next meeting's a&genda"), self.to_agenda),
        ):
            b = QPushButton(text)
            b.setObjectName(f"backlog_{key}")
            b.clicked.connect(slot)
            side.addWidget(b)
            self.buttons[key] = b
        side.addStretch(1)
        body.addLayout(side)
        layout.addLayout(body)
        self.status = QLabel()
        self.status.setWordWrap(True)
        layout.addWidget(self.status)
        box = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Close)
        box.accepted.connect(self.save_and_close)
        box.rejected.connect(self.reject)
        layout.addWidget(box)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Save), self, self.save)
        self.load(info)
        self.resize(620, 440)

    def eventFilter(self, obj, event) -> bool:
        if (
            obj is self.new_item
            and event.type() == QEvent.Type.KeyPress
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        ):
            self.add_item()
            return True
        return super().eventFilter(obj, event)

    # ------------------------------------------------------------------------------ state
    def load(self, info) -> None:
        self.version = info.version
        self.list.blockSignals(True)
        self.list.clear()
        for text in info.backlog:
            self._add(text)
        self.list.blockSignals(False)
        self.dirty = False
        next_id = self.svc.next_meeting_of_series(self.series_id)
        if next_id is None:
            self.next_text = ""
            self.heading.setText(self.tr("The series has no meeting ahead."))
        else:
            m = self.svc.get(next_id)
            self.next_text = m.topic
            self.heading.setText(
                self.tr("Next meeting: {when} {topic}").format(
                    when=tz.format_instant(m.start, m.tz) if m.start else "", topic=m.topic
                )
            )
        self.buttons["to_agenda"].setEnabled(next_id is not None)
        self.mark_unchanged()

    def edit_state(self):
        return tuple(self.items()), self.new_item.text().strip()

    def discard_question(self) -> tuple[str, str]:
        return self.tr("Discard changes?"), self.tr(
            "You have changed the backlog. Close without saving and lose the changes?"
        )

    def _add(self, text: str) -> QListWidgetItem:
        item = QListWidgetItem(text)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsEditable | Qt.ItemFlag.ItemIsDragEnabled)
        self.list.addItem(item)
        return item

    def _changed(self) -> None:
        self.dirty = True

    def items(self) -> list[str]:
        return [t for t in (self.list.item(i).text().strip() for i in range(self.list.count())) if t]

    # ------------------------------------------------------------------------------ editing
    def add_item(self) -> None:
        text = self.new_item.text().strip()
        if not text:
            return
        self.list.setCurrentItem(self._add(text))
        self.new_item.clear()
        self._changed()

    def remove_item(self) -> None:
        row = self.list.currentRow()
        if row >= 0:
            self.list.takeItem(row)
            self._changed()

    def move_item(self, step: int) -> None:
        row = self.list.currentRow()
        target = row + step
        if row < 0 or not 0 <= target < self.list.count():
            return
        self.list.blockSignals(True)
        item = self.list.takeItem(row)
        self.list.insertItem(target, item)
        self.list.blockSignals(False)
        self.list.setCurrentRow(target)
        self._changed()

    # ------------------------------------------------------------------------------ saving
    def save(self) -> bool:
        """Store the list; False when nothing was stored (conflict cancelled or an error)."""
        items = self.items()
        try:
            info = self.svc.set_backlog(self.series_id, items, self.version)
        except ConflictError as exc:
            choice = resolve_conflict(self, exc)
            if choice == "theirs":
                self.load(self.svc.series(self.series_id))
                self.status.setText(self.tr("Showing the stored backlog; your changes were discarded."))
                return False
            if choice != "mine":
                return False
            try:
                info = self.svc.set_backlog(self.series_id, items, self.svc.series(self.series_id).version)
            except CommdeskError as again:
                show_error(self, self.tr("The backlog was not saved"), again)
                return False
        except CommdeskError as exc:
            show_error(self, self.tr("The backlog was not saved"), exc)
            return False
        self.load(info)
        self.status.setText(self.tr("Backlog saved."))
        return True

    def save_and_close(self) -> None:
        if not self.dirty or self.save():
            self.accept()

    def to_agenda(self) -> None:
        row = self.list.currentRow()
        if row < 0:
            self.status.setText(self.tr("Select a backlog item first."))
            return
        text = self.list.item(row).text().strip()
        if self.dirty:
            if not self.save():
                return
            row = self.items().index(text) if text in self.items() else -1
            if row < 0:
                return
        try:
            info, meeting = self.svc.backlog_to_agenda(self.series_id, row, self.version)
        except ConflictError as exc:
            # the item is never moved from a stale list: the only way on is the stored one
            if resolve_conflict(self, ConflictError(str(exc))) == "theirs":
                self.load(self.svc.series(self.series_id))
                self.status.setText(
                    self.tr("Someone else changed the backlog; here is the stored list. Try again.")
                )
            return
        except CommdeskError as exc:
            show_error(self, self.tr("The item was not moved"), exc)
            return
        self.load(info)
        self.status.setText(
            self.tr("“{item}” is now on the agenda of {topic}.").format(item=text, topic=meeting.topic)
        )
