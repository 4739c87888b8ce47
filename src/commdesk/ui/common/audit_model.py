"""Table model over audit entries, shared by the audit pane and the History dialog.

Tables, fields and coded values are shown with the labels the forms use (``core.labels``), a record
and a reference by what it is called (``AuditService.titles``: 会议 #8 传播部周例会, not a bare 8), a
person by name, times in the organisation's zone (the time column's header names it, an instant
among the old and new values names it itself), never raw column names, ids or codes.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt

from commdesk.core import labels
from commdesk.core.timezones import format_instant, offset_label, system_zone_name, zone_label
from commdesk.services.audit import AuditEntry, entry_value, record_label
from commdesk.ui.common.table_model import RowsTableModel


class AuditTableModel(RowsTableModel):
    COL_AT, COL_ACTOR, COL_RECORD, COL_ACTION, COL_FIELD, COL_OLD, COL_NEW, COL_NOTE = range(8)

    def __init__(
        self,
        parent=None,
        zone: str | None = None,
        names: labels.NameLookup | None = None,
        titles: dict[tuple[str, str], str] | None = None,
    ):
        super().__init__(parent)
        self.zone = zone or system_zone_name()
        self.names = names  # people's names for their ids (``services.names.name_lookup``)
        self.titles = titles or {}  # what records are called (``AuditService.titles``)

    def set_zone(self, zone: str) -> None:
        self.beginResetModel()
        self.zone = zone
        self.endResetModel()

    @property
    def entries(self) -> list[AuditEntry]:
        return self.rows

    def set_entries(
        self, entries: list[AuditEntry], titles: dict[tuple[str, str], str] | None = None
    ) -> None:
        """Show ``entries``; ``titles``: what the records they name are called (None: keep the known)."""
        if titles is not None:
            self.titles = titles
        self.set_rows(entries)

    def headers(self) -> list[str]:
        # the offset in the header keeps the column narrow; the zone's name is in the header's tooltip
        return [
            self.tr("When ({zone})").format(zone=offset_label(None, self.zone)),
            self.tr("Who"),
            self.tr("Record"),
            self.tr("Action"),
            self.tr("Field"),
            self.tr("Old value"),
            self.tr("New value"),
            self.tr("Note"),
        ]

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if (
            role == Qt.ItemDataRole.ToolTipRole
            and orientation == Qt.Orientation.Horizontal
            and section == self.COL_AT
        ):
            return self.tr("Times in {zone}").format(zone=zone_label(None, self.zone))
        return super().headerData(section, orientation, role)

    def action_label(self, action: str) -> str:
        return labels.action_label(action)

    def cell_text(self, e: AuditEntry, col: int) -> str:
        if col == self.COL_AT:
            return format_instant(e.at, self.zone, with_zone=False, fmt="%Y-%m-%d %H:%M:%S")
        if col == self.COL_ACTOR:
            return e.actor
        if col == self.COL_RECORD:
            return record_label(e.entity, e.entity_id, self.titles)
        if col == self.COL_ACTION:
            return self.action_label(e.action)
        if col == self.COL_FIELD:
            return labels.field_label(e.entity, e.field)
        if col in (self.COL_OLD, self.COL_NEW):
            return entry_value(
                e, e.old if col == self.COL_OLD else e.new, self.zone, self.titles, self.names, with_zone=True
            )
        return labels.note_label(e.entity, e.action, e.note)

    def data(self, index: QModelIndex | QPersistentModelIndex, role=Qt.ItemDataRole.DisplayRole):
        e = self.row_object(index)
        if e is None:
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self.cell_text(e, index.column())
        if role == Qt.ItemDataRole.UserRole:
            return e
        return None
