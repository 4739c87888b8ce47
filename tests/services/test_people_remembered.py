"""The person remembered on this computer, per database: their id in the private data folder, their
passphrase only in the OS keyring and only when asked to; gone when they are."""

from __future__ import annotations

import os
import stat
from dataclasses import replace

from commdesk.core.domain.people import Role
from commdesk.services.people import PeopleService, remembered_file


def test_nobody_until_someone_is_remembered(ctx, people):
    svc = ctx.service(PeopleService)
    assert svc.remembered() is None
    svc.remember(people["officer"])
    assert svc.remembered() == people["officer"]
    svc.remember(people["reviewer"])  # the last one signed in
    assert svc.remembered().id == people["reviewer"].id


def test_the_file_is_private_and_holds_no_name_or_passphrase(ctx, people):
    svc = ctx.service(PeopleService)
    locked = svc.create(
        "周敏 Zhou Min", "zhou@example.org", roles={Role.ADMINISTRATOR}, passphrase="蓝色 door 7"
    )
    svc.remember(locked)
    svc.keep_passphrase(locked, "蓝色 door 7")
    text = remembered_file().read_text(encoding="utf-8")
    assert (
        "周敏" not in text
        and "zhou" not in text
        and "蓝色" not in text
        and str(ctx.database_label) not in text
    )
    if os.name == "posix":
        assert stat.S_IMODE(remembered_file().stat().st_mode) == 0o600


def test_each_database_remembers_its_own(ctx, people, db_templates):
    from commdesk.bootstrap import open_database

    ctx.service(PeopleService).remember(people["officer"])
    other_url = db_templates.new_url()
    other = open_database(other_url, migrate=False)
    try:
        assert other.ctx.service(PeopleService).remembered() is None
    finally:
        other.ctx.engine.dispose()
        db_templates.drop(other_url)


def test_an_inactive_person_is_not_remembered(ctx, people):
    svc = ctx.service(PeopleService)
    svc.remember(people["officer"])
    svc.update(replace(svc.get(people["officer"].id), active=False))
    assert svc.remembered() is None


def test_the_passphrase_is_kept_in_the_keyring_only_and_forgotten(ctx, people, memory_keyring):
    svc = ctx.service(PeopleService)
    officer = people["officer"]
    assert svc.kept_passphrase(officer) is None
    svc.keep_passphrase(officer, "words of mine")
    assert svc.kept_passphrase(officer) == "words of mine"
    kept = {key: value for (service, key), value in memory_keyring.values.items() if value == "words of mine"}
    assert len(kept) == 1 and all(key.startswith("passphrase:") for key in kept)  # under commdesk's name
    assert all(service == "commdesk" for service, _ in memory_keyring.values)
    assert svc.kept_passphrase(people["reviewer"]) is None  # per person
    svc.keep_passphrase(officer, None)
    assert svc.kept_passphrase(officer) is None
    assert "words of mine" not in memory_keyring.values.values()
    svc.keep_passphrase(officer, None)  # forgetting what is not kept is no error


def test_without_a_keyring_nothing_is_kept(ctx, people):
    import keyring
    from keyring.backends import fail

    keyring.set_keyring(fail.Keyring())
    assert ctx.service(PeopleService).kept_passphrase(people["officer"]) is None


def test_forget_drops_the_person_and_their_kept_passphrase(ctx, people, memory_keyring):
    svc = ctx.service(PeopleService)
    assert svc.forget() is None  # no one to forget
    svc.remember(people["officer"])
    svc.keep_passphrase(people["officer"], "words of mine")
    assert svc.forget() == people["officer"]
    assert svc.remembered() is None and svc.kept_passphrase(people["officer"]) is None
