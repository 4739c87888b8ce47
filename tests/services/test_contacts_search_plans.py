"""A contact search gives the same contacts, in the same order, with the same count, whichever
statements find them: on SQLite a term matching many contacts walks the sort index testing each
row, one matching few sorts its matches through the narrow index, a filtered search takes the
general statements. Each plan is forced here in turn on a small database and compared."""

from __future__ import annotations

import random

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from commdesk.core.contacts.records import ContactRecord, Email, Phone, Tier
from commdesk.persistence.repositories.contacts import queries
from commdesk.services.contacts.lists import ContactListService
from commdesk.services.contacts.service import ContactQuery, ContactService

SURNAMES = "王李张刘陈林欧阳"
GIVEN = "伟娜丽明静芳小"
LATIN = [("John", "Smith"), ("Li", "Wei"), ("Anna", "Lee"), ("Wang", "Lina"), ("Zoë", "Müller")]
OUTLETS = [("新华社", "xinhua"), ("财新", "caixin"), ("Reuters", "reuters"), ("第一财经", "yicai")]
TERMS = [
    "wang", "w", "王", "li", "l", "ww", "lina", "zhang", "z", "ouyang", "新华社", "新华", "财经",
    "@xinhua", "reuters", "caixin", "1391", "139", "13", "smith", "mu", "muller", "wang wei",
    "li 新华", "王伟", "zxm", "xyzzy", "科技", "jing", "e",
]  # fmt: skip

#: the statements a search may take (SQLite); "general" is the one a filtered search takes
PLANS = ("join", "walk", "walk_bounded", "general_few", "general_many")


@pytest.fixture(scope="module")
def base(db_templates):
    """About 120 contacts with Chinese and Latin names, outlets, e-mails, phones; a few deleted,
    some owned by the officer, some do-not-contact, some on a list. One database for the module:
    the tests only read it (each of the 50 cases made its own before)."""
    from commdesk.bootstrap import open_database
    from commdesk.core.domain.people import Role
    from commdesk.services.people import PeopleService

    url = db_templates.new_url()
    opened = open_database(url, migrate=False)
    ctx = opened.ctx
    everyone = ctx.service(PeopleService)
    admin = everyone.create_first_profile(
        "陈静 Chen Jing", "chen@example.org", "", {Role.ADMINISTRATOR, Role.OFFICER}, passphrase="chen-pass"
    )
    ctx.current = lambda: admin
    people = {
        "officer": everyone.create("李明 Li Ming", "li@example.org", "", {Role.OFFICER}, passphrase="li-pass")
    }
    svc = ctx.service(ContactService)
    rng = random.Random(14)
    records = []
    for i in range(120):
        outlet, domain = rng.choice(OUTLETS)
        if rng.random() < 0.75:
            name = rng.choice(SURNAMES[:-2] + "欧") + "".join(
                rng.choice(GIVEN) for _ in range(rng.randint(1, 2))
            )
            if name.startswith("欧"):
                name = "欧阳" + name[1:]
            handle = f"u{i}"
        else:
            first, last = rng.choice(LATIN)
            name, handle = f"{first} {last}", f"{first}.{last}".lower().replace("ë", "e").replace("ü", "u")
        records.append(
            (
                ContactRecord(
                    full_name=name,
                    emails=[Email("work", f"{handle}{i}@{domain}.example")],
                    phones=[
                        Phone(
                            "mobile",
                            f"{rng.choice(['139', '138', '136'])}{rng.randint(10000000, 99999999)}",
                        )
                    ],
                    outlet=outlet,
                    beats=rng.sample(["财经", "科技", "Energy", "社会"], rng.randint(1, 2)),
                    tier=rng.choice([Tier.A, Tier.B, None]),
                ),
                people["officer"].id if i % 3 == 0 else None,
            )
        )
    made = svc.create_many(records)
    ids = [d.id for d in made]
    svc.delete(ids[5:120:17])
    for cid in ids[1:120:11]:
        svc.set_do_not_contact(cid, "email", "asked by phone")
    lists = ctx.service(ContactListService)
    static = lists.create_static("Press day")
    lists.add(static.id, ids[::4])
    yield {"svc": svc, "officer": people["officer"].id, "list": static.id}
    ctx.engine.dispose()
    db_templates.drop(url)


def _force(monkeypatch, plan: str) -> None:
    monkeypatch.setattr(queries, "WALK_FROM", 0 if plan.startswith("walk") else 10**9)
    monkeypatch.setattr(queries, "WALK_ROWS", 7 if plan == "walk_bounded" else 10**9)
    monkeypatch.setattr(queries, "walk_fills", lambda inside, wanted: True)
    monkeypatch.setattr(queries, "FEW", 10**9 if plan == "general_few" else 0)
    if plan.startswith("general"):
        monkeypatch.setattr(queries.ContactSearch, "_text_only", lambda self, q: None)


def _answers(svc: ContactService, q: ContactQuery, pages: tuple[tuple[int, int], ...]):
    return (
        svc.count(q),
        [[s.id for s in svc.search(q, offset=o, limit=n)] for o, n in pages],
        [s.id for s in svc.search(q, offset=0, limit=1000)],
    )


