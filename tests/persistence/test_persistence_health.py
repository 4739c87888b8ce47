"""``db check`` finds missing, altered and foreign schema objects; ``db repair`` makes the derived
ones again (indexes, triggers, the contacts' search index) and the search finds contacts again."""

from __future__ import annotations

import sqlite3

import pytest
from sqlalchemy import text

from commdesk.core.contacts.records import ContactRecord, Email
from commdesk.services.contacts.service import ContactQuery, ContactService


def _names(ctx, query: str) -> list[str]:
    return [r.name for r in ctx.service(ContactService).search(ContactQuery(text=query))]


def test_fresh_database_checks_ok(run_cli, db_url):
    code, out, err = run_cli("--db", db_url, "db", "check")
    assert code == 0 and "Integrity check: ok" in out and err == ""


def test_check_names_broken_objects_and_repair_mends_them(run_cli, ctx, people, db_url):
    svc = ctx.service(ContactService)
    svc.create(
        ContactRecord(full_name="王伟", outlet="新华社", emails=[Email("work", "wangwei@xinhua.example")])
    )
    sqlite = ctx.engine.dialect.name == "sqlite"
    with ctx.engine.begin() as conn:
        conn.execute(text("DROP INDEX ix_contacts_pinyin_key"))
        if sqlite:
            conn.execute(text("DROP TRIGGER contact_fts_ai"))
            conn.execute(text("DELETE FROM contact_fts_short"))
            conn.execute(
                text(
                    "CREATE TRIGGER hide_audit AFTER INSERT ON audit_log BEGIN "
                    "DELETE FROM audit_log WHERE id = new.id; END"
                )
            )
        else:
            conn.execute(text("DELETE FROM contact_search_keys"))
    assert _names(ctx, "ww") == []  # the short-term keys are gone
    code, out, err = run_cli("--db", db_url, "db", "check")
    assert code == 1 and "index ix_contacts_pinyin_key is missing" in err and "db repair" in err
    if sqlite:
        assert "trigger contact_fts_ai is missing" in err
        assert "trigger hide_audit is not part of commdesk" in err
    code, out, err = run_cli("--db", db_url, "db", "repair")
    assert code == 0, err
    assert "ix_contacts_pinyin_key" in out and "Search index rebuilt for 1 contacts" in out
    if sqlite:
        assert "Removed (not part of commdesk): hide_audit" in out
    code, out, err = run_cli("--db", db_url, "db", "check")
    assert code == 0 and "Integrity check: ok" in out, err
    assert _names(ctx, "ww") == ["王伟"] and _names(ctx, "新华社") == ["王伟"]
    svc.create(
        ContactRecord(full_name="周敏", outlet="界面新闻", emails=[Email("work", "zhoumin@jiemian.example")])
    )
    assert _names(ctx, "界面新闻") == ["周敏"] and _names(ctx, "zm") == ["周敏"]


def test_an_altered_table_is_not_repaired_but_named(run_cli, tmp_path):
    db = tmp_path / "altered.sqlite3"
    assert run_cli("--db", db, "db", "upgrade")[0] == 0
    con = sqlite3.connect(db)
    con.execute("ALTER TABLE settings ADD COLUMN spare TEXT")
    con.commit()
    con.close()
    code, _out, err = run_cli("--db", db, "db", "check")
    assert code == 1 and "table settings differs" in err and "restore the latest backup" in err


def test_repair_makes_the_cases_search_index_again(run_cli, ctx, people, db_url):
    from commdesk.core.cases.workflow import Channel
    from commdesk.services.cases.desk import CaseDeskService, CaseFilter
    from commdesk.services.cases.service import CaseService

    if ctx.engine.dialect.name != "sqlite":
        pytest.skip("a server database keeps no search index for cases")
    made = ctx.service(CaseService).create(Channel.LETTER, "退款进度查询")

    def found(words: str) -> list[int]:
        page = ctx.service(CaseDeskService).page(CaseFilter(text=words), 0, 50)
        return [line.case.id for line in page]

    assert found("退款") == [made.id]
    with ctx.engine.begin() as conn:  # the index and one of its triggers damaged
        conn.execute(text("DELETE FROM case_fts"))
        conn.execute(text("DROP TRIGGER IF EXISTS case_fts_ai"))
    assert found("退款") == []
    code, out, err = run_cli("--db", db_url, "db", "repair")
    assert code == 0, err
    assert "Search index rebuilt for 1 cases" in out
    assert found("退款") == [made.id]
    code, out, err = run_cli("--db", db_url, "db", "check")
    assert code == 0 and "Integrity check: ok" in out, err
