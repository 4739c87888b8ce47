"""Coverage without a release: logged by hand or imported from a monitoring export, all or nothing,
and counted by the evaluation's figures (share of voice against the named competitors)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest
from sqlalchemy import text

from commdesk.core.errors import PermissionDenied, ValidationError
from commdesk.core.evaluation.monitoring_csv import Story
from commdesk.services.evaluation.coverage import EvaluationCoverageService
from commdesk.services.evaluation.figures import EvaluationFiguresService
from commdesk.services.releases.coverage import ReleaseCoverageService
from commdesk.services.settings import SettingsService

EXPORT = (
    "发布时间,媒体名称,标题,链接,媒体类型,情感倾向,阅读量,监测对象\n"
    '2026-11-03,人民日报,示例单位发布年度报告,https://example.cn/a,报纸,正面,"12,000",示例单位\n'
    "2026-11-04,澎湃新闻,示例单位开放日,https://example.cn/c,网媒,负面,800,\n"
    "\n"
    "2026/11/5,新浪财经,竞品新品发布,https://example.cn/b,网媒,中性,3000,竞品甲\n"
    "2026年11月7日,微博热搜,竞品乙遭投诉,,自媒体,负面,500,竞品乙\n"
    "2026-11-08,财新,竞品甲融资,,网媒,正面,100,竞品甲\n"
)


@pytest.fixture
def org(ctx, people):
    settings = ctx.service(SettingsService)
    settings.save_organisation(replace(settings.organisation(), name="示例单位", time_zone="Asia/Shanghai"))
    return ctx


def _count(ctx, sql, **params):
    with ctx.engine.connect() as conn:
        return conn.execute(text(sql), params).scalar_one()


def test_an_export_is_imported_whole_and_counted(org, tmp_path):
    ctx = org
    path = tmp_path / "monitoring.csv"
    path.write_bytes(EXPORT.encode("gb18030"))
    done = ctx.service(EvaluationCoverageService).import_file(path)
    assert (done.imported, done.about_us, done.about_competitors, done.blank) == (5, 2, 3, 1)
    assert done.encoding == "gb18030" and done.columns["subject"] == "监测对象"
    q = "SELECT count(*) FROM release_coverage WHERE release_id IS NULL AND day >= :a AND day < :b"
    assert _count(ctx, q, a=date(2026, 11, 1), b=date(2026, 12, 1)) == 5
    ours = _count(ctx, q + " AND subject = ''", a=date(2026, 11, 1), b=date(2026, 12, 1))
    reach = _count(
        ctx,
        "SELECT sum(reach) FROM release_coverage WHERE subject = '' AND day >= :a AND day < :b",
        a=date(2026, 11, 1),
        b=date(2026, 12, 1),
    )
    result = ctx.service(EvaluationFiguresService).evaluate("2026-11")
    assert result.figure("coverage.count").value == ours == 2
    assert result.figure("coverage.reach").value == reach == 12800
    assert result.figure("coverage.share_of_voice").value == pytest.approx(ours / 5)
    assert result.figure("coverage.negative_share").value == pytest.approx(0.5)
    assert dict(result.share_of_voice) == {"": 2, "竞品甲": 2, "竞品乙": 1}
    assert result.figure("coverage.count").previous is None  # October: no records
    # the releases' coverage views show a release's coverage only, as before
    assert ctx.service(ReleaseCoverageService).list() == []
    assert len(ctx.service(EvaluationCoverageService).stories("2026Q4")) == 5


def test_a_file_with_a_bad_line_imports_nothing(org, tmp_path):
    ctx = org
    path = tmp_path / "bad.csv"
    path.write_bytes((EXPORT + "2026-11-09,某报,标题,,报纸,愤怒,10,\n").encode("utf-8"))
    with pytest.raises(ValidationError) as err:
        ctx.service(EvaluationCoverageService).import_file(path)
    assert "Line 8" in str(err.value) and "愤怒" in str(err.value)
    assert _count(ctx, "SELECT count(*) FROM release_coverage") == 0


def test_a_story_logged_by_hand_and_who_may(org, people, as_person):
    ctx = org
    svc = ctx.service(EvaluationCoverageService)
    logged = svc.log(
        Story(0, date(2026, 11, 20), "经济日报", headline="竞品丙", subject="竞品丙", tone="neutral")
    )
    assert (logged.release_id, logged.subject) == (None, "竞品丙")
    with pytest.raises(ValidationError):
        svc.log(Story(0, date(2026, 11, 20), "  ", url="ftp://x"))
    as_person(people["reviewer"])
    assert svc.may_log()
    with pytest.raises(PermissionDenied):
        svc.log(Story(0, date(2026, 11, 20), "经济日报"))


def test_homes_coverage_chart_counts_the_organisations_stories_not_the_competitors(org):
    from commdesk.persistence.repositories import home as home_repo

    ctx = org
    svc = ctx.service(EvaluationCoverageService)
    svc.log(Story(0, date(2026, 11, 20), "经济日报", headline="我们的新品", tone="positive"))
    svc.log(Story(0, date(2026, 11, 20), "经济日报", headline="竞品丙", subject="竞品丙", tone="negative"))
    with ctx.unit_of_work() as uow:
        tones, kinds = home_repo.coverage_counts(uow.session)
    assert tones["positive"] == 1 and tones["negative"] == 0 and sum(kinds.values()) == 1
