"""The Press releases pane (placeholder until its area is built)."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ..common.pane import PlaceholderPane


class ReleasesPane(PlaceholderPane):
    def __init__(self, services, parent=None):
        super().__init__(
            services,
            QCoreApplication.translate("ReleasesPane", "Press releases"),
            QCoreApplication.translate("ReleasesPane", "Press releases from templates through the four-eyes review to distribution and coverage tracking (MD-3, MD-4, P-6)."),
            parent,
        )
