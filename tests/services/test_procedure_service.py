"""The procedure's own life through a real database (AP-1..4): imported as version 1, a new version
drafted, reviewed with four eyes, adopted from its effective date in the organisation's zone, the
earlier version still readable, acknowledged, and the yearly review recorded with its findings."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime

import pytest
from sqlalchemy import text

from commdesk.core.errors import NotFound, PermissionDenied, ValidationError
from commdesk.services.procedure import ProcedureService
from commdesk.services.settings import SettingsService


@pytest.fixture
def procedure(ctx, people):
    settings = ctx.service(SettingsService)
    org = settings.organisation()
    settings.save_organisation(replace(org, time_zone="Asia/Shanghai", procedure_owner="品牌传播部"))
    # 2026-03-01 01:00 in Shanghai is still 28 February in UTC
    ctx.clock = lambda: datetime(2026, 2, 28, 17, 0, tzinfo=UTC)
    return ctx.service(ProcedureService)


def _v2_texts(v1):
    zh = v1.text_zh.replace("会议结束后,尽快(如当天下班前)", "会议结束后,当天下班前")
    return zh, v1.text_en


def test_the_shipped_procedure_is_imported_once_as_version_one_in_force(ctx, procedure):
    with pytest.raises(NotFound):
        procedure.version()
    v1 = procedure.import_shipped(date(2026, 1, 1))
    assert (v1.number, v1.state, v1.current, v1.owner_department) == (1, "adopted", True, "品牌传播部")
    assert len(v1.rules) == 70 and v1.rules["PC-5"].zh.startswith("会议结束后")
    with pytest.raises(ValidationError):
        procedure.import_shipped()
    assert procedure.current_number() == 1


def test_a_new_version_is_drafted_reviewed_adopted_and_the_old_one_stays_readable(ctx, people, procedure):
    v1 = procedure.import_shipped(date(2026, 1, 1))
    ctx.current = lambda: people["officer"]
    zh, en = _v2_texts(v1)
    v2 = procedure.draft(zh, en, change_note="PC-5: the end of the working day, said plainly")
    assert (v2.number, v2.state, v2.review_state, v2.current) == (2, "draft", "draft", False)
    assert [(c.id, c.change) for c in procedure.diff(1, 2)] == [("PC-5", "changed")]
    ctx.current = lambda: people["admin"]
    with pytest.raises(ValidationError):
        procedure.adopt(2, date(2026, 3, 1))  # not even an administrator adopts it unreviewed
    ctx.current = lambda: people["officer"]
    status = procedure.submit(2)
    with pytest.raises(PermissionDenied):
        procedure.approve(2, status.version)  # the author never approves
    ctx.current = lambda: people["reviewer"]
    assert procedure.approve(2, status.version).state.value == "approved"
    ctx.current = lambda: people["admin"]
    with pytest.raises(ValidationError) as early:
        procedure.adopt(2, date(2025, 12, 31))
    assert "2026-01-01" in early.value.errors["effective_on"]
    procedure.adopt(2, date(2026, 3, 2))
    assert procedure.current_number() == 1  # 2 March has not come in Shanghai
    ctx.clock = lambda: datetime(2026, 3, 1, 16, 30, tzinfo=UTC)  # 00:30 on 2 March in Shanghai
    assert procedure.current_number() == 2
    assert procedure.version(1).rules["PC-5"].zh.startswith("会议结束后,尽快")  # still readable
    with pytest.raises(ValidationError):
        procedure.edit(2, zh, en, owner_department="x")  # adopted: no more changes


def test_a_draft_that_drops_a_rule_id_is_refused_naming_it_unless_retired(ctx, people, procedure):
    v1 = procedure.import_shipped(date(2026, 1, 1))
    zh = v1.text_zh.replace("【AP-4】", "")
    en = "\n".join(line for line in v1.text_en.splitlines() if not line.startswith("| AP-4 |"))
    with pytest.raises(ValidationError) as refused:
        procedure.draft(zh, en)
    assert "AP-4" in refused.value.errors["rules"]
    v2 = procedure.draft(zh, en, retired="ap-4")
    assert v2.retired == ("AP-4",) and "AP-4" not in v2.rules


def test_each_person_acknowledges_the_version_in_force_and_administrators_see_who_has(ctx, people, procedure):
    procedure.import_shipped(date(2026, 1, 1))
    for key in ("officer", "reviewer"):
        ctx.current = lambda key=key: people[key]
        assert procedure.pending_for(people[key].id) == 1
        first = procedure.acknowledge()
        assert procedure.acknowledge().at == first.at  # again: the first acknowledgement is kept
        assert first.day == date(2026, 3, 1)  # 01:00 in Shanghai, still 28 February in UTC
        assert procedure.pending_for(people[key].id) is None
    with pytest.raises(PermissionDenied):
        procedure.who_acknowledged()
    ctx.current = lambda: people["admin"]
    who = procedure.who_acknowledged()
    assert sorted(a.person_name for a in who.acknowledged) == sorted(
        [people["officer"].name, people["reviewer"].name]
    )
    assert {people["admin"].name, people["officer2"].name} <= set(who.not_yet)  # (a team has its owner too)
    assert not {people["officer"].name, people["reviewer"].name} & set(who.not_yet)
    assert {a.day for a in who.acknowledged} == {date(2026, 3, 1)}
    with (
        pytest.raises(Exception, match=r"insert-only|permission denied"),
        ctx.engine.begin() as conn,
    ):  # the database refuses
        conn.execute(text("UPDATE procedure_acknowledgements SET person_name = 'someone else'"))


def test_the_yearly_review_is_recorded_with_findings_and_moves_the_next_review(ctx, people, procedure):
    procedure.import_shipped(date(2026, 1, 1))
    with pytest.raises(ValidationError):
        procedure.record_review(date(2026, 2, 20), "  ")
    with pytest.raises(ValidationError):
        procedure.record_review(date(2026, 3, 20), "明年的")
    record = procedure.record_review(date(2026, 2, 20), "PC-5 常被延误。", "纪要模板简化。")
    assert (record.version_number, record.recorded_by) == (1, people["admin"].name)
    assert [r.findings for r in procedure.reviews()] == ["PC-5 常被延误。"]
    assert ctx.service(SettingsService).organisation().next_review == date(2027, 2, 20)
    ctx.current = lambda: people["officer"]
    with pytest.raises(PermissionDenied):
        procedure.record_review(date(2026, 2, 20), "x")


def test_department_rules_attach_to_a_version(ctx, people, procedure):
    procedure.import_shipped(date(2026, 1, 1))
    rule = procedure.add_department_rule(1, "品牌传播部", "新闻稿双人审核", "所有新闻稿须两名审核人批准。")
    assert procedure.department_rules(1) == [rule]
    with pytest.raises(ValidationError):
        procedure.add_department_rule(1, "", "t", "x")


def test_the_first_run_imports_the_shipped_procedure_once(ctx, people, procedure):
    first = procedure.import_on_first_run()
    assert first is not None and (first.number, first.effective_on, first.current) == (
        1,
        procedure.today(),
        True,
    )
    assert procedure.import_on_first_run() is None and len(procedure.versions()) == 1
