"""The demo's procedure: version 1 in force from the first day of the year in the office's zone,
three people acknowledged it, the administrators 陈静 and 赵磊 have not; last year's review recorded."""

from __future__ import annotations

from commdesk.bootstrap import open_database
from commdesk.services.people import PeopleService
from commdesk.services.procedure import ProcedureService


def test_the_demo_procedure_is_in_force_and_partly_acknowledged(demo_db):
    ctx = open_database(demo_db).ctx
    try:
        chen = ctx.service(PeopleService).find("陈静")
        ctx.current = lambda: chen
        svc = ctx.service(ProcedureService)
        v1 = svc.version()
        assert (v1.number, v1.effective_on, len(v1.rules)) == (1, svc.today().replace(month=1, day=1), 70)
        who = svc.who_acknowledged()
        assert [a.person_name for a in who.acknowledged] == ["李明", "王芳", "Emma Schmidt"]
        assert sorted(who.not_yet) == sorted(["陈静", "赵磊"])
        assert svc.pending_for(chen.id) == 1
        (review,) = svc.reviews()
        assert "PC-5" in review.findings and review.version_number == 1
    finally:
        ctx.engine.dispose()
