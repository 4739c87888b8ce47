"""A large file's rows are read into checked records in a child process too while the planner
works: the plan must be the one made in one process, every row accounted for (also when the file
holds more or fewer rows than counted), and the reasons of rejected rows in the interface's
language (the child has no translator, so those rows are read again by the planner)."""

import csv
from collections.abc import Sequence

import pytest
from tests.support.workers import child_processes

import commdesk.core.contacts.importing.plan as plan_module
from commdesk.core import i18n
from commdesk.core.contacts.importing import DictLookup, guess_mapping, plan_import, read_table
from commdesk.core.contacts.records import ContactRecord, Status

HEADER = ["姓名", "媒体", "手机", "邮箱", "级别"]


def _write(path, n=60):
    with path.open("w", newline="", encoding="utf-8-sig") as f:
        w = csv.writer(f)
        w.writerow(HEADER)
        for i in range(n):
            w.writerow([f"王伟{i}", "新华社", f"139 1234 {i:04d}", f"w{i}@xinhua.example.cn", "A"])
        w.writerow(["王伟3", "财新", "", "w3@xinhua.example.cn", ""])  # merges into an earlier row
        w.writerow(["张敏", "", "", "bad(at)example.cn", ""])  # an error: rejected
        w.writerow(["李娜", "", "", "ln@example.cn", "Z"])  # a problem (unknown tier): rejected
        w.writerow(["", "财新", "", "w50@xinhua.example.cn", ""])  # no name, taken by row 52's contact


def _summary(plan):
    return (
        plan.counts(),
        [(p.record, tuple(p.sources)) for p in plan.create],
        plan.merged_rows(),
        [(r.row, r.column, r.reason) for r in plan.rejected],
    )


@pytest.fixture
def in_parallel(monkeypatch):
    calls = []
    real = plan_module.ahead

    def counting(fn, context, items, *args):
        calls.append(len(items))
        return real(fn, context, items, *args)

    monkeypatch.setattr(plan_module, "PARALLEL_FROM", 0)
    monkeypatch.setattr(plan_module, "STEP", 4)
    monkeypatch.setattr(plan_module, "ahead", counting)
    return calls


def _plan(rows, headers):
    return plan_import(rows, guess_mapping(headers), DictLookup(), "CN")


def test_the_plan_read_in_parallel_is_the_plan_read_here(tmp_path, monkeypatch, in_parallel):
    path = tmp_path / "big.csv"
    _write(path)
    table = read_table(path)
    with monkeypatch.context() as m:
        m.setattr(plan_module, "PARALLEL_FROM", 10**9)
        here = _plan(table.rows, table.headers)
    assert not in_parallel
    both = _plan(table.rows, table.headers)
    assert in_parallel == [-(-64 // 4)]
    assert _summary(both) == _summary(here)
    assert both.counts().adds_up() and both.counts().rejected == 2


class _Miscounted(Sequence):
    """Rows whose length is not what iterating them gives (a count made before the file changed)."""

    def __init__(self, rows, size):
        self.rows, self.size = rows, size

    def __len__(self):
        return self.size

    def __getitem__(self, i):
        return self.rows[i]

    def __iter__(self):
        return iter(self.rows)


@pytest.mark.parametrize("size", [30, 100])
def test_every_row_is_planned_whatever_the_count_said(tmp_path, in_parallel, size):
    path = tmp_path / "big.csv"
    _write(path)
    table = read_table(path)
    rows = list(table.rows)
    plan = _plan(_Miscounted(rows, size), table.headers)
    assert in_parallel
    assert plan.rows_read == len(rows) == 64
    assert plan.counts().adds_up()
    assert _summary(plan) == _summary(_plan(rows, table.headers))


def test_the_reasons_of_rejected_rows_are_translated(tmp_path, in_parallel):
    path = tmp_path / "big.csv"
    _write(path)
    table = read_table(path)
    i18n.set_translator(lambda ctx, text, dis, n: "译 " + text, "zh_CN")
    try:
        plan = _plan(table.rows, table.headers)
    finally:
        i18n.set_translator(None)
    assert in_parallel
    assert len(plan.rejected) == 2 and all(r.reason.startswith("译 ") for r in plan.rejected)


def test_a_row_read_for_the_planner_is_mapped_and_checked():
    row = plan_module.Row(
        "f.csv", 2, {"姓名": " 王伟 ", "邮箱": "WW@Xinhua.example.cn", "手机": "139 1234 0001"}
    )
    columns = plan_module.compile_mapping({"姓名": "full_name", "邮箱": "email", "手机": "phone"})
    [prepared] = plan_module.checked_records((columns, "CN", True), [row])
    assert prepared is not None
    data, keys, numbers, outlets, ready, _ = prepared
    assert keys == ("ww@xinhua.example.cn",) and numbers == ("+8613912340001",) and outlets == ()
    record = plan_module._raw_record(prepared)  # what the planner merges: the row as checked
    assert isinstance(record, ContactRecord) and record.status is None
    assert record.full_name == "王伟" and [e.address for e in record.emails] == ["WW@xinhua.example.cn"]
    assert [p.number for p in record.phones] == ["+8613912340001"]
    assert (record.family_name, record.pinyin) == ("", "")
    planned = plan_module.unpack_new(data)  # what the planner spools when the row stays a contact of its own
    assert ready and planned.sources == [("f.csv", 2)] and planned.key is None
    assert (planned.record.family_name, planned.record.given_name, planned.record.pinyin) == (
        "王",
        "伟",
        "wang wei",
    )
    assert planned.record.status is Status.ACTIVE


def test_a_cancelled_plan_leaves_no_child_behind(tmp_path, in_parallel):
    import os

    from commdesk.core.errors import Cancelled

    path = tmp_path / "big.csv"
    _write(path, 200)
    table = read_table(path)
    asked: list[int] = []

    def cancel() -> bool:
        asked.append(1)
        return len(asked) > 3

    before = child_processes()  # the worker may have children of other tests (a test server)
    with pytest.raises(Cancelled):
        plan_import(table.rows, guess_mapping(table.headers), DictLookup(), "CN", cancel=cancel, every=4)
    assert in_parallel
    if before is not None:
        assert child_processes() <= before
    else:
        with pytest.raises(ChildProcessError):
            os.waitpid(-1, os.WNOHANG)


def test_a_new_contact_packed_by_the_child_reads_back_the_same():
    from commdesk.core.contacts.records import Email, Phone, Tier

    full = ContactRecord(
        full_name="欧阳娜娜",
        family_name="欧阳",
        given_name="娜娜",
        pinyin="ouyang nana",
        title="主编",
        outlet="财新",
        outlets=["Reuters"],
        beats=["财经", "Energy"],
        emails=[Email("work", "nn@caixin.example.cn", True), Email("", "nana@example.cn")],
        phones=[Phone("mobile", "+8613912340001", True)],
        wechat="nana",
        notes="喜欢电话\nprefers e-mail",
        tier=Tier.A,
        status=Status.LEFT,
        source="file.csv",
    )
    for record in (full, ContactRecord(full_name="Anna")):
        planned = plan_module.PlannedContact(record, [("f.csv", 7)])
        back = plan_module.unpack_new(plan_module.pack_new(planned))
        assert back == planned and back.record.emails is not record.emails
