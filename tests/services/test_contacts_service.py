"""ContactService on SQLite and PostgreSQL: search (pinyin, initials, phone), edit with conflicts,
permissions (CR-2), trash and erase, do-not-contact, history and inquiries."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest

from commdesk.core.contacts.records import ContactRecord, Email, Phone, Tier
from commdesk.core.errors import ConflictError, NotFound, PermissionDenied, ValidationError
from commdesk.services.audit import AuditService
from commdesk.services.contacts.service import OFFICERS_MAY_EDIT, ContactQuery, ContactService
from commdesk.services.settings import SettingsService


def rec(name, email=None, phone=None, outlet="", beats=(), **kw) -> ContactRecord:
    return ContactRecord(
        full_name=name,
        emails=[Email("work", email)] if email else [],
        phones=[Phone("mobile", phone)] if phone else [],
        outlet=outlet,
        beats=list(beats),
        **kw,
    )


@pytest.fixture
def svc(ctx, people):
    return ctx.service(ContactService)


@pytest.fixture
def some(svc):
    made = {
        "wang": svc.create(
            rec(
                "王伟",
                "wangwei@xinhua.example",
                "139 1234 5678",
                "新华社",
                ["财经", "科技"],
                title="记者",
                tier=Tier.A,
            )
        ),
        "zhang": svc.create(rec("张小明", "zxm@caixin.example", None, "财新", ["金融"], title="编辑")),
        "lv": svc.create(rec("吕方", None, "13800001111", "澎湃新闻", ["社会"])),
        "smith": svc.create(
            rec(
                "John Smith",
                "john.smith@reuters.example",
                "+44 20 7946 0000",
                "Reuters",
                ["Energy"],
                title="Correspondent",
            )
        ),
    }
    return made


def names(rows):
    return [r.name for r in rows]


def test_create_normalises_and_get_returns_detail(svc, some):
    d = svc.get(some["wang"].id)
    assert d.record.pinyin == "wang wei" and d.record.family_name == "王" and d.record.given_name == "伟"
    assert d.record.phones[0].number == "+8613912345678"
    assert d.record.outlet == "新华社" and d.record.beats == ["财经", "科技"]
    assert d.version == 1 and d.source_date is not None and not d.deleted


@pytest.mark.parametrize(
    "text, expected",
    [
        ("wangwei", ["王伟"]),
        ("ww", ["王伟"]),
        ("王伟", ["王伟"]),
        ("wang wei", ["王伟"]),
        ("zxm", ["张小明"]),
        ("lv", ["吕方"]),
        ("lufang", ["吕方"]),
        ("caixin", ["张小明"]),
        ("财新", ["张小明"]),
        ("1391234", ["王伟"]),
        ("139 1234 5678", ["王伟"]),
        ("reuters", ["John Smith"]),
        ("SMITH", ["John Smith"]),
        ("energy", ["John Smith"]),
        ("金融", ["张小明"]),
        ("john.smith@", ["John Smith"]),
        ("100%", []),
    ],
)
def test_search_as_you_type(svc, some, text, expected):
    assert names(svc.search(ContactQuery(text=text))) == expected
    assert svc.count(ContactQuery(text=text)) == len(expected)


@pytest.mark.parametrize(
    "text, expected",
    [
        ("w", ["王伟"]),
        ("伟", ["王伟"]),
        ("新", ["吕方", "王伟", "张小明"]),
        ("华社", ["王伟"]),
        ("re", ["John Smith"]),
        ("j", ["John Smith"]),
        ("js", ["John Smith"]),
        ("吕", ["吕方"]),
        ("编辑", ["张小明"]),
        ("z", ["张小明"]),
        ("mi", []),
        ("ww zx", []),
        ("w 伟", ["王伟"]),
        ('"', []),
        ("%", []),
    ],
)
def test_short_terms_match_word_starts(svc, some, text, expected):
    assert names(svc.search(ContactQuery(text=text))) == expected
    assert svc.count(ContactQuery(text=text)) == len(expected)


def test_short_terms_follow_edits_erasure_and_removal(svc, some, ctx):
    d = svc.get(some["zhang"].id)
    svc.update(
        d.id,
        d.record.copy(
            full_name="赵敏",
            family_name="",
            given_name="",
            pinyin="",
            title="主笔",
            emails=[Email("work", "min@caixin.example")],
        ),
        d.version,
    )
    assert names(svc.search(ContactQuery(text="zm"))) == ["赵敏"]
    assert svc.search(ContactQuery(text="zx")) == [] and svc.search(ContactQuery(text="编辑")) == []
    assert names(svc.search(ContactQuery(text="主笔"))) == ["赵敏"]
    svc.erase(some["wang"].id)
    assert svc.search(ContactQuery(text="ww")) == [] and svc.search(ContactQuery(text="伟")) == []
    from sqlalchemy import delete

    from commdesk.persistence.models.contacts import ContactRow

    with ctx.unit_of_work() as uow:  # a row removed outright (not through the service) takes its keys along
        uow.session.execute(delete(ContactRow).where(ContactRow.id == some["lv"].id))
    with ctx.unit_of_work() as uow:
        bind = uow.session.get_bind()
        if bind.dialect.name == "sqlite":
            left = (
                uow.session.connection()
                .exec_driver_sql("SELECT count(*) FROM contact_fts_short WHERE rowid = ?", (some["lv"].id,))
                .scalar()
            )
        else:
            left = (
                uow.session.connection()
                .exec_driver_sql(
                    "SELECT count(*) FROM contact_search_keys WHERE contact_id = %s", (some["lv"].id,)
                )
                .scalar()
            )
    assert left == 0


def test_sorted_by_pinyin_with_latin_names(svc, some):
    assert names(svc.search(ContactQuery())) == ["John Smith", "吕方", "王伟", "张小明"]
    assert names(svc.search(ContactQuery(descending=True))) == ["张小明", "王伟", "吕方", "John Smith"]
    assert names(svc.search(ContactQuery(), offset=1, limit=2)) == ["吕方", "王伟"]
    for sort in ("outlet", "title", "tier", "owner", "last_contact", "updated"):
        assert len(svc.search(ContactQuery(sort=sort))) == 4


def test_pages_far_down_are_the_same_pages(svc, some, monkeypatch):
    """Far into a long list a page's ids are found along the sort index first: same rows, same order."""
    import commdesk.persistence.repositories.contacts.queries as queries

    for sort in ("name", "outlet", "title", "owner", "last_contact"):
        for d in (False, True):
            for offset in (1, 2, 3):
                monkeypatch.setattr(queries, "DEEP", 10**9)
                plain = [
                    s.id for s in svc.search(ContactQuery(sort=sort, descending=d), offset=offset, limit=2)
                ]
                monkeypatch.setattr(queries, "DEEP", 1)
                deep = svc.search(ContactQuery(sort=sort, descending=d), offset=offset, limit=2)
                assert [s.id for s in deep] == plain, (sort, d, offset)
    assert names(svc.search(ContactQuery(), offset=1, limit=2)) == ["吕方", "王伟"]


