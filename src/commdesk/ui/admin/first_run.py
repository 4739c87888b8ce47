"""First run: a short welcome that creates the profile, then asks for the organisation's details."""
from __future__ import annotations

from PySide6.QtWidgets import QLabel

from ...core.services.people import PeopleService
from ...core.services.settings import SettingsService
from .org_settings_dialog import OrgSettingsDialog
from .person_dialog import PersonDialog


def run_first_run(parent, services):
    """The new person, or None when the user cancelled."""
    dlg = PersonDialog(services.get(PeopleService), first_run=True, parent=parent)
    welcome = QLabel(dlg.tr(
        "Welcome to commdesk. Create your profile: you become the first administrator and can add "
        "colleagues later (File > People and roles)."), dlg)
    welcome.setWordWrap(True)
    dlg.layout().insertWidget(0, welcome)
    if not dlg.exec() or dlg.result_person is None:
        return None
    person = dlg.result_person
    services.set_person(person)
    org = OrgSettingsDialog(services.get(SettingsService), True, parent)
    org.setWindowTitle(org.tr("Your organisation"))
    org.exec()  # optional: the defaults work, and the settings can be changed at any time
    return person
