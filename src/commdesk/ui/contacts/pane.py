"""The Media contacts pane (placeholder until its area is built)."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ..common.pane import PlaceholderPane


class ContactsPane(PlaceholderPane):
    def __init__(self, services, parent=None):
        super().__init__(
            services,
            QCoreApplication.translate("ContactsPane", "Media contacts"),
            QCoreApplication.translate("ContactsPane", "The media contact database: journalists and outlets, beats and preferences, cooperation history, distribution lists, do-not-contact, import and export, duplicates (MD-1, CR-1, CR-4)."),
            parent,
        )
