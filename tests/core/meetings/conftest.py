from __future__ import annotations

import pytest

from commdesk.core.meetings.model import Meeting
from meetings.factories import make_conference, make_in_person


@pytest.fixture
def conference() -> Meeting:
    return make_conference()


@pytest.fixture
def in_person() -> Meeting:
    return make_in_person()
