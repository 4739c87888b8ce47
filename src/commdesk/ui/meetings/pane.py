"""The Meetings pane (placeholder until its area is built)."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ..common.pane import PlaceholderPane


class MeetingsPane(PlaceholderPane):
    def __init__(self, services, parent=None):
        super().__init__(
            services,
            QCoreApplication.translate("MeetingsPane", "Meetings"),
            QCoreApplication.translate("MeetingsPane", "Meetings: planning and invitations, offline minute-taking, decisions and action items followed up across meetings (PC-1 to PC-7, FM-1 to FM-5)."),
            parent,
        )
