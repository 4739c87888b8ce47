"""Organisation-wide settings (administrators): name, departments, logo, country, working hours, AP-1/AP-2,
time zone, the office's own closed days and the small-team minutes rule."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path

import phonenumbers
from PySide6.QtCore import QDate, QEvent, QLocale, Qt, QTime
from PySide6.QtGui import QKeySequence, QPixmap, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from commdesk.core import timezones as tz
from commdesk.core.domain.people import Role
from commdesk.core.errors import CommdeskError, ValidationError
from commdesk.services.settings import OrgSettings, SettingsService
from commdesk.ui.common.ask import show_error
from commdesk.ui.generated.ui_org_settings_form import Ui_OrgSettingsForm
from commdesk.ui.meetings.zoned import make_zone_search


class OrgSettingsDialog(QDialog):
    def __init__(self, settings: SettingsService, may_edit: bool, parent: QWidget | None = None):
        super().__init__(parent)
        self.settings = settings
        self.setWindowTitle(self.tr("Organisation settings"))
        self.form = QWidget(self)
        self.ui = Ui_OrgSettingsForm()
        self.ui.setupUi(self.form)
        self.org = settings.organisation()
        self.logo = self.org.logo_png
        ui = self.ui
        for region in sorted(phonenumbers.SUPPORTED_REGIONS):
            territory = QLocale(f"und_{region}").territory()
            name = (
                region if territory == QLocale.Country.AnyTerritory else QLocale.territoryToString(territory)
            )
            ui.countryEdit.addItem(
                f"{region} — {name} (+{phonenumbers.country_code_for_region(region)})", region
            )
        ui.countryEdit.setCurrentIndex(max(0, ui.countryEdit.findData(self.org.default_country)))
        ui.nameEdit.setText(self.org.name)
        ui.departmentsEdit.setPlainText("\n".join(self.org.departments))
        ui.startEdit.setTime(QTime(self.org.work_start.hour, self.org.work_start.minute))
        ui.endEdit.setTime(QTime(self.org.work_end.hour, self.org.work_end.minute))
        ui.ownerEdit.setText(self.org.procedure_owner)
        review = self.org.next_review
        today = tz.today_in(tz.org_zone_name(self.org), settings.ctx.clock)
        ui.reviewEdit.setDate(
            QDate(review.year, review.month, review.day)
            if review
            else QDate(today.year, today.month, today.day).addYears(1)
        )
        ui.boilerplateEdit.setPlainText(self.org.boilerplate)
        ui.mediaEdit.setPlainText(self.org.media_contact)
        self._setup_zone()
        self.closed: dict[date, str] = dict(self.org.closed_days)
        ui.closedDateEdit.setDate(QDate(today.year, today.month, today.day))
        ui.closedAddButton.clicked.connect(self.add_closed_day)
        ui.closedRemoveButton.clicked.connect(self.remove_closed_day)
        # Enter in the date or label adds the day (and does not press Save, the dialog's default).
        ui.closedLabelEdit.installEventFilter(self)
        ui.closedDateEdit.installEventFilter(self)
        self._show_closed()
        ui.selfApprovalCheck.setChecked(self.org.minutes_self_approval)
        ui.selfApprovalCheck.setToolTip(
            self.tr(
                "Four eyes: normally someone other than the note-taker approves the minutes. Allow this only "
                "when the team is too small for that."
            )
        )
        ui.logoButton.clicked.connect(self.choose_logo)
        ui.logoClearButton.clicked.connect(lambda: self._set_logo(None))
        self._set_logo(self.logo)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Save)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Save), self, self.save)
        layout = QVBoxLayout(self)
        layout.addWidget(self.form)
        layout.addWidget(buttons)
        if not may_edit:
            self.form.setEnabled(False)
            self.save_button.setEnabled(False)
            ui.errorLabel.setEnabled(True)
            ui.errorLabel.setText(self.tr("Only administrators can change these settings."))

    # ---------------------------------------------------------------------------------- zone
    def _setup_zone(self) -> None:
        combo: QComboBox = self.ui.zoneEdit
        combo.addItem(self.tr("The computer's zone ({zone})").format(zone=tz.system_zone_name()), "")
        for name in tz.all_zone_names():
            combo.addItem(name, name)
        if self.org.time_zone and combo.findData(self.org.time_zone) < 0:
            combo.addItem(
                self.org.time_zone, self.org.time_zone
            )  # a valid name the list leaves out (EST5EDT)
        make_zone_search(combo)
        combo.setCurrentIndex(max(0, combo.findData(self.org.time_zone)))
        combo.currentTextChanged.connect(lambda _t: self._zone_note())
        self._zone_note()

    def zone(self) -> str | None:
        """The zone chosen: "" for the computer's, a name, or None when the text is not a zone."""
        combo = self.ui.zoneEdit
        index = combo.findText(combo.currentText())
        if index >= 0:
            return combo.itemData(index)
        text = combo.currentText().strip()
        return text if tz.is_valid_zone(text) else None

    def _zone_note(self) -> None:
        zone = self.zone()
        if zone is None:
            self.ui.zoneNote.setText(self.tr("Not a time zone; choose one from the list."))
        else:
            name = zone or tz.system_zone_name()
            self.ui.zoneNote.setText(
                self.tr("Now there: {time}").format(
                    time=tz.format_instant(tz.now_in(name, self.settings.ctx.clock), name)
                )
            )

    # ---------------------------------------------------------------------------------- closed days
    def _show_closed(self) -> None:
        from commdesk.core.workcalendar import WorkCalendar

        ui = self.ui
        ui.closedList.clear()
        for day in sorted(self.closed):
            item = QListWidgetItem(f"{day.isoformat()}  {self.closed[day]}")
            item.setData(Qt.ItemDataRole.UserRole, day.isoformat())
            ui.closedList.addItem(item)
        today = tz.today_in(self.zone() or tz.system_zone_name(), self.settings.ctx.clock)
        note = WorkCalendar().coverage_warning(today, date(today.year + 1, 1, 1))
        ui.calendarNote.setText(
            note
            or self.tr(
                "Chinese public holidays and make-up working days (调休) are counted for {years}."
            ).format(years=f"{today.year}–{today.year + 1}")
        )
        ui.calendarNote.setStyleSheet("color: #b3261e;" if note else "")

    def eventFilter(self, obj, event) -> bool:
        if (
            obj in (self.ui.closedLabelEdit, self.ui.closedDateEdit)
            and event.type() == QEvent.Type.KeyPress
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        ):
            self.add_closed_day()
            return True
        return super().eventFilter(obj, event)

    def add_closed_day(self) -> None:
        day = self.ui.closedDateEdit.date().toPython()
        label = " ".join(self.ui.closedLabelEdit.text().split())[:80]
        self.closed[day] = label
        self.ui.closedLabelEdit.clear()
        self._show_closed()

    def remove_closed_day(self) -> None:
        item = self.ui.closedList.currentItem()
        if item is not None:
            self.closed.pop(date.fromisoformat(item.data(Qt.ItemDataRole.UserRole)), None)
            self._show_closed()

    def _set_logo(self, data: bytes | None) -> None:
        self.logo = data
        if data:
            pix = QPixmap()
            pix.loadFromData(data)
            self.ui.logoPreview.setPixmap(
                pix.scaled(
                    120, 48, Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation
                )
            )
        else:
            self.ui.logoPreview.setText(self.tr("(no logo)"))

    def choose_logo(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Choose the logo"), "", self.tr("Images (*.png *.jpg *.jpeg)")
        )
        if path:
            self._set_logo(Path(path).read_bytes())

    def edited(self) -> OrgSettings:
        ui = self.ui
        depts = tuple(d.strip() for d in ui.departmentsEdit.toPlainText().splitlines() if d.strip())
        return replace(
            self.org,
            name=ui.nameEdit.text().strip(),
            departments=depts,
            logo_png=self.logo,
            default_country=ui.countryEdit.currentData(),
            work_start=ui.startEdit.time().toPython(),
            work_end=ui.endEdit.time().toPython(),
            procedure_owner=ui.ownerEdit.text().strip(),
            next_review=ui.reviewEdit.date().toPython(),
            boilerplate=ui.boilerplateEdit.toPlainText().strip(),
            media_contact=ui.mediaEdit.toPlainText().strip(),
            time_zone=self.zone() if self.zone() is not None else ui.zoneEdit.currentText().strip(),
            closed_days=tuple(sorted(self.closed.items())),
            minutes_self_approval=ui.selfApprovalCheck.isChecked(),
        )

    def save(self) -> None:
        try:
            self.org = self.settings.save_organisation(self.edited())
        except ValidationError as exc:
            self.ui.errorLabel.setText("\n".join(exc.errors.values()))
            return
        except CommdeskError as exc:
            show_error(self, self.windowTitle(), exc)
            return
        self.accept()


def may_edit(person) -> bool:
    return person.has(Role.ADMINISTRATOR)
