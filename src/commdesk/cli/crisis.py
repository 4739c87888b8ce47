"""``commdesk crisis``: the issue and crisis log (SM-5, EV-7): open a crisis or a drill, tick its
playbook's checklist, link releases, posts, cases, coverage and meetings, log notes, draft the
holding statement from the crisis template, record the post-crisis review, and write the timeline
PDF."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from commdesk.core.crisis import playbooks
from commdesk.core.crisis.playbooks import KINDS as _KINDS
from commdesk.core.crisis.timeline import LINK_KINDS as _LINKS
from commdesk.core.i18n import translate


def register(sub) -> None:
    p = sub.add_parser(
        "crisis",
        help=translate(
            "CLI",
            "the issue and crisis log: list, open, show, tick, link, note, statement, review, timeline",
        ),
    )
    ps = p.add_subparsers(dest="crisis_command", metavar="ACTION", required=True)

    ls = ps.add_parser("list", help=translate("CLI", "every crisis and drill, the open ones first"))
    ls.add_argument("--json", action="store_true", help=_json_help())
    ls.set_defaults(func=list_crises)

    op = ps.add_parser("open", help=translate("CLI", "open a crisis (or a drill) with its kind's checklist"))
    op.add_argument("title", help=translate("CLI", "what it is about, in a few words"))
    op.add_argument(
        "--kind",
        required=True,
        choices=_KINDS,
        help=translate("CLI", "the playbook its checklist comes from: {kinds}").format(
            kinds="; ".join(f"{k} = {playbooks.kind_label(k)}" for k in _KINDS)
        ),
    )
    op.add_argument(
        "--severity",
        type=int,
        default=2,
        choices=(1, 2, 3, 4),
        help=translate("CLI", "{levels} (default 2)").format(
            levels="; ".join(playbooks.severity_label(n) for n in (1, 2, 3, 4))
        ),
    )
    op.add_argument(
        "--owner", type=int, metavar="PERSON_ID", help=translate("CLI", "who owns it (default you)")
    )
    op.add_argument("--summary", default="", help=translate("CLI", "what is known so far"))
    op.add_argument("--drill", action="store_true", help=translate("CLI", "an exercise, not a real crisis"))
    op.add_argument("--json", action="store_true", help=_json_help())
    op.set_defaults(func=open_crisis)

    sh = ps.add_parser("show", help=translate("CLI", "one crisis: its checklist, links, notes and review"))
    sh.add_argument("id", type=int, help=_id_help())
    sh.add_argument("--json", action="store_true", help=_json_help())
    sh.set_defaults(func=show_crisis)

    tk = ps.add_parser("tick", help=translate("CLI", "tick a step of the checklist (or --undo it)"))
    tk.add_argument("id", type=int, help=_id_help())
    tk.add_argument("step", help=translate("CLI", "the step's key, as shown by show"))
    tk.add_argument("--undo", action="store_true", help=translate("CLI", "untick the step"))
    tk.add_argument("--json", action="store_true", help=_json_help())
    tk.set_defaults(func=tick)

    lk = ps.add_parser("link", help=translate("CLI", "link a release, post, case, coverage entry or meeting"))
    lk.add_argument("id", type=int, help=_id_help())
    lk.add_argument(
        "record",
        nargs="+",
        metavar="RECORD",
        help=translate(
            "CLI",
            "the record by its reference (PR-2026-010, CD-2026-000298) or by kind and number ({kinds}), "
            "e.g. 'post 12'",
        ).format(kinds=", ".join(_LINKS)),
    )
    lk.add_argument("--json", action="store_true", help=_json_help())
    lk.set_defaults(func=link)

    nt = ps.add_parser("note", help=translate("CLI", "add an entry to the log"))
    nt.add_argument("id", type=int, help=_id_help())
    nt.add_argument("text", help=translate("CLI", "what happened"))
    nt.add_argument(
        "--at",
        metavar="TIME",
        help=translate("CLI", "when it happened, e.g. 2026-12-07T09:30+08:00 (default now)"),
    )
    nt.add_argument("--json", action="store_true", help=_json_help())
    nt.set_defaults(func=note)

    st = ps.add_parser(
        "statement",
        help=translate("CLI", "draft the holding statement from the crisis template (then review it)"),
    )
    st.add_argument("id", type=int, help=_id_help())
    st.add_argument(
        "--lang", choices=("zh", "en"), default="zh", help=translate("CLI", "the statement's language")
    )
    st.add_argument(
        "--title", default="", help=translate("CLI", "the statement's title (default: from the crisis)")
    )
    st.add_argument("--json", action="store_true", help=_json_help())
    st.set_defaults(func=statement)

    rv = ps.add_parser("review", help=translate("CLI", "record the post-crisis review and close the crisis"))
    rv.add_argument("id", type=int, help=_id_help())
    rv.add_argument(
        "text", help=translate("CLI", "the review: coverage, tone and how the crisis was handled (EV-7)")
    )
    rv.add_argument(
        "--keep-open",
        action="store_true",
        help=translate("CLI", "record the review but leave the crisis open"),
    )
    rv.add_argument("--json", action="store_true", help=_json_help())
    rv.set_defaults(func=review)

    tl = ps.add_parser("timeline", help=translate("CLI", "write the crisis's timeline as PDF"))
    tl.add_argument("id", type=int, help=_id_help())
    tl.add_argument("file", type=Path, metavar="FILE", help=translate("CLI", "the PDF to write"))
    tl.add_argument("--json", action="store_true", help=translate("CLI", "also print the timeline's entries"))
    tl.set_defaults(func=timeline)


def _id_help() -> str:
    return translate("CLI", "the crisis's number, as list shows it")


def _json_help() -> str:
    return translate("CLI", "as JSON")


def _svc(cli):
    from commdesk.services.crisis import CrisisService

    return cli.ctx.service(CrisisService)


def _iso(value: datetime | None) -> str | None:
    return value.isoformat() if value else None


def _summary_json(c) -> dict:
    return {
        "id": c.id,
        "title": c.title,
        "kind": c.kind,
        "severity": c.severity,
        "owner": c.owner,
        "opened_at": _iso(c.opened_at),
        "closed_at": _iso(c.closed_at),
        "drill": c.drill,
    }


def _crisis_json(c) -> dict:
    return _summary_json(c) | {
        "summary": c.summary,
        "checklist": [
            {"step": i.step, "text": i.text, "rule": i.rule, "done_at": _iso(i.done_at), "done_by": i.done_by}
            for i in c.checklist
        ],
        "links": [{"kind": k.kind, "id": k.item_id} for k in c.links],
        "notes": [{"at": _iso(n.at), "text": n.text, "author": n.author} for n in c.notes],
        "review": c.review,
        "reviewed_by": c.reviewed_by,
        "reviewed_at": _iso(c.reviewed_at),
    }


def _line(c, zone: str) -> str:
    from commdesk.core.timezones import format_instant

    state = (
        translate("CLI", "closed {when}").format(when=format_instant(c.closed_at, zone))
        if c.closed_at
        else translate("CLI", "open")
    )
    drill = translate("CLI", " · drill") if c.drill else ""
    return f"{c.id}  {c.title}  [{c.kind_label} · {c.severity_label}{drill}]  {c.owner}  {state}"


def _show(cli, c, as_json: bool) -> int:
    from commdesk.core.timezones import format_instant
    from commdesk.services.crisis.service import link_kind_label

    if as_json:
        cli.print_json(_crisis_json(c))
        return 0
    zone = _svc(cli).zone()
    cli.print(_line(c, zone))
    if c.summary:
        cli.print(c.summary)
    cli.print(translate("CLI", "Checklist:"))
    for i in c.checklist:
        done = f"  ✓ {format_instant(i.done_at, zone)} {i.done_by}" if i.done_at else ""
        cli.print(f"  [{'x' if i.done_at else ' '}] {i.step}: {i.text} ({i.rule}){done}")
    if c.links:
        cli.print(translate("CLI", "Linked:"))
        for k in c.links:
            cli.print(f"  {link_kind_label(k.kind)} {k.item_id}")
    for n in c.notes:
        cli.print(f"  {format_instant(n.at, zone)}  {n.text} · {n.author}")
    if c.review:
        cli.print(translate("CLI", "Post-crisis review:"))
        cli.print(c.review)
    return 0


def list_crises(args, cli) -> int:
    svc = _svc(cli)
    crises = svc.list()
    if args.json:
        cli.print_json([_summary_json(c) for c in crises])
        return 0
    if not crises:
        cli.print(translate("CLI", "No crisis has been logged."))
    zone = svc.zone()
    for c in crises:
        cli.print(_line(c, zone))
    return 0


def open_crisis(args, cli) -> int:
    c = _svc(cli).open(args.title, args.kind, args.severity, args.owner, args.summary, args.drill)
    return _show(cli, c, args.json)


def show_crisis(args, cli) -> int:
    return _show(cli, _svc(cli).get(args.id), args.json)


def tick(args, cli) -> int:
    return _show(cli, _svc(cli).tick(args.id, args.step, not args.undo), args.json)


def link(args, cli) -> int:
    return _show(cli, _svc(cli).link_reference(args.id, " ".join(args.record)), args.json)


def note(args, cli) -> int:
    from commdesk.core.errors import ValidationError

    at = None
    if args.at:
        try:
            at = datetime.fromisoformat(args.at)
        except ValueError:
            raise ValidationError(
                translate("CLI", "“{value}” is not a time; write it as 2026-12-07T09:30+08:00.").format(
                    value=args.at
                )
            ) from None
    return _show(cli, _svc(cli).note(args.id, args.text, at), args.json)


def statement(args, cli) -> int:
    release = _svc(cli).statement(args.id, args.lang, args.title)
    if args.json:
        cli.print_json(
            {"release_id": release.id, "reference": release.reference, "state": release.state.value}
        )
        return 0
    cli.print(
        translate(
            "CLI",
            "Holding statement {reference} drafted and linked; have it reviewed: commdesk releases submit {reference} --reviewer NAME --note TEXT",
        ).format(reference=release.reference)
    )
    return 0


def review(args, cli) -> int:
    c = _svc(cli).review(args.id, args.text, close=not args.keep_open)
    code = _show(cli, c, args.json)
    open_steps = [i.step for i in c.checklist if i.done_at is None]
    if open_steps and not args.json:  # said, not refused: a drill may stop early on purpose
        cli.print(
            translate("CLI", "Not ticked on the checklist ({count}): {steps}").format(
                count=len(open_steps), steps=", ".join(open_steps)
            )
        )
    return code


def timeline(args, cli) -> int:
    svc = _svc(cli)
    path = svc.timeline_pdf(args.id, args.file)
    if args.json:
        t = svc.timeline(args.id)
        cli.print_json(
            {
                "file": str(path),
                "zone": t.zone,
                "entries": [
                    {"when": e.when, "record": e.source, "reference": e.reference, "what": e.what}
                    for e in t.entries
                ],
            }
        )
        return 0
    cli.print(translate("CLI", "Timeline written to {path}").format(path=path))
    return 0
