"""Home as a newcomer meets it on the demo database: the day's work, charts, entries that open records."""

from __future__ import annotations

import shutil
import subprocess
from datetime import UTC, datetime

import pytest
from PySide6.QtCore import QSettings

from commdesk.bootstrap import open_database
from commdesk.services.home import HomeService
from commdesk.services.people import PeopleService


@pytest.fixture
def demo(demo_db, tmp_path, qapp):
    from commdesk.ui.common.services import AppServices, Preferences

    opened = open_database(demo_db)
    services = AppServices(
        opened.ctx, Preferences(QSettings(str(tmp_path / "p.ini"), QSettings.Format.IniFormat))
    )
    services.set_person(services.get(PeopleService).find("陈静"))
    yield services
    services.runner.wait(10000)
    opened.ctx.engine.dispose()


def test_snapshot_has_every_section_and_figures(demo):
    snap = demo.get(HomeService).snapshot()
    keys = [s.key for s in snap.sections]
    assert keys == [
        "reviews",
        "returned",
        "actions",
        "meetings",
        "minutes",
        "embargoes",
        "inquiries",
        "outbox",
        "procedure",
        "cases",  # 陈静 works cases: the cases desk's boxes come last
        "intake",
    ]
    assert snap.counts["meetings"] >= 1 and snap.counts["outbox"] >= 1
    f = snap.figures
    assert sum(n for _, n in f.releases_by_state) >= 5
    assert len(f.actions_by_week) == HomeService.WEEKS
    assert sum(n for _, n in f.coverage_by_tone) > 0


def test_reviews_awaiting_me_differ_per_person(demo):
    home = demo.get(HomeService)
    reviewer = demo.get(PeopleService).find("王芳")
    demo.set_person(reviewer)
    mine = home.snapshot().counts["reviews"]
    demo.set_person(demo.get(PeopleService).find("李明"))
    assert home.snapshot().counts["reviews"] == 0 <= mine


def test_pane_shows_sections_and_opens_records(qtbot, demo):
    from commdesk.ui.home.pane import HomePane

    pane = HomePane(demo)
    qtbot.addWidget(pane)
    pane.refresh()
    assert "陈静" in pane.greeting.text()
    box = pane.boxes["meetings"]
    assert box.list.count() >= 1
    item = box.list.item(0)
    with qtbot.waitSignal(pane.navigate) as sig:
        box.list.itemActivated.emit(item)
    assert sig.args[0] == "meetings" and isinstance(sig.args[1], int)
    for view in pane.charts.values():
        assert view.chart() is not None and view.chart().series()


def test_home_badge_counts_urgent_entries(qtbot, demo):
    from commdesk.ui.home.pane import HomePane

    pane = HomePane(demo)
    qtbot.addWidget(pane)
    with qtbot.waitSignal(demo.badge_changed) as sig:
        pane.refresh()
    urgent = sum(1 for s in pane.snapshot.sections for e in s.entries if e.urgent)
    assert sig.args == ["home", urgent]


def test_status_report_pdf_reads_back(demo, tmp_path):
    from pypdf import PdfReader

    from commdesk.core.documents.home import status_document
    from commdesk.core.documents.rendering import render

    snap = demo.get(HomeService).snapshot(datetime.now(UTC))
    path = render(*status_document(snap, "华信科技有限公司", None, "zh_CN"), tmp_path / "status.pdf")
    reader = PdfReader(path)
    text = "\n".join(p.extract_text() for p in reader.pages)
    assert "Status report" in text, text[:300]
    assert "陈静" in (reader.metadata.author or ""), (reader.metadata, snap.person)
    assert "Outbox: failed or held" in text and "message(s) held" in text
    if shutil.which("pdffonts"):
        out = subprocess.run(["pdffonts", str(path)], capture_output=True, text=True).stdout
        assert all(line.split()[-5] == "yes" for line in out.splitlines()[2:] if line.strip())


def test_main_window_opens_home_entries_in_their_pane(qtbot, demo):
    from commdesk.ui.main_window import MainWindow

    window = MainWindow(demo.prefs, "en")
    qtbot.addWidget(window)
    window.attach(demo)
    home = window.pane("home")
    home.refresh()
    entry = home.snapshot.sections[2].entries[0]  # a meeting this week
    home.open_entry(entry)
    meetings = window.current_pane()
    assert meetings is window.panes["meetings"] and meetings.selected_id() == entry.record_id
    failure = next(s for s in home.snapshot.sections if s.key == "outbox").entries[0]
    window.open_record("home", None)
    home.open_entry(failure)
    outbox = window.current_pane()
    assert outbox is window.panes["outbox"] and [i.id for i in outbox.selected()] == [failure.record_id]


def test_review_and_inquiry_entries_open_their_records(qtbot, demo):
    from commdesk.ui.main_window import MainWindow

    demo.set_person(demo.get(PeopleService).find("王芳"))  # a reviewer with a release waiting
    window = MainWindow(demo.prefs, "en")
    qtbot.addWidget(window)
    window.attach(demo)
    home = window.pane("home")
    home.refresh()
    sections = {s.key: s for s in home.snapshot.sections}
    review = sections["reviews"].entries[0]
    home.open_entry(review)
    releases = window.current_pane()
    assert releases is window.panes["releases"]
    assert releases.model.row_of(review.record_id) >= 0
    if sections["inquiries"].entries:
        inquiry = sections["inquiries"].entries[0]
        window.open_record("home", None)
        home.open_entry(inquiry)
        contacts = window.current_pane()
        assert contacts is window.panes["contacts"] and contacts.current_id() == inquiry.record_id


def test_procedure_review_shows_a_month_before_it_is_due(demo):
    from dataclasses import replace
    from datetime import timedelta

    from commdesk.services.settings import SettingsService

    settings = demo.get(SettingsService)
    org = settings.organisation()
    home = demo.get(HomeService)

    def reviews():  # the yearly review's line (the box also reminds of an acknowledgement, AP-3)
        box = next(s for s in home.snapshot().sections if s.key == "procedure")
        return [e for e in box.entries if "AP-2" in e.text]

    assert reviews() == []  # the demo's review is months away
    settings.save_organisation(replace(org, next_review=datetime.now().date() + timedelta(days=10)))
    [entry] = reviews()
    assert "AP-2" in entry.text and org.procedure_owner in entry.detail and not entry.urgent
