"""Media inquiries on a team database, each person connected as their own login: logged and answered
from a contact's history as cases at once by the liaison (an officer), and a reviewer refused the
same by the service in words and by the server to plain SQL (reviewers do not write the contacts'
cooperation history, MD-5)."""

from __future__ import annotations

import pytest
from psycopg import errors
from tests.services.cases.test_cases_inquiries import (  # noqa: F401 - with its fixture
    journalist,
    test_an_answer_in_the_history_stops_the_case_clock_at_once,
    test_an_inquiry_logged_on_a_contact_is_a_case_at_once,
    test_inquiries_are_the_liaisons_a_reviewer_is_told_why,
)


def test_a_reviewer_cannot_write_the_contacts_history_by_sql(team_db):
    with team_db.connect("reviewer") as conn, pytest.raises(errors.InsufficientPrivilege):
        conn.execute(
            "INSERT INTO contact_interactions (contact_id, kind, at, channel, summary, logged_by) "
            "VALUES (1, 'inquiry', now(), '', 'x', 'x')"  # refused before any row is looked at
        )
