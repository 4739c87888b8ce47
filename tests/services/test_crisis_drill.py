"""A crisis drill end to end (SM-5, EV-7): opened with its playbook's checklist, the holding
statement drafted from the crisis template and approved by a second person through the releases'
four-eyes review, a media inquiry (a case) and a story linked, notes, the post-crisis review; its
timeline PDF read back with pypdf: every entry in order, each time naming the zone."""

from __future__ import annotations

import os
import re
import shutil
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from pypdf import PdfReader

from commdesk.core.cases.workflow import Channel
from commdesk.core.contacts.records import ContactRecord, Email
from commdesk.core.errors import NotFound, PermissionDenied, ValidationError
from commdesk.core.releases.records import Coverage
from commdesk.core.releases.workflow import Action, State
from commdesk.services.cases.service import CaseService
from commdesk.services.contacts.service import ContactService
from commdesk.services.crisis import CrisisService
from commdesk.services.releases.coverage import ReleaseCoverageService
from commdesk.services.releases.service import ReleaseService
from commdesk.services.settings import SettingsService

pytestmark = pytest.mark.timezones

SHANGHAI = ZoneInfo("Asia/Shanghai")
SHOW = os.environ.get("CRISIS_PDF_COPY", "")  # a path to keep the PDF at, for looking at it


@pytest.fixture
def clock(ctx):
    now = {"t": datetime(2026, 12, 7, 8, 0, tzinfo=SHANGHAI)}
    ctx.clock = lambda: now["t"].astimezone(UTC)

    def advance(minutes: int) -> None:
        now["t"] += timedelta(minutes=minutes)

    return advance


def _drill(ctx, people, as_person, clock):
    settings = ctx.service(SettingsService)
    settings.save_organisation(replace(settings.organisation(), time_zone="Asia/Shanghai"))
    journalist = ctx.service(ContactService).create(
        ContactRecord(
            full_name="周记者", outlet="财经日报", emails=[Email("work", "zhou@caijing.example", True)]
        )
    )
    as_person(people["officer"])
    crises = ctx.service(CrisisService)
    c = crises.open(
        "演练：产品召回传言", "product_safety", 3, summary="社交媒体传言某批次产品有安全隐患。", drill=True
    )
    assert c.drill and c.owner == people["officer"].name
    assert [i.step for i in c.checklist][:3] == ["assess", "team", "holding_statement"]
    assert "regulator" in {i.step for i in c.checklist} and c.checklist[-1].step == "review"
    clock(5)
    crises.tick(c.id, "assess")
    clock(10)
    release = crises.statement(c.id, "zh", "关于产品安全传言的说明")
    assert release.template_key == "crisis_response"
    releases = ctx.service(ReleaseService)
    clock(5)
    releases.act(release.id, Action.SUBMIT, note="请审", reviewer_ids=(people["reviewer"].id,))
    with pytest.raises(PermissionDenied):  # four eyes: the author does not approve their own text
        releases.act(release.id, Action.APPROVE)
    as_person(people["reviewer"])
    clock(15)
    assert releases.act(release.id, Action.APPROVE).state is State.APPROVED
    as_person(people["officer"])
    crises.tick(c.id, "holding_statement")
    clock(10)
    inquiry = ctx.service(CaseService).create(
        Channel.MEDIA_INQUIRY, "记者询问召回传言", contact_id=journalist.id
    )
    crises.link(c.id, "case", inquiry.id)
    crises.link(c.id, "case", inquiry.id)  # a second link changes nothing
    story = ctx.service(ReleaseCoverageService).add(
        Coverage(release.id, "财经日报", date(2026, 12, 7), headline="华信回应产品传言")
    )
    crises.link(c.id, "coverage", story.id)
    clock(20)
    crises.note(c.id, "舆情平稳，转发量下降")
    clock(60)
    c = crises.review(c.id, "声明 40 分钟内获批；下次提前准备问答口径。")
    assert c.closed_at is not None
    # recording the review ticks the checklist's review step, by who recorded it, when
    last = c.checklist[-1]
    assert (last.step, last.done_at, last.done_by) == ("review", c.reviewed_at, people["officer"].name)
    return crises, c, release, inquiry


def test_a_drill_builds_its_timeline_from_the_linked_records(ctx, people, as_person, clock):
    crises, c, release, inquiry = _drill(ctx, people, as_person, clock)
    assert len(c.links) == 3  # the statement, the inquiry once, the story
    timeline = crises.timeline(c.id)
    whats = [e.what for e in timeline.entries]
    instants = [e.instant for e in timeline.entries]
    assert instants == sorted(instants)
    assert whats[0].startswith("opened")
    order = [
        next(i for i, w in enumerate(whats) if w.startswith("done: Establish")),
        next(i for i, w in enumerate(whats) if w.startswith("drafted")),
        next(i for i, w in enumerate(whats) if w.startswith("submitted")),
        next(i for i, w in enumerate(whats) if w.startswith("approved")),
        next(i for i, w in enumerate(whats) if w.startswith("received")),
        next(i for i, w in enumerate(whats) if w.startswith("舆情平稳")),
        next(i for i, w in enumerate(whats) if w.startswith("post-crisis review")),
    ]
    assert order == sorted(order)
    approved = next(e for e in timeline.entries if e.what.startswith("approved"))
    assert approved.reference == release.reference and people["reviewer"].name in approved.what
    assert approved.when == "2026-12-07 08:35 (CST)" or approved.when.startswith("2026-12-07 08:35 (")
    assert any(e.reference == inquiry.reference for e in timeline.entries)
    assert any(e.when == "2026-12-07" and "财经日报" in e.what for e in timeline.entries)


