"""The evaluation's figures on the demo desk, each against a count made here, straight from the
tables with SQL (not through the repositories or services that made them)."""

from __future__ import annotations

import sqlite3
import statistics
from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from commdesk.bootstrap import open_database
from commdesk.core.evaluation.catalogue import CATALOGUE, Trend, parse_period
from commdesk.services.evaluation.figures import EvaluationFiguresService


@pytest.fixture
def desk(demo_db):
    path = demo_db
    opened = open_database(path)
    ctx = opened.ctx
    now = ctx.clock()
    ctx.clock = lambda: now  # the service and the counts here see the same moment
    from commdesk.services.people import PeopleService

    admin = next(p for p in ctx.service(PeopleService).list() if p.name == "李明")
    ctx.current = lambda: admin
    yield ctx, path
    ctx.engine.dispose()


def _utc(day, zone):
    return (
        datetime(day.year, day.month, day.day, tzinfo=ZoneInfo(zone))
        .astimezone(UTC)
        .strftime("%Y-%m-%d %H:%M:%S")
    )


def _counts(path, period, zone, when) -> dict[str, float | None]:
    """Every figure counted by hand from the tables (SQLite stores UTC instants as sortable text)."""
    db = sqlite3.connect(path)
    one = lambda sql, *a: db.execute(sql, a).fetchone()[0]  # noqa: E731
    s, e = _utc(period.first, zone), _utc(period.end, zone)
    d0, d1 = period.first.isoformat(), period.end.isoformat()
    share = lambda a, b: a / b if b else None  # noqa: E731
    count = lambda n: float(n) if n else None  # noqa: E731
    out: dict[str, float | None] = {}
    out["mail.sent"] = count(
        one("SELECT count(*) FROM mail_outbox WHERE status='sent' AND sent_at>=? AND sent_at<?", s, e)
    )
    # follow-ups count once their day has passed (one due later is neither done in time nor late)
    today = when.astimezone(ZoneInfo(zone)).date()
    due_by = min(period.end, today).isoformat()
    due = one(
        "SELECT count(*) FROM mail_outbox WHERE status='sent' AND follow_up_by>=? AND follow_up_by<?",
        d0,
        due_by,
    )
    done = one(
        "SELECT count(*) FROM mail_outbox WHERE status='sent' AND follow_up_by>=? AND follow_up_by<? "
        "AND follow_up_done_at IS NOT NULL",
        d0,
        due_by,
    )
    out["mail.follow_up_rate"] = share(done, due)
    now = when.strftime("%Y-%m-%d %H:%M:%S")
    held = "FROM meetings WHERE cancelled=0 AND start>=? AND start<? AND start<=?"
    n_held = one(f"SELECT count(*) {held}", s, e, now)
    out["meetings.held"] = count(n_held)
    out["meetings.average_length"] = one(f"SELECT avg(duration) {held} AND duration IS NOT NULL", s, e, now)
    published = one("SELECT count(*) FROM releases WHERE published_at>=? AND published_at<?", s, e)
    out["releases.per_month"] = published / period.months if published else None
    ours = "FROM release_coverage WHERE day>=? AND day<? AND subject=''"
    stories = one(f"SELECT count(*) {ours}", d0, d1)
    out["coverage.count"] = count(stories)
    out["coverage.reach"] = float(one(f"SELECT sum(reach) {ours}", d0, d1)) if stories else None
    out["coverage.positive_share"] = share(
        one(f"SELECT count(*) {ours} AND tone='positive'", d0, d1), stories
    )
    out["coverage.negative_share"] = share(
        one(f"SELECT count(*) {ours} AND tone='negative'", d0, d1), stories
    )
    rivals = one("SELECT count(*) FROM release_coverage WHERE day>=? AND day<? AND subject<>''", d0, d1)
    out["coverage.share_of_voice"] = share(stories, stories + rivals) if rivals else None
    inq = "FROM cases WHERE channel='media_inquiry' AND received_at>=? AND received_at<?"
    out["inquiries.count"] = count(one(f"SELECT count(*) {inq}", s, e))
    waits = [
        datetime.fromisoformat(a) - datetime.fromisoformat(r)
        for r, a in db.execute(
            f"SELECT received_at, first_response_at {inq} AND first_response_at IS NOT NULL", (s, e)
        )
    ]
    out["inquiries.median_response"] = statistics.median(waits).total_seconds() / 3600 if waits else None
    cases = "FROM cases WHERE received_at>=? AND received_at<?"
    received = one(f"SELECT count(*) {cases}", s, e)
    out["cases.received"] = count(received)
    out["cases.complaints"] = float(one(f"SELECT count(*) {cases} AND complaint", s, e)) if received else None
    scored = one(f"SELECT count(*) {cases} AND csat IS NOT NULL", s, e)
    out["cases.csat"] = share(one(f"SELECT count(*) {cases} AND csat>=4", s, e), scored)
    out["social.posts"] = count(
        one(
            "SELECT count(*) FROM social_posts WHERE cancelled=0 AND published_at>=? AND published_at<?", s, e
        )
    )
    months = "FROM social_metrics WHERE month>=? AND month<=?"
    n_months = one(f"SELECT count(*) {months}", d0, period.last.isoformat())
    out["social.reach"] = (
        float(one(f"SELECT sum(reach) {months}", d0, period.last.isoformat())) if n_months else None
    )
    out["social.interactions"] = (
        float(one(f"SELECT sum(interactions) {months}", d0, period.last.isoformat())) if n_months else None
    )
    out.update(_more_counts(db, one, s, e, d0, d1, now, zone, share, count))
    db.close()
    return out


