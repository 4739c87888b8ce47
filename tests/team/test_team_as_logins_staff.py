"""The staff directory on a team database: the service tests run with each person connected as
their own login (see conftest.py), and what the server itself refuses to plain SQL: the directory,
its lists and subscriptions are administrators'; an officer (the mailbox intake) may change a
subscription's status and nothing else of it; reviewers write none of it."""

from __future__ import annotations

import pytest
from psycopg import errors
from tests.services.test_staff_directory import (  # noqa: F401 - with its fixture
    staff,
    test_administrators_keep_the_directory_officers_read_it,
    test_an_officer_running_the_intake_and_the_sender_records_what_mail_says,
    test_double_opt_in_waits_for_the_members_confirmation_by_mail,
)

MEMBER = (
    "INSERT INTO staff_members (name, email, email_key, department, phone, active, source, version, "
    "created_at, updated_at) VALUES (%s, %s, %s, '', '', true, 'sql', 1, now(), now()) RETURNING id"
)


def _refused(team, key, sql, params=None):
    with team.connect(key) as conn, pytest.raises(errors.InsufficientPrivilege):
        conn.execute(sql, params)


def test_only_administrators_write_the_directory_officers_only_a_subscriptions_status(team_db):
    with team_db.connect("admin") as conn:
        member_id = conn.execute(MEMBER, ("王芳", "wang@example.org", "wang@example.org")).fetchone()[0]
        list_id = conn.execute(
            "INSERT INTO staff_lists (name_zh, name_en, description, double_opt_in, cap_days, active, version, "
            "created_at, updated_at) VALUES ('全员通知', 'All', '', false, 7, true, 1, now(), now()) RETURNING id"
        ).fetchone()[0]
        sub_id = conn.execute(
            "INSERT INTO staff_subscriptions (member_id, list_id, status, changed_at, how, token_nonce, version, "
            "created_at, updated_at) VALUES (%s, %s, 'subscribed', now(), 'admin', 'n', 1, now(), now()) "
            "RETURNING id",
            (member_id, list_id),
        ).fetchone()[0]
    for key in ("officer", "reviewer"):
        _refused(team_db, key, MEMBER, (f"by {key}", f"{key}@example.org", f"{key}@example.org"))
        _refused(team_db, key, "UPDATE staff_members SET email = 'x@example.org' WHERE id = %s", (member_id,))
        _refused(team_db, key, "DELETE FROM staff_members WHERE id = %s", (member_id,))
        _refused(team_db, key, "UPDATE staff_lists SET cap_count = 100 WHERE id = %s", (list_id,))
        _refused(team_db, key, "INSERT INTO staff_token_keys (key, created_at) VALUES ('guessed', now())")
        _refused(team_db, key, "UPDATE staff_token_keys SET key = 'guessed'")
        _refused(team_db, key, "DELETE FROM staff_subscriptions WHERE id = %s", (sub_id,))
        _refused(
            team_db, key, "UPDATE staff_subscriptions SET member_id = member_id WHERE id = %s", (sub_id,)
        )
    _refused(
        team_db, "reviewer", "UPDATE staff_subscriptions SET status = 'unsubscribed' WHERE id = %s", (sub_id,)
    )
    with team_db.connect("officer") as conn:  # what the intake records from a member's mail
        conn.execute(
            "UPDATE staff_subscriptions SET status = 'unsubscribed', how = 'self', changed_at = now() WHERE id = %s",
            (sub_id,),
        )
        # officers read the directory (and the token key, to check the tokens mail carries)
        conn.execute("SELECT key FROM staff_token_keys").fetchall()
        assert (
            conn.execute("SELECT name FROM staff_members WHERE id = %s", (member_id,)).fetchone()[0] == "王芳"
        )
