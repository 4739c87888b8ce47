"""A large import is planned in bounded memory: the CSV read row by row from the file, finished
contacts spooled to a temporary file, a later row of the file taking its contact back. The
thresholds are lowered here so a small file goes through every one of those paths, and the plan
must be the one made all in memory."""

import csv
import os
import pickle

import pytest

import commdesk.core.contacts.importing.plan as plan_module
import commdesk.core.contacts.importing.sources as sources
import commdesk.core.contacts.importing.spool as spool
from commdesk.core import parallel
from commdesk.core.contacts.importing import DictLookup, guess_mapping, plan_import, read_table
from commdesk.core.contacts.importing.spool import KeyIndex, PlannedSpool, SpooledBatch
from commdesk.core.contacts.records import ContactRecord, Email

HEADER = ["姓名", "媒体", "手机", "邮箱", "备注"]


def _write(path, rows):
    with path.open("w", newline="", encoding="utf-8-sig") as f:
        w = csv.writer(f)
        w.writerow(HEADER)
        w.writerows(rows)


def _rows():
    out = []
    for i in range(40):
        out.append([f"王伟{i}", "新华社", f"139 1234 {i:04d}", f"w{i}@xinhua.example.cn", ""])
    out.append(["王伟3", "财新", "", "w3@xinhua.example.cn", "换了工作"])  # merges into row 5, far back
    out.append(["", "", "", "bad(at)example.cn", ""])  # rejected
    out.append(["李娜", "", "", "w7@xinhua.example.cn", ""])  # another name for row 9's contact
    out.append(["", "财新", "", "w50@xinhua.example.cn", ""])  # no name: rejected when finished
    out.append(["张敏", "", "", "w50@xinhua.example.cn", ""])  # ... until this row gives one
    return out


def _summary(plan):
    return (
        plan.counts(),
        sorted((p.record.full_name, p.record.outlet, tuple(p.sources), p.record.notes) for p in plan.create),
        plan.merged_rows(),
        [(r.row, r.reason) for r in plan.rejected],
    )


def test_a_streamed_spooled_plan_is_the_plan_made_in_memory(tmp_path, monkeypatch):
    path = tmp_path / "big.csv"
    _write(path, _rows())
    table = read_table(path)
    assert isinstance(table.rows, list)
    whole = plan_import(table.rows, guess_mapping(table.headers), DictLookup(), "CN")

    monkeypatch.setattr(sources, "STREAM_FROM", 0)
    monkeypatch.setattr(plan_module, "KEEP_IN_MEMORY", 4)
    monkeypatch.setattr(plan_module, "STEP", 3)
    monkeypatch.setattr(spool, "SPOOL_BATCH", 2)
    table = read_table(path)
    assert isinstance(table.rows, sources.StreamedRows) and len(table.rows) == len(_rows())
    assert table.rows[0].values["姓名"] == "王伟0" and [r.number for r in table.rows[:2]] == [2, 3]
    streamed = plan_import(table.rows, guess_mapping(table.headers), DictLookup(), "CN")
    assert isinstance(streamed.create, PlannedSpool) and streamed.create.spooled
    assert _summary(streamed) == _summary(whole)
    merged = next(p for p in streamed.create if p.record.full_name == "王伟3")
    assert merged.record.outlet == "财新" and merged.record.outlets == ["新华社"]
    assert streamed.counts().adds_up()


def test_a_streamed_file_reads_as_the_whole_file_does(tmp_path, monkeypatch, fixture_path):
    whole = {name: read_table(fixture_path(name)) for name in ("excel_gb18030.csv", "outlook.csv")}
    monkeypatch.setattr(sources, "STREAM_FROM", 0)
    for name, table in whole.items():
        streamed = read_table(fixture_path(name))
        assert isinstance(streamed.rows, sources.StreamedRows), name
        assert (streamed.encoding, streamed.delimiter, streamed.headers) == (
            table.encoding,
            table.delimiter,
            table.headers,
        )
        assert list(streamed.rows) == list(table.rows), name
    card = tmp_path / "cards.csv"
    card.write_text("BEGIN:VCARD\r\nVERSION:3.0\r\nFN:王伟\r\nEMAIL:w@x.example.cn\r\nEND:VCARD\r\n")
    assert read_table(card).kind == "vcard"


def test_a_spool_reads_back_what_was_appended_less_what_was_taken(monkeypatch):
    monkeypatch.setattr(spool, "SPOOL_BATCH", 3)
    s = PlannedSpool()
    for i in range(10):
        s.append(i, ContactRecord(full_name=f"n{i}", emails=[Email("", f"{i}@x.cn")]), [f"o{i % 2}"])
    assert s.spooled and len(s) == 10 and s.outlets == {"o0", "o1"}
    assert s.take(4).full_name == "n4" and s.take(4) is None and s.take(9).full_name == "n9"
    assert [r.full_name for r in s] == [f"n{i}" for i in (0, 1, 2, 3, 5, 6, 7, 8)]
    assert s.batch_sizes() == [3, 2, 3] and len(s) == 8 and s[4].full_name == "n5"
    s.close()


@pytest.mark.parametrize("n", [1, 100, 5000])
def test_a_key_index_keeps_the_first_value_of_each_key(n):
    index = KeyIndex(capacity=4)
    for i in range(n):
        index.setdefault(f"k{i}", i)
        index.setdefault(f"k{i}", i + 1)
    assert [index.get(f"k{i}") for i in range(n)] == list(range(n)) and index.get("other") is None
    index.repoint("k0", 0, 7)
    index.repoint("k0", 0, 8)
    assert index.get("k0") == 7 and len(index) == n


def _names_in(context, ref):
    """What a child process reads of a spooled batch it was sent (core.parallel.ahead)."""
    batch = ref.load() if isinstance(ref, SpooledBatch) else ref
    return [r.full_name for r in batch], os.getpid()


def test_a_spooled_batch_is_read_from_its_place_in_the_file_here_and_in_a_child(monkeypatch):
    monkeypatch.setattr(spool, "SPOOL_BATCH", 3)
    s = PlannedSpool()
    for i in range(10):
        s.append(i, ContactRecord(full_name=f"n{i}"), [])
    assert s.take(4).full_name == "n4"
    refs = [s.batch_ref(n) for n in range(s.batch_count())]
    expected = [[r.full_name for r in s.batch(n)] for n in range(s.batch_count())]
    assert expected == [["n0", "n1", "n2"], ["n3", "n5"], ["n6", "n7", "n8"], ["n9"]]
    sent = [pickle.loads(pickle.dumps(r)) for r in refs]  # only the place travels
    assert all(isinstance(r, SpooledBatch) and r.spool is None for r in sent[:3]) and sent[3] == s.batch(3)
    assert [_names_in(None, r)[0] for r in refs] == expected
    assert [_names_in(None, r)[0] for r in sent] == expected  # read from the descriptor
    fd = s.fileno()
    assert fd is not None
    made = list(parallel.ahead(_names_in, None, refs, wait_for_child=True, pass_fds=(fd,)))
    assert [names for names, _ in made] == expected
    if parallel.child_available():
        assert {pid for _, pid in made[:3]} != {os.getpid()}  # the child read from the file itself
    s.close()