def _more_counts(db, one, s, e, d0, d1, now, zone, share, count) -> dict[str, float | None]:
    """The figures that need more than one count: clocks, reviews, actions, FCR, cadence."""
    out: dict[str, float | None] = {}
    # clocks of the period's cases: decided = stopped, or running past the due time now
    for key, kind, channel in (
        ("cases.first_response_met", "first_response", None),
        ("cases.resolution_met", "resolution", None),
        ("inquiries.deadline_met", "first_response", "media_inquiry"),
    ):
        where = (
            "FROM case_clocks k JOIN cases c ON c.id = k.case_id WHERE c.received_at>=? AND c.received_at<? "
            "AND k.kind=? AND k.due_at IS NOT NULL" + (" AND c.channel='media_inquiry'" if channel else "")
        )
        decided = one(
            f"SELECT count(*) {where} AND (k.stopped_at IS NOT NULL OR k.due_at<=?)", s, e, kind, now
        )
        met = one(
            f"SELECT count(*) {where} AND k.stopped_at IS NOT NULL AND k.stopped_at<=k.due_at", s, e, kind
        )
        out[key] = share(met, decided)
    calls = (
        "FROM cases c WHERE c.received_at>=? AND c.received_at<? AND c.channel='hotline' "
        "AND EXISTS (SELECT 1 FROM case_entries x WHERE x.case_id=c.id AND x.kind='call')"
    )
    out["cases.fcr"] = share(
        one(f"SELECT count(*) {calls} AND c.first_contact_resolution=1", s, e),
        one(f"SELECT count(*) {calls}", s, e),
    )
    # review turnaround: each approval's hours since the release's last submission before it
    waits = []
    for approved, submitted in db.execute(
        "SELECT a.at, (SELECT max(b.at) FROM release_steps b WHERE b.release_id=a.release_id "
        "AND b.action='submit' AND b.at<=a.at) FROM release_steps a WHERE a.to_state='approved' AND a.at>=? AND a.at<?",
        (s, e),
    ):
        if submitted is not None:
            waits.append(datetime.fromisoformat(approved) - datetime.fromisoformat(submitted))
    out["releases.review_turnaround"] = statistics.median(waits).total_seconds() / 3600 if waits else None
    # actions due in the period (not cancelled) whose deadline has passed, or done already: done,
    # last changed before the day after the deadline
    today = datetime.fromisoformat(now).replace(tzinfo=UTC).astimezone(ZoneInfo(zone)).date().isoformat()
    due = on_time = 0
    for deadline, status, changed in db.execute(
        "SELECT deadline, status, updated_at FROM meeting_actions WHERE deadline>=? AND deadline<? "
        "AND status<>'cancelled' AND (deadline<? OR status='done')",
        (d0, d1, today),
    ):
        due += 1
        after = date.fromisoformat(deadline) + timedelta(days=1)
        if status == "done" and changed is not None and changed < _utc(after, zone):
            on_time += 1
    out["actions.closed_on_time"] = share(on_time, due)
    # what people say: surveys closing in the period, interviews and training held in it
    surveys = "FROM surveys s WHERE s.closes_on>=? AND s.closes_on<?"
    scale = (
        "FROM survey_answers a JOIN survey_questions q ON q.id=a.question_id JOIN surveys s ON s.id=q.survey_id "
        "WHERE q.kind='scale' AND a.value IS NOT NULL AND s.closes_on>=? AND s.closes_on<?"
    )
    held = db.execute(f"SELECT count(*) {surveys}", (d0, d1)).fetchone()[0]
    responses = db.execute(
        "SELECT count(*) FROM survey_responses r JOIN surveys s ON s.id=r.survey_id "
        "WHERE s.closes_on>=? AND s.closes_on<?",
        (d0, d1),
    ).fetchone()[0]
    answered, happy, five = db.execute(
        f"SELECT count(*), sum(a.value>=q.scale_max*0.8), sum(a.value*5.0/q.scale_max) {scale}", (d0, d1)
    ).fetchone()
    out["voices.survey_responses"] = float(responses) if held else None
    out["voices.survey_score"] = five / answered if answered else None
    out["voices.survey_satisfied"] = share(happy, answered)
    talks = db.execute("SELECT count(*) FROM interviews WHERE day>=? AND day<?", (d0, d1)).fetchone()[0]
    out["voices.interviews"] = float(talks) if talks else None
    sessions = db.execute(
        "SELECT count(*) FROM training_sessions WHERE day>=? AND day<?", (d0, d1)
    ).fetchone()[0]
    out["voices.training_sessions"] = float(sessions) if sessions else None
    expected, present = db.execute(
        "SELECT count(*), sum(t.present) FROM training_attendance t JOIN training_sessions x ON x.id=t.session_id "
        "WHERE x.day>=? AND x.day<?",
        (d0, d1),
    ).fetchone()
    out["voices.training_attendance"] = share(present, expected)
    return out