def _every_plan(monkeypatch, svc, q, pages):
    got = {}
    for plan in PLANS:
        with monkeypatch.context() as m:
            _force(m, plan)
            got[plan] = _answers(svc, q, pages)
    return got


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    text=st.sampled_from(TERMS),
    descending=st.booleans(),
    pages=st.lists(st.tuples(st.integers(0, 60), st.integers(1, 30)), min_size=1, max_size=3),
)
def test_every_plan_gives_the_same_contacts_in_the_same_order(monkeypatch, base, text, descending, pages):
    svc = base["svc"]
    q = ContactQuery(text=text, descending=descending)
    got = _every_plan(monkeypatch, svc, q, tuple(pages))
    assert all(g == got["general_many"] for g in got.values()), {k: v[0] for k, v in got.items()}
    count, _, everything = got["join"]
    assert count == len(everything)
    assert len(set(everything)) == len(everything)


def test_terms_match_what_a_person_expects(monkeypatch, base):
    """The walk's per-row tests find what the search index finds: a substring of three or more
    characters anywhere (an e-mail's domain, a phone's digits), a shorter term where a word begins."""
    svc = base["svc"]
    for plan in ("walk", "join"):
        with monkeypatch.context() as m:
            _force(m, plan)
            for text in ("@xinhua", "1391", "reuters", "新华社"):
                found = svc.search(ContactQuery(text=text), limit=1000)
                assert found, (plan, text)
                for s in found:
                    detail = svc.get(s.id)
                    blob = " ".join(
                        [detail.record.full_name, detail.record.outlet]
                        + [e.address for e in detail.record.emails]
                        + [p.number.replace(" ", "") for p in detail.record.phones]
                    ).lower()
                    assert text in blob, (plan, text, blob)
            wangs = svc.search(ContactQuery(text="ww"), limit=1000)
            assert wangs and all(s.pinyin.startswith("wang w") or "ww" in s.email for s in wangs), plan


@pytest.mark.parametrize(
    "filters",
    [
        {"owner": True},
        {"do_not_contact": True},
        {"do_not_contact": False},
        {"list": True},
        {"tier": "A"},
        {"beat": "科技"},
        {"deleted": True},
    ],
)
@pytest.mark.parametrize("text", ["wang", "li", "新华社", "@xinhua", "1391", "w", "wang wei"])
def test_filters_combine_with_every_plan(monkeypatch, base, filters, text):
    svc = base["svc"]
    kw: dict = {}
    if filters.get("owner"):
        kw["owner_id"] = base["officer"]
    if "do_not_contact" in filters:
        kw["do_not_contact"] = filters["do_not_contact"]
    if filters.get("list"):
        kw["list_id"] = base["list"]
    for key in ("tier", "beat", "deleted"):
        if key in filters:
            kw[key] = filters[key]
    q = ContactQuery(text=text, **kw)
    got = _every_plan(monkeypatch, svc, q, ((0, 5), (3, 7)))
    assert all(g == got["general_many"] for g in got.values())
    # the filtered search is the text search's contacts that pass the filter, in the same order
    with monkeypatch.context() as m:
        _force(m, "join")
        by_text = [
            s.id for s in svc.search(ContactQuery(text=text, deleted=kw.get("deleted", False)), limit=1000)
        ]
    passing = {s.id for s in svc.search(ContactQuery(**kw), limit=1000)}
    assert got["join"][2] == [i for i in by_text if i in passing]
    assert got["join"][0] == len(got["join"][2])


@pytest.mark.parametrize("descending", [False, True])
@pytest.mark.parametrize("text", ["wang", "li", "新华社", "w", "@xinhua"])
def test_the_sample_counts_the_matches_sorting_within_the_walk(monkeypatch, base, text, descending):
    """Whether the walk is tried is judged by how many of the first matches (by id) sort within its
    first rows: counted in SQL, that is the number of their sort keys up to the walk's last key,
    read one by one; and whichever way it is judged, the page is the same."""
    svc = base["svc"]
    if svc.ctx.engine.dialect.name != "sqlite":
        pytest.skip("the walk is SQLite's")
    q = ContactQuery(text=text, descending=descending)
    expected_page = [s.id for s in svc.search(q, limit=10)]
    monkeypatch.setattr(queries, "WALK_FROM", 0)
    monkeypatch.setattr(queries, "WALK_ROWS", 30)
    monkeypatch.setattr(queries, "SAMPLE", 16)
    judged: list[tuple[int, int]] = []
    for verdict in (False, True):
        monkeypatch.setattr(
            queries, "walk_fills", lambda inside, wanted, v=verdict: judged.append((inside, wanted)) or v
        )
        assert [s.id for s in svc.search(q, limit=10)] == expected_page
    with svc.ctx.unit_of_work() as uow:
        search = queries.ContactSearch(uow.session, svc.today(), svc.zone_name())
        matches = search._matches(text)
        all_keys = queries.ContactRow.sort_key
        order = [all_keys.desc() if descending else all_keys.asc(), queries.ContactRow.id]
        edge = uow.session.scalar(
            queries.select(all_keys).where(queries.ContactRow.deleted.is_(False)).order_by(*order).offset(30)
        )
        keys = list(uow.session.scalars(search._joined(matches.limit(16), queries._ID_SORT.c.sort_key)))
    inside = sum(1 for k in keys if (k >= edge if descending else k <= edge))
    assert judged == [(inside, 10), (inside, 10)]
