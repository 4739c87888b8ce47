"""A team database behind this commdesk's schema: a member's login (not the owner) is told who may
upgrade it, instead of a bare permission error; the owner's upgrade then lets them in."""

from __future__ import annotations

import pytest


def test_a_member_is_told_the_owner_upgrades(team_db):
    from alembic import command
    from sqlalchemy import create_engine

    from commdesk.bootstrap import open_database
    from commdesk.core.errors import CommdeskError
    from commdesk.persistence import schema

    owner = create_engine(team_db.url("owner"))
    with owner.begin() as conn:  # one revision back, as before installing this commdesk
        command.downgrade(schema.alembic_config(conn), "0013_contacts_sort_by_id@-1")
    owner.dispose()
    with pytest.raises(CommdeskError, match="only its owner login may make") as caught:
        open_database(team_db.url("officer"))
    assert "commdesk db upgrade" in str(caught.value) and "SELECT" not in str(caught.value)
    opened = open_database(team_db.url("owner"))  # the owner upgrades (and re-applies the rules)
    opened.ctx.engine.dispose()
    opened = open_database(team_db.url("officer"))
    assert opened.ctx.bound_person.name == team_db.people["officer"].name
    opened.ctx.engine.dispose()
