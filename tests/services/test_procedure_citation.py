"""The rule checks name the version of the procedure in force on the open database (AP-4)."""

from __future__ import annotations

from datetime import UTC, date, datetime

from commdesk.core.procedure import citation
from commdesk.core.rules import Finding, Level
from commdesk.services.procedure import ProcedureService
from commdesk.services.procedure.citation import cite_in_rule_checks


def test_a_finding_names_the_version_in_force_once_there_is_one(ctx, people):
    ctx.clock = lambda: datetime(2026, 5, 4, 9, 0, tzinfo=UTC)
    cite_in_rule_checks(ctx)
    try:
        before = Finding("PC-5", Level.WARN, "The minutes were due by 18:00; send them out now.")
        assert before.version is None and before.message.endswith("send them out now.")
        ctx.service(ProcedureService).import_shipped(date(2026, 1, 1))  # the commit is announced
        after = Finding("PC-5", Level.WARN, "The minutes were due by 18:00; send them out now.")
        assert after.version == 1
        assert after.message == "The minutes were due by 18:00; send them out now. (procedure version 1)"
        assert (after.rule, after.level) == (before.rule, before.level)
    finally:
        citation.use_source(None)
    assert Finding("PC-5", Level.WARN, "x").message == "x"
