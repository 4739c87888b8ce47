"""The panes of the main window, in navigation order. Each is created on first use."""

from __future__ import annotations

import importlib
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication


@dataclass(frozen=True)
class PaneSpec:
    key: str
    icon: str  # resources/icons/<icon>.svg
    factory: str  # "module:Class", imported lazily
    eager: bool = False  # built right after start-up (badges, reminders, crash recovery)
    first: bool = False  # the first screen: shown before anything else is prepared (see MainWindow)

    def title(self) -> str:
        return {
            "home": QCoreApplication.translate("Navigation", "Home"),
            "contacts": QCoreApplication.translate("Navigation", "Contacts"),
            "cases": QCoreApplication.translate("Navigation", "Cases"),
            "releases": QCoreApplication.translate("Navigation", "Press releases"),
            "meetings": QCoreApplication.translate("Navigation", "Meetings"),
            "outbox": QCoreApplication.translate("Navigation", "Outbox"),
            "staff": QCoreApplication.translate("Navigation", "Staff directory"),
            "events": QCoreApplication.translate("Navigation", "Media events"),
            "announcements": QCoreApplication.translate("Navigation", "Announcements"),
            "posts": QCoreApplication.translate("Navigation", "Social posts"),
            "calendar": QCoreApplication.translate("Navigation", "Calendar"),
            "evaluation": QCoreApplication.translate("Navigation", "Evaluation"),
            "procedure": QCoreApplication.translate("Navigation", "Procedure"),
            "crisis": QCoreApplication.translate("Navigation", "Crisis log"),
            "audit": QCoreApplication.translate("Navigation", "Audit log"),
        }[self.key]

    def create(self, services, parent=None):
        module, _, cls = self.factory.partition(":")
        return getattr(importlib.import_module(module), cls)(services, parent)


PANES: tuple[PaneSpec, ...] = (
    # eager too: when the window opens on another pane, Home is still made, so its badge counts
    PaneSpec("home", "home", "commdesk.ui.home.pane:HomePane", first=True, eager=True),
    PaneSpec("contacts", "contacts", "commdesk.ui.contacts.pane:ContactsPane"),
    PaneSpec("cases", "cases", "commdesk.ui.cases.pane:CasesPane"),
    PaneSpec("releases", "releases", "commdesk.ui.releases.pane:ReleasesPane", eager=True),
    PaneSpec("meetings", "meetings", "commdesk.ui.meetings.pane:MeetingsPane", eager=True),
    PaneSpec("outbox", "outbox", "commdesk.ui.mail.pane:OutboxPane", eager=True),
    PaneSpec("staff", "staff", "commdesk.ui.staff.pane:StaffPane"),
    PaneSpec("events", "events", "commdesk.ui.events.pane:EventsPane"),
    PaneSpec("announcements", "announcements", "commdesk.ui.announcements.pane:AnnouncementsPane"),
    # eager: its reminder tells a post whose planned time came, whichever pane is open
    PaneSpec("posts", "posts", "commdesk.ui.publishing.pane:PostsPane", eager=True),
    PaneSpec("calendar", "calendar", "commdesk.ui.calendar.pane:CalendarPane"),
    PaneSpec("evaluation", "evaluation", "commdesk.ui.evaluation.pane:EvaluationPane"),  # EV-2..8
    PaneSpec("crisis", "crisis", "commdesk.ui.crisis.pane:CrisisPane"),  # SM-5, EV-7
    PaneSpec("procedure", "procedure", "commdesk.ui.procedure.pane:ProcedurePane"),  # AP-1..4
    PaneSpec("audit", "audit", "commdesk.ui.admin.audit_pane:AuditPane"),
)
