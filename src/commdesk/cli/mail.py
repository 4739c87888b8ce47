"""``commdesk mail configure|show|test|set-password`` and
``commdesk outbox list|send|retry|cancel|rebuild|export``."""

from __future__ import annotations

import sys

from commdesk.cli.args import positive_int
from commdesk.core.i18n import translate


def register(sub) -> None:
    m = sub.add_parser(
        "mail",
        help=translate("CLI", "the SMTP account mail is sent from: configure, show, test, set-password"),
    )
    ms = m.add_subparsers(dest="mail_command", metavar="ACTION", required=True)
    c = ms.add_parser("configure", help=translate("CLI", "set the SMTP server and sender (administrators)"))
    c.add_argument("--host", help=translate("CLI", "SMTP server, e.g. smtp.example.org"))
    c.add_argument("--port", type=int, help=translate("CLI", "port (587 for STARTTLS, 465 for SSL)"))
    c.add_argument("--security", choices=["starttls", "ssl", "none"])
    c.add_argument(
        "--user",
        help=translate(
            "CLI",
            'login name; --user "" for a server without login (not given: the saved login name is kept)',
        ),
    )
    c.add_argument(
        "--from", dest="sender_address", metavar="ADDRESS", help=translate("CLI", "sender address")
    )
    c.add_argument("--name", dest="sender_name", help=translate("CLI", "sender name, e.g. 品牌传播部 陈静"))
    c.add_argument("--reply-to", dest="reply_to", metavar="ADDRESS")
    c.add_argument(
        "--signature",
        help=translate(
            "CLI",
            "signature under mail written by hand (announcements, releases, event invitations and "
            "meeting mail are signed by their owner and the organisation)",
        ),
    )
    c.add_argument(
        "--per-minute",
        dest="per_minute",
        type=int,
        metavar="N",
        help=translate("CLI", "at most N messages per minute (0: no limit)"),
    )
    c.add_argument(
        "--ca-file",
        dest="ca_file",
        metavar="PEM",
        help=translate("CLI", "certificate of the organisation's own certificate authority"),
    )
    c.set_defaults(func=configure)
    ms.add_parser("show", help=translate("CLI", "show the account")).set_defaults(func=show)
    ms.add_parser("test", help=translate("CLI", "connect, log in and disconnect")).set_defaults(func=test)
    ms.add_parser(
        "set-password",
        help=translate("CLI", "store the SMTP password in the system keyring (asked without echo)"),
    ).set_defaults(func=set_password)

    o = sub.add_parser(
        "outbox",
        help=translate(
            "CLI", "messages waiting, sent and failed: list, send, retry, cancel, rebuild, export"
        ),
    )
    os_ = o.add_subparsers(dest="outbox_command", metavar="ACTION", required=True)
    ls = os_.add_parser("list", help=translate("CLI", "list messages, newest first"))
    ls.add_argument("--status", choices=["queued", "sending", "sent", "failed", "cancelled", "held"])
    ls.add_argument("--limit", type=positive_int, default=200, metavar="N")
    ls.add_argument("--json", action="store_true")
    ls.set_defaults(func=list_outbox)
    os_.add_parser(
        "send", help=translate("CLI", "send what is queued (resumable; nothing is sent twice)")
    ).set_defaults(func=send)
    r = os_.add_parser("retry", help=translate("CLI", "queue failed messages again"))
    r.add_argument("ids", type=int, nargs="+")
    r.add_argument(
        "--resend-interrupted",
        action="store_true",
        help=translate("CLI", "also resend messages that may have been delivered (check first)"),
    )
    r.set_defaults(func=retry)
    x = os_.add_parser("cancel", help=translate("CLI", "cancel queued, failed or held messages"))
    x.add_argument("ids", type=int, nargs="+")
    x.set_defaults(func=cancel)
    rb = os_.add_parser(
        "rebuild",
        help=translate(
            "CLI", "rebuild held press release messages from the release's approved version and queue them"
        ),
    )
    rb.add_argument("ids", type=int, nargs="+")
    rb.set_defaults(func=rebuild)
    e = os_.add_parser("export", help=translate("CLI", "save messages as .eml files"))
    e.add_argument("ids", type=int, nargs="+")
    e.add_argument("--folder", required=True)
    e.set_defaults(func=export)


def _accounts(cli):
    from commdesk.services.mail.account import MailAccountService

    return cli.ctx.service(MailAccountService)


def _outbox(cli):
    from commdesk.services.mail.outbox import OutboxService

    return cli.ctx.service(OutboxService)


