"""Sending an approved release and signing off minutes on a team database, each person connected
as their own login (see conftest.py)."""

from tests.services.test_mail_sending_releases import (  # noqa: F401 - with its fixture
    desk,
    test_a_release_arrives_personalised_and_nobody_sees_another,
)
from tests.services.test_meetings_services import (  # noqa: F401
    svc,
    test_minutes_lifecycle_reopen_only_by_organiser,
)
from tests.services.test_meetings_time_and_signoff import (  # noqa: F401
    test_four_eyes_on_minutes_and_the_sign_off_in_the_pdf,
    test_small_teams_may_allow_self_approval,
)
