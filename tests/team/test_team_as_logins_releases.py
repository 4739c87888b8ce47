"""The release service tests on a team database, each person connected as their own login: the
officer drafts and submits, the reviewer approves, the administrator edits templates, with every
rule of the server on (see conftest.py)."""

from tests.services.test_releases_service import (  # noqa: F401 - the fixtures these tests ask for
    clock,
    svc,
    test_audit_log_records_edits_and_approvals,
    test_four_eyes_author_and_last_editor_never_approve,
    test_templates_admin_edit_is_checked_and_versioned,
    test_walk_through_two_people,
)
