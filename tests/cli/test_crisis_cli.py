"""``commdesk crisis ...`` from the shell, each step ``--as`` the person who does it: a drill
opened, its checklist ticked, the holding statement drafted and approved by a second person
through ``releases``, a note at a given time, the review, and the timeline PDF read back with
pypdf; refusals speak in one line."""

from __future__ import annotations

import json
from datetime import UTC, datetime

from pypdf import PdfReader

from commdesk.core.timezones import format_instant

OFFICER = ("--as", "李明 Li Ming")
REVIEWER = ("--as", "王芳 Wang Fang")


def test_a_drill_from_the_shell(run_cli, people, db_url, tmp_path):
    def ok(*args, who=OFFICER, group="crisis"):
        code, out, err = run_cli("--db", db_url, *who, group, *args)
        assert code == 0, err
        return json.loads(out) if "--json" in args else out

    def refused(*args, who=OFFICER):
        code, out, err = run_cli("--db", db_url, *who, "crisis", *args)
        assert code != 0 and err.startswith("commdesk: ") and err.count("\n") == 1, (code, out, err)
        return err

    assert "No crisis" in ok("list")
    c = ok("open", "演练：服务中断", "--kind", "service_outage", "--severity", "3", "--drill", "--json")
    assert c["drill"] and c["owner"] == "李明 Li Ming"
    assert [i["step"] for i in c["checklist"]][-3:] == ["restored", "answer_calmly", "review"]
    shown = ok("tick", str(c["id"]), "assess", "--json")
    assert shown["checklist"][0]["done_by"] == "李明 Li Ming"
    assert "no step" in refused("tick", str(c["id"]), "regulator")
    st = ok("statement", str(c["id"]), "--json")
    ok("submit", st["reference"], "--reviewer", "王芳 Wang Fang", "--note", "请审", group="releases")
    ok("approve", st["reference"], who=REVIEWER, group="releases")
    # a record is linked by the reference people write, or by kind and number; again changes nothing
    linked = ok("link", str(c["id"]), st["reference"], "--json")
    assert linked["links"] == [{"kind": "release", "id": st["release_id"]}]
    assert ok("link", str(c["id"]), "release", str(st["release_id"]), "--json")["links"] == linked["links"]
    assert "PR-2026-999" in refused("link", str(c["id"]), "PR-2026-999")
    assert "by kind and number" in refused("link", str(c["id"]), "12")
    assert f"Press release {st['release_id']}" in ok("show", str(c["id"]))
    ok("note", str(c["id"]), "服务恢复", "--at", "2030-01-01T09:30+08:00")
    assert "not a time" in refused("note", str(c["id"]), "x", "--at", "tomorrow")
    assert "may not" in refused("note", str(c["id"]), "x", who=REVIEWER)
    said = ok("review", str(c["id"]), "预演结论。", "--keep-open")  # the steps left are named
    assert "Not ticked on the checklist" in said and "team" in said and ", review" not in said
    done = ok("review", str(c["id"]), "恢复及时。", "--json")
    assert done["closed_at"] and done["links"] == [{"kind": "release", "id": st["release_id"]}]
    assert "演练：服务中断" in ok("list")
    out = ok("timeline", str(c["id"]), str(tmp_path / "t.pdf"), "--json")
    whats = [e["what"] for e in out["entries"]]
    assert (
        whats[0].startswith("opened") and whats[-1] == "服务恢复 · 李明 Li Ming"
    )  # the note, last by its time
    assert any(w.startswith("approved · 王芳 Wang Fang") for w in whats)
    text = " ".join(" ".join(p.extract_text().split()) for p in PdfReader(tmp_path / "t.pdf").pages)
    noted = format_instant(datetime(2030, 1, 1, 1, 30, tzinfo=UTC), out["zone"])  # the office's zone, named
    assert out["entries"][-1]["when"] == noted and st["reference"] in text
    # in the PDF the zone is named once, in the time column's header
    short = format_instant(datetime(2030, 1, 1, 1, 30, tzinfo=UTC), out["zone"], with_zone=False)
    assert short in text and noted not in text and noted.removeprefix(short).strip(" ()") in text


def test_the_help_explains_kinds_severities_and_records(run_cli):
    code, out, _err = run_cli("crisis", "open", "--help")
    assert code == 0
    flat = " ".join(out.split())
    assert "data_leak = Data leak" in flat and "4 · Crisis" in flat
    code, out, _err = run_cli("crisis", "link", "--help")
    assert code == 0 and "PR-2026-010" in " ".join(out.split())
