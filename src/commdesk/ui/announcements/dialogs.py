"""The announcement editor: subject, priority (【重要通知】), audience (subscription lists) and text.
Saving a changed text voids its approval: it is reviewed again before it can be sent."""

from __future__ import annotations

from datetime import time, timedelta

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from commdesk.core import timezones as tz
from commdesk.core.errors import CommdeskError, ConflictError
from commdesk.core.i18n import language
from commdesk.core.staff.records import SubscriptionStatus
from commdesk.services.announcements import Announcement, AnnouncementService
from commdesk.services.announcements.service import KEEP
from commdesk.services.settings import SettingsService
from commdesk.services.staff.service import StaffService
from commdesk.ui.common.ask import show_error
from commdesk.ui.common.unsaved import AsksBeforeDiscarding
from commdesk.ui.publishing.post_dialog import from_qdatetime, to_qdatetime


class AnnouncementDialog(AsksBeforeDiscarding, QDialog):
    """New (``announcement`` None) or edit; ``saved`` is the stored announcement after Save."""

    def __init__(
        self,
        services,
        announcement: Announcement | None = None,
        parent: QWidget | None = None,
        *,
        subject: str = "",
        body: str = "",
        important: bool = False,
    ):
        super().__init__(parent)
        self.services = services
        self.svc: AnnouncementService = services.get(AnnouncementService)
        self.announcement = announcement
        self.saved: Announcement | None = None
        self.setWindowTitle(self.tr("Edit announcement") if announcement else self.tr("New announcement"))
        self.resize(720, 600)
        self.subject = QLineEdit(announcement.subject if announcement else subject)
        self.subject.setPlaceholderText(self.tr("what it is about, e.g. 办公室搬迁"))
        self.important = QCheckBox(self.tr("【重要通知】 an &important notice"))
        self.important.setChecked(announcement.priority.value == "important" if announcement else important)
        self.audience = QListWidget()
        self.audience.setMaximumHeight(120)
        chosen = set(announcement.list_ids) if announcement else set()
        lang = language()
        try:
            lists = services.get(StaffService).lists(include_inactive=False)
        except CommdeskError:
            lists = []
        for lst in lists:
            item = QListWidgetItem(
                self.tr("{name} ({n} subscribed)").format(
                    name=lst.name(lang), n=lst.count(SubscriptionStatus.SUBSCRIBED)
                )
            )
            item.setData(Qt.ItemDataRole.UserRole, lst.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if lst.id in chosen else Qt.CheckState.Unchecked)
            self.audience.addItem(item)
        self.body = QPlainTextEdit(announcement.body if announcement else body)
        # when it is meant to go out (the calendar shows it there); not part of what is reviewed
        self.zone = services.get(SettingsService).time_zone()
        self.plan = QCheckBox(
            self.tr("&Planned to send (%1):").replace("%1", tz.zone_label(services.ctx.clock(), self.zone))
        )
        self.planned = QDateTimeEdit()
        self.planned.setCalendarPopup(True)
        self.planned.setDisplayFormat("yyyy-MM-dd HH:mm")
        planned_at = announcement.planned_at if announcement else None
        self.plan.setChecked(planned_at is not None)
        tomorrow = tz.today_in(self.zone, services.ctx.clock) + timedelta(days=1)
        start = planned_at or tz.wall_clock(tomorrow, time(9, 0), self.zone)  # office hours, not now
        self.planned.setDateTime(to_qdatetime(start, self.zone))
        self.planned.setEnabled(planned_at is not None)
        self.plan.toggled.connect(self.planned.setEnabled)
        if announcement is not None and announcement.sent_at is not None:  # it stays when it went out
            self.plan.setEnabled(False)
            self.planned.setEnabled(False)
        self.note = QLabel(
            self.tr(
                "Announcements go only to the subscribed members of the lists chosen, after a reviewer "
                "approved this exact text. Saving a change voids an approval."
            )
        )
        self.note.setWordWrap(True)
        form = QFormLayout()
        subject_label = QLabel(self.tr("&Subject:"))
        subject_label.setBuddy(self.subject)
        form.addRow(subject_label, self.subject)
        form.addRow("", self.important)
        audience_label = QLabel(self.tr("A&udience:"))
        audience_label.setBuddy(self.audience)
        form.addRow(audience_label, self.audience)
        form.addRow(self.plan, self.planned)
        body_label = QLabel(self.tr("Te&xt:"))
        body_label.setBuddy(self.body)
        form.addRow(body_label, self.body)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.note)
        layout.addWidget(buttons)
        self.mark_unchanged()

    def list_ids(self) -> list[int]:
        out = []
        for i in range(self.audience.count()):
            item = self.audience.item(i)
            if item.checkState() == Qt.CheckState.Checked:
                out.append(int(item.data(Qt.ItemDataRole.UserRole)))
        return out

    def edit_state(self):
        return (
            self.subject.text(),
            self.important.isChecked(),
            tuple(self.list_ids()),
            self.body.toPlainText(),
            self.planned_at(),
        )

    def planned_at(self):
        """The planned time (aware), or None when the announcement is not planned."""
        return from_qdatetime(self.planned.dateTime(), self.zone) if self.plan.isChecked() else None

    def discard_question(self) -> tuple[str, str]:
        return self.tr("Discard changes?"), self.tr("The announcement has unsaved changes. Discard them?")

    def save(self) -> None:
        priority = "important" if self.important.isChecked() else "normal"
        try:
            if self.announcement is None:
                self.saved = self.svc.create(
                    self.subject.text(),
                    self.body.toPlainText(),
                    priority,
                    self.list_ids(),
                    planned_at=self.planned_at(),
                )
            else:
                self.saved = self.svc.save(
                    self.announcement.id,
                    self.announcement.version,
                    self.subject.text(),
                    self.body.toPlainText(),
                    priority,
                    self.list_ids(),
                    planned_at=self.planned_at() if self.plan.isEnabled() else KEEP,
                )
        except ConflictError as exc:
            from commdesk.ui.common.conflict import resolve_conflict

            if resolve_conflict(self, exc) == "theirs":
                self.mark_unchanged()
                super().reject()
            return
        except CommdeskError as exc:
            show_error(self, self.windowTitle(), exc)
            return
        self.mark_unchanged()
        self.accept()


