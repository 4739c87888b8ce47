"""First run: a short welcome. Either create the profile (then the organisation's name, logo and
default country), or look around a demo desk first."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QPushButton, QVBoxLayout

from commdesk.services.people import PeopleService
from commdesk.services.settings import SettingsService
from commdesk.ui.admin.org_settings_dialog import OrgSettingsDialog
from commdesk.ui.admin.person_dialog import PersonDialog

DEMO = "demo"


class WelcomeDialog(QDialog):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.choice = None
        self.setWindowTitle(self.tr("Welcome to commdesk"))
        heading = QLabel(self.tr("Welcome to commdesk"))
        font = heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        heading.setFont(font)
        text = QLabel(
            self.tr(
                "commdesk keeps your office's media contacts, press releases and meetings, and checks them "
                "against your communication procedure.\n\nCreate your profile to start with an empty desk: you "
                "become its first administrator. Or look around a demo desk full of sample contacts, releases "
                "and meetings first; your own desk stays untouched."
            )
        )
        text.setWordWrap(True)
        self.create_button = QPushButton(self.tr("&Create my profile"))
        self.create_button.setDefault(True)
        self.demo_button = QPushButton(self.tr("&Explore the demo"))
        self.create_button.clicked.connect(lambda: self._done("create"))
        self.demo_button.clicked.connect(lambda: self._done(DEMO))
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.demo_button)
        buttons.addWidget(self.create_button)
        layout = QVBoxLayout(self)
        layout.addWidget(heading, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(text)
        layout.addLayout(buttons)
        self.resize(520, 260)

    def _done(self, choice: str) -> None:
        self.choice = choice
        self.accept()


def create_profile(parent, services):
    """The profile, then the organisation (optional: the defaults work). None when cancelled."""
    dlg = PersonDialog(services.get(PeopleService), first_run=True, parent=parent)
    if not dlg.exec() or dlg.result_person is None:
        return None
    person = dlg.result_person
    services.set_person(person)
    org = OrgSettingsDialog(services.get(SettingsService), True, parent)
    org.setWindowTitle(org.tr("Your organisation"))
    org.exec()
    return person


def run_first_run(parent, services):
    """The new person, ``DEMO`` when the user chose to explore the demo, or None when cancelled."""
    welcome = WelcomeDialog(parent)
    if not welcome.exec() or welcome.choice is None:
        return None
    if welcome.choice == DEMO:
        return DEMO
    return create_profile(parent, services)