def test_filters(svc, some, people):
    assert names(svc.search(ContactQuery(beat="财经"))) == ["王伟"]
    assert names(svc.search(ContactQuery(tier="A"))) == ["王伟"]
    svc.bulk_set_owner([some["zhang"].id], people["officer"].id)
    assert names(svc.search(ContactQuery(owner_id=people["officer"].id))) == ["张小明"]
    assert svc.search(ContactQuery(owner_id=people["officer"].id))[0].owner == "李明 Li Ming"
    svc.log_interaction(some["lv"].id, "call", datetime.now(UTC), "phone", "asked about the launch")
    since = date.today() - timedelta(days=1)
    assert "吕方" not in names(svc.search(ContactQuery(not_contacted_since=since)))
    assert len(svc.search(ContactQuery(not_contacted_since=since))) == 3
    assert svc.search(ContactQuery(text="lv"))[0].last_contact == date.today()


def test_update_with_conflict(svc, some):
    d = svc.get(some["wang"].id)
    r = d.record.copy(title="首席记者")
    d2 = svc.update(d.id, r, d.version)
    assert d2.version == d.version + 1 and d2.record.title == "首席记者"
    with pytest.raises(ConflictError) as err:
        svc.update(d.id, d.record.copy(title="编辑"), d.version)
    assert err.value.theirs.record.title == "首席记者" and err.value.mine.title == "编辑"
    history = ctx_history(svc, d.id)
    assert ("update", "title", "记者", "首席记者") in history


def ctx_history(svc, cid):
    return [(e.action, e.field, e.old, e.new) for e in svc.ctx.service(AuditService).history("contacts", cid)]


def test_validation_messages(svc):
    errors = svc.validate(rec("", "not-an-address"))
    assert "emails" in errors and "full_name" in errors
    with pytest.raises(ValidationError) as err:
        svc.create(rec("李四", None, "12345"))
    assert "phones" in err.value.errors


