"""Publishing a post is a copy-and-record step (commdesk calls no platform API): the approved text
is on the clipboard and the post's files are in a folder opened for uploading; once it is on the
platform, its address and time are recorded here."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import (
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
)

from commdesk.core import timezones as tz
from commdesk.core.errors import CommdeskError
from commdesk.core.publishing import cadence as cad
from commdesk.services.publishing.posts import FinalCopy, Post, PostService
from commdesk.services.settings import SettingsService
from commdesk.ui.common.unsaved import AsksBeforeDiscarding
from commdesk.ui.publishing.post_dialog import from_qdatetime, to_qdatetime
from commdesk.ui.publishing.widgets import show_failure


class PublishDialog(AsksBeforeDiscarding, QDialog):
    def __init__(self, services, post: Post, copy: FinalCopy, parent=None):
        super().__init__(parent)
        self.services, self.post, self.copy = services, post, copy
        self.published: Post | None = None
        self.zone = services.get(SettingsService).time_zone()
        self.setWindowTitle(self.tr("Publish post %1").replace("%1", str(post.id)))

        intro = QLabel(
            self.tr(
                "The approved text is on the clipboard. Paste it on %1, upload the files, then record "
                "the post's address here."
            ).replace("%1", post.account)
        )
        intro.setWordWrap(True)
        self.text = QPlainTextEdit(copy.clipboard)
        self.text.setReadOnly(True)
        self.copy_button = QPushButton(self.tr("&Copy text again"))
        self.copy_button.clicked.connect(self.to_clipboard)
        self.folder_button = QPushButton(self.tr("Open the &files folder"))
        self.folder_button.clicked.connect(self.open_folder)
        self.folder_button.setEnabled(copy.folder is not None)
        if copy.folder is None:
            self.folder_button.setToolTip(self.tr("The post has no files."))
        row = QHBoxLayout()
        row.addWidget(self.copy_button)
        row.addWidget(self.folder_button)
        row.addStretch(1)

        form = QFormLayout()
        self.url = QLineEdit()
        self.url.setPlaceholderText("https://")
        self.when = QDateTimeEdit()
        self.when.setDisplayFormat("yyyy-MM-dd HH:mm")
        self.when.setCalendarPopup(True)
        self.when.setDateTime(to_qdatetime(services.ctx.clock(), self.zone))
        for text, widget in (
            (self.tr("Post's &address:"), self.url),
            (
                self.tr("&Published (%1):").replace(
                    "%1", tz.zone_label(self.services.ctx.clock(), self.zone)
                ),
                self.when,
            ),
        ):
            label = QLabel(text)
            label.setBuddy(widget)
            form.addRow(label, widget)

        # a post counts in the week it went out: recorded in another week than planned, the planned
        # week may fall below its target (SM-2), said before it is recorded
        self.week_note = QLabel()
        self.week_note.setObjectName("weekNote")
        self.week_note.setWordWrap(True)
        self.when.dateTimeChanged.connect(lambda _d: self.explain_week())

        self.box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.record = self.box.addButton(
            self.tr("&Record as published"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.box.accepted.connect(self.save)
        self.box.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.text, 1)
        layout.addLayout(row)
        layout.addLayout(form)
        layout.addWidget(self.week_note)
        layout.addWidget(self.box)
        self.resize(640, 480)
        self.to_clipboard()
        self.explain_week()
        self.mark_unchanged()

    def explain_week(self) -> None:
        """Empty while the time chosen is in the week the post was planned for; else which week it
        then counts in, and whether the week it leaves falls below the account's target."""
        day = tz.to_zone(from_qdatetime(self.when.dateTime(), self.zone), self.zone).date()
        planned = tz.to_zone(self.post.planned_at, self.zone).date()
        new, old = cad.monday_of(day), cad.monday_of(planned)
        if new == old:
            self.week_note.clear()
            self.week_note.setVisible(False)
            return
        try:
            weeks = self.services.get(PostService).cadence(planned, planned)
        except CommdeskError:
            weeks = []
        week = next((w for w in weeks if w.account_id == self.post.account_id), None)
        left = week.count - 1 if week is not None else 0
        text = self.tr("It counts in the week of %1, not the week of %2 it was planned for.")
        text = text.replace("%1", new.isoformat()).replace("%2", old.isoformat())
        if week is not None and left < week.low:
            # the cadence's own sentence: what to plan while that week is to come, nothing once over
            text += " " + replace(week, count=left).explain()
            self.week_note.setStyleSheet("color: #b35900")
        else:
            self.week_note.setStyleSheet("")
        self.week_note.setText(text)
        self.week_note.setVisible(True)

    def to_clipboard(self) -> None:
        QGuiApplication.clipboard().setText(self.copy.clipboard)

    def open_folder(self) -> None:
        if self.copy.folder is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.copy.folder)))

    def edit_state(self):
        return self.url.text().strip()

    def discard_question(self) -> tuple[str, str]:
        return (
            self.tr("Leave without recording?"),
            self.tr("The address you typed is not recorded, and the post stays unpublished. Leave?"),
        )

    def save(self) -> None:
        try:
            self.published = self.services.get(PostService).record_published(
                self.post.id,
                self.url.text(),
                from_qdatetime(self.when.dateTime(), self.zone),
                self.post.version,
            )
        except CommdeskError as exc:
            if show_failure(self, self.tr("The publication cannot be recorded"), exc):
                self.mark_unchanged()  # the post changed meanwhile: the pane shows it as stored
                self.reject()
            return
        self.mark_unchanged()
        self.accept()
