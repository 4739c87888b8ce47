"""Table models of the releases pane: the list of releases and the coverage log."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor, QFont

from commdesk.core.documents.releases import kind_label, tone_label
from commdesk.core.releases.embargo import embargo_text
from commdesk.core.releases.workflow import State
from commdesk.ui.common.table_model import RowsTableModel

ID_ROLE = Qt.ItemDataRole.UserRole + 1


_STATE_COLOURS = {
    State.DRAFT: "#6b7280",
    State.IN_REVIEW: "#b45309",
    State.CHANGES_REQUESTED: "#b3261e",
    State.APPROVED: "#1e7d4f",
    State.SCHEDULED: "#1f4e79",
    State.PUBLISHED: "#14532d",
    State.ARCHIVED: "#6b7280",
    State.WITHDRAWN: "#6b7280",
}


class ReleaseTableModel(RowsTableModel):
    REFERENCE, TITLE, STATE, LANGUAGE, EMBARGO, AUTHOR, COVERAGE = range(7)
    zone = ""  # the organisation's zone, for an embargo without one of its own (the pane sets it)

    def headers(self) -> list[str]:
        return [
            QCoreApplication.translate("ReleaseModels", "Reference"),
            QCoreApplication.translate("ReleaseModels", "Title"),
            QCoreApplication.translate("ReleaseModels", "State"),
            QCoreApplication.translate("ReleaseModels", "Language"),
            QCoreApplication.translate("ReleaseModels", "Embargo"),
            QCoreApplication.translate("ReleaseModels", "Author"),
            QCoreApplication.translate("ReleaseModels", "Coverage"),
        ]

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        r, col = self.rows[index.row()], index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return [
                f"{r.reference} v{r.revision}",
                r.title,
                r.state.label,
                "中文" if r.language == "zh" else "English",
                embargo_text(r.embargo, r.embargo_tz, self.zone) if r.embargo else "",
                r.author_name,
                str(r.coverage_count) if r.coverage_count else "",
            ][col]
        if role == ID_ROLE:
            return r.id
        if role == Qt.ItemDataRole.ForegroundRole and col == self.STATE:
            return QColor(_STATE_COLOURS[r.state])
        if role == Qt.ItemDataRole.FontRole and r.awaiting_me:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole:
            if col == self.EMBARGO and r.embargo is not None:  # the same time, with its zone's name
                return QCoreApplication.translate("ReleaseModels", "Embargo until {time}").format(
                    time=embargo_text(r.embargo, r.embargo_tz, self.zone)
                )
            if col == self.TITLE:  # elided in the list: the whole title here
                extra = (
                    QCoreApplication.translate("ReleaseModels", "Awaiting your review")
                    if r.awaiting_me
                    else ""
                )
                return f"{r.title}\n{extra}".strip()
            if r.awaiting_me:
                return QCoreApplication.translate("ReleaseModels", "Awaiting your review")
        return None

    def row_of(self, release_id: int) -> int:
        return next((i for i, r in enumerate(self.rows) if r.id == release_id), -1)


class CoverageTableModel(RowsTableModel):
    DAY, OUTLET, KIND, JOURNALIST, HEADLINE, REACH, TONE, TYPE = range(8)

    def headers(self) -> list[str]:
        return [
            QCoreApplication.translate("ReleaseModels", "Date"),
            QCoreApplication.translate("ReleaseModels", "Outlet"),
            QCoreApplication.translate("ReleaseModels", "Kind"),
            QCoreApplication.translate("ReleaseModels", "Journalist"),
            QCoreApplication.translate("ReleaseModels", "Headline"),
            QCoreApplication.translate("ReleaseModels", "Reach"),
            QCoreApplication.translate("ReleaseModels", "Tone"),
            QCoreApplication.translate("ReleaseModels", "Original / reprint"),
        ]

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        c, col = self.rows[index.row()], index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return [
                c.day.isoformat(),
                c.outlet,
                kind_label(c.outlet_kind),
                c.journalist_name,
                c.headline,
                f"{c.reach:,}",
                tone_label(c.tone),
                QCoreApplication.translate("ReleaseModels", "original")
                if c.original
                else QCoreApplication.translate("ReleaseModels", "reprint"),
            ][col]
        if role == Qt.ItemDataRole.ToolTipRole and col == self.HEADLINE and c.url:
            return c.url
        if role == Qt.ItemDataRole.TextAlignmentRole and col == self.REACH:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == ID_ROLE:
            return c.id
        return None
