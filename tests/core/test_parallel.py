"""core.parallel: items made in a child process are the items made here, in order, whoever made
each; the child gets only what it needs, a child that fails or is stopped leaves nothing behind,
and where no child can be started everything is made here."""

from __future__ import annotations

import gc
import io
import os
import sys
from pathlib import Path

import pytest
from tests.support.workers import child_processes

from commdesk.core import parallel


def in_child() -> bool:
    """Whether this runs in ``ahead``'s child (``python -m commdesk.core.parallel``)."""
    return Path(sys.argv[0]).name == "parallel.py"


def square(fail_at: int | None, i: int):
    """Item i: (i, i squared a hundred times, a dict, the pid of the process that made it)."""
    if i == fail_at and in_child():
        raise RuntimeError("only in the child")
    return i, [i * i] * 100, {"n": str(i)}, os.getpid()


def expected(n: int) -> list:
    return [(i, [i * i] * 100, {"n": str(i)}) for i in range(n)]


def without_pid(items) -> list:
    return [item[:3] for item in items]


#: this process's children before the test: a server another test of this worker started stays
_before: set[int] = set()


@pytest.fixture(autouse=True)
def _children_before():
    _before.clear()
    _before.update(child_processes() or ())


def no_child_left() -> bool:
    """No child this test started is left running or not waited for."""
    now = child_processes()
    if now is not None:
        return now <= _before
    try:  # no list of children here: there must be none at all
        os.waitpid(-1, os.WNOHANG)
    except ChildProcessError:
        return True
    return False


def test_items_come_in_order_whoever_made_them():
    assert without_pid(parallel.ahead(square, None, range(300))) == expected(300)
    assert no_child_left()


@pytest.mark.skipif(not parallel.child_available(), reason="no interpreter to start here")
def test_the_child_makes_the_items_it_is_sent():
    child = parallel._Child(square, None, list(range(5)))
    try:
        made = [child.take(n, insist=True) for n in range(5)]
    finally:
        child.stop()
    assert [found for found, _ in made] == [True] * 5
    assert without_pid(v for _, v in made) == expected(5)
    assert os.getpid() not in {v[3] for _, v in made}
    assert no_child_left()


@pytest.mark.skipif(not parallel.child_available(), reason="no interpreter to start here")
def test_a_failing_child_is_made_up_for_here():
    child = parallel._Child(square, 3, list(range(6)))
    try:
        made = [child.take(n, insist=True) for n in range(6)]
    finally:
        child.stop()
    assert [found for found, _ in made] == [True, True, True, False, False, False]
    assert without_pid(parallel.ahead(square, 3, range(60))) == expected(60)
    assert no_child_left()


def test_stopping_early_stops_the_child():
    it = parallel.ahead(square, None, range(10_000))
    assert next(it)[0] == 0 and next(it)[0] == 1
    it.close()
    assert no_child_left()


def test_work_that_cannot_be_pickled_is_made_here():
    def local(context, i):
        return square(context, i)

    assert without_pid(parallel.ahead(local, None, range(40))) == expected(40)
    assert no_child_left()


def test_without_a_child_the_items_are_made_here(monkeypatch):
    monkeypatch.setenv("COMMDESK_NO_CHILD_PROCESS", "1")
    made = list(parallel.ahead(square, None, range(40)))
    assert without_pid(made) == expected(40) and {m[3] for m in made} == {os.getpid()}


def test_the_child_answers_each_item_it_reads():
    out = io.BytesIO()
    inp = io.BytesIO(parallel._frame(0, (square, None)) + parallel._frame(7, 7) + parallel._frame(9, 9))
    assert parallel._serve(inp, out) == 0
    data, results = out.getvalue(), []
    while data:
        size, number = parallel._HEAD.unpack_from(data)
        results.append(
            (number, parallel.pickle.loads(data[parallel._HEAD.size : parallel._HEAD.size + size]))
        )
        data = data[parallel._HEAD.size + size :]
    assert [(n, v[:3]) for n, v in results] == [(7, expected(8)[7]), (9, expected(10)[9])]


def test_the_collector_is_paused_and_restored():
    assert gc.isenabled()
    with parallel.collector_paused():
        assert not gc.isenabled()
    assert gc.isenabled()
    with pytest.raises(RuntimeError), parallel.collector_paused():
        raise RuntimeError("a bulk step failed")
    assert gc.isenabled()


@pytest.mark.skipif(not parallel.child_available(), reason="no interpreter to start here")
def test_an_item_claimed_here_is_skipped_by_the_feeder_and_the_rest_still_come():
    child = parallel._Child(square, None, list(range(12)))
    try:
        assert child.take(0, insist=True)[0]
        m = child.claim(0)  # the next item the child was not sent, within LEAD of item 0
        assert m is None or 0 < m <= parallel.LEAD
        if m is None:  # every item within reach was sent already: reach one further
            m = child.claim(1)
            assert m == 1 + parallel.LEAD
        rest = [n for n in range(1, 12) if n != m]
        made = [child.take(n, insist=True) for n in rest]
        assert child.claim(11) is None  # nothing after the last item
    finally:
        child.stop()
    assert [found for found, _ in made] == [True] * len(rest)
    assert [v[:3] for _, v in made] == [expected(12)[n] for n in rest]
    assert no_child_left()
