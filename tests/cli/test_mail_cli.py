"""``commdesk mail`` and ``commdesk outbox`` as a user types them, against the loopback SMTP server."""

from __future__ import annotations

import json
import ssl

import keyring
from keyring.backends import fail
from tests.support.outbox import release_draft
from tests.support.smtp import PASSWORD, USER


def _setup(run_cli, db_url, server, tmp_path, monkeypatch):
    ca = tmp_path / "ca.pem"
    ca.write_text(ssl.DER_cert_to_PEM_cert(server.client_ssl_context.get_ca_certs(binary_form=True)[0]))
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
    code, out, err = run_cli(
        "--db",
        db_url,
        "--as",
        "陈静",
        "mail",
        "configure",
        "--host",
        "127.0.0.1",
        "--port",
        server.port,
        "--security",
        "starttls",
        "--user",
        USER,
        "--from",
        "officer@example.org",
        "--name",
        "品牌传播部 陈静",
        "--ca-file",
        ca,
    )
    assert code == 0, err
    assert "set-password" in out
    monkeypatch.setattr("getpass.getpass", lambda prompt="": PASSWORD)
    code, out, err = run_cli("--db", db_url, "--as", "陈静", "mail", "set-password")
    assert code == 0 and "keyring" in out, err


def test_configure_test_queue_list_send(run_cli, db_url, smtp_server, tmp_path, monkeypatch):
    _setup(run_cli, db_url, smtp_server, tmp_path, monkeypatch)
    code, out, err = run_cli("--db", db_url, "--as", "陈静", "mail", "test")
    assert code == 0 and "logged in as officer@example.org" in out, err
    code, out, _ = run_cli("--db", db_url, "--as", "陈静", "mail", "show")
    assert "stored" in out and PASSWORD not in out

    from commdesk.bootstrap import open_database
    from commdesk.services.mail.outbox import OutboxService
    from commdesk.services.people import PeopleService

    opened = open_database(db_url, migrate=False)
    admin = opened.ctx.service(PeopleService).list()[0]
    opened.ctx.current = lambda: admin
    ids = opened.ctx.service(OutboxService).queue(release_draft(3))
    opened.ctx.engine.dispose()

    code, out, _ = run_cli("--db", db_url, "--as", "陈静", "outbox", "list", "--status", "queued", "--json")
    assert code == 0 and [r["id"] for r in json.loads(out)] == sorted(ids, reverse=True)
    assert run_cli("--db", db_url, "--as", "陈静", "outbox", "cancel", ids[2])[0] == 0
    code, out, err = run_cli("--db", db_url, "--as", "陈静", "outbox", "send")
    assert code == 0, err
    # into a pipe (a script, a log): the summary alone, no line per message
    assert out.strip().splitlines() == ["2 sent, 0 failed, 0 to retry, 0 still queued."]
    assert len(smtp_server.messages) == 2
    code, out, _ = run_cli(
        "--db", db_url, "--as", "陈静", "outbox", "send"
    )  # again: nothing left, nothing twice
    assert code == 0 and "0 sent" in out and len(smtp_server.messages) == 2
    code, out, _ = run_cli("--db", db_url, "--as", "陈静", "outbox", "list")
    assert out.count("sent") >= 2 and "cancelled" in out
    code, out, _ = run_cli("--db", db_url, "--as", "陈静", "outbox", "export", ids[0], "--folder", tmp_path)
    assert code == 0 and out.strip().endswith(".eml")


def test_server_down_is_one_clear_line_and_messages_stay_queued(
    run_cli, db_url, smtp_server, tmp_path, monkeypatch
):
    _setup(run_cli, db_url, smtp_server, tmp_path, monkeypatch)
    smtp_server.stop()
    code, _out, err = run_cli("--db", db_url, "--as", "陈静", "mail", "test")
    assert code == 1 and "Cannot reach the mail server 127.0.0.1" in err and err.count("\n") == 1


def test_wrong_arguments(run_cli, db_url):
    code, _out, err = run_cli("--db", db_url, "mail", "configure", "--port", "587")
    assert code == 1 and "--host" in err
    code, _, err = run_cli("--db", db_url, "mail", "configure", "--security", "tls")
    assert code == 2 and "invalid choice" in err
    code, _, err = run_cli("--db", db_url, "outbox", "send")
    assert code == 1 and "mail configure" in err
    code, _, err = run_cli("--db", db_url, "outbox", "list", "--status", "lost")
    assert code == 2


def test_set_password_without_a_keyring_says_so(run_cli, db_url, tmp_path, monkeypatch):
    run_cli("--db", db_url, "people", "add", "陈静", "--role", "administrator")
    assert (
        run_cli(
            "--db",
            db_url,
            "--as",
            "陈静",
            "mail",
            "configure",
            "--host",
            "smtp.example.org",
            "--user",
            "u",
            "--from",
            "press@example.org",
        )[0]
        == 0
    )
    keyring.set_keyring(fail.Keyring())
    code, out, _ = run_cli("--db", db_url, "--as", "陈静", "mail", "set-password")
    assert code == 1 and "no system keyring" in out


def test_demo_has_a_living_outbox(run_cli, tmp_path):
    demo = tmp_path / "demo.sqlite3"
    code, out, err = run_cli("demo", demo)
    assert code == 0, err
    code, out, _ = run_cli("--db", demo, "outbox", "list", "--json")
    statuses = {r["status"] for r in json.loads(out)}
    assert statuses == {"sent", "failed", "queued", "held"}
    held = [r for r in json.loads(out) if r["status"] == "held"]
    assert held and all(
        r["held_reason"] == "release_changed" and r["related"].startswith("releases:") for r in held
    )
    assert all(a.split("@")[1].startswith("example.") for r in json.loads(out) for a in r["recipients"])


def test_outbox_send_on_a_terminal_counts_on_one_line_rewritten_in_place(
    run_cli, db_url, smtp_server, tmp_path, monkeypatch
):
    import io
    import sys

    from commdesk.bootstrap import open_database
    from commdesk.cli import main
    from commdesk.services.mail.outbox import OutboxService
    from commdesk.services.people import PeopleService

    _setup(run_cli, db_url, smtp_server, tmp_path, monkeypatch)
    opened = open_database(db_url, migrate=False)
    admin = opened.ctx.service(PeopleService).list()[0]
    opened.ctx.current = lambda: admin
    opened.ctx.service(OutboxService).queue(release_draft(3))
    opened.ctx.engine.dispose()

    class Terminal(io.StringIO):
        def isatty(self) -> bool:
            return True

    terminal = Terminal()
    monkeypatch.setattr(sys, "stdout", terminal)
    assert main(["--db", db_url, "--as", "陈静", "outbox", "send"]) == 0
    lines = terminal.getvalue().split("\n")
    # the count rewritten in place on one line, then the summary on its own
    assert lines[0].startswith("\r") and lines[0].endswith("\r3/3 sent or tried")
    assert lines[1] == "3 sent, 0 failed, 0 to retry, 0 still queued."
    assert len(smtp_server.messages) == 3