def configure(args, cli) -> int:
    from dataclasses import replace

    from commdesk.core.errors import CommdeskError
    from commdesk.core.mail.account import DEFAULT_PORTS, SmtpAccount

    accounts = _accounts(cli)
    current = accounts.account()
    if current is None and not args.host:
        raise CommdeskError(translate("CLI", "Give at least --host and --from for a new account."))
    changes = {
        k: getattr(args, k)
        for k in (
            "host",
            "port",
            "security",
            "user",
            "sender_address",
            "sender_name",
            "reply_to",
            "signature",
            "per_minute",
        )
        if getattr(args, k) is not None
    }
    if current is None:
        security = changes.get("security", "starttls")
        changes.setdefault("port", DEFAULT_PORTS[security])
        account = SmtpAccount(**changes)
    else:
        account = replace(current, **changes)
    if args.signature is not None:
        account.signature = args.signature.replace("\\n", "\n")
    for finding in accounts.save_account(account, ca_file=args.ca_file):
        cli.print(translate("CLI", "Warning: {message}").format(message=finding.message))
    cli.print(
        translate("CLI", "Mail account saved: {host}:{port} ({security}), from {sender}.").format(
            host=account.host, port=account.port, security=account.security, sender=account.sender_address
        )
    )
    if (
        args.user is None
        and current is not None
        and account.login
        and (account.host != current.host or account.security != current.security)
    ):
        # a new server or security keeps the old login name: say so, and how to send without one
        cli.print(
            translate("CLI", 'Login name kept: {user}. Give --user "" if this server needs no login.').format(
                user=account.login
            )
        )
    if account.login and not accounts.has_password():
        cli.print(translate("CLI", "Next: store the password with 'commdesk mail set-password'."))
    elif not account.login and current is not None and current.login:
        cli.print(translate("CLI", "No login: mail is sent without a user name or password."))
    return 0


def show(args, cli) -> int:
    accounts = _accounts(cli)
    account = accounts.require_account()
    rows = [
        ("host", account.host),
        ("port", account.port),
        ("security", account.security),
        ("user", account.user),
        ("from", account.from_address()),
        ("reply-to", account.reply_to),
        ("per-minute", account.per_minute),
        ("ca-file", accounts.ca_file()),
        ("password", translate("CLI", "stored") if accounts.has_password() else translate("CLI", "not set")),
    ]
    for key, value in rows:
        cli.print(f"{key:>11}: {value}")
    return 0


def _session_password(cli, accounts) -> str | None:
    """The password for this run when the keyring has none (no keyring on this computer)."""
    account = accounts.require_account()
    if not account.login or accounts.has_password():
        return None
    if not sys.stdin or not sys.stdin.isatty():
        return None  # the service says how to set it
    import getpass

    return getpass.getpass(
        translate("CLI", "SMTP password for {user} (not stored): ").format(user=account.login)
    )


def test(args, cli) -> int:
    accounts = _accounts(cli)
    cli.print(accounts.test(password=_session_password(cli, accounts)))
    return 0


def set_password(args, cli) -> int:
    import getpass

    from commdesk.core.errors import CommdeskError

    accounts = _accounts(cli)
    account = accounts.require_account()
    if not accounts.keyring_available():
        cli.print(
            translate(
                "CLI",
                "This computer has no system keyring, so commdesk cannot store the password. "
                "commdesk will ask for it each time it sends (e.g. 'commdesk outbox send').",
            )
        )
        return 1
    password = getpass.getpass(
        translate("CLI", "SMTP password for {user}: ").format(user=account.login or account.sender_address)
    )
    if not password:
        raise CommdeskError(translate("CLI", "No password entered; nothing was changed."))
    accounts.set_password(password)
    cli.print(translate("CLI", "Password stored in the system keyring (not in the database)."))
    return 0


def _row(item) -> dict:
    return {
        "id": item.id,
        "status": item.status,
        "kind": item.kind,
        "subject": item.subject,
        "recipients": list(item.recipients),
        "message_id": item.message_id,
        "related": f"{item.related_entity}:{item.related_id}" if item.related_entity else None,
        "attempts": item.attempts,
        "uncertain": item.uncertain,
        "error": item.last_error,
        "next_attempt_at": item.next_attempt_at.isoformat() if item.next_attempt_at else None,
        "queued_at": item.queued_at.isoformat() if item.queued_at else None,
        "sent_at": item.sent_at.isoformat() if item.sent_at else None,
        "follow_up_by": item.follow_up_by.isoformat() if item.follow_up_by else None,
        "held_reason": item.held_reason,
        "held": item.held_text or None,
    }


