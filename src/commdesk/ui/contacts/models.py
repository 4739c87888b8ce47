"""Contacts as a table: filtered and sorted in SQL by the service, loaded lazily page by page.

``ContactTableModel`` never loads the whole set: ``set_query`` asks for the count and the first
page (two queries; sorting before the first query only sets the order). A set of up to
``WINDOW_FROM`` rows grows as the user scrolls: the view pulls further pages of ``PAGE`` rows
through ``canFetchMore`` / ``fetchMore``. A larger set is a window: the model has every row from
the start (the scroll bar is the whole list), and the page under the rows the view asks for is
read when it is first needed (one query, wherever the user drags the scroll bar), the last
``CACHED_PAGES`` pages kept. A header click re-runs the query with the matching ``sort``.
"""

from __future__ import annotations

import dataclasses
from collections import OrderedDict
from collections.abc import Sequence
from datetime import date, datetime

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor

from commdesk.core.contacts.records import Status, Tier
from commdesk.core.contacts.validation import format_phone

PAGE = 200
#: more rows than this: a window over the whole set (pages read where the view looks)
WINDOW_FROM = 20_000
CACHED_PAGES = 64
_ROOT = QModelIndex()


class WindowRows(Sequence):
    """The rows of a large result set, read a page at a time where they are asked for."""

    def __init__(self, model: ContactTableModel, total: int, first: list):
        self.model, self.total = model, total
        self.pages: OrderedDict[int, list] = OrderedDict({0: first})

    def page(self, n: int) -> list:
        got = self.pages.get(n)
        if got is None:
            got = list(self.model.service.search(self.model.query, offset=n * PAGE, limit=PAGE))
            self.pages[n] = got
            while len(self.pages) > CACHED_PAGES:
                old, rows = self.pages.popitem(last=False)
                for r in rows:
                    if self.model._row_of.get(r.id, -1) // PAGE == old:
                        del self.model._row_of[r.id]
            for i, r in enumerate(got):
                self.model._row_of[r.id] = n * PAGE + i
        else:
            self.pages.move_to_end(n)
        return got

    def __len__(self) -> int:
        return self.total

    def __getitem__(self, i):  # type: ignore[override]
        if isinstance(i, slice):
            return [self[j] for j in range(*i.indices(self.total))]
        if i < 0:
            i += self.total
        if not 0 <= i < self.total:
            raise IndexError(i)
        page = self.page(i // PAGE)
        k = i % PAGE
        if k >= len(page):  # the set shrank since it was counted: the last row stands in
            return page[-1] if page else self.page(0)[0]
        return page[k]

    def __setitem__(self, i: int, value) -> None:
        self.page(i // PAGE)[i % PAGE] = value

    def loaded(self) -> int:
        return sum(len(p) for p in self.pages.values())


(
    COL_NAME,
    COL_PINYIN,
    COL_TITLE,
    COL_OUTLET,
    COL_BEATS,
    COL_EMAIL,
    COL_PHONE,
    COL_TIER,
    COL_STATUS,
    COL_OWNER,
    COL_DNC,
    COL_LAST_CONTACT,
) = range(12)
COLUMN_COUNT = 12
#: Columns the service can sort by (header click) -> ContactQuery.sort
SORT_KEYS = {
    COL_NAME: "name",
    COL_PINYIN: "name",
    COL_TITLE: "title",
    COL_OUTLET: "outlet",
    COL_TIER: "tier",
    COL_OWNER: "owner",
    COL_LAST_CONTACT: "last_contact",
}
#: Shown when nothing was saved yet
DEFAULT_HIDDEN = (COL_PINYIN, COL_STATUS, COL_OWNER)

SummaryRole = Qt.ItemDataRole.UserRole + 1  # the ContactSummary
IdRole = Qt.ItemDataRole.UserRole + 2  # its id


def column_title(col: int) -> str:
    return (
        QCoreApplication.translate("ContactTableModel", "Name"),
        QCoreApplication.translate("ContactTableModel", "Pinyin"),
        QCoreApplication.translate("ContactTableModel", "Title"),
        QCoreApplication.translate("ContactTableModel", "Outlet"),
        QCoreApplication.translate("ContactTableModel", "Beats"),
        QCoreApplication.translate("ContactTableModel", "E-mail"),
        QCoreApplication.translate("ContactTableModel", "Phone"),
        QCoreApplication.translate("ContactTableModel", "Tier"),
        QCoreApplication.translate("ContactTableModel", "Status"),
        QCoreApplication.translate("ContactTableModel", "Owner"),
        QCoreApplication.translate("ContactTableModel", "Do not contact"),
        QCoreApplication.translate("ContactTableModel", "Last contact"),
    )[col]


def channel_label(channel) -> str:
    """A channel in words (the contacts' one list of labels, ``core.contacts.labels``)."""
    from commdesk.core.contacts.labels import channel_label as label

    return label(channel)


def label_of(value) -> str:
    """The translated label of an enum (Tier, Status, OutletKind ...), the text of anything else."""
    if value is None:
        return ""
    label = getattr(value, "label", None)
    return label if isinstance(label, str) else str(getattr(value, "value", value))


def enum_label(enum_cls, value) -> str:
    """The label of a stored enum value ("A" -> "Tier A"), the value itself when unknown."""
    if value in (None, ""):
        return ""
    try:
        return enum_cls(getattr(value, "value", value)).label
    except ValueError:
        return str(value)


def date_text(value, zone: str | None = None) -> str:
    """A day in the locale's short form; an instant as its day in ``zone`` (the organisation's)."""
    if value is None:
        return ""
    if isinstance(value, datetime):
        value = _in_zone(value, zone).date()
    if isinstance(value, date):
        return QLocale().toString(value, QLocale.FormatType.ShortFormat)
    return str(value)


def datetime_text(value, zone: str | None = None) -> str:
    """An instant as wall-clock time in ``zone`` (the organisation's), in the locale's short form."""
    if value is None:
        return ""
    if isinstance(value, datetime):
        return QLocale().toString(_in_zone(value, zone), QLocale.FormatType.ShortFormat)
    return date_text(value, zone)


def _in_zone(value: datetime, zone: str | None) -> datetime:
    """Naive wall-clock time of an aware instant in ``zone``; never the process's zone by accident
    (no zone given: UTC, which a caller would notice)."""
    from commdesk.core import timezones as tz

    if value.tzinfo is None:
        return value
    return tz.to_zone(value, zone or "UTC").replace(tzinfo=None)


def person_name(value) -> str:
    """Owners may come as a name, a Person, or an (id, name) pair."""
    if value is None:
        return ""
    if isinstance(value, str):
        return value
    if isinstance(value, tuple) and len(value) == 2:
        return str(value[1])
    return str(getattr(value, "name", value))


class ContactTableModel(QAbstractTableModel):
    """Rows of ``ContactSummary`` from ``service.search(q, offset, limit)``; total from ``count(q)``."""

    def __init__(self, service, query, parent=None):
        super().__init__(parent)
        self.service = service
        self.query = query
        self.rows: list | WindowRows = []
        self.total = 0
        self._row_of: dict[int, int] = {}
        self._loaded = False  # no query run yet: a sort only sets the order (the view sets it up first)

    # ------------------------------------------------------------------ loading
    def set_query(self, query) -> None:
        """Run ``query`` (count + first page)."""
        self.query = query
        self._reload(PAGE)

    def refresh(self) -> None:
        """Run the query again, keeping as many rows loaded as before (one query)."""
        self._reload(max(PAGE, len(self.rows)))

    def _reload(self, limit: int) -> None:
        self._loaded = True
        self.beginResetModel()
        self.total = self.service.count(self.query)
        if self.total > WINDOW_FROM:
            first = list(self.service.search(self.query, offset=0, limit=PAGE))
            self._row_of = {r.id: i for i, r in enumerate(first)}
            self.rows = WindowRows(self, self.total, first)
            self.endResetModel()
            return
        self.rows = list(self.service.search(self.query, offset=0, limit=min(limit, self.total or limit)))
        if len(self.rows) < min(limit, self.total):  # the set shrank in between
            self.total = len(self.rows)
        self._index_rows(0)
        self.endResetModel()

    def _index_rows(self, start: int) -> None:
        if start == 0:
            self._row_of = {}
        for i in range(start, len(self.rows)):
            self._row_of[self.rows[i].id] = i

    def canFetchMore(self, parent=_ROOT) -> bool:
        return not parent.isValid() and len(self.rows) < self.total

    def fetchMore(self, parent=_ROOT) -> None:
        if parent.isValid() or len(self.rows) >= self.total or isinstance(self.rows, WindowRows):
            return
        page = list(self.service.search(self.query, offset=len(self.rows), limit=PAGE))
        if not page:
            self.total = len(self.rows)
            return
        start = len(self.rows)
        self.beginInsertRows(QModelIndex(), start, start + len(page) - 1)
        self.rows.extend(page)
        self._index_rows(start)
        self.endInsertRows()

    def fetch_until(self, contact_id, max_pages: int = 10) -> int:
        """Load further pages (at most ``max_pages``) until ``contact_id`` is among the rows; its row or -1."""
        if isinstance(self.rows, WindowRows):
            for n in range(min(max_pages, -(-self.total // PAGE))):
                if self.row_of(contact_id) >= 0:
                    break
                self.rows.page(n)
            return self.row_of(contact_id)
        pages = 0
        while self.row_of(contact_id) < 0 and self.canFetchMore() and pages < max_pages:
            self.fetchMore()
            pages += 1
        return self.row_of(contact_id)

    # ------------------------------------------------------------------ lookups
    def summary(self, row: int):
        return self.rows[row] if 0 <= row < len(self.rows) else None

    def row_of(self, contact_id) -> int:
        return self._row_of.get(contact_id, -1)

    def replace_summary(self, summary) -> None:
        """Show a changed contact without re-running the query."""
        row = self.row_of(summary.id)
        if row >= 0:
            self.rows[row] = summary
            self.dataChanged.emit(self.index(row, 0), self.index(row, COLUMN_COUNT - 1))

    # ------------------------------------------------------------------ Qt model
    def rowCount(self, parent=_ROOT) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent=_ROOT) -> int:
        return 0 if parent.isValid() else COLUMN_COUNT

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < COLUMN_COUNT:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return column_title(section)
        if role == Qt.ItemDataRole.ToolTipRole and section not in SORT_KEYS:
            return QCoreApplication.translate("ContactTableModel", "This column cannot be sorted")
        return None

    def flags(self, index):
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren

    def sort(self, column: int, order=Qt.SortOrder.AscendingOrder) -> None:
        key = SORT_KEYS.get(column)
        if key is None:
            return
        descending = order == Qt.SortOrder.DescendingOrder
        if key == self.query.sort and descending == self.query.descending and self.rows:
            return
        self.query = dataclasses.replace(self.query, sort=key, descending=descending)
        if self._loaded:
            self._reload(PAGE)

    def display(self, s, col: int) -> str:
        if col == COL_NAME:
            return s.name
        if col == COL_PINYIN:
            return s.pinyin or ""
        if col == COL_TITLE:
            return s.title or ""
        if col == COL_OUTLET:
            return s.outlet or ""
        if col == COL_BEATS:
            return ", ".join(s.beats or ())
        if col == COL_EMAIL:
            return s.email or ""
        if col == COL_PHONE:
            return format_phone(s.phone) if s.phone else ""
        if col == COL_TIER:
            return enum_label(Tier, s.tier)
        if col == COL_STATUS:
            return enum_label(Status, s.status)
        if col == COL_OWNER:
            return person_name(s.owner)
        if col == COL_DNC:
            return ", ".join(channel_label(c) for c in (s.do_not_contact or ()))
        if col == COL_LAST_CONTACT:
            return date_text(s.last_contact)
        return ""

    def data(self, index: QModelIndex | QPersistentModelIndex, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        s = self.rows[index.row()]
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self.display(s, col)
        if role == SummaryRole:
            return s
        if role == IdRole:
            return s.id
        if role == Qt.ItemDataRole.ToolTipRole:
            if col == COL_DNC and s.do_not_contact:
                return QCoreApplication.translate(
                    "ContactTableModel", "Do not contact by: {channels}"
                ).format(channels=self.display(s, col))
            text = self.display(s, col)
            if col == COL_NAME and s.pinyin:
                return f"{text} ({s.pinyin})"
            return text or None  # long text is elided in the cell; the tooltip shows all of it
        if role == Qt.ItemDataRole.ForegroundRole:
            if col == COL_DNC and s.do_not_contact:
                return QColor("#b3261e")
            status = getattr(s.status, "value", s.status)
            if status and status != "active":
                return QColor("#7a7a7a")
        return None
