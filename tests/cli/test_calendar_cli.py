"""``commdesk calendar list|export`` as the office runs it: the entries of a period as JSON, the
PDF and the .ics feed read back by independent parsers (pypdf, icalendar), and wrong dates or
kinds refused in words with exit code 1."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import UTC, datetime, timedelta

import pypdf
from icalendar import Calendar

from commdesk.core.events.records import EventEdit
from commdesk.services.events.service import EventService
from commdesk.services.publishing.accounts import AccountService
from commdesk.services.publishing.posts import PostEdit, PostService
from commdesk.services.settings import SettingsService

OFFICER = ("--as", "李明 Li Ming")
MONDAY = datetime(2030, 3, 3, 16, 0, tzinfo=UTC)  # Monday 4 March 2030, 00:00 in Shanghai


def _desk(ctx, as_person, people):
    settings = ctx.service(SettingsService)
    settings.save_organisation(replace(settings.organisation(), time_zone="Asia/Shanghai"))
    accounts = ctx.service(AccountService)
    weibo = next(p for p in accounts.add_standard_platforms() if p.code == "weibo")
    account = accounts.save_account(weibo.id, "市民服务中心")
    as_person(people["officer"])
    ctx.service(PostService).save(
        PostEdit(account.id, "开放日报名开始啦", MONDAY + timedelta(hours=2), campaign="开放日")
    )
    ctx.service(EventService).create(
        EventEdit(
            "Launch briefing",
            MONDAY + timedelta(days=2, hours=6),
            MONDAY + timedelta(days=2, hours=8),
            "Asia/Shanghai",
        )
    )


def test_list_and_export_read_back(run_cli, db_url, ctx, people, as_person, tmp_path):
    _desk(ctx, as_person, people)
    period = ("--from", "2030-03-04", "--to", "2030-03-10")
    code, out, err = run_cli("--db", db_url, *OFFICER, "calendar", "list", *period, "--json")
    assert code == 0, err
    data = json.loads(out)
    assert data["zone"] == "Asia/Shanghai"
    assert {(e["kind"], e["title"]) for e in data["entries"]} == {
        ("post", "开放日报名开始啦"),
        ("event", "Launch briefing"),
    }
    assert data["cadence_warnings"] and "below the target" in data["cadence_warnings"][0]
    code, out, err = run_cli(
        "--db", db_url, *OFFICER, "calendar", "list", *period, "--kind", "event", "--json"
    )
    assert [e["kind"] for e in json.loads(out)["entries"]] == ["event"]

    ics = tmp_path / "plan.ics"
    code, out, err = run_cli("--db", db_url, *OFFICER, "calendar", "export", str(ics), *period)
    assert code == 0, err
    events = Calendar.from_ical(ics.read_bytes()).walk("VEVENT")
    assert {str(e["summary"]) for e in events} == {"开放日报名开始啦", "Launch briefing"}
    assert {str(e["categories"].cats[0]) for e in events} == {"post", "event"}
    assert all(e.decoded("dtstart").utcoffset() == timedelta(0) for e in events)

    pdf = tmp_path / "plan.pdf"
    code, out, err = run_cli(
        "--db", db_url, *OFFICER, "calendar", "export", str(pdf), "--format", "pdf", *period
    )
    assert code == 0, err
    text = "".join(p.extract_text() for p in pypdf.PdfReader(pdf).pages)
    assert "Launch briefing" in text and "开放日报名开始啦" in "".join(text.split())


def test_owner_finds_the_posts_of_their_author(run_cli, db_url, ctx, people, as_person):
    """A post's owner is its author: ``--owner`` lists each person's posts (and their other items)."""
    _desk(ctx, as_person, people)
    period = ("--from", "2030-03-04", "--to", "2030-03-10")
    as_person(people["officer2"])
    ctx.service(PostService).save(
        PostEdit(
            ctx.service(AccountService).accounts()[0].id, "Emma's post", MONDAY + timedelta(days=1, hours=2)
        )
    )
    code, out, err = run_cli(
        "--db", db_url, *OFFICER, "calendar", "list", *period, "--owner", "Emma Schmidt", "--json"
    )
    assert [(e["kind"], e["title"], e["owner"]) for e in json.loads(out)["entries"]] == [
        ("post", "Emma's post", "Emma Schmidt")
    ]
    code, out, err = run_cli("--db", db_url, *OFFICER, "calendar", "list", *period, "--owner", "李明 Li Ming")
    assert code == 0, err
    assert "开放日报名开始啦" in out and "Launch briefing" in out and "Emma's post" not in out


def test_wrong_dates_and_kinds_are_refused_in_words(run_cli, db_url, people, tmp_path):
    code, out, err = run_cli("--db", db_url, *OFFICER, "calendar", "list", "--from", "4 March")
    assert code == 1 and "--from needs a date like" in err and "4 March" in err
    code, out, err = run_cli(
        "--db", db_url, *OFFICER, "calendar", "list", "--from", "2030-03-10", "--to", "2030-03-01"
    )
    assert code == 1 and "earlier day first" in err
    code, out, err = run_cli("--db", db_url, *OFFICER, "calendar", "list", "--kind", "tweet")
    assert code == 1 and "not a kind" in err and out == ""
    code, _out, err = run_cli(
        "--db", db_url, *OFFICER, "calendar", "export", str(tmp_path / "x.txt"), "--format", "doc"
    )
    assert code == 2  # argparse: not one of pdf, ics
    assert not (tmp_path / "x.txt").exists()


def test_the_format_comes_from_the_name_and_a_mismatch_writes_nothing(run_cli, db_url, people, tmp_path):
    """A stranger's `export plan.txt` used to get a PDF named .txt, and `q.pdf --format ics` a feed
    that no PDF reader opens: both are refused, nothing written."""
    code, out, err = run_cli("--db", db_url, *OFFICER, "calendar", "export", str(tmp_path / "plan.txt"))
    assert code == 1 and "plan.txt" in err and "--format" in err and out == ""
    code, out, err = run_cli(
        "--db", db_url, *OFFICER, "calendar", "export", str(tmp_path / "q.pdf"), "--format", "ics"
    )
    assert code == 1 and ".pdf" in err and "--format says ics" in err
    assert list(tmp_path.iterdir()) == []
    code, out, _err = run_cli(
        "--db",
        db_url,
        *OFFICER,
        "calendar",
        "export",
        str(tmp_path / "plan.txt"),
        "--format",
        "ics",
        "--json",
    )
    assert code == 0 and json.loads(out)["format"] == "ics"
    assert Calendar.from_ical((tmp_path / "plan.txt").read_bytes()).name == "VCALENDAR"


def test_cadence_warnings_only_where_the_filter_shows_posts(
    run_cli, db_url, ctx, people, as_person, tmp_path
):
    """The week of 2030-03-04 has one post for a 3-5 target: the warning shows with every kind or
    posts among them, not under ``--kind event``, nor in the PDF of events only, nor for a channel
    that is not the account's. The English CLI says "1 post" and "2 entries": the plural forms of the
    English catalogues, read without Qt."""
    _desk(ctx, as_person, people)
    period = ("--from", "2030-03-04", "--to", "2030-03-10")

    def listed(*extra):
        code, out, err = run_cli("--db", db_url, *OFFICER, "calendar", "list", *period, *extra)
        assert code == 0, err
        return out

    warning = "Weibo · 市民服务中心: 1 post in the week of 2030-03-04, below the target of 3-5"
    assert warning in listed()
    assert "below the target" in listed("--kind", "post", "--kind", "event")
    events_only = listed("--kind", "event")
    assert "Launch briefing" in events_only and "target" not in events_only
    assert "1 entry from 2030-03-04" in events_only and "2 entries from" in listed()
    assert json.loads(listed("--kind", "event", "--json"))["cadence_warnings"] == []
    assert json.loads(listed("--channel", "Weibo · 市民服务中心", "--json"))["cadence_warnings"]
    code, _out, err = run_cli(
        "--db", db_url, *OFFICER, "calendar", "list", *period, "--channel", "WeChat · 别的号"
    )
    assert code == 1 and "Weibo · 市民服务中心" in err  # a channel the period does not have is named

    pdf = tmp_path / "events.pdf"
    code, _out, err = run_cli(
        "--db", db_url, *OFFICER, "calendar", "export", str(pdf), *period, "--kind", "event"
    )
    assert code == 0, err
    text = "".join(p.extract_text() for p in pypdf.PdfReader(pdf).pages)
    assert "Launch briefing" in text and "target" not in text
    full = tmp_path / "all.pdf"
    code, _out, err = run_cli("--db", db_url, *OFFICER, "calendar", "export", str(full), *period)
    assert code == 0, err
    assert "below the target" in "".join(p.extract_text() for p in pypdf.PdfReader(full).pages)


def test_a_filter_name_is_matched_in_the_period_and_a_wrong_one_writes_nothing(
    run_cli, db_url, ctx, people, as_person, tmp_path
):
    """`--owner Emma` was an empty calendar written without a word (the owner is 'Emma Schmidt'):
    part of a name finds the one it means, a name that matches nothing or several is refused."""
    _desk(ctx, as_person, people)
    period = ("--from", "2030-03-04", "--to", "2030-03-10")
    code, out, err = run_cli(
        "--db", db_url, *OFFICER, "calendar", "list", *period, "--owner", "li ming", "--json"
    )
    assert code == 0, err
    assert {e["owner"] for e in json.loads(out)["entries"]} == {"李明 Li Ming"}
    code, out, err = run_cli(
        "--db", db_url, *OFFICER, "calendar", "list", *period, "--campaign", "开放", "--json"
    )
    assert [e["title"] for e in json.loads(out)["entries"]] == ["开放日报名开始啦"]
    feed = tmp_path / "emma.ics"
    code, out, err = run_cli(
        "--db", db_url, *OFFICER, "calendar", "export", str(feed), *period, "--owner", "Emma"
    )
    assert code == 1 and not feed.exists()
    assert "--owner “Emma”" in err and "李明 Li Ming" in err  # what the period has instead
    code, out, err = run_cli("--db", db_url, *OFFICER, "calendar", "list", *period, "--channel", "x")
    assert code == 1 and "Nothing in this period matches --channel “x”" in err