def _calendar_counts(ctx, path, period, zone, when) -> dict[str, float | None]:
    """PC-5 on the office's working calendar, and the weeks of each active account against its target."""
    from commdesk.core.workcalendar import WorkCalendar
    from commdesk.services.settings import SettingsService

    calendar = WorkCalendar.from_settings(ctx.service(SettingsService).organisation(), zone)
    db = sqlite3.connect(path)
    s, e = _utc(period.first, zone), _utc(period.end, zone)
    held = on_time = 0
    for start, duration, minutes in db.execute(
        "SELECT m.start, coalesce(m.duration, 0), (SELECT min(x.distributed_at) FROM meeting_minutes x WHERE x.meeting_id=m.id) "
        "FROM meetings m WHERE m.cancelled=0 AND m.start>=? AND m.start<? AND m.start<=?",
        (s, e, when.strftime("%Y-%m-%d %H:%M:%S")),
    ):
        end = datetime.fromisoformat(start).replace(tzinfo=UTC) + timedelta(minutes=duration)
        if minutes is None and calendar.end_of_working_day(end) > when:
            continue  # not due yet: neither on time nor late
        held += 1
        if minutes is not None and datetime.fromisoformat(minutes).replace(
            tzinfo=UTC
        ) <= calendar.end_of_working_day(end):
            on_time += 1
    weeks = within = posts = 0
    monday = period.first - timedelta(days=period.first.weekday())
    last = period.last - timedelta(days=period.last.weekday())
    accounts = db.execute("SELECT id, target_min, target_max FROM social_accounts WHERE active=1").fetchall()
    first_week = {}  # an account's weeks count from the week of its first post (SM-2)
    for account, planned, published in db.execute(
        "SELECT account_id, min(planned_at), min(published_at) FROM social_posts WHERE cancelled=0 "
        "GROUP BY account_id"
    ):
        first = min(datetime.fromisoformat(t) for t in (planned, published) if t is not None)
        day = first.replace(tzinfo=UTC).astimezone(ZoneInfo(zone)).date()
        first_week[account] = day - timedelta(days=day.weekday())
    while monday <= last:
        a, b = _utc(monday, zone), _utc(monday + timedelta(days=7), zone)
        for account, low, high in accounts:
            if account in first_week and monday < first_week[account]:
                continue
            n = db.execute(
                "SELECT count(*) FROM social_posts WHERE account_id=? AND cancelled=0 "
                "AND coalesce(published_at, planned_at)>=? AND coalesce(published_at, planned_at)<?",
                (account, a, b),
            ).fetchone()[0]
            weeks += 1
            posts += n
            within += low <= n <= high
        monday += timedelta(days=7)
    db.close()
    return {
        "meetings.minutes_on_time": on_time / held if held else None,
        "social.weeks_on_target": within / weeks if weeks and posts else None,
    }


