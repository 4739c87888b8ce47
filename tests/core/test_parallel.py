"""core.parallel: items made ahead in a child process are the items made here, in order; a child
that fails or is stopped leaves nothing behind; where no child can be started they are made here."""

from __future__ import annotations

import gc
import os
import sys
from pathlib import Path

import pytest

from commdesk.core import parallel


def in_child() -> bool:
    """Whether this runs in ``ahead``'s child (``python -m commdesk.core.parallel``)."""
    return Path(sys.argv[0]).name == "parallel.py"


class Squares:
    """A picklable ``make``: item i is (i, i squared a hundred times, a dict, the maker's pid)."""

    def __init__(self, stop: int = 40, fail_at: int | None = None):
        self.stop, self.fail_at = stop, fail_at

    def __call__(self, first: int):
        for i in range(first, self.stop):
            if i == self.fail_at and in_child():
                raise RuntimeError("only in the child")
            yield i, [i * i] * 100, {"n": str(i)}, os.getpid()


def without_pid(items):
    return [item[:3] for item in items]


def no_child_left() -> bool:
    try:
        os.waitpid(-1, os.WNOHANG)
    except ChildProcessError:
        return True
    return False


@pytest.mark.skipif(not parallel.child_available(), reason="no interpreter to start here")
def test_items_come_from_a_child_in_order():
    made = list(parallel.ahead(Squares(), 40))
    assert without_pid(made) == without_pid(Squares()(0))
    assert os.getpid() not in {pid for *_, pid in made}  # every one made in the child
    assert no_child_left()


def test_a_failing_child_is_made_up_for_here():
    made = list(parallel.ahead(Squares(fail_at=17), 40))
    assert without_pid(made) == without_pid(Squares()(0))
    assert [pid for *_, pid in made[17:]] == [os.getpid()] * 23  # the rest were made here
    assert no_child_left()


def test_stopping_early_stops_the_child():
    it = parallel.ahead(Squares(stop=10_000), 10_000)
    assert next(it)[0] == 0 and next(it)[0] == 1
    it.close()
    assert no_child_left()


def test_a_make_that_cannot_be_pickled_is_run_here():
    def make(first):
        yield from Squares()(first)

    made = list(parallel.ahead(make, 40))
    assert made == list(Squares()(0))


def test_without_a_child_the_items_are_made_here(monkeypatch):
    monkeypatch.setenv("COMMDESK_NO_CHILD_PROCESS", "1")
    assert list(parallel.ahead(Squares(), 40)) == list(Squares()(0))


def test_the_collector_is_paused_and_restored():
    assert gc.isenabled()
    with parallel.collector_paused():
        assert not gc.isenabled()
    assert gc.isenabled()
    with pytest.raises(RuntimeError), parallel.collector_paused():
        raise RuntimeError("a bulk step failed")
    assert gc.isenabled()
