"""Release documents, the coverage dialog, the outbox's compose dialog and the release
list use the organisation's zone (or the embargo's own), never the process's by accident; the same
results under two process zones."""

from __future__ import annotations

import importlib.util
import shutil
import subprocess
from dataclasses import replace
from datetime import UTC, date, datetime

import pytest

from commdesk.core.releases.content import ReleaseContent
from commdesk.core.releases.records import ReleaseEdit
from commdesk.services.releases.export import ReleaseExportService
from commdesk.services.releases.review import ReleaseReviewService
from commdesk.services.releases.service import ReleaseService
from commdesk.services.settings import SettingsService

pytestmark = pytest.mark.timezones
# 20:51 on Saturday 5 December in Los Angeles = 12:51 on Sunday 6 December in Shanghai
NOW = datetime(2026, 12, 6, 4, 51, tzinfo=UTC)
EMBARGO = datetime(2026, 12, 8, 2, 0, tzinfo=UTC)  # 10:00 on 8 December in Shanghai


@pytest.fixture
def shanghai_release(ctx, people):
    ctx.clock = lambda: NOW
    ctx.current = lambda: people["admin"]
    settings = ctx.service(SettingsService)
    settings.save_organisation(replace(settings.organisation(), name="华信", time_zone="Asia/Shanghai"))
    ctx.current = lambda: people["officer"]
    return ctx.service(ReleaseService).create(
        ReleaseEdit(
            ReleaseContent(
                title="华信发布新平台",
                body_markdown="第一段。",
                dateline_city="上海",
                dateline_date=date(2026, 12, 6),
                embargo=EMBARGO,
            ),
            embargo_tz="Asia/Shanghai",
        )
    )


def test_release_documents_are_dated_in_the_organisations_zone(ctx, shanghai_release, process_tz, tmp_path):
    from commdesk.core.documents import releases as docs

    svc = ctx.service(ReleaseExportService)
    org = svc._org()
    release = ctx.service(ReleaseService).get(shanghai_release.id)
    doc, _ = docs.release_document(release, org)
    assert doc.zone == "Asia/Shanghai"
    record = ctx.service(ReleaseReviewService).review_record(shanghai_release.id)
    doc, blocks = docs.review_document(record, org)
    assert doc.zone == "Asia/Shanghai"
    embargo_row = next(v for k, v in blocks[0].pairs if k == "Embargo")
    assert embargo_row == "2026-12-08 10:00 (Asia/Shanghai, UTC+08:00)"
    pdf = svc.export(shanghai_release.id, tmp_path / "review.pdf", "review")
    if shutil.which("pdftotext"):
        text = subprocess.run(
            ["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True, check=True
        ).stdout
        assert "Asia/Shanghai" in text and "UTC+08:00" in text  # the created stamp names the office's zone
        assert "America/Los_Angeles" not in text and "UTC-08:00" not in text


def test_the_coverage_dialog_starts_on_today_in_the_organisations_zone(
    qtbot, app_services, people, shanghai_release, process_tz
):
    from commdesk.ui.releases.coverage import CoverageDialog
    from commdesk.ui.releases.pane import ReleasesPane

    app_services.ctx.current = app_services.person
    app_services.set_person(people["officer"])
    pane = ReleasesPane(app_services)
    qtbot.addWidget(pane)
    pane.select(shanghai_release.id)
    shown = []
    original = CoverageDialog.exec
    CoverageDialog.exec = lambda self: shown.append(self.day.date().toPython()) and False
    try:
        pane._coverage_dialog(None)
    finally:
        CoverageDialog.exec = original
    assert shown == [date(2026, 12, 6)]
    assert pane.model.index(0, pane.model.EMBARGO).data() == "2026-12-08 10:00 (Asia/Shanghai, UTC+08:00)"


def test_the_compose_dialog_dates_the_subject_in_the_organisations_zone(
    qtbot, app_services, people, shanghai_release, process_tz
):
    from commdesk.ui.mail.dialogs import ComposeDialog

    dlg = ComposeDialog(app_services)
    qtbot.addWidget(dlg)
    assert dlg.date.date().toPython() == date(2026, 12, 6)
    assert dlg.follow_up_date.date().toPython() == date(2026, 12, 9)


def test_the_duplicate_zone_module_is_gone():
    assert importlib.util.find_spec("commdesk.core.releases.zones") is None