def _demo_quarter(ctx):
    from commdesk.core.evaluation.catalogue import PeriodKind, period_containing

    return period_containing(ctx.clock().date(), PeriodKind.QUARTER)


@pytest.mark.parametrize("kind", ["quarter", "half", "month"])
def test_each_figure_equals_a_direct_count_of_the_records(desk, kind):
    from commdesk.core.evaluation.catalogue import PeriodKind, period_containing

    ctx, path = desk
    code = period_containing(ctx.clock().date(), PeriodKind(kind)).code
    result = ctx.service(EvaluationFiguresService).evaluate(code)
    period = parse_period(code)
    assert result.period == period and result.previous_period == period.previous()
    assert [f.kpi for f in result.figures] == list(CATALOGUE)
    for which, expected in ((period, "value"), (period.previous(), "previous")):
        counted = _counts(path, which, result.zone, result.made_at)
        counted.update(_calendar_counts(ctx, path, which, result.zone, result.made_at))
        assert set(counted) == {k.key for k in CATALOGUE}  # every figure is counted here too
        for key, value in counted.items():
            got = getattr(result.figure(key), expected)
            assert (got is None) == (value is None), (code, which.code, key, got, value)
            if value is not None:
                assert got == pytest.approx(value), (code, which.code, key)
    # the demo's quarter has records of every channel
    for key in (
        ()
        if kind != "quarter"
        else (
            "mail.sent",
            "meetings.held",
            "coverage.count",
            "inquiries.count",
            "cases.received",
            "social.posts",
            "coverage.share_of_voice",  # the demo's monitoring export names two competitors
        )
    ):
        assert result.figure(key).value, key


def test_trend_and_no_records(desk):
    ctx, _path = desk
    result = ctx.service(EvaluationFiguresService).evaluate("2019Q1")  # before the demo's records
    assert all(f.value is None and f.trend is Trend.UNKNOWN for f in result.figures if f.kpi.group != "cases")
    assert result.figure("mail.sent").value is None  # "no records", not 0
    current = ctx.service(EvaluationFiguresService).evaluate(_demo_quarter(ctx))
    for f in current.figures:
        if f.value is not None and f.previous is not None:
            assert f.change == pytest.approx(f.value - f.previous)
            if f.change and f.kpi.higher_is_better is not None:
                assert (f.trend is Trend.BETTER) == ((f.change > 0) == f.kpi.higher_is_better)


def _row_after(lines: list[str], rule: str, name: str) -> list[str]:
    """The cells after ``rule`` and ``name`` in the PDF's text (one cell a line, a name maybe wrapped)."""
    for i, line in enumerate(lines):
        if line != rule:
            continue
        j, joined = i + 1, ""
        while j < len(lines) and len(joined) < len(name):
            joined = f"{joined} {lines[j]}".strip()
            j += 1
        if joined == name:
            return lines[j : j + 4]
    raise AssertionError(f"{rule} {name} is not in the PDF")


