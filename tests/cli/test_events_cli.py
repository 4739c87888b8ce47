"""``commdesk events ...`` from the shell, each step ``--as`` the person who does it: plan an event,
build its invitation list from a contact list (the do-not-contact contact left out and named),
the send refused before review, submit, approve (not by the author), send through the outbox,
an answer by hand and one read from a saved reply, the check-in at the door (refused weeks before
the event, done on its day); JSON read back."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from email.message import EmailMessage

import pytest
import tests.support.smtp as loopback
from tests.support.outbox import configure

from commdesk.core.contacts.records import ContactRecord, Email
from commdesk.services.contacts.lists import ContactListService
from commdesk.services.contacts.service import ContactService

smtp_certificate, smtp_server_factory, smtp_server = (
    loopback.smtp_certificate,
    loopback.smtp_server_factory,
    loopback.smtp_server,
)
OFFICER = ("--as", "李明 Li Ming")
PLANNING = datetime(2026, 12, 1, 2, 0, tzinfo=UTC)
DOOR = datetime(2026, 12, 18, 5, 20, tzinfo=UTC)  # 13:20 in Shanghai, the event's day
REVIEWER = ("--as", "王芳 Wang Fang")


@pytest.fixture
def desk(ctx, people, db_url, smtp_server, tmp_path):
    contacts = ctx.service(ContactService)
    ids = [
        contacts.create(ContactRecord(full_name=name, outlet=outlet, emails=[Email("work", address)])).id
        for name, outlet, address in (
            ("张伟", "新华社", "zhang@xinhua.example.cn"),
            ("李娜", "澎湃新闻", "li@thepaper.example.cn"),
            ("王丽", "财新", "wang@caixin.example.cn"),
        )
    ]
    contacts.set_do_not_contact(ids[2], "email", "不接收邀请")
    lists = ctx.service(ContactListService)
    media = lists.create_static("重点媒体")
    lists.add(media.id, ids)
    configure(ctx, smtp_server, tmp_path)
    return db_url


@pytest.fixture
def office_clock(monkeypatch):
    """The command's clock (the service context's ``datetime.now``), set by the test: ``[instant]``."""
    import commdesk.services.context as context

    now = [PLANNING]

    class Frozen(datetime):
        @classmethod
        def now(cls, tz=None):
            return now[0].astimezone(tz) if tz else now[0].replace(tzinfo=None)

    monkeypatch.setattr(context, "datetime", Frozen)
    return now


@pytest.mark.timezones
def test_an_event_from_the_shell(run_cli, desk, tmp_path, smtp_server, office_clock):
    def ok(*args, who=OFFICER):
        code, out, err = run_cli("--db", desk, *who, "events", *args)
        assert code == 0, err
        return json.loads(out) if "--json" in args else out

    def refused(*args, who=OFFICER):
        code, out, err = run_cli("--db", desk, *who, "events", *args)
        assert code == 1 and err.startswith("commdesk: ") and err.count("\n") == 1, (code, out, err)
        return err

    made = ok(
        "new",
        "--title", "华信新品发布会",
        "--start", "2026-12-18 14:00",
        "--end", "2026-12-18 16:00",
        "--tz", "Asia/Shanghai",
        "--place", "上海国际会议中心",
        "--agenda", "14:00 签到\\n14:30 发布",
        "--subject", "【邀请函】华信新品发布会-20261218",
        "--body", "诚邀您出席。",
        "--json",
    )  # fmt: skip
    assert made["reference"].startswith("EV-") and made["starts_at"] == "2026-12-18T06:00:00+00:00"
    assert made["when"] == "2026-12-18 14:00–16:00 (Asia/Shanghai, UTC+08:00)" and made["review"] == "draft"
    ref = made["reference"]
    assert "--start needs the clock time" in refused("new", "--title", "x", "--start", "tomorrow")

    built = ok("invite", ref, "--list", "重点媒体", "--json")
    assert sorted(built["added"]) == ["张伟", "李娜"]
    assert [x["name"] for x in built["left_out"]] == ["王丽"] and "不接收邀请" in built["left_out"][0]["why"]

    assert "approved" in refused("send", ref)
    assert ok("submit", ref, "--json")["review"] == "in_review"
    assert "Reviewer" in refused("approve", ref)  # the author is no reviewer
    assert ok("approve", ref, "--json", who=REVIEWER)["review"] == "approved"
    sent = ok("send", ref, "--json")
    assert len(sent["queued"]) == 2
    code, _out, err = run_cli("--db", desk, *OFFICER, "outbox", "send")
    assert code == 0, err
    assert len(smtp_server.messages) == 2

    assert ok("rsvp", ref, "李娜", "--answer", "accepted", "--plus", "1", "--json")["plus_ones"] == 1
    shown = ok("show", ref, "--json")
    zhang = next(i for i in shown["invitees"] if i["name"] == "张伟")
    reply = EmailMessage()
    reply["From"] = "zhang@xinhua.example.cn"
    reply["Subject"] = f"Re: 【邀请函】华信新品发布会-20261218 [{zhang['rsvp_reference']}]"
    reply.set_content("抱歉，无法出席。")
    path = tmp_path / "reply.eml"
    path.write_bytes(reply.as_bytes())
    read = ok("rsvp", "--reply", str(path), "--json")
    assert read["recorded"] and read["status"] == "declined"

    early = refused("checkin", ref, "ln")  # weeks before: the door is closed
    assert "opens on the day of the event" in early and "2026-12-18 14:00–16:00 (Asia/Shanghai" in early
    assert "is not checked in" in refused("checkin", ref, "ln", "--undo")
    office_clock[0] = DOOR
    assert "李娜 checked in at 2026-12-18 13:20 (Asia/Shanghai" in ok("checkin", ref, "ln")
    assert "Already checked in" in refused("checkin", ref, "李娜")
    assert "Nobody on the invitation list" in refused("checkin", ref, "xyz")
    final = ok("show", ref, "--json")
    a = final["attendance"]
    assert (a["invited"], a["accepted"], a["declined"], a["checked_in"], a["expected"]) == (2, 1, 1, 1, 2)
    shown_text = ok("show", ref)  # the guest an answer brings, and the head count the room is set for
    assert "李娜  澎湃新闻  [accepted +1]  checked in" in shown_text and "2 people expected." in shown_text
    listed = ok("list", "--json")
    assert [(e["reference"], e["invited"], e["accepted"], e["checked_in"]) for e in listed] == [
        (ref, 2, 1, 1)
    ]
