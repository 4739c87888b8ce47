"""The period coverage report from the releases pane: from/to, preview off the GUI thread, save."""

from __future__ import annotations

from datetime import date

from pypdf import PdfReader
from PySide6.QtCore import QDate

from commdesk.core.releases.content import ReleaseContent
from commdesk.core.releases.records import Coverage, ReleaseEdit
from commdesk.core.releases.workflow import Action
from commdesk.services.releases.coverage import ReleaseCoverageService
from commdesk.services.releases.service import ReleaseService
from commdesk.ui.common import export
from commdesk.ui.common.pdf_preview import PdfPreviewDialog
from commdesk.ui.releases.coverage import CoverageReportDialog
from commdesk.ui.releases.pane import ReleasesPane


def _published(ctx, people, title):
    svc = ctx.service(ReleaseService)
    ctx.current = lambda: people["officer"]
    r = svc.create(ReleaseEdit(ReleaseContent(title=title), reviewer_ids=(people["reviewer"].id,)))
    svc.act(r.id, Action.SUBMIT, note="n")
    ctx.current = lambda: people["reviewer"]
    svc.act(r.id, Action.APPROVE)
    ctx.current = lambda: people["officer"]
    return svc.act(r.id, Action.PUBLISH)


def test_period_report_previews_and_saves_the_pdf(
    qtbot, ctx, app_services, people, answer, monkeypatch, tmp_path
):
    a, b = _published(ctx, people, "第一篇"), _published(ctx, people, "第二篇")
    cov = ctx.service(ReleaseCoverageService)
    cov.add(Coverage(a.id, "新华网", date(2026, 3, 12), tone="positive", reach=900, headline="华信新平台"))
    cov.add(Coverage(b.id, "财新", date(2026, 3, 20), tone="neutral", reach=300, headline="第二篇报道"))
    cov.add(Coverage(b.id, "澎湃", date(2026, 5, 2), tone="negative", reach=50, headline="五月报道"))
    target = tmp_path / "period.pdf"
    chosen = []
    monkeypatch.setattr(
        export, "choose_save_path", lambda parent, title, suggested: chosen.append(suggested) or target
    )
    answer.reply = export.CLOSE
    app_services.ctx.current = app_services.person
    app_services.set_person(people["officer"])
    pane = ReleasesPane(app_services)
    qtbot.addWidget(pane)
    pane.show()
    assert pane.period_report_button.isEnabled() and pane.release is None  # no release needed

    dlg = pane.coverage_report()
    assert isinstance(dlg, CoverageReportDialog)
    dlg.start.setDate(QDate(2026, 4, 1))
    dlg.end.setDate(QDate(2026, 3, 1))
    dlg._accept()
    assert dlg.isVisible() and "2026-04-01" in dlg.error.text()  # refused: start after end
    dlg.start.setDate(QDate(2026, 3, 1))
    dlg.end.setDate(QDate(2026, 3, 31))
    dlg._accept()
    qtbot.waitUntil(lambda: pane.findChild(PdfPreviewDialog) is not None, timeout=60000)
    preview = pane.findChild(PdfPreviewDialog)
    assert preview.page_count >= 1 and not target.exists()
    preview.save_button.click()
    assert chosen[0].name == "coverage-2026-03-01-2026-03-31.pdf"
    text = "".join(page.extract_text() for page in PdfReader(target).pages)
    assert "新华网" in text and "财新" in text and "澎湃" not in text  # only the period's pick-ups
    assert "2026-03-01" in text