def test_the_timeline_pdf_reads_back_in_order_with_zone_named_times(ctx, people, as_person, clock, tmp_path):
    crises, c, release, _ = _drill(ctx, people, as_person, clock)
    path = crises.timeline_pdf(c.id, tmp_path / "timeline.pdf")
    if SHOW:
        shutil.copy(path, SHOW)
    text = "\n".join(page.extract_text() for page in PdfReader(path).pages)
    assert "演练：产品召回传言" in text
    timeline_part = " ".join(text.split("\nTimeline\n", 1)[1].split("Playbook checklist")[0].split())
    # the zone named once, in the column's header (every entry has the same offset)
    assert timeline_part.startswith("When (Asia/Shanghai, UTC+08:00)")
    assert timeline_part.count("UTC+08:00") == 1
    shown = re.findall(r"2026-12-07 (\d\d:\d\d)", timeline_part)
    # Shanghai time whatever the process zone, in order: opened .. closed
    assert shown == [
        "08:00",
        "08:05",
        "08:15",
        "08:20",
        "08:35",
        "08:35",
        "08:45",
        "09:05",
        "10:05",  # the review step ticked by recording the review
        "10:05",
        "10:05",
    ]
    assert timeline_part.index("财经日报") > timeline_part.index(
        "10:05"
    )  # the day's story after the day's times
    assert release.reference in text
    assert "声明 40 分钟内获批" in text


def test_the_log_refuses_what_cannot_be(ctx, people, as_person, clock):
    as_person(people["officer"])
    crises = ctx.service(CrisisService)
    with pytest.raises(ValidationError):
        crises.open("", "product_safety", 2)
    with pytest.raises(ValidationError):
        crises.open("x", "earthquake", 2)
    with pytest.raises(ValidationError):
        crises.open("x", "data_leak", 5)
    c = crises.open("数据泄露", "data_leak", 4)
    with pytest.raises(NotFound):
        crises.link(c.id, "release", 9999)
    with pytest.raises(NotFound):
        crises.tick(c.id, "regulator")  # not a step of a data leak's playbook
    with pytest.raises(NotFound):
        crises.get(c.id + 1)
    as_person(people["reviewer"])
    with pytest.raises(PermissionDenied):
        crises.note(c.id, "…")


def test_a_linked_post_shows_when_planned_then_when_published(ctx, people, as_person, clock):
    from commdesk.services.publishing.accounts import AccountService
    from commdesk.services.publishing.posts import PostEdit, PostService

    settings = ctx.service(SettingsService)
    settings.save_organisation(replace(settings.organisation(), time_zone="Asia/Shanghai"))
    accounts = ctx.service(AccountService)
    weibo = {p.code: p for p in accounts.add_standard_platforms()}["weibo"]
    account = accounts.save_account(weibo.id, "华信科技")
    as_person(people["officer"])
    posts = ctx.service(PostService)
    post = posts.save(
        PostEdit(
            account_id=account.id, text="关于网传信息的说明", planned_at=ctx.clock() + timedelta(hours=2)
        )
    )
    crises = ctx.service(CrisisService)
    c = crises.open("微博舆情", "social_media_storm", 2, owner_id=people["officer2"].id)
    assert c.owner == people["officer2"].name  # someone else may own it
    crises.link(c.id, "post", post.id)
    [planned] = [e for e in crises.timeline(c.id).entries if e.source == "Post"]
    assert planned.what.startswith("planned") and planned.when.startswith("2026-12-07 10:00 (")
    posts.submit(post.id)
    as_person(people["reviewer"])
    posts.approve(post.id)
    as_person(people["officer"])
    clock(30)
    posts.record_published(post.id, "https://weibo.example/1")
    [published] = [e for e in crises.timeline(c.id).entries if e.source == "Post"]
    assert published.what.startswith("published") and published.when.startswith("2026-12-07 08:30 (")


def test_records_are_linked_by_the_references_people_write(ctx, people, as_person, clock):
    crises, _drilled, release, inquiry = _drill(ctx, people, as_person, clock)
    other = ctx.service(CrisisService).open("另一起", "data_leak", 2)
    crises.link_reference(other.id, release.reference.lower())
    crises.link_reference(other.id, inquiry.reference)
    linked = crises.link_reference(other.id, f"case {inquiry.id}")  # the same case: once
    assert [(k.kind, k.item_id) for k in linked.links] == [("release", release.id), ("case", inquiry.id)]
    with pytest.raises(ValidationError):
        crises.link_reference(other.id, "12")
    with pytest.raises(NotFound):
        crises.link_reference(other.id, "PR-1999-001")


def test_the_evaluation_report_carries_the_periods_crises_and_their_reviews(
    ctx, people, as_person, clock, tmp_path
):
    from commdesk.services.evaluation.report import EvaluationReportService

    _drill(ctx, people, as_person, clock)
    reports = ctx.service(EvaluationReportService)
    report = reports.report("2026Q4")
    assert [(c.title, c.drill, c.opened, c.review) for c in report.crises] == [
        ("演练：产品召回传言", True, date(2026, 12, 7), "声明 40 分钟内获批；下次提前准备问答口径。")
    ]
    assert reports.report("2026Q3").crises == ()
    path, _report = reports.report_pdf(tmp_path / "evaluation.pdf", "2026Q4")
    text = "".join(page.extract_text() for page in PdfReader(str(path)).pages)
    flat = re.sub(r"\s+", "", text)
    assert "演练：产品召回传言" in flat and "下次提前准备问答口径" in flat
