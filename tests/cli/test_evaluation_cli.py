"""``commdesk evaluation figures``: the figures of a period as a person reads them, and as JSON."""

from __future__ import annotations

import json
import sqlite3

from commdesk.core.evaluation.catalogue import CATALOGUE


def test_figures_as_json_and_as_text(demo_db, run_cli):
    code, out, err = run_cli(
        "--db",
        demo_db,
        "--as",
        "李明",
        "--passphrase-stdin",
        "evaluation",
        "figures",
        "--period",
        "2026Q4",
        "--json",
        stdin="demo\n",
    )
    assert code == 0, err
    data = json.loads(out)
    assert (data["period"], data["previous_period"]) == ("2026Q4", "2026Q3")
    assert [f["key"] for f in data["figures"]] == [k.key for k in CATALOGUE]
    figures = {f["key"]: f for f in data["figures"]}
    db = sqlite3.connect(demo_db)
    # the organisation's zone bounds the quarter; coverage holds days, so it is counted here directly
    stories = db.execute(
        "SELECT count(*) FROM release_coverage WHERE subject='' AND day>='2026-10-01' AND day<'2027-01-01'"
    ).fetchone()[0]
    db.close()
    assert figures["coverage.count"]["value"] == (stories or None)
    code, out, err = run_cli(
        "--db",
        demo_db,
        "--as",
        "李明",
        "--passphrase-stdin",
        "evaluation",
        "figures",
        "--period",
        "2026Q4",
        stdin="demo\n",
    )
    assert code == 0, err
    assert "2026Q4 (2026-10-01 to 2026-12-31)" in out and "PC-5" in out


def test_a_wrong_period_is_named(demo_db, run_cli):
    code, _out, err = run_cli(
        "--db",
        demo_db,
        "--as",
        "李明",
        "--passphrase-stdin",
        "evaluation",
        "figures",
        "--period",
        "2026Q7",
        stdin="demo\n",
    )
    assert code != 0 and "2026Q7" in err and "2026Q4" in err
