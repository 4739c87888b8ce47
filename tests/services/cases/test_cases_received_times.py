"""When a case came in: a case received years ago is logged with its clocks counted over the whole
span (overdue, not an error), and a received time that cannot be right is refused in words."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime
from zoneinfo import ZoneInfo

import pytest

from commdesk.core.cases.clocks import ClockKind, ClockPhase
from commdesk.core.cases.workflow import Channel
from commdesk.core.errors import ValidationError
from commdesk.services.cases.admin import CaseAdminService
from commdesk.services.cases.service import CaseService
from commdesk.services.settings import SettingsService

SHANGHAI = ZoneInfo("Asia/Shanghai")
NOW = datetime(2026, 12, 6, 21, 49, tzinfo=SHANGHAI)


@pytest.fixture
def cases(ctx, people, as_person):
    settings = ctx.service(SettingsService)
    settings.save_organisation(replace(settings.organisation(), time_zone="Asia/Shanghai"))
    service = ctx.service(CaseAdminService).save_category("service", "服务", "Service")
    as_person(people["officer"])
    ctx.clock = lambda: NOW.astimezone(UTC)
    return ctx.service(CaseService), service.id


@pytest.mark.timezones
def test_a_case_received_fifteen_years_ago_is_logged_overdue(cases):
    service, category = cases
    case = service.create(
        Channel.LETTER,
        "一封旧信",
        category=category,
        received_at=datetime(2011, 6, 1, 10, 0, tzinfo=SHANGHAI),
    )
    first = next(c for c in case.clocks if c.kind is ClockKind.FIRST_RESPONSE)
    assert first.due.year == 2011 and first.phase is ClockPhase.BREACHED
    assert service.get(case.id).reference == case.reference


@pytest.mark.parametrize(
    ("received", "words"),
    [
        (datetime(1999, 12, 31, 23, 0, tzinfo=UTC), "before 2000-01-01"),
        (datetime(1970, 1, 1, tzinfo=UTC), "before 2000-01-01"),
        (datetime(2026, 12, 6, 22, 0, tzinfo=SHANGHAI), "in the future"),
    ],
)
def test_an_implausible_received_time_is_refused_in_words(cases, received, words):
    service, category = cases
    with pytest.raises(ValidationError, match=words) as refused:
        service.create(Channel.LETTER, "一封信", category=category, received_at=received)
    assert "received_at" in refused.value.errors
    assert service.list() == []
