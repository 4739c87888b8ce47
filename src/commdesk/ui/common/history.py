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
        view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        view.horizontalHeader().setStretchLastSection(True)
        view.verticalHeader().hide()
        self.view = view
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(view)
        layout.addWidget(buttons)
        from .screen import fitting_size

        self.resize(fitting_size(self, 1060, 560))  # the note column beside the values, on a laptop too
        view.resizeColumnsToContents()
        cap = max(140, int(self.width() * 0.22))  # a release's body would push the note off the dialog;
        for col in (AuditTableModel.COL_OLD, AuditTableModel.COL_NEW):  # it is whole in the tooltip
            view.setColumnWidth(col, min(view.columnWidth(col), cap))


def _org_zone(audit: AuditService) -> str:
    """The organisation's zone, in which the history's times are shown."""
    from ...core.services.settings import SettingsService

    return audit.ctx.service(SettingsService).time_zone()
