"""The case list's words: found in the case (reference, summary), its person (customer record, or a
media contact as the contacts' search knows them: name, pinyin, initials), and its conversation,
through the cases' search index on SQLite (kept in step by triggers) and the rows on PostgreSQL;
the same cases whether few match (read by id) or many (tested on the walks), and the index kept
right when a summary, a customer record or a contact changes."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import update

from commdesk.core.cases.workflow import Channel
from commdesk.core.contacts.records import ContactRecord, Email, Phone
from commdesk.persistence.models.cases import CaseCustomerRow
from commdesk.persistence.repositories import case_search
from commdesk.services.cases.desk import CaseDeskService, CaseFilter
from commdesk.services.cases.service import CaseService
from commdesk.services.contacts.service import ContactService

NOW = datetime(2026, 12, 8, 6, 0, tzinfo=UTC)


@pytest.fixture
def cases(ctx, people):  # acting as the administrator (also an officer)
    ctx.clock = lambda: NOW
    svc = ctx.service(CaseService)
    contact = ctx.service(ContactService).create(
        ContactRecord(
            full_name="王伟",
            outlet="新华社",
            emails=[Email("work", "wangwei@xinhua.example")],
            phones=[Phone("", "13800001111", True)],
        )
    )
    made = {
        "noise": svc.create(
            Channel.HOTLINE,
            "楼下装修噪音很大",
            customer=("赵先生", "+8613912345678", ""),
            received_at=NOW - timedelta(days=2),
        ),
        "parking": svc.create(
            Channel.MAILBOX,
            "Parking fees",
            customer=("Ms Rossi", "", "rossi@example.org"),
            received_at=NOW - timedelta(days=1),
        ),
        "refund": svc.create(Channel.LETTER, "退款进度查询", received_at=NOW - timedelta(hours=5)),
        "media": svc.create(
            Channel.MEDIA_INQUIRY, "采访请求", contact_id=contact.id, received_at=NOW - timedelta(hours=3)
        ),
        "special": svc.create(Channel.WALK_IN, "停车 50%_off?", received_at=NOW - timedelta(hours=1)),
    }
    svc.add_message_in(made["parking"].id, "我的发票抬头写错了，请重新开具。", subject="Re: parking")
    svc.log_message_out(made["refund"].id, "您好，退款已于本周三原路退回。")
    return ctx, made, contact


def _found(ctx, text: str, **kw) -> set[str]:
    desk = ctx.service(CaseDeskService)
    f = CaseFilter(text=text, **kw)
    lines = desk.page(f, 0, 200)
    assert desk.count(f) == len(lines)
    return {line.case.reference for line in lines}


def _refs(made, *keys: str) -> set[str]:
    return {made[k].reference for k in keys}


SEARCHES = [
    ("噪音", ("noise",)),  # a two-character Chinese word in a summary
    ("装修噪音", ("noise",)),
    ("噪", ("noise",)),  # one character
    ("发票抬头", ("parking",)),  # a message's text
    ("抬头", ("parking",)),
    ("re:", ("parking",)),  # a message's subject
    ("原路退回", ("refund",)),  # an answer sent
    ("退款", ("refund",)),  # summary and answer: the case once
    ("赵先生", ("noise",)),  # a customer's name, phone, e-mail
    ("12345678", ("noise",)),
    ("ROSSI@EXAMPLE", ("parking",)),  # ASCII letters in either case
    ("王伟", ("media",)),  # a media contact's name, pinyin, initials, outlet, e-mail
    ("wangwei", ("media",)),
    ("ww", ("media",)),
    ("新华社", ("media",)),
    ("50%_off", ("special",)),  # no wildcards
    ("%", ("special",)),
    ("_", ("special",)),
    ("parking 发票", ("parking",)),  # every word, each anywhere in the case
    ("parking 噪音", ()),
    ("火星", ()),
    ("火", ()),
]


@pytest.mark.parametrize("text,keys", SEARCHES, ids=[t for t, _ in SEARCHES])
def test_words_find_the_case_its_person_and_its_conversation(cases, text, keys):
    ctx, made, _contact = cases
    assert _found(ctx, text) == _refs(made, *keys)


def test_a_reference_and_the_other_filters(cases):
    ctx, made, _contact = cases
    ref = made["noise"].reference
    assert _found(ctx, ref) == {ref}
    assert _found(ctx, ref.lower()[-6:]) == {ref}
    assert _found(ctx, ref, channel=Channel.HOTLINE) == {ref}
    assert _found(ctx, ref, channel=Channel.LETTER) == set()


def test_many_matches_tested_on_the_walks_find_the_same_cases(cases, monkeypatch):
    """When more cases match than are read by id, the page tests each case its walks pass; when a
    short word begins too many trigrams, it is tested there too: the same cases either way."""
    ctx, _made, _contact = cases
    few = {text: _found(ctx, text) for text, _keys in SEARCHES}
    monkeypatch.setattr(case_search, "FEW", 0)
    assert {text: _found(ctx, text) for text, _keys in SEARCHES} == few
    monkeypatch.setattr(case_search, "MAX_GRAMS", 0)
    assert {text: _found(ctx, text) for text, _keys in SEARCHES} == few


def test_the_index_follows_edits_of_the_case_its_customer_and_its_contact(cases):
    ctx, made, contact = cases
    svc = ctx.service(CaseService)
    svc.edit(made["noise"].id, summary="夜间施工扰民")
    assert _found(ctx, "噪音") == set()
    assert _found(ctx, "施工") == _refs(made, "noise")
    assert _found(ctx, "赵先生") == _refs(made, "noise")  # its person and conversation stay
    contacts = ctx.service(ContactService)
    detail = contacts.get(contact.id)
    renamed = ContactRecord(full_name="李娜", outlet="新华社", emails=[Email("work", "lina@xinhua.example")])
    contacts.update(contact.id, renamed, detail.version)
    assert _found(ctx, "王伟") == set() and _found(ctx, "wangwei") == set()
    assert _found(ctx, "李娜") == _refs(made, "media") == _found(ctx, "lina")
    with ctx.engine.begin() as conn:  # a customer record corrected (no service edits them yet)
        conn.execute(
            update(CaseCustomerRow).where(CaseCustomerRow.name == "赵先生").values(name="钱女士", version=2)
        )
    assert _found(ctx, "赵先生") == set()
    assert _found(ctx, "钱女士") == _refs(made, "noise")


def test_the_index_made_again_finds_the_same(cases):
    """``rebuild_index`` (a repair; after a bulk copy without the triggers) makes the same index
    objects and documents the migration and the triggers made."""
    ctx, _made, _contact = cases
    if ctx.engine.dialect.name != "sqlite":
        pytest.skip("only SQLite has the index")
    found = {text: _found(ctx, text) for text, _keys in SEARCHES}
    objects = "SELECT type, name, sql FROM sqlite_master WHERE name LIKE 'case_fts%' ORDER BY name"
    with ctx.engine.begin() as conn:
        before = conn.exec_driver_sql(objects).all()
        documents = conn.exec_driver_sql("SELECT rowid, text FROM case_fts ORDER BY rowid").all()
        case_search.drop_index(conn)
        assert conn.exec_driver_sql(objects).all() == []
        assert case_search.rebuild_index(conn) == len(documents) == 5
        assert conn.exec_driver_sql(objects).all() == before
        assert conn.exec_driver_sql("SELECT rowid, text FROM case_fts ORDER BY rowid").all() == documents
    assert {text: _found(ctx, text) for text, _keys in SEARCHES} == found