def _nothing_listed(status: str | None) -> str:
    """What an empty listing means: the outbox is empty only when no status was asked for."""
    if status is None:
        return translate("CLI", "The outbox is empty.")
    return {
        "queued": translate("CLI", "No queued messages."),
        "sending": translate("CLI", "No messages are being sent."),
        "sent": translate("CLI", "No sent messages."),
        "failed": translate("CLI", "No failed messages."),
        "cancelled": translate("CLI", "No cancelled messages."),
        "held": translate("CLI", "No held messages."),
    }.get(status, translate("CLI", "No messages."))


def list_outbox(args, cli) -> int:
    items = _outbox(cli).list(args.status, limit=args.limit)
    if args.json:
        cli.print_json([_row(i) for i in items])
        return 0
    if not items:
        cli.print(_nothing_listed(args.status))
    for i in items:
        to = ", ".join(i.recipients[:2]) + (f" +{len(i.recipients) - 2}" if len(i.recipients) > 2 else "")
        cli.print(f"{i.id:>5}  {i.status_text:<10}  {to:<34}  {i.subject}")
        if i.last_error and i.status == "failed":
            cli.print("       " + i.last_error)
        if i.status == "held":
            cli.print("       " + i.held_text)
    held = [i for i in items if i.status == "held"]
    releases = " ".join(str(i.id) for i in held if i.kind == "release")
    if releases:
        cli.print(
            translate(
                "CLI",
                "Held messages are never sent: 'commdesk outbox rebuild {ids}' once the release "
                "is approved again, or 'commdesk outbox cancel {ids}'.",
            ).format(ids=releases)
        )
    # a meeting's invitation or minutes; any other held message says on its own line what to do
    others = " ".join(str(i.id) for i in held if i.kind in ("invitation", "minutes"))
    if others:
        cli.print(
            translate(
                "CLI",
                "Held messages are never sent: 'commdesk outbox cancel {ids}', then send the "
                "invitation or minutes again from the meeting.",
            ).format(ids=others)
        )
    return 0


def send(args, cli) -> int:
    outbox = _outbox(cli)
    password = _session_password(cli, _accounts(cli))

    progress = _Progress(cli.out)
    try:
        summary = outbox.send_pending(progress, password=password)
    finally:
        progress.done()
    cli.print(summary.text())
    # held messages wait for a decision (rebuild or cancel), like failed ones: a script should notice
    return 0 if not (summary.failed or summary.stopped_reason or summary.uncertain or summary.held) else 1


class _Progress:
    """The count of a batch being sent: on a terminal one line rewritten in place; into a pipe or
    a file (a script, a log) nothing per message, only the summary after (77 lines of "n/77 sent
    or tried" said nothing a log needs)."""

    def __init__(self, out):
        self.out = out
        isatty = getattr(out, "isatty", None)
        self.live = bool(isatty and isatty())
        self.shown = False

    def __call__(self, done: int, total: int) -> None:
        if not (self.live and total):
            return
        text = translate("CLI", "{done}/{total} sent or tried").format(done=done, total=total)
        self.out.write("\r" + text)
        self.out.flush()
        self.shown = True

    def done(self) -> None:
        """End the rewritten line, so what follows starts on its own."""
        if self.shown:
            self.out.write("\n")
            self.out.flush()
            self.shown = False


def retry(args, cli) -> int:
    n = _outbox(cli).retry(args.ids, resend_uncertain=args.resend_interrupted)
    cli.print(translate("CLI", "%n message(s) queued again; send them with 'commdesk outbox send'.", None, n))
    return 0


def cancel(args, cli) -> int:
    n = _outbox(cli).cancel(args.ids)
    cli.print(translate("CLI", "%n message(s) cancelled.", None, n))
    return 0


def rebuild(args, cli) -> int:
    from commdesk.services.mail.sending import ReleaseMailer

    n = cli.ctx.service(ReleaseMailer).rebuild_held(args.ids)
    cli.print(
        translate(
            "CLI",
            "%n message(s) rebuilt from the approved release and queued; send them with "
            "'commdesk outbox send'.",
            None,
            n,
        )
    )
    return 0


def export(args, cli) -> int:
    for path in _outbox(cli).export_eml(args.ids, args.folder):
        cli.print(str(path))
    return 0
