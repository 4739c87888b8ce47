"""The cases desk on a team database: the service tests run with each person connected as their own
login (see conftest.py), and what the server itself refuses to plain SQL: categories, clock targets
and the knowledge base are administrators'; reviewers approve and work cases, nothing more."""

from __future__ import annotations

import pytest
from psycopg import errors
from tests.services.cases.test_cases_service import (  # noqa: F401 - with its fixture
    desk,
    test_a_media_inquiry_stays_in_the_contacts_history,
    test_an_overdue_clock_is_escalated_to_the_owners_manager_once,
    test_complaint_grades_decide_who_resolves,
    test_status_changes_follow_the_workflow_and_stale_saves_are_refused,
)


def _refused(team, key, sql, params=None):
    with team.connect(key) as conn, pytest.raises(errors.InsufficientPrivilege):
        conn.execute(sql, params)


def test_only_administrators_keep_categories_targets_and_the_knowledge_base(team_db):
    category = (
        "INSERT INTO case_categories (code, name_zh, name_en, department, complaint, active, position, "
        "version, created_at, updated_at) VALUES (%s, '类', 'C', '', false, true, 0, 1, now(), now()) RETURNING id"
    )
    for key in ("officer", "reviewer"):
        _refused(team_db, key, category, (f"by-{key}",))
        _refused(
            team_db,
            key,
            "INSERT INTO case_sla_policies (category_id, priority, kind, minutes, version, created_at, "
            "updated_at) VALUES (NULL, 'normal', 'first_response', 60, 1, now(), now())",
        )
        _refused(
            team_db,
            key,
            "INSERT INTO kb_entries (title, body, language, number, active, version, created_at, updated_at) "
            "VALUES ('t', 'b', 'zh', 1, true, 1, now(), now())",
        )
    with team_db.connect("admin") as conn:
        category_id = conn.execute(category, ("by-admin",)).fetchone()[0]
        entry_id = conn.execute(
            "INSERT INTO kb_entries (title, body, category_id, language, number, active, version, "
            "created_at, updated_at) VALUES ('营业时间', '9:00-18:00', %s, 'zh', 1, true, 1, now(), now()) "
            "RETURNING id",
            (category_id,),
        ).fetchone()[0]
    # a reviewer approves a version, and may change nothing else of the entry
    reviewer = team_db.people["reviewer"].id
    with team_db.connect("reviewer") as conn:
        conn.execute(
            "UPDATE kb_entries SET approved_number = 1, approved_by_id = %s, approved_at = now() WHERE id = %s",
            (reviewer, entry_id),
        )
    _refused(team_db, "reviewer", "UPDATE kb_entries SET body = 'x' WHERE id = %s", (entry_id,))
    _refused(team_db, "reviewer", "DELETE FROM cases")
    _refused(team_db, "officer", "DELETE FROM case_categories WHERE id = %s", (category_id,))
