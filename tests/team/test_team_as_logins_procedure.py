"""The procedure on a team database: the service tests run with each person connected as their own
login; a reviewer (no officer's rights) acknowledges the procedure too; plain SQL acknowledges only in
the connected person's own name, and never changes or removes an acknowledgement."""

from __future__ import annotations

import pytest
from psycopg import errors
from tests.services.test_procedure_service import (  # noqa: F401 - with its fixture
    procedure,
    test_a_new_version_is_drafted_reviewed_adopted_and_the_old_one_stays_readable,
    test_each_person_acknowledges_the_version_in_force_and_administrators_see_who_has,
)

VERSION = (
    "INSERT INTO procedure_versions (number, text_zh, text_en, owner_department, effective_on, state, "
    "retired_ids, change_note, created_by_name, version, created_at, updated_at) "
    "VALUES (1, '', '', '', current_date, 'in_force', '', '', '', 1, now(), now()) RETURNING id"
)
ACK = (
    "INSERT INTO procedure_acknowledgements (version_id, person_id, person_name, at) "
    "VALUES (%s, %s, %s, now()) RETURNING person_id, person_name"
)


def test_an_acknowledgement_is_in_the_connected_persons_name_and_never_changed(team_db):
    admin, officer = team_db.people["admin"], team_db.people["officer"]
    with team_db.connect("admin") as conn:
        version = conn.execute(VERSION).fetchone()[0]
    with team_db.connect("officer") as conn:  # plain SQL naming the administrator
        assert conn.execute(ACK, (version, admin.id, admin.name)).fetchone() == (officer.id, officer.name)
    for sql in (
        "UPDATE procedure_acknowledgements SET at = now() - interval '1 year'",
        "DELETE FROM procedure_acknowledgements",
    ):
        with team_db.connect("officer") as conn, pytest.raises(errors.InsufficientPrivilege):
            conn.execute(sql)
