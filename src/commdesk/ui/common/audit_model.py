"""Table model over audit entries, shared by the audit pane and the History dialog."""
from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from ...core.services.audit import AuditEntry


class AuditTableModel(QAbstractTableModel):
    COL_AT, COL_ACTOR, COL_RECORD, COL_ACTION, COL_FIELD, COL_OLD, COL_NEW, COL_NOTE = range(8)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.entries: list[AuditEntry] = []

    def set_entries(self, entries: list[AuditEntry]) -> None:
        self.beginResetModel()
        self.entries = list(entries)
        self.endResetModel()

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.entries)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else 8

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (self.tr("When"), self.tr("Who"), self.tr("Record"), self.tr("Action"), self.tr("Field"),
                self.tr("Old value"), self.tr("New value"), self.tr("Note"))[section]

    def action_label(self, action: str) -> str:
        return {"create": self.tr("created"), "update": self.tr("changed"), "delete": self.tr("deleted"),
                "override": self.tr("warning overridden")}.get(action, action)

    def data(self, index: QModelIndex | QPersistentModelIndex, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not (0 <= index.row() < len(self.entries)):
            return None
        e = self.entries[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            col = index.column()
            if col == self.COL_AT:
                return e.at.astimezone().strftime("%Y-%m-%d %H:%M:%S")
            return (None, e.actor, f"{e.entity} #{e.entity_id}", self.action_label(e.action), e.field or "",
                    e.old or "", e.new or "", e.note or "")[col]
        if role == Qt.ItemDataRole.UserRole:
            return e
        return None
