"""Organisation-wide settings (administrators): name, departments, logo, country, working hours, AP-1/AP-2."""
from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import phonenumbers
from PySide6.QtCore import QDate, QLocale, Qt, QTime
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFileDialog, QVBoxLayout, QWidget

from ...core.domain.people import Role
from ...core.errors import CommdeskError, ValidationError
from ...core.services.settings import OrgSettings, SettingsService
from ..common.ask import show_error
from ..generated.ui_org_settings_form import Ui_OrgSettingsForm


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
            name = region if territory == QLocale.Country.AnyTerritory else QLocale.territoryToString(territory)
            ui.countryEdit.addItem(f"{region} — {name} (+{phonenumbers.country_code_for_region(region)})", region)
        ui.countryEdit.setCurrentIndex(max(0, ui.countryEdit.findData(self.org.default_country)))
        ui.nameEdit.setText(self.org.name)
        ui.departmentsEdit.setPlainText("\n".join(self.org.departments))
        ui.startEdit.setTime(QTime(self.org.work_start.hour, self.org.work_start.minute))
        ui.endEdit.setTime(QTime(self.org.work_end.hour, self.org.work_end.minute))
        ui.ownerEdit.setText(self.org.procedure_owner)
        review = self.org.next_review
        ui.reviewEdit.setDate(QDate(review.year, review.month, review.day) if review
                              else QDate.currentDate().addYears(1))
        ui.boilerplateEdit.setPlainText(self.org.boilerplate)
        ui.mediaEdit.setPlainText(self.org.media_contact)
        ui.logoButton.clicked.connect(self.choose_logo)
        ui.logoClearButton.clicked.connect(lambda: self._set_logo(None))
        self._set_logo(self.logo)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Save)
        layout = QVBoxLayout(self)
        layout.addWidget(self.form)
        layout.addWidget(buttons)
        if not may_edit:
            self.form.setEnabled(False)
            self.save_button.setEnabled(False)
            ui.errorLabel.setEnabled(True)
            ui.errorLabel.setText(self.tr("Only administrators can change these settings."))

    def _set_logo(self, data: bytes | None) -> None:
        self.logo = data
        if data:
            pix = QPixmap()
            pix.loadFromData(data)
            self.ui.logoPreview.setPixmap(pix.scaled(120, 48, Qt.AspectRatioMode.KeepAspectRatio,
                                                     Qt.TransformationMode.SmoothTransformation))
        else:
            self.ui.logoPreview.setText(self.tr("(no logo)"))

    def choose_logo(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Choose the logo"), "",
                                              self.tr("Images (*.png *.jpg *.jpeg)"))
        if path:
            self._set_logo(Path(path).read_bytes())

    def edited(self) -> OrgSettings:
        ui = self.ui
        depts = tuple(d.strip() for d in ui.departmentsEdit.toPlainText().splitlines() if d.strip())
        return replace(self.org, name=ui.nameEdit.text().strip(), departments=depts, logo_png=self.logo,
                       default_country=ui.countryEdit.currentData(),
                       work_start=ui.startEdit.time().toPython(), work_end=ui.endEdit.time().toPython(),
                       procedure_owner=ui.ownerEdit.text().strip(), next_review=ui.reviewEdit.date().toPython(),
                       boilerplate=ui.boilerplateEdit.toPlainText().strip(),
                       media_contact=ui.mediaEdit.toPlainText().strip())

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