def test_the_report_pdf_shows_each_counted_figure_and_records_the_decisions(desk, tmp_path):
    from pypdf import PdfReader

    from commdesk.core.evaluation.catalogue import BY_KEY, format_value
    from commdesk.core.evaluation.decisions import Decision
    from commdesk.services.actions import ActionFilter, ActionService
    from commdesk.services.evaluation.report import EvaluationReportService

    ctx, path = desk
    period = _demo_quarter(ctx)
    decisions = [
        Decision("Add a WeChat post every week", "陈静", period.end),
        Decision("Answer media inquiries within four hours", "someone@example.org", period.end),
    ]
    pdf, report = ctx.service(EvaluationReportService).report_pdf(tmp_path / "ev.pdf", period, decisions)
    lines = "\n".join(page.extract_text() for page in PdfReader(pdf).pages).splitlines()
    lines = [line.strip() for line in lines]
    made = report.evaluation.made_at
    counted = _counts(path, period, report.evaluation.zone, made)
    before = _counts(path, period.previous(), report.evaluation.zone, made)
    for key, value in counted.items():
        kpi = BY_KEY[key]
        # the table's cells come out one a line: rule, figure, this period, previous period, ...
        # (a long name wraps in its cell: its lines are joined back)
        cells = _row_after(lines, kpi.rule, kpi.name)
        assert cells[0] == format_value(kpi, value), (key, cells)
        assert cells[1] == format_value(kpi, before[key]), (key, cells)
    # each decision is an open action item of the review meeting, listed in the tracker and the PDF
    actions = {a.id: a for a in ctx.service(ActionService).list(ActionFilter(meeting_id=report.meeting_id))}
    assert [actions[d.action_id].action.description for d in report.decisions] == [d.text for d in decisions]
    assert actions[report.decisions[0].action_id].action.owner_person_id is not None  # 陈静 is a person
    assert actions[report.decisions[1].action_id].action.owner_email == "someone@example.org"
    text = "\n".join(lines)
    for d in report.decisions:
        assert f"#{d.action_id}" in text and d.decision.deadline.isoformat() in text


def test_the_report_pdf_shows_what_people_say(desk, tmp_path):
    """The survey's questions with their averages, the interviews' themes and the training, as counted."""
    from pypdf import PdfReader

    from commdesk.services.evaluation.report import EvaluationReportService

    ctx, path = desk
    period = _demo_quarter(ctx)
    pdf, report = ctx.service(EvaluationReportService).report_pdf(tmp_path / "said.pdf", period, [])
    text = "\n".join(page.extract_text() for page in PdfReader(pdf).pages)
    flat = "".join(text.split())
    db = sqlite3.connect(path)
    title, responses = db.execute(
        "SELECT s.title, (SELECT count(*) FROM survey_responses r WHERE r.survey_id=s.id) FROM surveys s "
        "WHERE s.closes_on>=? AND s.closes_on<?",
        (period.first.isoformat(), period.end.isoformat()),
    ).fetchone()
    mean = db.execute(
        "SELECT avg(a.value) FROM survey_answers a JOIN survey_questions q ON q.id=a.question_id "
        "WHERE q.text LIKE '1.%'"
    ).fetchone()[0]
    themes = db.execute("SELECT themes FROM interviews").fetchall()
    db.close()
    assert "What people say (EV-1, EV-3, EV-4)" in text
    assert title in flat and f"{responses}" in flat
    assert f"{mean:.2f}/5" in flat
    named = {}
    for (tags,) in themes:
        for tag in tags.split("\n"):
            named[tag] = named.get(tag, 0) + 1
    top, count = max(named.items(), key=lambda kv: kv[1])
    assert top in flat and count == dict(report.evaluation.voices.themes)[top]
    for t in report.evaluation.voices.trainings:
        assert t.topic.replace(" ", "") in flat and f"{t.present}/{t.expected}" in flat
