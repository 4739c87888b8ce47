"""Table model over audit entries, shared by the audit pane and the History dialog."""
from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt

from ...core.services.audit import AuditEntry
from .table_model import RowsTableModel


class AuditTableModel(RowsTableModel):
    COL_AT, COL_ACTOR, COL_RECORD, COL_ACTION, COL_FIELD, COL_OLD, COL_NEW, COL_NOTE = range(8)

    @property
    def entries(self) -> list[AuditEntry]:
        return self.rows

    def set_entries(self, entries: list[AuditEntry]) -> None:
        self.set_rows(entries)

    def headers(self) -> list[str]:
        return [self.tr("When"), self.tr("Who"), self.tr("Record"), self.tr("Action"), self.tr("Field"),
                self.tr("Old value"), self.tr("New value"), self.tr("Note")]

    def action_label(self, action: str) -> str:
        return {"create": self.tr("created"), "update": self.tr("changed"), "delete": self.tr("deleted"),
                "override": self.tr("warning overridden")}.get(action, action)

    def data(self, index: QModelIndex | QPersistentModelIndex, role=Qt.ItemDataRole.DisplayRole):
        e = self.row_object(index)
        if e is None:
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            col = index.column()
            if col == self.COL_AT:
                return e.at.astimezone().strftime("%Y-%m-%d %H:%M:%S")
            return (None, e.actor, f"{e.entity} #{e.entity_id}", self.action_label(e.action), e.field or "",
                    e.old or "", e.new or "", e.note or "")[col]
        if role == Qt.ItemDataRole.UserRole:
            return e
        return None
