"""Pie and donut charts name every slice, with its value, in a list beside the pie: nothing drawn on
the wedges (small slices' labels overlapped: "通讯社 1" over "社交媒体 1"), no row cut off, no two rows
overlapping, and no row running into a pie."""

from __future__ import annotations

import pytest
from PySide6.QtCharts import QChart, QChartView, QPieSeries
from PySide6.QtCore import QRectF

from commdesk.translations import install
from commdesk.ui.charts import legend_pies, palette_series


def _rows(lists):
    return [
        (dot.sceneBoundingRect(), label.sceneBoundingRect(), label.text(), full)
        for sl in lists
        for dot, label, full in sl.rows
        if label.isVisible()
    ]


def _pie_rect(chart: QChart, series: QPieSeries) -> QRectF:
    area = chart.plotArea()
    d = min(area.width(), area.height()) * series.pieSize()
    cx = area.left() + area.width() * series.horizontalPosition()
    cy = area.top() + area.height() * series.verticalPosition()
    return QRectF(cx - d / 2, cy - d / 2, d, d)


@pytest.mark.parametrize("lang", ["zh_CN", "en"])
def test_many_small_slices_are_listed_beside_the_pies(qtbot, lang):
    install(lang)
    try:
        chart = QChart()
        chart.setTitle("Coverage")
        tone = QPieSeries()
        for name, n in (("正面", 12), ("中性", 4), ("负面", 2)):
            tone.append(f"{name} {n}", n)
        kinds = palette_series()
        for name, n in (
            ("网络媒体", 7),
            ("电视", 3),
            ("杂志", 3),
            ("报纸", 2),
            ("广播", 1),
            ("社交媒体", 1),
            ("通讯社", 1),
            ("news agency with a long name", 1),
        ):
            kinds.append(f"{name} {n}", n)
        for s in (tone, kinds):
            s.setPieSize(0.55)
            chart.addSeries(s)
        lists = legend_pies(chart, tone, kinds)
        view = QChartView(chart)
        qtbot.addWidget(view)
        view.resize(520, 215)  # a Home card at 1280x800
        view.show()
        qtbot.waitUntil(lambda: not chart.plotArea().isEmpty())
        chart.plotAreaChanged.emit(chart.plotArea())
        assert not any(sl.isLabelVisible() for s in (tone, kinds) for sl in s.slices())
        assert not chart.legend().isVisible()
        rows = _rows(lists)
        assert len(rows) == 11
        bounds = chart.rect()
        pies = [_pie_rect(chart, s) for s in (tone, kinds)]
        texts = [r[1] for r in rows]
        for i, (dot, text, shown, full) in enumerate(rows):
            assert shown == full or shown.endswith("…"), shown
            assert bounds.contains(text) and bounds.contains(dot), (shown, text, bounds)
            assert not any(text.intersects(p) for p in pies), shown
            assert not any(text.intersects(other) for j, other in enumerate(texts) if j != i), shown
        assert [r[2] for r in rows[:3]] == ["正面 12", "中性 4", "负面 2"]
        assert len({round(r[0].top()) for r in rows[3:]}) == 8  # one row each
    finally:
        install("en")


def test_home_coverage_chart_has_no_text_on_wedges(qtbot, demo_db, tmp_path):
    from PySide6.QtCore import QSettings

    from commdesk.bootstrap import open_database
    from commdesk.services.people import PeopleService
    from commdesk.ui.common.services import AppServices, Preferences
    from commdesk.ui.home.pane import HomePane

    opened = open_database(demo_db)
    services = AppServices(
        opened.ctx, Preferences(QSettings(str(tmp_path / "p.ini"), QSettings.Format.IniFormat))
    )
    services.set_person(services.get(PeopleService).find("陈静"))
    try:
        pane = HomePane(services)
        qtbot.addWidget(pane)
        pane.resize(1100, 760)
        pane.show()
        pane.activated()  # as the main window does when Home is shown

        def pies():
            chart = pane.charts["coverage"].chart()
            return [s for s in chart.series() if isinstance(s, QPieSeries)] if chart else []

        qtbot.waitUntil(lambda: len(pies()) == 2, timeout=20000)
        chart = pane.charts["coverage"].chart()
        assert not any(sl.isLabelVisible() for s in pies() for sl in s.slices())
        listed = [label.text() for sl in chart._commdesk_slice_lists for _d, label, _f in sl.rows]
        assert len(listed) == sum(s.count() for s in pies()) > 3
    finally:
        services.runner.wait(10000)
        opened.ctx.engine.dispose()


def test_more_slices_than_rows_end_with_how_many_more(qtbot):
    install("en")
    chart = QChart()
    kinds = palette_series()
    for n in range(30):
        kinds.append(f"outlet kind {n} 1", 1)
    chart.addSeries(kinds)
    lists = legend_pies(chart, kinds)
    view = QChartView(chart)
    qtbot.addWidget(view)
    view.resize(400, 160)
    view.show()
    qtbot.waitUntil(lambda: not chart.plotArea().isEmpty())
    chart.plotAreaChanged.emit(chart.plotArea())
    rows = _rows(lists)
    assert 1 < len(rows) < 30
    last = rows[-1][2]
    hidden = 30 - (len(rows) - 1)
    assert last == f"and {hidden} more"
    texts = [r[1] for r in rows]
    assert not any(a.intersects(b) for i, a in enumerate(texts) for b in texts[i + 1 :])
