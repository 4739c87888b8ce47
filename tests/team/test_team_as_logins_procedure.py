"""The procedure on a team database: the service tests run with each person connected as their own
login; a reviewer (no officer's rights) acknowledges the procedure too."""

from __future__ import annotations

from tests.services.test_procedure_service import (  # noqa: F401 - with its fixture
    procedure,
    test_a_new_version_is_drafted_reviewed_adopted_and_the_old_one_stays_readable,
    test_each_person_acknowledges_the_version_in_force_and_administrators_see_who_has,
)
