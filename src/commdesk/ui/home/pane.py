"""The Home pane (placeholder until its area is built)."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ..common.pane import PlaceholderPane


class HomePane(PlaceholderPane):
    def __init__(self, services, parent=None):
        super().__init__(
            services,
            QCoreApplication.translate("HomePane", "Home"),
            QCoreApplication.translate("HomePane", "The day's work at a glance: reviews awaiting you, your open and overdue actions, today's meetings, minutes due, embargoes ending soon, media inquiries awaiting an answer and outbox failures, with charts."),
            parent,
        )
