"""``commdesk procedure``: the communication procedure as a versioned document (AP-1..4): read it
by rule, its versions and what changed between two, acknowledge the version in force, who has
(administrators), record the yearly review; import the shipped text, draft, review and adopt."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from commdesk.core.i18n import translate


def register(sub) -> None:
    p = sub.add_parser(
        "procedure",
        help=translate(
            "CLI",
            "the communication procedure: show, versions, diff, acknowledge, who-acknowledged, "
            "review-record, reviews, import, export, draft, submit, approve, return, adopt, department-rule",
        ),
    )
    ps = p.add_subparsers(dest="procedure_command", metavar="ACTION", required=True)

    show = ps.add_parser(
        "show", help=translate("CLI", "the procedure in force (or one version), rule by rule")
    )
    show.add_argument(
        "--version", type=int, metavar="N", help=translate("CLI", "an earlier or later version")
    )
    show.add_argument(
        "--lang",
        choices=["zh", "en"],
        default="zh",
        help=translate("CLI", "the Chinese text (default) or the English one"),
    )
    show.add_argument("--rule", metavar="ID", help=translate("CLI", "only this rule, e.g. PC-5"))
    show.add_argument("--json", action="store_true")
    show.set_defaults(func=show_version)

    vs = ps.add_parser("versions", help=translate("CLI", "every version, its state and effective date"))
    vs.add_argument("--json", action="store_true")
    vs.set_defaults(func=list_versions)

    d = ps.add_parser(
        "diff", help=translate("CLI", "the rules added, changed or removed between two versions")
    )
    d.add_argument("old", type=int, metavar="A")
    d.add_argument("new", type=int, metavar="B")
    d.add_argument("--json", action="store_true")
    d.set_defaults(func=diff_versions)

    ack = ps.add_parser("acknowledge", help=translate("CLI", "confirm you have read the version in force"))
    ack.set_defaults(func=acknowledge)

    who = ps.add_parser(
        "who-acknowledged", help=translate("CLI", "who has and who has not acknowledged it (administrators)")
    )
    who.add_argument("--version", type=int, metavar="N")
    who.add_argument("--json", action="store_true")
    who.set_defaults(func=who_acknowledged)

    rec = ps.add_parser(
        "review-record", help=translate("CLI", "record the yearly review with its findings (administrators)")
    )
    rec.add_argument("--findings-file", required=True, type=Path, metavar="F")
    rec.add_argument("--decisions-file", type=Path, metavar="F")
    rec.add_argument(
        "--held-on", metavar="YYYY-MM-DD", help=translate("CLI", "the day it was held (default today)")
    )
    rec.set_defaults(func=review_record)

    rvs = ps.add_parser("reviews", help=translate("CLI", "the yearly reviews recorded, the latest first"))
    rvs.add_argument("--json", action="store_true")
    rvs.set_defaults(func=list_reviews)

    imp = ps.add_parser(
        "import", help=translate("CLI", "make the shipped procedure version 1 (administrators, once)")
    )
    imp.add_argument(
        "--effective", metavar="YYYY-MM-DD", help=translate("CLI", "in force from (default today)")
    )
    imp.set_defaults(func=import_shipped)

    ex = ps.add_parser(
        "export",
        help=translate("CLI", "write a version's two texts to files, to edit them into the next draft"),
    )
    ex.add_argument(
        "--version", type=int, metavar="N", help=translate("CLI", "default: the version in force")
    )
    ex.add_argument("--zh-file", required=True, type=Path, metavar="F", help=_zh_help())
    ex.add_argument("--en-file", required=True, type=Path, metavar="F", help=_en_help())
    ex.set_defaults(func=export_texts)

    dr = ps.add_parser("draft", help=translate("CLI", "write a new version from two text files (officers)"))
    dr.add_argument("--zh-file", required=True, type=Path, metavar="F", help=_zh_help())
    dr.add_argument("--en-file", required=True, type=Path, metavar="F", help=_en_help())
    dr.add_argument("--note", default="", help=translate("CLI", "what changed"))
    dr.add_argument(
        "--retire", default="", metavar="IDS", help=translate("CLI", "rule IDs retired on purpose")
    )
    dr.set_defaults(func=draft)

    for name, text in (
        ("submit", translate("CLI", "send a draft version to review")),
        ("approve", translate("CLI", "approve a version in review (reviewers)")),
    ):
        step = ps.add_parser(name, help=text)
        step.add_argument("number", type=int, metavar="N")
        step.add_argument("--note", default="")
        step.set_defaults(func=review_step, step=name)

    ret = ps.add_parser(
        "return", help=translate("CLI", "send a version in review back with a comment (reviewers)")
    )
    ret.add_argument("number", type=int, metavar="N")
    ret.add_argument("--comment", required=True)
    ret.set_defaults(func=return_version)

    dep = ps.add_parser(
        "department-rule", help=translate("CLI", "attach a department's implementation rules to a version")
    )
    dep.add_argument("number", type=int, metavar="N")
    dep.add_argument("--department", required=True)
    dep.add_argument("--title", required=True)
    dep.add_argument("--text-file", required=True, type=Path, metavar="F")
    dep.set_defaults(func=department_rule)

    ad = ps.add_parser(
        "adopt", help=translate("CLI", "an approved version takes effect on a day (administrators)")
    )
    ad.add_argument("number", type=int, metavar="N")
    ad.add_argument("--effective", required=True, metavar="YYYY-MM-DD")
    ad.set_defaults(func=adopt)


def _zh_help() -> str:
    return translate("CLI", "the Chinese text, each rule's line starting with its ID in 【】 (e.g. 【PC-5】)")


def _en_help() -> str:
    return translate("CLI", "the English rule list, one '| ID | rule | in commdesk |' table row a rule")


def _svc(cli):
    from commdesk.services.procedure import ProcedureService

    return cli.ctx.service(ProcedureService)


def _day(text: str | None, option: str) -> date | None:
    from commdesk.core.errors import ValidationError

    if not text:
        return None
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise ValidationError(
            translate("CLI", "{option} “{value}” is not a date; write it as 2026-01-31.").format(
                option=option, value=text
            )
        ) from None


def _read(path: Path) -> str:
    from commdesk.core.errors import ValidationError

    try:
        return path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise ValidationError(
            translate("CLI", "{path} cannot be read as UTF-8 text ({why}); check the file name.").format(
                path=path, why=exc.__class__.__name__
            )
        ) from None


def _day_text(day: date | None) -> str:
    return day.isoformat() if day else "—"


def show_version(args, cli) -> int:
    from commdesk.core.errors import NotFound

    v = _svc(cli).version(args.version)
    rules = v.rules
    if args.rule:
        wanted = args.rule.strip().upper()
        if wanted not in rules:
            raise NotFound(
                translate("CLI", "Version {n} has no rule {rule}.").format(n=v.number, rule=wanted)
            )
        rules = {wanted: rules[wanted]}
    if args.json:
        cli.print_json(
            {
                "version": v.number,
                "effective_on": v.effective_on.isoformat() if v.effective_on else None,
                "owner_department": v.owner_department,
                "rules": [{"id": r.id, "zh": r.zh, "en": r.en} for r in rules.values()],
            }
        )
        return 0
    cli.print(
        translate("CLI", "Communication procedure, version {n}, in force from {day}").format(
            n=v.number, day=_day_text(v.effective_on)
        )
    )
    for r in rules.values():
        cli.print(f"{r.id}  {r.zh if args.lang == 'zh' else r.en}")
    return 0


def _state_words(v) -> str:
    if v.state == "adopted":
        return translate("CLI", "in force") if v.current else translate("CLI", "adopted")
    return translate("CLI", "draft ({review})").format(review=v.review_state or "—")


def list_versions(args, cli) -> int:
    versions = _svc(cli).versions()
    if args.json:
        cli.print_json(
            [
                {
                    "version": v.number,
                    "state": v.state,
                    "review": v.review_state,
                    "current": v.current,
                    "effective_on": v.effective_on.isoformat() if v.effective_on else None,
                    "owner_department": v.owner_department,
                    "created_by": v.created_by,
                    "change_note": v.change_note,
                }
                for v in versions
            ]
        )
        return 0
    if not versions:
        cli.print(
            translate("CLI", "No version of the procedure yet: commdesk procedure import makes the first.")
        )
    for v in versions:
        day = _day_text(v.effective_on)
        cli.print(f"{v.number}  {day}  {_state_words(v)}  {v.created_by}  {v.change_note}")
    return 0


def diff_versions(args, cli) -> int:
    changes = _svc(cli).diff(args.old, args.new)
    if args.json:
        cli.print_json(
            [
                {
                    "id": c.id,
                    "change": c.change,
                    "old": {"zh": c.old.zh, "en": c.old.en} if c.old else None,
                    "new": {"zh": c.new.zh, "en": c.new.en} if c.new else None,
                }
                for c in changes
            ]
        )
        return 0
    if not changes:
        cli.print(
            translate("CLI", "No rule differs between versions {a} and {b}.").format(a=args.old, b=args.new)
        )
    words = {
        "added": translate("CLI", "added"),
        "removed": translate("CLI", "removed"),
        "changed": translate("CLI", "changed"),
    }
    for c in changes:
        cli.print(f"{c.id}: {words[c.change]}")
        if c.old:
            cli.print(f"  - {c.old.zh}  / {c.old.en}")
        if c.new:
            cli.print(f"  + {c.new.zh}  / {c.new.en}")
    return 0


def acknowledge(args, cli) -> int:
    ack = _svc(cli).acknowledge()
    cli.print(
        translate("CLI", "{name} acknowledged version {n} of the procedure ({at}).").format(
            name=ack.person_name, n=ack.version_number, at=ack.day.isoformat()
        )
    )
    return 0


def who_acknowledged(args, cli) -> int:
    who = _svc(cli).who_acknowledged(args.version)
    if args.json:
        cli.print_json(
            {
                "version": who.version_number,
                "acknowledged": [{"name": a.person_name, "at": a.at.isoformat()} for a in who.acknowledged],
                "not_yet": list(who.not_yet),
            }
        )
        return 0
    cli.print(translate("CLI", "Version {n}").format(n=who.version_number))
    cli.print(translate("CLI", "Acknowledged ({count}):").format(count=len(who.acknowledged)))
    for a in who.acknowledged:
        cli.print(f"  {a.person_name}  {a.day.isoformat()}")
    cli.print(translate("CLI", "Not yet ({count}):").format(count=len(who.not_yet)))
    for name in who.not_yet:
        cli.print(f"  {name}")
    return 0


def review_record(args, cli) -> int:
    svc = _svc(cli)
    held_on = _day(args.held_on, "--held-on") or svc.today()
    decisions = _read(args.decisions_file) if args.decisions_file else ""
    record = svc.record_review(held_on, _read(args.findings_file), decisions)
    cli.print(
        translate("CLI", "The yearly review of {day} is recorded (version {n}).").format(
            day=record.held_on.isoformat(), n=record.version_number or "—"
        )
    )
    return 0


def list_reviews(args, cli) -> int:
    reviews = _svc(cli).reviews()
    if args.json:
        cli.print_json(
            [
                {
                    "held_on": r.held_on.isoformat(),
                    "version": r.version_number,
                    "recorded_by": r.recorded_by,
                    "findings": r.findings,
                    "decisions": r.decisions,
                }
                for r in reviews
            ]
        )
        return 0
    if not reviews:
        cli.print(translate("CLI", "No yearly review is recorded yet (AP-2)."))
    for r in reviews:
        cli.print(
            translate("CLI", "{day}, by {name} (version {n})").format(
                day=r.held_on.isoformat(), name=r.recorded_by, n=r.version_number or "—"
            )
        )
        cli.print(translate("CLI", "Findings: {text}").format(text=r.findings))
        if r.decisions:
            cli.print(translate("CLI", "Decisions: {text}").format(text=r.decisions))
    return 0


def import_shipped(args, cli) -> int:
    v = _svc(cli).import_shipped(_day(args.effective, "--effective"))
    cli.print(
        translate("CLI", "The procedure is version {n}, in force from {day}, with {count} rules.").format(
            n=v.number, day=_day_text(v.effective_on), count=len(v.rules)
        )
    )
    return 0


def export_texts(args, cli) -> int:
    from commdesk.core.errors import ValidationError
    from commdesk.core.files import write_atomically

    v = _svc(cli).version(args.version)
    for path, text in ((args.zh_file, v.text_zh), (args.en_file, v.text_en)):
        try:
            write_atomically(path, text.encode("utf-8"))
        except OSError as exc:
            raise ValidationError(
                translate("CLI", "{path} cannot be written ({why}); choose another folder.").format(
                    path=path, why=exc.strerror or exc.__class__.__name__
                )
            ) from None
    cli.print(
        translate(
            "CLI",
            "Version {n} written to {zh} and {en}; edit them (keep every rule ID) and draft the next "
            "version: commdesk procedure draft --zh-file {zh} --en-file {en} --note TEXT",
        ).format(n=v.number, zh=args.zh_file, en=args.en_file)
    )
    return 0


def draft(args, cli) -> int:
    v = _svc(cli).draft(_read(args.zh_file), _read(args.en_file), change_note=args.note, retired=args.retire)
    cli.print(translate("CLI", "Version {n} is drafted; submit it for review.").format(n=v.number))
    return 0


def review_step(args, cli) -> int:
    svc = _svc(cli)
    status = svc.submit(args.number) if args.step == "submit" else svc.approve(args.number, note=args.note)
    cli.print(f"{args.number}: {status.state.label}")
    return 0


def adopt(args, cli) -> int:
    v = _svc(cli).adopt(args.number, _day(args.effective, "--effective"))
    cli.print(
        translate("CLI", "Version {n} takes effect on {day}.").format(
            n=v.number, day=_day_text(v.effective_on)
        )
    )
    return 0


def return_version(args, cli) -> int:
    status = _svc(cli).return_(args.number, args.comment)
    cli.print(f"{args.number}: {status.state.label}")
    return 0


def department_rule(args, cli) -> int:
    rule = _svc(cli).add_department_rule(args.number, args.department, args.title, _read(args.text_file))
    cli.print(
        translate("CLI", "{department}: “{title}” is attached to version {n}.").format(
            department=rule.department, title=rule.title, n=rule.version_number
        )
    )
    return 0
