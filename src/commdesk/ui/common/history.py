"""History of one record: every change from the audit log (P-7)."""
from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QHeaderView, QTableView, QVBoxLayout, QWidget

from ...core import labels
from ...core.services.audit import AuditService
from .audit_model import AuditTableModel


class HistoryDialog(QDialog):
    def __init__(self, audit: AuditService, entity: str, entity_id, title: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("History of {record}").format(record=title))
        self.model = AuditTableModel(self, zone=_org_zone(audit), names=labels.name_lookup(audit.ctx))
        self.model.set_entries(audit.history(entity, entity_id))
        view = QTableView(self)
        view.setModel(self.model)
        view.setColumnHidden(AuditTableModel.COL_RECORD, True)
        view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        view.horizontalHeader().setStretchLastSection(True)
        view.verticalHeader().hide()
        self.view = view
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(view)
        layout.addWidget(buttons)
        self.resize(820, 420)


def _org_zone(audit: AuditService) -> str:
    """The organisation's zone, in which the history's times are shown."""
    from ...core.services.settings import SettingsService

    return audit.ctx.service(SettingsService).time_zone()
