"""ContactTableModel on its own: lazy pages, SQL-side sort, qtmodeltester (no database needed)."""

from __future__ import annotations

from dataclasses import dataclass, replace

from PySide6.QtCore import Qt

from commdesk.ui.contacts import models as m


@dataclass(frozen=True)
class Q:
    text: str = ""
    sort: str = "name"
    descending: bool = False


@dataclass(frozen=True)
class S:
    id: int
    name: str
    pinyin: str = ""
    title: str = ""
    outlet: str = ""
    beats: tuple = ()
    email: str = ""
    phone: str = ""
    tier: object = None
    status: object = None
    owner: str = ""
    do_not_contact: tuple = ()
    last_contact: object = None
    version: int = 1


class FakeService:
    def __init__(self, n):
        self.items = [
            S(
                i,
                f"Name {i:05d}",
                outlet=f"Outlet {n - i:05d}",
                phone="+8613912345678",
                do_not_contact=("email",) if i % 7 == 0 else (),
            )
            for i in range(n)
        ]
        self.calls = []

    def _matching(self, q):
        rows = [s for s in self.items if q.text.lower() in s.name.lower()]
        key = {"name": lambda s: s.name, "outlet": lambda s: s.outlet}.get(q.sort, lambda s: s.id)
        return sorted(rows, key=key, reverse=q.descending)

    def count(self, q):
        self.calls.append(("count", q))
        return len(self._matching(q))

    def search(self, q, offset=0, limit=200):
        self.calls.append(("search", offset, limit))
        return self._matching(q)[offset : offset + limit]


def test_pages_load_lazily(qtmodeltester):
    svc = FakeService(2000)
    model = m.ContactTableModel(svc, Q())
    model.set_query(Q())
    assert model.rowCount() == m.PAGE and model.total == 2000
    assert [c[0] for c in svc.calls] == ["count", "search"]
    assert model.canFetchMore()
    model.fetchMore()
    assert model.rowCount() == 2 * m.PAGE
    assert svc.calls[-1] == ("search", m.PAGE, m.PAGE)
    while model.canFetchMore():
        model.fetchMore()
    assert model.rowCount() == 2000 and not model.canFetchMore()
    assert model.row_of(1999) == 1999
    qtmodeltester.check(model)


def test_a_large_set_is_a_window_read_where_the_view_looks(qtmodeltester, monkeypatch):
    monkeypatch.setattr(m, "WINDOW_FROM", 1000)
    monkeypatch.setattr(m, "CACHED_PAGES", 3)
    svc = FakeService(5000)
    model = m.ContactTableModel(svc, Q())
    model.set_query(Q())
    # every row is there from the start: the scroll bar spans the whole list
    assert model.rowCount() == 5000 and not model.canFetchMore()
    assert [c[0] for c in svc.calls] == ["count", "search"]
    # dragging the scroll bar far down reads that page only
    assert model.data(model.index(4321, m.COL_NAME)) == "Name 04321"
    assert svc.calls[-1] == ("search", 4200, m.PAGE) and len(svc.calls) == 3
    assert model.data(model.index(4399, m.COL_NAME)) == "Name 04399" and len(svc.calls) == 3
    assert model.row_of(4321) == 4321 and model.row_of(3000) == -1
    for page in (10, 11, 12):  # the oldest pages are dropped
        model.data(model.index(page * m.PAGE, 0))
    assert model.row_of(4321) == -1 and model.data(model.index(4321, m.COL_NAME)) == "Name 04321"
    assert model.fetch_until(650) == 650
    changed = replace(svc.items[650], name="Changed")
    model.replace_summary(changed)
    assert model.data(model.index(650, m.COL_NAME)) == "Changed"
    assert [s.id for s in model.rows[10:12]] == [10, 11]
    model.set_query(Q(text="name 0000"))  # a small set grows page by page again
    assert model.rowCount() == 10 and isinstance(model.rows, list)
    model.set_query(Q())
    qtmodeltester.check(model)


def test_header_sort_goes_to_the_query(qtmodeltester):
    svc = FakeService(500)
    model = m.ContactTableModel(svc, Q())
    model.set_query(Q())
    model.sort(m.COL_OUTLET, Qt.SortOrder.AscendingOrder)
    assert model.query.sort == "outlet" and not model.query.descending
    assert model.data(model.index(0, m.COL_OUTLET)) == "Outlet 00001"
    model.sort(m.COL_NAME, Qt.SortOrder.DescendingOrder)
    assert model.query.sort == "name" and model.query.descending
    assert model.data(model.index(0, m.COL_NAME)) == "Name 00499"
    before = model.query
    model.sort(m.COL_EMAIL)  # not sortable in SQL: nothing happens
    assert model.query == before
    qtmodeltester.check(model)


def test_display_and_roles():
    svc = FakeService(10)
    model = m.ContactTableModel(svc, Q())
    model.set_query(replace(Q(), text="name 0000"))
    assert model.rowCount() == 10
    idx = model.index(0, m.COL_PHONE)
    assert model.data(idx) == "+86 139 1234 5678"
    assert model.data(model.index(0, m.COL_DNC)) == "e-mail"
    assert model.data(idx, m.IdRole) == 0 and model.data(idx, m.SummaryRole).name == "Name 00000"
    model.set_query(Q(text="nothing like this"))
    assert model.rowCount() == 0 and not model.canFetchMore()


def test_long_text_shows_whole_in_the_tooltip():
    svc = FakeService(3)
    long_title = "首席记者、编辑部副主任兼财经新闻中心主编（负责宏观经济、金融监管与资本市场报道）" * 2
    svc.items[0] = replace(svc.items[0], title=long_title, pinyin="name")
    model = m.ContactTableModel(svc, Q())
    model.set_query(Q())
    assert model.data(model.index(0, m.COL_TITLE), Qt.ItemDataRole.ToolTipRole) == long_title
    assert model.data(model.index(0, m.COL_NAME), Qt.ItemDataRole.ToolTipRole) == "Name 00000 (name)"
    assert model.data(model.index(1, m.COL_TITLE), Qt.ItemDataRole.ToolTipRole) is None  # nothing to show
