"""The cases report PDF laid out for reading, in English and Chinese: the key figures on one page
(never a row left for the next), "+20 (+2000 %)" and "百分点" on one line, statuses
("Acknowledged", "Waiting for them") never broken inside a word; columns sized from their content.
Read back with pdftotext, page by page."""

from __future__ import annotations

import shutil
import subprocess
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from commdesk.core.cases.workflow import CaseStatus, Channel
from commdesk.core.documents.cases_report import fitted_widths, kpi_rows
from commdesk.services.cases.admin import CaseAdminService
from commdesk.services.cases.figures import CaseFiguresService
from commdesk.services.cases.service import CaseService
from commdesk.services.settings import SettingsService

SHANGHAI = ZoneInfo("Asia/Shanghai")


def at(*args: int) -> datetime:
    return datetime(*args, tzinfo=SHANGHAI)


@pytest.fixture(params=["en", "zh_CN"])
def language(request, qapp):
    from commdesk.translations import install

    install(request.param)
    yield request.param
    install("en")


@pytest.fixture
def figures(ctx, people, as_person):
    settings = ctx.service(SettingsService)
    settings.save_organisation(replace(settings.organisation(), time_zone="Asia/Shanghai"))
    service = ctx.service(CaseAdminService).save_category("service", "服务", "Service questions")
    as_person(people["reviewer"])
    now = {"t": at(2026, 10, 5, 10, 0)}
    ctx.clock = lambda: now["t"].astimezone(UTC)
    cases = ctx.service(CaseService)
    old = cases.create(Channel.LETTER, "上月来信", category=service.id, received_at=now["t"])
    cases.resolve(old.id, "已答复")
    made = []
    for n in range(21):  # +20 on the month before: "+20 (+2000 %)"
        now["t"] = at(2026, 11, 2, 9, 0) + timedelta(hours=5 * n)
        made.append(cases.create(Channel.MAILBOX, f"来信 {n}", category=service.id, received_at=now["t"]))
    now["t"] = at(2026, 12, 1, 10, 0)
    cases.set_status(made[0].id, CaseStatus.ACKNOWLEDGED)
    cases.set_status(made[1].id, CaseStatus.IN_PROGRESS)
    cases.wait_for_them(made[1].id)
    return ctx.service(CaseFiguresService)


def page_texts(path) -> list[str]:
    tool = shutil.which("pdftotext")
    if tool is None:
        pytest.skip("pdftotext (poppler-utils) is not installed; the PDF cannot be read back")
    text = subprocess.run(
        [tool, "-layout", "-enc", "UTF-8", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout
    return text.split("\f")


def test_the_report_reads_without_broken_words(figures, language, tmp_path):
    path = figures.report_pdf(tmp_path / "r.pdf", date(2026, 11, 1), date(2026, 12, 1), "month")
    pages = page_texts(path)
    report = figures.report(date(2026, 11, 1), date(2026, 12, 1), "month")
    rows = kpi_rows(report)
    # every key figure on the page of the heading
    heading = {"en": "Key figures", "zh_CN": "关键指标"}[language]
    [page] = [p for p in pages if heading in p]
    assert all(r.label.split()[0] in page for r in rows), page
    received = next(r for r in rows if r.key == "received")
    assert received.change == "\u25b2 +20 (+2000 %)"
    assert any(received.change in line for line in page.splitlines())
    lines = [line for p in pages for line in p.splitlines()]
    if language == "en":
        assert any("Acknowledged" in line for line in lines)
        assert any("Waiting for them" in line for line in lines)
    else:
        points = [r.change for r in rows if "百分点" in r.change]
        assert points and all(any(c in line for line in lines) for c in points)
        assert not any(line.rstrip().endswith("百分") for line in lines)


def test_columns_are_sized_from_their_content():
    header = ["Figure", "This period", "Change"]
    rows = [["Cases received", "21", "\u25b2 +20 (+2000 %)"], ["First response: within target", "5", "="]]
    widths = fitted_widths(header, rows, whole=(1, 2), total=400)
    assert sum(widths) == pytest.approx(400)
    from commdesk.core.documents.cases_report import _width

    assert widths[2] >= _width("\u25b2 +20 (+2000 %)") + 8  # a figure column never wraps
    assert widths[0] > widths[1]  # the words take the room left