class ReviewersDialog(QDialog):
    """Administrators: how many distinct reviewers each kind that speaks for the organisation needs."""

    def __init__(self, services, parent: QWidget | None = None):
        super().__init__(parent)
        from PySide6.QtWidgets import QComboBox

        from commdesk.core.review.kinds import Kind
        from commdesk.services.review import ReviewService

        self.review: ReviewService = services.get(ReviewService)
        self.setWindowTitle(self.tr("Reviewers needed"))
        note = QLabel(
            self.tr(
                "Each kind is approved by one reviewer, or by two different reviewers, before it may leave "
                "the organisation. The author and the last editor never approve their own text."
            )
        )
        note.setWordWrap(True)
        form = QFormLayout()
        self.combos = {}
        for kind in Kind:
            combo = QComboBox()
            combo.addItem(self.tr("one reviewer"), 1)
            combo.addItem(self.tr("two reviewers"), 2)
            combo.setCurrentIndex(self.review.reviewers_needed(kind) - 1)
            self.combos[kind] = combo
            name = kind.label[:1].upper() + kind.label[1:]
            form.addRow(self.tr("{kind}:").format(kind=name), combo)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def save(self) -> None:
        try:
            for kind, combo in self.combos.items():
                if combo.currentData() != self.review.reviewers_needed(kind):
                    self.review.set_reviewers_needed(kind, int(combo.currentData()))
        except CommdeskError as exc:
            show_error(self, self.windowTitle(), exc)
            return
        self.accept()
