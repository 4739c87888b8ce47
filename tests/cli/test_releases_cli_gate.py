"""On the command line, ``releases eml`` and ``releases export`` ask the release gate;
``releases send`` refuses a repeat without ``--again``; ``outbox list`` shows held messages with the
reason; ``outbox rebuild`` and ``outbox cancel`` settle them."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime

import pytest
from tests.conftest import ADMIN_PASSPHRASE
from tests.support.outbox import configure

from commdesk.core.contacts.records import ContactRecord, Email
from commdesk.core.releases.content import ReleaseContent
from commdesk.core.releases.records import ReleaseEdit
from commdesk.core.releases.workflow import Action
from commdesk.services.contacts.lists import ContactListService
from commdesk.services.contacts.service import ContactService
from commdesk.services.people import PeopleService
from commdesk.services.releases.service import ReleaseService

NOW = datetime(2026, 3, 10, 2, 0, tzinfo=UTC)


@pytest.fixture
def desk(ctx, people, as_person, smtp_server, tmp_path):
    ctx.clock = lambda: NOW
    contacts = ctx.service(ContactService)
    ids = [
        contacts.create(ContactRecord(full_name=n, outlet="新华社", emails=[Email("work", a)])).id
        for n, a in (("张伟", "zhang@xinhua.example.cn"), ("李娜", "li@thepaper.example.cn"))
    ]
    lists = ctx.service(ContactListService)
    press = lists.create_static("媒体")
    lists.add(press.id, ids)
    svc = ctx.service(ReleaseService)
    as_person(people["officer"])
    approved = svc.create(
        ReleaseEdit(
            ReleaseContent(
                title="已批准的新闻稿", body_markdown="正文。", language="zh", dateline_date=date(2026, 3, 10)
            ),
            reviewer_ids=(people["reviewer"].id,),
            lists=((press.id, "媒体"),),
        )
    )
    svc.act(approved.id, Action.SUBMIT, note="请审")
    draft = svc.create(
        ReleaseEdit(
            ReleaseContent(title="草稿", body_markdown="内部讨论稿。", language="zh"),
            lists=((press.id, "媒体"),),
        )
    )
    as_person(people["reviewer"])
    svc.act(approved.id, Action.APPROVE)
    as_person(people["admin"])
    configure(ctx, smtp_server, tmp_path)
    ctx.service(PeopleService).remember(people["admin"])  # the commands act as this computer's person
    ctx.service(PeopleService).keep_passphrase(people["admin"], ADMIN_PASSPHRASE)  # and its passphrase
    return {"approved": approved.id, "draft": draft.id, "svc": svc}


def test_a_draft_does_not_leave_by_eml_text_or_html_but_prints_as_pdf(db_url, desk, run_cli, tmp_path):
    out_dir = tmp_path / "out"
    out_dir.mkdir()
    code, _, err = run_cli(
        "--db", db_url, "releases", "eml", desk["draft"], out_dir, "--to", "张伟 <z@example.cn>"
    )
    assert code == 1 and "only approved" in err and err.count("\n") == 1
    for name in ("d.txt", "d.html"):
        code, _, err = run_cli("--db", db_url, "releases", "export", desk["draft"], out_dir / name)
        assert code == 1 and "only approved" in err
    code, _, err = run_cli("--db", db_url, "releases", "send", desk["draft"])
    assert code == 1 and "only approved" in err
    assert list(out_dir.iterdir()) == []
    code, _, err = run_cli("--db", db_url, "releases", "export", desk["draft"], out_dir / "d.pdf")
    assert code == 0, err
    assert (out_dir / "d.pdf").read_bytes().startswith(b"%PDF")


def test_send_again_hold_rebuild_and_cancel(ctx, people, as_person, db_url, desk, run_cli, smtp_server):
    code, out, err = run_cli("--db", db_url, "releases", "send", desk["approved"])
    assert code == 0, err
    assert "2 messages queued" in out
    code, out, err = run_cli("--db", db_url, "releases", "send", desk["approved"])  # the same people again
    assert code == 1 and "--again" in err and "zhang@xinhua.example.cn" in out
    code, out, err = run_cli("--db", db_url, "releases", "send", desk["approved"], "--again", "--bcc")
    assert code == 0 and "1 message queued" in out

    svc = desk["svc"]  # edited after approval: back in review
    as_person(people["officer"])
    r = svc.get(desk["approved"])
    svc.save(
        r.id,
        r.edit(content=r.content.__class__(**{**r.content.__dict__, "body_markdown": "新正文。"})),
        r.version,
    )
    code, out, err = run_cli("--db", db_url, "outbox", "send")
    assert "3 held" in out and smtp_server.messages == []
    assert code == 1  # a script notices: held mail waits for a decision
    code, out, _ = run_cli("--db", db_url, "outbox", "list", "--status", "held")
    assert code == 0 and "no longer approved" in out and "outbox rebuild" in out
    held = json.loads(run_cli("--db", db_url, "outbox", "list", "--status", "held", "--json")[1])
    assert len(held) == 3 and {h["held_reason"] for h in held} == {"release_changed"}
    ids = [str(h["id"]) for h in held]
    code, _, err = run_cli("--db", db_url, "outbox", "rebuild", *ids)  # not approved yet
    assert code == 1 and "only approved" in err
    as_person(people["reviewer"])
    svc.act(r.id, Action.APPROVE)
    code, out, err = run_cli("--db", db_url, "outbox", "rebuild", *ids[:2])
    assert code == 0 and "2 messages rebuilt" in out, err
    code, out, _ = run_cli("--db", db_url, "outbox", "cancel", ids[2])
    assert code == 0 and "1 message cancelled" in out
    code, out, _ = run_cli("--db", db_url, "outbox", "send")
    assert "2 sent" in out and code == 0
    assert smtp_server.messages and all(
        "新正文" in m.message.get_body(("plain",)).get_content() for m in smtp_server.messages
    )
