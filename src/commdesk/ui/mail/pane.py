"""The Outbox pane (placeholder until its area is built)."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ..common.pane import PlaceholderPane


class OutboxPane(PlaceholderPane):
    def __init__(self, services, parent=None):
        super().__init__(
            services,
            QCoreApplication.translate("OutboxPane", "Outbox"),
            QCoreApplication.translate("OutboxPane", "The outbox: invitations, minutes and releases sent over SMTP by the procedure's rules, with retries and no message sent twice (EM-1 to EM-5)."),
            parent,
        )
