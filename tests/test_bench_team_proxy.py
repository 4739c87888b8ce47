"""The network bench's proxy (bench/bench_team.py): it forwards the server's bytes unchanged in both
directions and counts each round trip it holds back (the bench itself measures the delay; timing stays
out of tests). Needs PostgreSQL."""

from __future__ import annotations

import hashlib
import importlib.util
import os
from pathlib import Path

import pytest

PG_URL = os.environ.get("COMMDESK_TEST_DATABASE_URL", "")
pytestmark = pytest.mark.skipif(
    not PG_URL, reason="needs a PostgreSQL server: set COMMDESK_TEST_DATABASE_URL"
)


def _bench():
    path = Path(__file__).resolve().parents[1] / "bench" / "bench_team.py"
    spec = importlib.util.spec_from_file_location("bench_team", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_proxy_forwards_bytes_and_delays_each_round_trip():
    from sqlalchemy import create_engine, text
    from sqlalchemy.engine import make_url
    from sqlalchemy.pool import NullPool

    bench = _bench()
    server = make_url(PG_URL)
    proxy = bench.LatencyProxy((server.host or "127.0.0.1", server.port or 5432), 0.05)
    engine = create_engine(bench.via(PG_URL, proxy.port), poolclass=NullPool)
    try:
        with engine.connect() as conn:
            # an answer larger than one chunk, and a statement larger than one send, arrive whole
            big = "汉字-x" * 100_000
            got = conn.execute(text("SELECT md5(:s), :s"), {"s": big}).one()
            assert got[0] == hashlib.md5(big.encode()).hexdigest() and got[1] == big
            before = proxy.round_trips
            for i in range(5):
                assert conn.execute(text("SELECT :i"), {"i": i}).scalar() == i
            trips = proxy.round_trips - before
        assert trips == 5
        assert proxy.bytes_up > len(big) and proxy.bytes_down > 2 * len(big)
    finally:
        engine.dispose()
        proxy.close()
