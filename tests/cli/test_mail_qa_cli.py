"""``commdesk mail`` / ``commdesk outbox``: an empty filtered listing says what is
empty, and the login name is cleared by ``--user ""`` (and then never asked a password for)."""

from __future__ import annotations

import json

from tests.support.outbox import release_draft
from tests.support.smtp import USER


def _admin(run_cli, db_url):
    run_cli(
        "--db",
        db_url,
        "people",
        "add",
        "陈静",
        "--email",
        "chen@example.org",
        "--role",
        "administrator",
        "--role",
        "officer",
    )
    from commdesk.bootstrap import open_database
    from commdesk.services.people import PeopleService

    opened = open_database(db_url, migrate=False)  # this computer remembers them: commands act as them
    people = opened.ctx.service(PeopleService)
    people.remember(people.find("陈静"))
    opened.ctx.engine.dispose()


def _queue(db_url, n):
    from commdesk.bootstrap import open_database
    from commdesk.services.mail.outbox import OutboxService
    from commdesk.services.people import PeopleService

    opened = open_database(db_url, migrate=False)
    admin = opened.ctx.service(PeopleService).list()[0]
    opened.ctx.current = lambda: admin
    ids = opened.ctx.service(OutboxService).queue(release_draft(n))
    opened.ctx.engine.dispose()
    return ids


def test_an_empty_filtered_listing_names_the_status_not_an_empty_outbox(run_cli, db_url):
    _admin(run_cli, db_url)
    run_cli(
        "--db",
        db_url,
        "mail",
        "configure",
        "--host",
        "127.0.0.1",
        "--port",
        "2525",
        "--security",
        "none",
        "--from",
        "officer@example.org",
    )
    code, out, _ = run_cli("--db", db_url, "outbox", "list")
    assert code == 0 and out.strip() == "The outbox is empty."
    _queue(db_url, 2)
    code, out, _ = run_cli("--db", db_url, "outbox", "list", "--status", "held")
    assert code == 0 and out.strip() == "No held messages."
    code, out, _ = run_cli("--db", db_url, "outbox", "list", "--status", "sent")
    assert code == 0 and out.strip() == "No sent messages."
    code, out, _ = run_cli("--db", db_url, "outbox", "list", "--status", "queued", "--json")
    assert len(json.loads(out)) == 2


def test_user_empty_clears_the_login_and_the_next_send_needs_no_password(
    run_cli, db_url, smtp_server_factory
):
    _admin(run_cli, db_url)
    code, out, err = run_cli(
        "--db",
        db_url,
        "mail",
        "configure",
        "--host",
        "smtp.example.org",
        "--security",
        "starttls",
        "--user",
        USER,
        "--from",
        "officer@example.org",
    )
    assert code == 0, err
    server = smtp_server_factory("none", False)  # a relay inside the office: no login
    # moving to it without --user keeps the login name, and says so
    code, out, err = run_cli(
        "--db",
        db_url,
        "mail",
        "configure",
        "--host",
        "127.0.0.1",
        "--port",
        server.port,
        "--security",
        "none",
    )
    assert code == 0, err
    assert f"Login name kept: {USER}" in out and '--user ""' in out
    code, out, _ = run_cli("--db", db_url, "mail", "show")
    assert USER in out
    # --user "" clears it; the help says both
    code, out, err = run_cli("--db", db_url, "mail", "configure", "--user", "")
    assert code == 0 and "without a user name or password" in out and "set-password" not in out, err
    code, help_text, _ = run_cli("mail", "configure", "--help")
    assert '--user ""' in " ".join(help_text.split()) and "kept" in help_text
    _queue(db_url, 2)
    code, out, err = run_cli("--db", db_url, "outbox", "send")
    assert code == 0, err
    assert "2 sent, 0 failed" in out and "password" not in (out + err).lower()
    assert len(server.messages) == 2
