"""History of one record: every change from the audit log (P-7), in the forms' words: references by
what they are called (``AuditService.named_history``), people by name, times in the organisation's
zone, named."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QHeaderView, QTableView, QVBoxLayout, QWidget

from commdesk.services.audit import AuditService
from commdesk.services.names import name_lookup
from commdesk.ui.common.audit_model import AuditTableModel
from commdesk.ui.common.watch import TableWatch


class HistoryDialog(QDialog):
    def __init__(
        self,
        audit: AuditService,
        entity: str,
        entity_id,
        title: str,
        parent: QWidget | None = None,
        *,
        services=None,
    ):
        super().__init__(parent)
        self.setWindowTitle(self.tr("History of {record}").format(record=title))
        self.audit, self.entity, self.entity_id = audit, entity, entity_id
        entries, titles = audit.named_history(entity, entity_id)
        self.model = AuditTableModel(self, zone=_org_zone(audit), names=name_lookup(audit.ctx), titles=titles)
        self.model.set_entries(entries)
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
        from commdesk.ui.common.screen import fitting_size

        self.resize(fitting_size(self, 1060, 560))  # the note column beside the values, on a laptop too
        view.resizeColumnsToContents()
        cap = max(140, int(self.width() * 0.22))  # a release's body would push the note off the dialog;
        for col in (AuditTableModel.COL_OLD, AuditTableModel.COL_NEW):  # it is whole in the tooltip
            view.setColumnWidth(col, min(view.columnWidth(col), cap))
        _keep_note_in_view(view, self.width() - 40)
        if services is not None:  # a change committed meanwhile (a worker, another desk) shows too
            self.watch = TableWatch(services, self, {"audit_log"}, lambda _tables: self.reload())

    def reload(self) -> None:
        """Read the record's history again."""
        entries, titles = self.audit.named_history(self.entity, self.entity_id)
        self.model.set_entries(entries, titles)


def _keep_note_in_view(view: QTableView, width: int, note: int = 140, least: int = 80) -> None:
    """On a small screen or in a wide (Chinese) font the columns before the note may still be wider
    than the dialog: the values, the field and the person give way (each cell is whole in its
    tooltip) until the note has ``note`` pixels."""
    m = AuditTableModel
    shown = [c for c in range(m.COL_NOTE) if not view.isColumnHidden(c)]
    excess = sum(view.columnWidth(c) for c in shown) + note - width
    for col in (m.COL_NEW, m.COL_OLD, m.COL_FIELD, m.COL_ACTOR):
        if excess <= 0:
            break
        give = min(excess, max(0, view.columnWidth(col) - least))
        view.setColumnWidth(col, view.columnWidth(col) - give)
        excess -= give


def _org_zone(audit: AuditService) -> str:
    """The organisation's zone, in which the history's times are shown."""
    from commdesk.services.settings import SettingsService

    return audit.ctx.service(SettingsService).time_zone()
