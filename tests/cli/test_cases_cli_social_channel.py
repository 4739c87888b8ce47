"""``commdesk cases add --channel social_media``: a complaint seen under one of the office's posts
logged by hand on the desk, offered among the channels the help lists and shown in words."""

from __future__ import annotations

import json

import pytest

from commdesk.services.cases.admin import CaseAdminService

OFFICER = ("--as", "李明 Li Ming")


@pytest.fixture
def desk(ctx, people, db_url):
    ctx.service(CaseAdminService).save_category("service", "服务", "Service", complaint=True)
    return db_url


def test_a_social_media_case_is_logged_and_listed_by_its_channel(run_cli, desk):
    code, out, err = run_cli(
        "--db", desk, *OFFICER, "cases", "add", "--channel", "social_media", "--category", "service",
        "--customer", "@老李", "--summary", "微博评论：维修无人上门", "--json",
    )  # fmt: skip
    assert code == 0, err
    case = json.loads(out)
    assert case["channel"] == "social_media" and case["complaint"] is True
    code, out, err = run_cli("--db", desk, "--lang", "en", *OFFICER, "cases", "show", case["reference"])
    assert code == 0, err
    assert "Social media" in out and "social_media" not in out


def test_the_channel_choices_are_the_desks_channels(run_cli, desk):
    code, out, _ = run_cli("--db", desk, "cases", "add", "--help")
    assert code == 0
    assert "social_media" in out and "media_inquiry" in out
