"""core.parallel: items made ahead in a forked child are the items made here, in order; a child
that fails or is stopped leaves nothing behind."""

from __future__ import annotations

import os

import pytest

from commdesk.core import parallel


def squares(start=0, stop=40, fail_at=None):
    def make(first):
        for i in range(first, stop):
            if i == fail_at and os.getpid() != PARENT:
                raise RuntimeError("only in the child")
            yield i, [i * i] * 100, {"n": str(i)}

    return make


PARENT = os.getpid()


def children():
    try:
        return os.waitpid(-1, os.WNOHANG)
    except ChildProcessError:
        return None  # no child left


@pytest.mark.skipif(not parallel.fork_available(), reason="fork is used on Linux only")
def test_items_come_from_a_child_in_order():
    assert list(parallel.ahead(squares(), 40)) == list(squares()(0))
    assert children() is None


def test_a_failing_child_is_made_up_for_here():
    made = list(parallel.ahead(squares(fail_at=17), 40))
    assert made == list(squares()(0))
    assert children() is None


def test_stopping_early_stops_the_child():
    it = parallel.ahead(squares(stop=10_000), 10_000)
    assert next(it)[0] == 0 and next(it)[0] == 1
    it.close()
    assert children() is None


def test_without_fork_the_items_are_made_here(monkeypatch):
    monkeypatch.setenv("COMMDESK_NO_FORK", "1")
    assert list(parallel.ahead(squares(), 40)) == list(squares()(0))
