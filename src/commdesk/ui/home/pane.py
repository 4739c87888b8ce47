"""Home: the day's work for the person signed in, and the figures behind it, first thing in the morning."""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtCharts import QChartView
from PySide6.QtCore import QCoreApplication, QMargins, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QFont, QPainter, QPalette
from PySide6.QtWidgets import (
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from commdesk.ui.common.pane import Pane

if TYPE_CHECKING:  # imported when the pane is made: the start-up glance shows Home without them
    from commdesk.services.home import HomeFigures, HomeSection, HomeSnapshot
    from commdesk.ui.home.glance import Glance

_URGENT = QColor(196, 43, 28)


class SectionBox(QGroupBox):
    """One list of the day's work; double-click or Enter opens the record."""

    def __init__(self, key: str, pane: HomePane | HomeGlanceView):
        super().__init__(pane)
        self.key = key
        self.list = QListWidget(self)
        self.list.setObjectName(f"home_{key}")
        self.list.setWordWrap(True)
        self.list.setMinimumHeight(72)
        self.list.setMaximumHeight(150)
        self.list.itemActivated.connect(lambda item: pane.open_entry(item.data(Qt.ItemDataRole.UserRole)))
        self.empty = QLabel(self)
        self.empty.setWordWrap(True)
        self.empty.setEnabled(False)
        layout = QVBoxLayout(self)
        layout.addWidget(self.list)
        layout.addWidget(self.empty)

    def show_section(self, section: HomeSection) -> None:  # or the glance's GlanceSection, field for field
        self.setTitle(f"{section.title} ({section.count})" if section.entries else section.title)
        self.list.clear()
        for e in section.entries:
            item = QListWidgetItem(f"{e.text}\n{e.detail}")
            item.setData(Qt.ItemDataRole.UserRole, e)
            item.setToolTip(f"{e.text}\n{e.detail}")  # a long note is wrapped in the list, whole here
            if e.urgent:
                item.setForeground(_URGENT)
            self.list.addItem(item)
        self.list.setVisible(bool(section.entries))
        self.empty.setText(section.empty_text)
        self.empty.setVisible(not section.entries)


def _chart(title: str):
    from PySide6.QtCharts import QChart

    chart = QChart()
    chart.setTitle(title)
    chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
    chart.setMargins(QMargins(4, 4, 4, 4))
    chart.setBackgroundRoundness(4)
    chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
    return chart


def _count_axis(peak: float):
    """A value axis for counts: whole-number ticks, a little head room."""
    import math

    from PySide6.QtCharts import QValueAxis

    axis = QValueAxis()
    axis.setLabelFormat("%d")
    step = max(1, math.ceil(peak / 5))
    axis.setRange(0, step * (math.ceil(peak / step) + 1))
    axis.setTickType(QValueAxis.TickType.TicksDynamic)
    axis.setTickAnchor(0)
    axis.setTickInterval(step)
    return axis


SECTIONS = (
    "reviews",
    "returned",
    "actions",
    "meetings",
    "minutes",
    "embargoes",
    "inquiries",
    "outbox",
    "procedure",
    "cases",
    "intake",
)
CHARTS = ("releases", "actions", "coverage", "inquiries")


def _build(home: HomePane | HomeGlanceView) -> None:
    """Home's widgets and layout, the same for the pane and for the start-up glance (which the pane
    replaces without a visible change): the greeting and buttons, the boxes, the charts' places."""
    home.greeting = QLabel(home)
    font = home.greeting.font()
    font.setPointSizeF(font.pointSizeF() * 1.4)
    font.setWeight(QFont.Weight.DemiBold)
    home.greeting.setFont(font)
    home.report_button = QPushButton(QCoreApplication.translate("HomePane", "Status report (PDF)…"), home)
    home.refresh_button = QPushButton(QCoreApplication.translate("HomePane", "Refresh"), home)
    top = QHBoxLayout()
    top.addWidget(home.greeting, 1)
    top.addWidget(home.refresh_button)
    top.addWidget(home.report_button)

    home.boxes = {key: SectionBox(key, home) for key in SECTIONS}
    grid = QGridLayout()
    for i, key in enumerate(SECTIONS):
        grid.addWidget(home.boxes[key], i // 3, i % 3)
    # the charts are drawn after the boxes are on screen (``figures_shown``)
    home.charts = {key: QChartView(home) for key in CHARTS}
    charts = QGridLayout()
    for i, view in enumerate(home.charts.values()):
        view.setRenderHint(QPainter.RenderHint.Antialiasing)
        view.setMinimumHeight(220)
        charts.addWidget(view, i // 2, i % 2)
    body = QWidget(home)
    inner = QVBoxLayout(body)
    inner.addLayout(grid)
    inner.addLayout(charts)
    scroll = QScrollArea(home)
    scroll.setWidgetResizable(True)
    scroll.setFrameShape(QScrollArea.Shape.NoFrame)
    scroll.setWidget(body)
    layout = QVBoxLayout(home)
    layout.addLayout(top)
    layout.addWidget(scroll, 1)


def _show_sections(home: HomePane | HomeGlanceView, sections, name: str) -> int:
    """The greeting and the boxes for ``sections`` (``HomeSection`` or the glance's); returns how many
    entries are urgent (the navigation badge)."""
    urgent = sum(1 for s in sections for e in s.entries if e.urgent)
    home.greeting.setText(
        QCoreApplication.translate("HomePane", "Good day, {name}. {n} things need attention today.").format(
            name=name, n=urgent
        )
        if urgent
        else QCoreApplication.translate("HomePane", "Good day, {name}. Nothing is overdue.").format(name=name)
    )
    for section in sections:
        home.boxes[section.key].show_section(section)
    given = {section.key for section in sections}
    home.boxes["procedure"].setVisible(bool(home.boxes["procedure"].list.count()))
    for key in ("cases", "intake"):  # the cases desk, for those who work it
        home.boxes[key].setVisible(key in given)
    return urgent


class HomeGlanceView(QWidget):
    """Home as the start-up glance read it (``ui/home/glance.py``), shown until the services are
    loaded and the pane replaces it. It looks like Home and acts on nothing itself: what is asked of
    it meanwhile (``chosen``: an entry to open, "report", "refresh") is handed to the window, which
    does it through the services once they are there."""

    sections_shown = Signal()
    #: an entry double-clicked or chosen with Enter, or "report" / "refresh" clicked, before the
    #: services were loaded
    chosen = Signal(object)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("home_glance")
        self.greeting: QLabel
        self.report_button: QPushButton
        self.refresh_button: QPushButton
        self.boxes: dict[str, SectionBox]
        self.charts: dict[str, QChartView]
        _build(self)
        self.report_button.clicked.connect(lambda: self.chosen.emit("report"))
        self.refresh_button.clicked.connect(lambda: self.chosen.emit("refresh"))
        self.urgent = 0

    def show_glance(self, glance: Glance) -> None:
        self.urgent = _show_sections(self, glance.sections, glance.person_name)
        self.sections_shown.emit()

    def open_entry(self, entry) -> None:
        if entry is not None:
            self.chosen.emit(entry)


class HomePane(Pane):
    """The day's work in boxes, and the figures behind it in charts.

    Shown at start-up, so the boxes come first: ``activated`` fills them at once (``sections_shown``)
    and draws the charts on the next turn of the event loop (``figures_shown``); ``refresh`` does both
    at once (the Refresh button, a change in the tables, the five-minute timer)."""

    # the boxes show the current lists (the first screen is usable)
    sections_shown = Signal()
    # the charts show the current figures too
    figures_shown = Signal()
    CHARTS = CHARTS
    SECTIONS = SECTIONS
    # what the sections and the figures are made of: ``services.home.TABLES`` (not imported here, the
    # start-up glance shows Home before the services; a test keeps both the same). A change reads
    # again only the boxes and charts made of the tables it changed (``boxes_for``, ``charts_for``).
    tables = frozenset(
        {
            "releases",
            "release_reviewers",
            "release_approvals",
            "release_steps",
            "release_comments",
            "release_coverage",
            "meetings",
            "meeting_minutes",
            "meeting_actions",
            "contacts",
            "contact_interactions",
            "mail_outbox",
            "cases",
            "case_intake_messages",
            "procedure_versions",
            "procedure_acknowledgements",
            "review_items",
            "review_approvals",
            "social_posts",
            "announcements",
            "events",
            "people",
            "settings",
        }
    )

    def __init__(self, services, parent=None):
        super().__init__(services, parent)
        from commdesk.services.home import HomeService

        self.home = services.get(HomeService)
        # sections and figures of the last complete load (None while the figures are on their way)
        self.snapshot: HomeSnapshot | None = None
        self._sections: tuple[HomeSection, ...] = ()
        self._figures: HomeFigures | None = None
        # the charts to count again when the figures are drawn next (None: all of them)
        self._stale_charts: frozenset[str] | None = None
        self._figures_pending = False
        self._now: datetime | None = None
        # made behind another pane (the window opened elsewhere): the boxes still count for the badge
        QTimer.singleShot(0, self, self._count_if_hidden)
        self.greeting: QLabel
        self.report_button: QPushButton
        self.refresh_button: QPushButton
        self.boxes: dict[str, SectionBox]
        self.charts: dict[str, QChartView]
        _build(self)
        self.report_button.clicked.connect(self.export_pdf)
        self.refresh_button.clicked.connect(self.refresh)
        self._timer = QTimer(self, interval=5 * 60 * 1000, timeout=self.refresh)
        self._timer.start()
        services.person_changed.connect(self._on_person_changed)

    # ------------------------------------------------------------------ data
    def _on_person_changed(self, _person) -> None:
        self.refresh()

    # The navigation badge counts what needs attention even while another pane is open: changes reload
    # the boxes (bounded queries) when Home is hidden too; the charts wait until it is shown.
    refresh_when_hidden = True

    def on_tables_changed(self, tables: frozenset[str]) -> None:
        """Read again the boxes and charts made of the changed tables, not the others (a release
        approved elsewhere reads the boxes of releases, not the meetings, cases or outbox)."""
        from commdesk.services.home import boxes_for, charts_for

        boxes, charts = boxes_for(tables), charts_for(tables)
        if boxes and not self.show_sections(boxes):
            return
        if charts:
            self._stale_charts = None if self._stale_charts is None else self._stale_charts | charts
            if self.isVisible():
                self.show_figures(self._stale_charts)
            else:
                self._figures_pending = True
        elif boxes and not self._figures_pending and self._figures is not None:
            self._whole(self._figures)  # the figures stand: the snapshot is whole with the new boxes

    def showEvent(self, event) -> None:  # charts left behind while hidden are drawn once shown
        super().showEvent(event)
        if self._figures_pending:
            QTimer.singleShot(0, self._pending_figures)

    def _count_if_hidden(self) -> None:
        if not self.isVisible() and not self._sections and self.show_sections():
            self._figures_pending = True

    def activated(self) -> None:
        """Shown (at start-up too): the boxes now, the charts right after they are on screen (all
        counted again: a new look at the day)."""
        if self.show_sections():
            self._figures_pending, self._stale_charts = True, None
            QTimer.singleShot(0, self._pending_figures)

    def refresh(self) -> None:
        if self.show_sections():
            self.show_figures()

    def show_sections(self, keys: frozenset[str] | None = None) -> bool:
        """Fill the boxes with the day's work (``keys``: only those boxes, the others stay as they
        are); False when Home could not be loaded (it says why)."""
        from commdesk.services.home import BOX_TABLES

        self.watch.reloaded()
        self.snapshot = None
        if keys is not None and (not self._sections or keys >= BOX_TABLES.keys()):
            keys = None  # nothing to keep (not loaded yet), or everything to read again
        try:
            self._now = self.home.now()
            fresh = self.home.sections(self._now, keys)
        except Exception as exc:  # noqa: BLE001 - Home shows why it could not load instead of an empty window
            self.greeting.setText(self.tr("Home could not be loaded: {error}").format(error=exc))
            return False
        if keys is None:
            self._sections = fresh
        else:
            by_key = {s.key: s for s in fresh}
            self._sections = tuple(by_key.get(s.key, s) for s in self._sections)
        urgent = _show_sections(self, self._sections, self.services.person().name)
        self.services.badge_changed.emit("home", urgent)
        self.sections_shown.emit()
        return True

    def _pending_figures(self) -> None:
        if self._figures_pending:
            self.show_figures(self._stale_charts)

    def show_figures(self, charts: frozenset[str] | None = None) -> None:
        """Count the figures (``charts``: only those, the others are the last ones counted) and draw
        the charts; the snapshot (sections and figures) is then whole."""
        self._figures_pending = False
        try:
            figures = self.home.figures(self._now, charts, self._figures)
        except Exception as exc:  # noqa: BLE001 - the boxes stay; the greeting says what is missing
            self.greeting.setText(self.tr("Home could not be loaded: {error}").format(error=exc))
            return
        self._figures, self._stale_charts = figures, frozenset()
        self._whole(figures)
        self._charts(figures)
        self.figures_shown.emit()

    def _whole(self, figures: HomeFigures) -> None:
        from commdesk.services.home import HomeSnapshot

        self.snapshot = HomeSnapshot(
            self._now or self.home.now(),
            self.services.person().name,
            self._sections,
            figures,
            {s.key: s.count for s in self._sections},
        )

    def _charts(self, f: HomeFigures) -> None:
        from PySide6.QtCharts import QBarCategoryAxis, QBarSeries, QBarSet, QPieSeries, QStackedBarSeries

        views = self.charts
        text = self.palette().color(QPalette.ColorRole.WindowText)

        def bars(title, pairs, name):
            chart = _chart(title)
            s = QBarSet(name)
            s.append([float(n) for _, n in pairs])
            series = QBarSeries()
            series.append(s)
            series.setLabelsVisible(True)
            chart.addSeries(series)
            axis = QBarCategoryAxis()
            axis.append([label for label, _ in pairs])
            chart.addAxis(axis, Qt.AlignmentFlag.AlignBottom)
            series.attachAxis(axis)
            values = _count_axis(max([n for _, n in pairs] + [1]))
            chart.addAxis(values, Qt.AlignmentFlag.AlignLeft)
            series.attachAxis(values)
            chart.legend().setVisible(False)
            return chart

        views["releases"].setChart(
            bars(self.tr("Releases by state"), f.releases_by_state, self.tr("Releases"))
        )
        chart = _chart(self.tr("Action items by due week"))
        series = QStackedBarSeries()
        for name, idx, colour in (
            (self.tr("open"), 1, QColor(31, 78, 121)),
            (self.tr("done"), 2, QColor(46, 139, 87)),
            (self.tr("overdue"), 3, _URGENT),
        ):
            s = QBarSet(name)
            s.setColor(colour)
            s.append([float(row[idx]) for row in f.actions_by_week])
            series.append(s)
        chart.addSeries(series)
        axis = QBarCategoryAxis()
        axis.append([w.strftime("%m-%d") for w, *_ in f.actions_by_week])
        chart.addAxis(axis, Qt.AlignmentFlag.AlignBottom)
        series.attachAxis(axis)
        values = _count_axis(max([o + d + late for _w, o, d, late in f.actions_by_week] + [1]))
        chart.addAxis(values, Qt.AlignmentFlag.AlignLeft)
        series.attachAxis(values)
        views["actions"].setChart(chart)
        chart = _chart(self.tr("Coverage by tone and outlet kind"))
        pie = QPieSeries()
        for (label, n), colour in zip(
            f.coverage_by_tone, (QColor(46, 139, 87), QColor(120, 130, 145), _URGENT), strict=False
        ):
            if n:
                sl = pie.append(f"{label} {n}", n)
                sl.setColor(colour)
                sl.setLabelVisible(True)
                sl.setLabelColor(text)
        pie.setPieSize(0.55)
        pie.setHorizontalPosition(0.3)
        chart.addSeries(pie)
        from commdesk.ui.charts import legend_pies, palette_series

        kinds = palette_series()
        for label, n in f.coverage_by_kind:
            kinds.append(f"{label} {n}", n)
        kinds.setPieSize(0.55)
        kinds.setHoleSize(0.25)
        kinds.setHorizontalPosition(0.75)
        chart.addSeries(kinds)
        legend_pies(chart, pie, kinds, text=text)  # names and values beside the pies, not on the wedges
        views["coverage"].setChart(chart)
        hours = f.inquiry_hours or ((self.tr("no answered inquiries yet"), 0.0),)
        views["inquiries"].setChart(
            bars(self.tr("Media inquiries: median hours to answer"), hours, self.tr("hours"))
        )

    # ------------------------------------------------------------------ actions
    def open_entry(self, entry) -> None:
        if entry is None:
            return
        if entry.pane == "cases" and entry.record_id is None and entry.urgent:
            # the intake's set-aside line (of no case, in the warning colour): the Cases pane opens
            # its set-aside mail window (``CasesPane.open_record``'s key, not imported: Home starts first)
            self.navigate.emit("cases", "set-aside")
            return
        self.navigate.emit(entry.pane, entry.record_id)

    def can_export_pdf(self) -> bool:
        return True

    def export_pdf(self) -> None:
        from commdesk.core.documents.home import status_document
        from commdesk.services.settings import SettingsService
        from commdesk.translations import current
        from commdesk.ui.common.export import export_pdf_interactively

        snap = self.snapshot or self.home.snapshot()  # the figures may still be on their way
        settings = self.services.get(SettingsService)
        org, zone = settings.organisation(), settings.time_zone()
        lang = current["lang"]
        export_pdf_interactively(
            self,
            self.services,
            self.tr("Status report"),
            "status-report.pdf",
            lambda: status_document(snap, org.name, org.logo_png, lang, zone=zone),
        )
