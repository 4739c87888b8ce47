"""The organisation's settings are read once per desk on a server (each read is a round trip), and
read again as soon as any desk commits a change to them: this desk's own, or another's as the
server tells it. On a file every read goes to the database."""

from __future__ import annotations

from dataclasses import replace

from tests.ui.test_team_live_desks import WAIT, _services, needs_server

from commdesk.bootstrap import open_database
from commdesk.services.settings import SettingsService


def _counting(ctx):
    counted = {"reads": 0}
    svc = ctx.service(SettingsService)
    real = svc._read_organisation

    def read():
        counted["reads"] += 1
        return real()

    svc._read_organisation = read
    return svc, counted


def test_read_once_on_a_server_and_again_after_this_desks_change(ctx, people):
    svc, counted = _counting(ctx)
    first = svc.organisation()
    svc.organisation()
    on_server = ctx.engine.dialect.name == "postgresql"
    assert counted["reads"] == (1 if on_server else 2)
    svc.save_organisation(replace(first, name="新的机构名称"))
    assert svc.organisation().name == "新的机构名称"
    with ctx.unit_of_work() as outer:  # a unit that committed settings inside it: read again
        svc.save_organisation(replace(first, name="又一个名称"))
        assert "settings" in outer.inner_written
        before = counted["reads"]
        assert svc.organisation().name == "又一个名称"
        assert counted["reads"] > before


@needs_server
def test_another_desks_change_is_read_again(qtbot, qapp, ctx, people, db_url, tmp_path):
    other = open_database(db_url, migrate=False).ctx
    other.current = lambda: people["admin"]
    desk = _services(ctx, tmp_path, "desk-a")
    try:
        assert desk.start_listening()
        qtbot.waitUntil(lambda: desk.reachable is True, timeout=WAIT)
        svc = ctx.service(SettingsService)
        assert svc.organisation().name != "另一台电脑改的名称"
        theirs = other.service(SettingsService)
        theirs.save_organisation(replace(theirs.organisation(), name="另一台电脑改的名称"))
        qtbot.waitUntil(lambda: svc.organisation().name == "另一台电脑改的名称", timeout=WAIT)
    finally:
        desk.stop_listening()
        desk.runner.wait(10000)
        other.engine.dispose()
