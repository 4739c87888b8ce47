"""``commdesk offline status|refresh|sync|resolve``: the server database's offline copy on this computer.

A command given with ``--offline-ok`` works on that copy when the server cannot be reached (minutes
and planning a meeting are kept in its journal; the rest waits for the server); these commands show
the journal, make the copy anew, send the journal to the server and decide what waits.
"""

from __future__ import annotations

from commdesk.core.errors import CommdeskError
from commdesk.core.i18n import translate
from commdesk.core.os_errors import os_problem


def register(sub) -> None:
    p = sub.add_parser(
        "offline",
        help=translate(
            "CLI", "the server database's offline copy on this computer: status, refresh, sync, resolve"
        ),
    )
    s = p.add_subparsers(dest="offline_command", metavar="ACTION", required=True)
    st = s.add_parser(
        "status",
        help=translate("CLI", "when the copy was taken, and the offline changes not yet on the server"),
    )
    st.add_argument("--json", action="store_true", help=translate("CLI", "machine-readable output"))
    st.set_defaults(func=_status)
    s.add_parser(
        "refresh", help=translate("CLI", "send what waits, then make the offline copy anew from the server")
    ).set_defaults(func=_refresh)
    s.add_parser(
        "sync", help=translate("CLI", "send the offline changes to the server, then refresh the copy")
    ).set_defaults(func=_sync)
    r = s.add_parser(
        "resolve",
        help=translate("CLI", "decide about an offline change that waits (a conflict or a refusal)"),
    )
    r.add_argument("id", type=int, help=translate("CLI", "the change's number ('offline status')"))
    how = r.add_mutually_exclusive_group(required=True)
    how.add_argument(
        "--mine", action="store_true", help=translate("CLI", "save mine again on top of the stored version")
    )
    how.add_argument(
        "--theirs", action="store_true", help=translate("CLI", "keep the stored version and drop mine")
    )
    how.add_argument(
        "--merged-notes",
        metavar="FILE",
        help=translate(
            "CLI", "save mine with the notes merged by hand in FILE (UTF-8 text) on top of the stored version"
        ),
    )
    r.set_defaults(func=_resolve)


def _path(cli):
    from commdesk.persistence.db import resolve_target
    from commdesk.persistence.offline import snapshot_path

    target, _password = resolve_target(cli.args.db)
    if target.is_sqlite:
        raise CommdeskError(
            translate(
                "CLI", "An offline copy is kept only of a server database; {db} is a file on this computer."
            ).format(db=target.display)
        )
    return snapshot_path(target.keyring_key)


def _online(cli):
    opened = cli.opened()
    if opened.offline:
        raise CommdeskError(
            translate(
                "CLI", "The database server cannot be reached ({reason}); try again once it can."
            ).format(reason=opened.offline_reason)
        )
    return opened.ctx


def _status(args, cli) -> int:
    from commdesk.services.offline import describe, journal_entries, snapshot_meta, taken_at

    path = _path(cli)
    meta = snapshot_meta(path)
    if meta is None:
        raise CommdeskError(
            translate(
                "CLI",
                "There is no offline copy of this server on this computer yet; it is made when commdesk "
                "connects to it ('commdesk offline refresh').",
            )
        )
    entries = journal_entries(path, ("pending", "conflict", "refused"))
    if args.json:
        cli.print_json(
            {
                "taken_at": meta["taken_at"],
                "person": meta["person_name"],
                "meetings": meta.get("counts", {}).get("meetings", 0),
                "changes": [
                    {
                        "id": e.id,
                        "state": e.state,
                        "what": describe(e),
                        "written_at": e.written_at.isoformat(),
                        "message": e.message,
                    }
                    for e in entries
                ],
            }
        )
        return 0
    cli.print(
        translate("CLI", "Offline copy of {server} for {name}, taken {when} UTC.").format(
            server=meta["server"], name=meta["person_name"], when=taken_at(meta).strftime("%Y-%m-%d %H:%M")
        )
    )
    if not entries:
        cli.print(translate("CLI", "Nothing written offline waits to be sent."))
    states = {
        "pending": translate("CLI", "to send"),
        "conflict": translate("CLI", "needs a decision"),
        "refused": translate("CLI", "refused by the server"),
    }
    for e in entries:
        line = f"{e.id}\t{states[e.state]}\t{e.written_at.strftime('%Y-%m-%d %H:%M')}\t{describe(e)}"
        if e.message:
            line += f"\t{e.message}"
        cli.print(line)
    if any(e.state != "pending" for e in entries):
        cli.print(
            translate("CLI", "Decide with 'commdesk offline resolve ID --mine|--theirs|--merged-notes FILE'.")
        )
    return 0


def _refresh(args, cli) -> int:
    from commdesk.services.offline import refresh_snapshot

    info = refresh_snapshot(_online(cli), _path(cli))
    cli.print(
        translate(
            "CLI", "Offline copy made: %n meeting(s) of the coming days for {name}.", None, info.meetings
        ).format(name=info.person_name)
    )
    return 0


def _sync(args, cli) -> int:
    from commdesk.services.offline import refresh_snapshot, sync

    ctx = _online(cli)
    path = _path(cli)
    report = sync(ctx, path)
    cli.print(report.summary())
    if path.exists():
        refresh_snapshot(ctx, path)
    return 1 if report.waiting else 0


def _resolve(args, cli) -> int:
    from dataclasses import replace
    from pathlib import Path

    from commdesk.services.offline import MINUTES, decode, journal_entries, resolve

    ctx = _online(cli)
    path = _path(cli)
    if args.theirs:
        state = resolve(ctx, path, args.id, "theirs")
    elif args.mine:
        state = resolve(ctx, path, args.id, "mine")
    else:
        entry = next((e for e in journal_entries(path) if e.id == args.id), None)
        if entry is None or entry.op != MINUTES:
            raise CommdeskError(translate("CLI", "Only offline minutes can be merged by hand."))
        try:
            notes = Path(args.merged_notes).read_text(encoding="utf-8")
        except OSError as exc:
            raise CommdeskError(
                translate("CLI", "Cannot read {file}: {error}").format(
                    file=args.merged_notes, error=os_problem(exc)
                )
            ) from exc
        state = resolve(
            ctx, path, args.id, "merged", merged=replace(decode(MINUTES, entry.args), notes=notes)
        )
    words = {
        "done": translate("CLI", "sent to the server"),
        "dropped": translate("CLI", "dropped; the stored version was kept"),
        "conflict": translate("CLI", "still in conflict (changed again meanwhile)"),
        "refused": translate("CLI", "refused by the server"),
    }
    cli.print(
        translate("CLI", "Offline change {id}: {state}.").format(id=args.id, state=words.get(state, state))
    )
    return 0 if state in ("done", "dropped") else 1