def test_permissions(svc, some, people, as_person, ctx):
    as_person(people["officer"])
    assert svc.search(ContactQuery(text="ww"))
    with pytest.raises(PermissionDenied):
        svc.create(rec("赵六", "zl@example.org"))
    with pytest.raises(PermissionDenied):
        svc.delete([some["wang"].id])
    svc.log_interaction(some["wang"].id, "pitch", datetime.now(UTC), "email", "product launch")
    svc.set_do_not_contact(some["wang"].id, "email", "asked us to stop")
    with pytest.raises(PermissionDenied):
        svc.lift_do_not_contact(some["wang"].id, "email")
    as_person(people["admin"])
    ctx.service(SettingsService).set_many({OFFICERS_MAY_EDIT: True})
    as_person(people["officer"])
    made = svc.create(rec("赵六", "zl@example.org"))
    svc.update(made.id, made.record.copy(title="主编"), made.version)
    with pytest.raises(PermissionDenied):
        svc.merge(made.id, some["wang"].id, {})
    as_person(people["reviewer"])
    with pytest.raises(PermissionDenied):
        svc.log_interaction(some["wang"].id, "note", datetime.now(UTC), "", "x")


def test_trash_restore_and_erase(svc, some, ctx):
    wang = some["wang"].id
    svc.delete([wang])
    assert "王伟" not in names(svc.search(ContactQuery()))
    assert names(svc.trash()) == ["王伟"]
    svc.restore([wang])
    assert svc.trash() == []
    svc.log_interaction(wang, "interview", datetime.now(UTC), "phone", "interview about results")
    svc.set_do_not_contact(wang, "phone", "private number")
    svc.erase(wang)
    with pytest.raises(NotFound):
        svc.get(wang)
    assert svc.search(ContactQuery(text="wangwei")) == [] and svc.trash() == []
    entries = ctx.service(AuditService).history("contacts", wang)
    assert entries[-1].action == "erase"
    blob = repr([(e.old, e.new, e.note) for e in ctx.service(AuditService).entries()])
    assert "王伟" not in blob and "wangwei@xinhua" not in blob and "interview about results" not in blob


def test_do_not_contact(svc, some, people, as_person):
    wang = some["wang"].id
    as_person(people["officer"])
    with pytest.raises(ValidationError):
        svc.set_do_not_contact(wang, "email", "  ")
    with pytest.raises(ValidationError):
        svc.set_do_not_contact(wang, "fax", "x")
    svc.set_do_not_contact(wang, "email", "asked by phone", expires=date.today() + timedelta(days=30))
    d = svc.get(wang)
    assert [(c.channel, c.reason, c.set_by) for c in d.consents] == [
        ("email", "asked by phone", "李明 Li Ming")
    ]
    assert svc.search(ContactQuery(text="ww"))[0].do_not_contact == ("email",)
    assert names(svc.search(ContactQuery(do_not_contact=True))) == ["王伟"]
    assert "王伟" not in names(svc.search(ContactQuery(do_not_contact=False)))
    as_person(people["admin"])
    svc.lift_do_not_contact(wang, "email")
    assert svc.get(wang).consents == ()


def test_expired_do_not_contact_no_longer_applies(svc, some, ctx):
    wang = some["wang"].id
    svc.set_do_not_contact(
        wang, "email", "until the end of the month", expires=date.today() + timedelta(days=2)
    )
    later = datetime.now(UTC) + timedelta(days=5)
    ctx.clock = lambda: later
    assert svc.get(wang).consents == ()


def test_history_and_inquiries(svc, some):
    wang = some["wang"].id
    now = datetime.now(UTC).replace(microsecond=0)
    svc.log_interaction(wang, "pitch", now - timedelta(days=3), "email", "launch pitch", release_id=7)
    inq = svc.log_interaction(
        wang, "inquiry", now, "phone", "asks about layoffs", deadline=now + timedelta(hours=4), liaison="陈静"
    )
    assert [i.kind for i in svc.history(wang)] == ["inquiry", "pitch"]
    assert svc.open_inquiries()[0][0].id == inq.id
    answered = svc.answer_inquiry(inq.id, now + timedelta(hours=2))
    assert answered.answered_at == now + timedelta(hours=2) and svc.open_inquiries() == []
    with pytest.raises(ValidationError):
        svc.log_interaction(wang, "gossip", now, "", "")
    assert svc.get(wang).version == 1  # logging does not make edits stale


def test_bulk_beat_and_lookups(svc, some, people):
    svc.bulk_add_beat([some["wang"].id, some["zhang"].id], "新能源")
    assert names(svc.search(ContactQuery(beat="新能源"))) == ["王伟", "张小明"]
    assert "新能源" in svc.beats() and "Energy" in svc.beats()
    assert (people["officer"].id, "李明 Li Ming") in svc.owners()
    assert svc.regions() == []


def test_likely_duplicates_while_typing(svc, some):
    found = svc.likely_duplicates(rec("王伟", None, None, "新华社"))
    assert names(found) == ["王伟"]
    found = svc.likely_duplicates(rec("Someone", "WangWei@xinhua.example"))
    assert names(found) == ["王伟"]
    assert svc.likely_duplicates(rec("王伟", None, None, "新华社"), exclude_id=some["wang"].id) == []
    assert names(svc.likely_duplicates(rec("Jon Smith", None, None, "Reuters"))) == ["John Smith"]
