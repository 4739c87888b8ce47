"""``commdesk cases intake [--imap | FILE.eml ... | --csv FILE]``: take feedback into cases and
print what became of every message (new case, joined its case, duplicate, set aside with the
reason); ``--set-aside`` lists the messages kept for a person to look at.

The exit code is non-zero only when the intake itself failed (no mailbox set up, the server not
reachable, a file that is no form export): a message set aside is an answer, not a failure.
"""

from __future__ import annotations

from commdesk.core.i18n import translate


def register(cases_actions) -> None:
    """Add ``intake`` to the ``cases`` command's actions."""
    p = cases_actions.add_parser(
        "intake",
        help=translate("CLI", "take feedback into cases: the mailbox (IMAP), .eml files or a web form's CSV"),
    )
    p.add_argument("files", nargs="*", metavar="FILE.eml", help=translate("CLI", "saved messages to take in"))
    source = p.add_mutually_exclusive_group()
    source.add_argument(
        "--imap", action="store_true", help=translate("CLI", "fetch the feedback mailbox's new messages")
    )
    source.add_argument("--csv", metavar="FILE", help=translate("CLI", "a web form's CSV export"))
    source.add_argument(
        "--set-aside",
        action="store_true",
        help=translate("CLI", "list the messages set aside for a person to look at"),
    )
    p.add_argument(
        "--encoding",
        metavar="NAME",
        help=translate("CLI", "the CSV file's encoding when it is not recognised"),
    )
    p.add_argument(
        "--send",
        action="store_true",
        help=translate("CLI", "send the acknowledgements through the outbox at once"),
    )
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=intake)


def _item_json(item) -> dict:
    return {
        "origin": item.origin,
        "outcome": item.outcome.value,
        "kind": item.kind.value,
        "subject": item.subject,
        "sender": item.sender,
        "case_id": item.case_id,
        "reference": item.reference or None,
        "acknowledgement_id": item.acknowledgement_id,
        "reason": item.reason or None,
        "problems": list(item.problems),
    }


def intake(args, cli) -> int:
    from commdesk.core.errors import CommdeskError
    from commdesk.services.cases.intake import CaseIntakeService

    service = cli.ctx.service(CaseIntakeService)
    if args.set_aside:
        return _list_set_aside(args, cli, service)
    chosen = sum(bool(x) for x in (args.imap, args.csv, args.files))
    if chosen != 1:
        raise CommdeskError(
            translate(
                "CLI",
                "Say what to take in: --imap, --csv FILE, or one or more .eml files (not several of them).",
            )
        )
    if args.imap:
        result = service.take_in_mailbox()
    elif args.csv:
        result = service.take_in_form(args.csv, encoding=args.encoding)
    else:
        result = service.take_in_files(args.files)
    sent = None
    if args.send and result.acknowledged:
        from commdesk.services.mail.outbox import OutboxService

        sent = cli.ctx.service(OutboxService).send_pending()
    if args.json:
        data = {
            "counts": result.counts(),
            "fetched": result.fetched,
            "messages": [_item_json(i) for i in result.items],
        }
        if sent is not None:
            data["sent"] = sent.sent
        cli.print_json(data)
        return 0
    _print_result(cli, result)
    if sent is not None:
        cli.print(
            translate("CLI", "Acknowledgements sent: {sent} of {total}.").format(
                sent=sent.sent, total=sent.total
            )
        )
    elif result.acknowledged:
        cli.print(
            translate(
                "CLI",
                "The acknowledgements wait in the outbox; 'commdesk outbox send' sends them (or add --send).",
            )
        )
    return 0


def _print_result(cli, result) -> None:
    counts = result.counts()
    cli.print(
        translate(
            "CLI",
            "Taken in: {new} new cases, {joined} joined their case, {duplicate} duplicates skipped, "
            "{set_aside} set aside; {acknowledged} acknowledged.",
        ).format(**counts)
    )
    if counts["staff"]:
        cli.print(
            translate("CLI", "{staff} for the staff directory (unsubscribes, bounced announcements).").format(
                **counts
            )
        )
    sections = (
        (result.new, translate("CLI", "New cases:")),
        (result.joined, translate("CLI", "Joined their case:")),
        (result.duplicates, translate("CLI", "Duplicates (already taken in, skipped):")),
        (result.set_aside, translate("CLI", "Set aside (see 'commdesk cases intake --set-aside'):")),
        (result.staff, translate("CLI", "For the staff directory:")),
        (result.event_replies, translate("CLI", "Answers to event invitations (recorded, no case):")),
    )
    for items, title in sections:
        if not items:
            continue
        cli.print(title)
        for item in items:
            head = f"  {item.reference or '—'}  {item.origin}  {item.sender}  {item.subject}".rstrip()
            cli.print(head)
            if item.acknowledgement_id is not None:
                cli.print(
                    "    "
                    + translate("CLI", "acknowledged (outbox message {id})").format(
                        id=item.acknowledgement_id
                    )
                )
            if item.reason:
                cli.print(f"    {item.reason}")


def _list_set_aside(args, cli, service) -> int:
    from commdesk.core import timezones as tz
    from commdesk.services.settings import SettingsService

    kept = service.set_aside_messages()
    if args.json:
        cli.print_json(
            [
                {
                    "id": k.id,
                    "origin": k.origin,
                    "sender": k.sender,
                    "subject": k.subject,
                    "reason": k.reason,
                    "taken_at": k.taken_at.isoformat(),
                }
                for k in kept
            ]
        )
        return 0
    if not kept:
        cli.print(translate("CLI", "No messages are set aside."))
        return 0
    zone = cli.ctx.service(SettingsService).time_zone()
    for k in kept:
        cli.print(
            f"{k.id:>5}  {tz.format_instant(k.taken_at, zone)}  {k.origin}  {k.sender}  {k.subject}".rstrip()
        )
        cli.print(f"       {k.reason}")
    return 0
