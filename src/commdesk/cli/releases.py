"""``commdesk releases list|show|new|edit|submit|request-changes|approve|schedule|publish|comments|export|
coverage-report|eml|send`` and ``commdesk templates list``.

The workflow commands are thin shells over ``ReleaseService``, ``ReleaseTemplateService`` and
``ReleaseReviewService``: the same role checks and four-eyes rule as the window, each refusal one line.
"""

from __future__ import annotations

from commdesk.core.i18n import translate
from commdesk.core.os_errors import os_problem

STATES = [
    "draft",
    "in_review",
    "changes_requested",
    "approved",
    "scheduled",
    "published",
    "archived",
    "withdrawn",
]


def register(sub) -> None:
    p = sub.add_parser(
        "releases",
        help=translate(
            "CLI",
            "press releases: list, show, export, coverage-report, eml, send, new, edit, submit, "
            "request-changes, approve, schedule, publish, comments",
        ),
    )
    ps = p.add_subparsers(dest="releases_command", metavar="ACTION", required=True)
    ls = ps.add_parser("list", help=translate("CLI", "list press releases"))
    ls.add_argument("--state", choices=STATES, help=translate("CLI", "only releases in this state"))
    ls.add_argument(
        "--awaiting-me",
        action="store_true",
        help=translate("CLI", "only releases awaiting my review (with --as)"),
    )
    ls.add_argument("--json", action="store_true")
    ls.set_defaults(func=list_releases)
    show = ps.add_parser("show", help=translate("CLI", "show one release as plain text"))
    show.add_argument("release", metavar="ID", help=translate("CLI", "id or reference such as PR-2026-014"))
    show.add_argument(
        "--json",
        action="store_true",
        help=translate("CLI", "the release's state, version, embargo, reviewers and approvals as JSON"),
    )
    show.set_defaults(func=show_release)
    ex = ps.add_parser("export", help=translate("CLI", "export a release to a file"))
    ex.add_argument("release", metavar="ID", help=translate("CLI", "id or reference such as PR-2026-014"))
    ex.add_argument("file", metavar="FILE")
    ex.add_argument(
        "--format",
        choices=["pdf", "txt", "html", "review", "coverage"],
        help=translate("CLI", "default: from the file name (.pdf, .txt, .html); other names need --format"),
    )
    ex.set_defaults(func=export_release)
    cov = ps.add_parser(
        "coverage-report", help=translate("CLI", "coverage of all releases in a period as PDF")
    )
    cov.add_argument("file", metavar="FILE")
    cov.add_argument("--from", dest="start", metavar="YYYY-MM-DD")
    cov.add_argument("--to", dest="end", metavar="YYYY-MM-DD")
    cov.set_defaults(func=coverage_report)
    eml = ps.add_parser("eml", help=translate("CLI", "one unsent .eml file per recipient, for mailing"))
    eml.add_argument("release", metavar="ID")
    eml.add_argument("folder", metavar="FOLDER")
    eml.add_argument(
        "--to",
        action="append",
        metavar="ADDRESS",
        help=translate(
            "CLI",
            'a recipient, e.g. "张伟 <zhang@example.com>"; repeat for several '
            "(default: the release's distribution lists)",
        ),
    )
    eml.set_defaults(func=export_eml)
    snd = ps.add_parser(
        "send", help=translate("CLI", "queue an approved release to its distribution lists in the outbox")
    )
    snd.add_argument("release", metavar="ID")
    snd.add_argument(
        "--list",
        dest="lists",
        action="append",
        metavar="NAME",
        help=translate("CLI", "only this distribution list (name or id); repeat for several"),
    )
    how = snd.add_mutually_exclusive_group()
    how.add_argument(
        "--personalised",
        action="store_true",
        help=translate("CLI", "one message per contact, addressed by name (the default)"),
    )
    how.add_argument(
        "--bcc",
        action="store_true",
        help=translate("CLI", "one message with everyone in Bcc (default: one per contact)"),
    )
    snd.add_argument(
        "--again",
        action="store_true",
        help=translate("CLI", "also send to people who already received it (or have it waiting)"),
    )
    snd.add_argument(
        "--override",
        metavar="REASON",
        help=translate("CLI", "send despite the mail checks' warnings, for this reason"),
    )
    snd.add_argument("--json", action="store_true")
    snd.set_defaults(func=send_release)
    _register_workflow(ps)

    t = sub.add_parser("templates", help=translate("CLI", "press release templates: list"))
    ts = t.add_subparsers(dest="templates_command", metavar="ACTION", required=True)
    tl = ts.add_parser("list", help=translate("CLI", "list the release templates"))
    tl.add_argument("--json", action="store_true")
    tl.set_defaults(func=list_templates)


def _release(cli, ref: str):
    from commdesk.core.errors import NotFound
    from commdesk.services.releases.service import ReleaseService

    svc = cli.ctx.service(ReleaseService)
    ref = ref.strip()
    if ref.isdigit():
        return svc.get(int(ref))
    try:
        return svc.by_reference(ref)
    except NotFound:
        raise NotFound(
            translate(
                "CLI", "There is no press release \u201c{ref}\u201d; 'commdesk releases list' shows them."
            ).format(ref=ref)
        ) from None


def list_releases(args, cli) -> int:
    from commdesk.services.releases.service import ReleaseService

    rows = cli.ctx.service(ReleaseService).list(state=args.state, awaiting_me=args.awaiting_me)
    if args.json:
        cli.print_json(
            [
                {
                    "id": r.id,
                    "reference": r.reference,
                    "title": r.title,
                    "state": r.state.value,
                    "language": r.language,
                    "revision": r.revision,
                    "author": r.author_name,
                    "embargo": r.embargo.isoformat() if r.embargo else None,
                    "updated_at": r.updated_at.isoformat(),
                    "coverage": r.coverage_count,
                }
                for r in rows
            ]
        )
        return 0
    if not rows:
        cli.print(translate("CLI", "No press releases."))
    for r in rows:
        cli.print(f"{r.id:>4}  {r.reference} v{r.revision}  [{r.state.label}]  {r.title}  ({r.author_name})")
    return 0


def show_release(args, cli) -> int:
    from commdesk.core.releases.export_text import to_plain_text
    from commdesk.core.releases.workflow import State

    r = _release(cli, args.release)
    if args.json:
        cli.print_json(_release_json(r) | {"body": r.content.body_markdown})
        return 0
    cli.print(f"{r.label}  [{r.state.label}]")
    cli.print(to_plain_text(r.content, published=r.state in (State.PUBLISHED, State.ARCHIVED)))
    return 0


def export_release(args, cli) -> int:
    from pathlib import Path

    from commdesk.services.releases.export import ReleaseExportService

    path = Path(args.file)
    fmt = args.format or _format_from_name(path)
    r = _release(cli, args.release)
    out = cli.ctx.service(ReleaseExportService).export(r.id, path, fmt)
    cli.print(translate("CLI", "Wrote {path}.").format(path=out))
    return 0


#: What a file name says about the format it is written in (``releases export`` without --format).
SUFFIX_FORMATS = {".pdf": "pdf", ".txt": "txt", ".html": "html", ".htm": "html"}


def _format_from_name(path) -> str:
    """The export format a file name asks for; a name that says none (``d.docx``, ``d.md``, ``d``) is
    refused, never written as a PDF under a misleading name."""
    from commdesk.core.errors import ValidationError

    fmt = SUFFIX_FORMATS.get(path.suffix.lower())
    if fmt is None:
        raise ValidationError(
            {
                "file": translate(
                    "CLI",
                    "commdesk cannot write \u201c{name}\u201d: it exports .pdf, .txt and .html files. Name the file "
                    "accordingly, or give --format (pdf, txt, html, review, coverage).",
                ).format(name=path.name)
            }
        )
    return fmt


def _day(text: str | None, name: str):
    from datetime import date

    from commdesk.core.errors import ValidationError

    if not text:
        return None
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise ValidationError(
            {name: translate("CLI", "{value} is not a date; write it as YYYY-MM-DD.").format(value=text)}
        ) from None


def coverage_report(args, cli) -> int:
    from pathlib import Path

    from commdesk.core.errors import ValidationError
    from commdesk.services.releases.export import ReleaseExportService

    if Path(args.file).suffix.lower() != ".pdf":  # it is always a PDF: say so rather than misname it
        raise ValidationError(
            {
                "file": translate(
                    "CLI", "The coverage report is a PDF: name the file \u201c{name}.pdf\u201d."
                ).format(name=Path(args.file).stem or "coverage")
            }
        )

    out = cli.ctx.service(ReleaseExportService).coverage_report(
        args.file, _day(args.start, "from"), _day(args.end, "to")
    )
    cli.print(translate("CLI", "Wrote {path}.").format(path=out))
    return 0


def export_eml(args, cli) -> int:
    from email.utils import parseaddr

    from commdesk.core.errors import ValidationError
    from commdesk.services.releases.export import ReleaseExportService

    recipients = None if not args.to else []
    for value in args.to or ():
        name, address = parseaddr(value)
        if "@" not in address:
            raise ValidationError(
                {"to": translate("CLI", "\u201c{value}\u201d is not an e-mail address.").format(value=value)}
            )
        recipients.append((name, address))
    r = _release(cli, args.release)
    files = cli.ctx.service(ReleaseExportService).export_eml(r.id, args.folder, recipients)
    cli.print(translate("CLI", "Wrote %n file(s).", None, len(files)))
    return 0


def _list_ids(cli, values) -> list[int] | None:
    """Distribution lists named on the command line (by name, or by the id 'contacts list' shows)."""
    from commdesk.services.contacts.lists import ContactListService

    if not values:
        return None
    svc = cli.ctx.service(ContactListService)
    return [int(v) if v.strip().isdigit() else svc.find(v).id for v in values]


def send_release(args, cli) -> int:
    from commdesk.services.mail.sending import AlreadySent, ReleaseMailer

    r = _release(cli, args.release)
    try:
        ids = cli.ctx.service(ReleaseMailer).send_to_lists(
            r.id,
            _list_ids(cli, args.lists),
            personalised=not args.bcc,
            override=args.override,
            again=args.again,
        )
    except AlreadySent as exc:
        from commdesk.core.errors import CommdeskError

        for name, address, status in exc.repeated:
            cli.print(f"  {name} <{address}>  {status}")
        raise CommdeskError(
            translate(
                "CLI",
                "{count} of the recipients already have {ref} (listed above); add --again to send it to them "
                "again.",
            ).format(count=len(exc.repeated), ref=r.reference)
        ) from None
    if args.json:
        cli.print_json({"release": r.id, "reference": r.reference, "queued": list(ids)})
        return 0
    cli.print(
        translate("CLI", "%n message(s) queued; send them with 'commdesk outbox send'.", None, len(ids))
    )
    return 0


def list_templates(args, cli) -> int:
    from commdesk.core.releases.placeholders import canonical
    from commdesk.services.releases.templates import ReleaseTemplateService

    items = cli.ctx.service(ReleaseTemplateService).list()
    if args.json:  # placeholders by their English names, whatever the template's language writes
        cli.print_json(
            [
                {
                    "key": t.key,
                    "language": t.language,
                    "title": t.title,
                    "builtin": t.builtin,
                    "version": t.version,
                    "placeholders": sorted({canonical(p) for p in t.placeholders}),
                }
                for t in items
            ]
        )
        return 0
    for t in items:
        origin = (
            translate("CLI", "built-in")
            if t.builtin
            else translate("CLI", "edited v{n} by {name}").format(n=t.version, name=t.edited_by)
        )
        cli.print(f"{t.key:<16} {t.language}  {t.title}  ({origin})")
    return 0


# ------------------------------------------------------------------------------------ workflow
def _register_workflow(ps) -> None:
    from commdesk.core.releases.records import CHANNELS

    def parser(name: str, text: str, with_id: bool = True):
        sp = ps.add_parser(name, help=text)
        if with_id:
            sp.add_argument(
                "release", metavar="ID", help=translate("CLI", "id or reference such as PR-2026-014")
            )
        sp.add_argument("--json", action="store_true", help=translate("CLI", "print the release as JSON"))
        return sp

    new = parser("new", translate("CLI", "draft a new release from a template (officers)"), with_id=False)
    new.add_argument(
        "--template",
        required=True,
        metavar="NAME",
        help=translate("CLI", "the template's key ('commdesk templates list' shows them)"),
    )
    new.add_argument("--title", required=True, metavar="TEXT")
    new.add_argument(
        "--lang",
        dest="language",
        required=True,
        choices=["zh", "en"],
        help=translate("CLI", "the release's language (and the template's)"),
    )
    new.add_argument(
        "--field",
        dest="fields",
        action="append",
        default=[],
        metavar="NAME=VALUE",
        help=translate("CLI", "a placeholder of the template, e.g. city=Shenzhen or 产品名称=H5; repeatable"),
    )
    new.set_defaults(func=new_release)

    ed = parser(
        "edit",
        translate(
            "CLI", "change a release's title, body or embargo; an edit after approval voids the approvals"
        ),
    )
    ed.add_argument("--title", metavar="TEXT")
    ed.add_argument(
        "--body-file",
        metavar="FILE",
        help=translate("CLI", "replace the body with this UTF-8 text file (Markdown)"),
    )
    ed.add_argument(
        "--embargo",
        metavar="'YYYY-MM-DD HH:MM'",
        help=translate(
            "CLI", "the embargo as the clocks show it in its zone (--tz; default: the organisation's)"
        ),
    )
    ed.add_argument(
        "--tz",
        metavar="ZONE",
        help=translate(
            "CLI",
            "the embargo's time zone, e.g. Asia/Shanghai; alone, the embargo keeps its clock time in the new "
            "zone",
        ),
    )
    ed.add_argument("--no-embargo", action="store_true", help=translate("CLI", "remove the embargo"))
    ed.add_argument(
        "--expect-version",
        type=int,
        metavar="N",
        help=translate("CLI", "the version you edited (from --json); refused if someone saved a newer one"),
    )
    ed.set_defaults(func=edit_release)

    sb = parser("submit", translate("CLI", "submit a release for review (officers)"))
    sb.add_argument(
        "--reviewer",
        dest="reviewers",
        action="append",
        metavar="NAME",
        help=translate(
            "CLI", "a reviewer (name or e-mail); repeatable; replaces the reviewers chosen before"
        ),
    )
    sb.add_argument(
        "--note", required=True, metavar="TEXT", help=translate("CLI", "what the reviewers should look at")
    )
    sb.set_defaults(func=act_on_release, action="submit")

    rc = parser("request-changes", translate("CLI", "send a release back to its author (chosen reviewers)"))
    rc.add_argument("--note", required=True, metavar="TEXT", help=translate("CLI", "what should change"))
    rc.set_defaults(func=act_on_release, action="request_changes")

    ap = parser(
        "approve",
        translate(
            "CLI", "approve this version of a release (chosen reviewers; not its author or last editor)"
        ),
    )
    ap.add_argument("--note", default="", metavar="TEXT")
    ap.set_defaults(func=act_on_release, action="approve")

    sc = parser(
        "schedule", translate("CLI", "schedule an approved release to go out at its embargo (officers)")
    )
    sc.set_defaults(func=act_on_release, action="schedule", note="")

    pb = parser(
        "publish", translate("CLI", "publish an approved release and record where it went out (officers)")
    )
    pb.add_argument("--channel", required=True, choices=CHANNELS)
    pb.add_argument("--url", default="", metavar="URL", help=translate("CLI", "where it can be read"))
    pb.set_defaults(func=act_on_release, action="publish", note="")

    cm = parser("comments", translate("CLI", "list the review comments of a release, or add one"))
    cm.add_argument("--add", metavar="TEXT", help=translate("CLI", "add a comment on the whole release"))
    cm.add_argument(
        "--reply-to",
        type=int,
        metavar="COMMENT",
        help=translate("CLI", "with --add: answer this comment (its number in the list)"),
    )
    cm.set_defaults(func=release_comments)


def _iso(moment):
    return moment.isoformat() if moment is not None else None


def _release_json(r) -> dict:
    return {
        "id": r.id,
        "reference": r.reference,
        "state": r.state.value,
        "title": r.content.title,
        "city": r.content.dateline_city,
        "language": r.content.language,
        "template": r.template_key,
        "revision": r.revision,
        "version": r.version,
        "content_hash": r.content_hash,
        "author": r.author_name,
        "last_editor": r.last_editor_name,
        "reviewers": list(r.reviewer_names),
        "review_rule": r.review_rule,
        "submit_note": r.submit_note,
        "embargo": _iso(r.content.embargo),
        "embargo_tz": r.embargo_tz or None,
        "approvals": [
            {
                "reviewer": a.reviewer_name,
                "revision": a.revision,
                "at": _iso(a.at),
                "valid": a.valid,
                "voided_because": a.voided_because if not a.valid else None,
            }
            for a in r.approvals
        ],
        "published_at": _iso(r.published_at),
    }


def _report(args, cli, r, done: str) -> int:
    from commdesk.core.releases.workflow import format_moment

    if args.json:
        cli.print_json(_release_json(r))
        return 0
    cli.print(done)
    cli.print(f"{r.label}  [{r.state.label}]")
    if r.content.embargo is not None:
        cli.print(
            translate("CLI", "Embargo: {moment} {zone}").format(
                moment=format_moment(r.content.embargo), zone=r.embargo_tz
            )
        )
    valid = [a.reviewer_name for a in r.approvals if a.valid]
    if valid:
        cli.print(translate("CLI", "Approved by: {names}").format(names=", ".join(valid)))
    return 0


def new_release(args, cli) -> int:
    from commdesk.core.errors import NotFound, ValidationError
    from commdesk.core.releases.placeholders import KNOWN_PLACEHOLDERS, canonical
    from commdesk.services.releases.templates import ReleaseTemplateService

    fields: dict[str, str] = {}
    for value in args.fields:
        name, sep, text = value.partition("=")
        if not sep or not name.strip():
            raise ValidationError(
                {
                    "field": translate(
                        "CLI", "--field takes NAME=VALUE, such as city=Shenzhen, not \u201c{value}\u201d."
                    ).format(value=value)
                }
            )
        if canonical(name.strip()) not in KNOWN_PLACEHOLDERS:
            raise ValidationError(
                {
                    "field": translate(
                        "CLI",
                        "--field: \u201c{name}\u201d is not a placeholder; 'commdesk templates list --json' shows each "
                        "template's placeholders.",
                    ).format(name=name.strip())
                }
            )
        fields[canonical(name.strip())] = text.strip()
    svc = cli.ctx.service(ReleaseTemplateService)
    try:
        svc.get(args.template, args.language)
    except NotFound:
        raise NotFound(
            translate(
                "CLI",
                "There is no template \u201c{name}\u201d in {language}; 'commdesk templates list' shows them.",
            ).format(name=args.template, language=args.language)
        ) from None
    city = fields.pop("city", "")
    r = svc.draft_from(args.template, args.language, args.title, city=city, extra=fields)
    return _report(args, cli, r, translate("CLI", "Drafted {ref}.").format(ref=r.reference))


def _zone(text: str) -> str:
    from commdesk.core import timezones as tz
    from commdesk.core.errors import ValidationError

    if not tz.is_valid_zone(text):
        raise ValidationError(
            {
                "tz": translate(
                    "CLI",
                    "--tz: \u201c{zone}\u201d is not a time zone; give an IANA name such as Asia/Shanghai or "
                    "Europe/Berlin.",
                ).format(zone=text)
            }
        )
    return text


def _clock(text: str):
    """(day, time) of a typed '--embargo', read later in the zone of --tz."""
    from commdesk.cli.args import clock_time
    from commdesk.core.errors import ValidationError

    typed = clock_time(text)
    if typed is None:
        raise ValidationError(
            {
                "embargo": translate(
                    "CLI",
                    "--embargo needs the clock time like '2026-12-10 09:00', not \u201c{value}\u201d (the zone goes in "
                    "--tz).",
                ).format(value=text)
            }
        )
    return typed


def edit_release(args, cli) -> int:
    from dataclasses import replace
    from pathlib import Path

    from commdesk.core import timezones as tz
    from commdesk.core.errors import CommdeskError, ConflictError
    from commdesk.services.releases.service import ReleaseService
    from commdesk.services.settings import SettingsService

    if args.no_embargo and (args.embargo or args.tz):
        raise CommdeskError(
            translate("CLI", "--no-embargo removes the embargo; give it without --embargo and --tz.")
        )
    body = None
    if args.body_file:
        try:
            body = Path(args.body_file).read_text("utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            raise CommdeskError(
                translate("CLI", "--body-file: cannot read {file} as UTF-8 text ({error}).").format(
                    file=args.body_file, error=os_problem(exc)
                )
            ) from None
    zone = _zone(args.tz) if args.tz else None
    r = _release(cli, args.release)
    content, embargo_tz = r.content, r.embargo_tz
    if args.title is not None:
        content = replace(content, title=args.title)
    if body is not None:
        content = replace(content, body_markdown=body)
    if args.no_embargo:
        content, embargo_tz = replace(content, embargo=None), ""
    elif args.embargo:
        zone = zone or r.embargo_tz or cli.ctx.service(SettingsService).time_zone()
        day, at = _clock(args.embargo)
        content, embargo_tz = replace(content, embargo=tz.wall_clock(day, at, zone)), zone
    elif zone:
        if content.embargo is None:
            raise CommdeskError(
                translate("CLI", "{ref} has no embargo; give --embargo with --tz.").format(ref=r.reference)
            )
        local = tz.to_zone(content.embargo, r.embargo_tz or zone)  # the clock time stays, as in the editor
        content = replace(content, embargo=tz.wall_clock(local.date(), local.time(), zone))
        embargo_tz = zone
    svc = cli.ctx.service(ReleaseService)
    before = r.state
    try:
        saved = svc.save(
            r.id,
            r.edit(content=content, embargo_tz=embargo_tz),
            args.expect_version if args.expect_version is not None else r.version,
        )
    except ConflictError as exc:
        theirs = svc.get(r.id).version
        raise CommdeskError(
            str(exc)
            + " "
            + translate(
                "CLI",
                "Nothing was saved; look at the stored release ('commdesk releases show {id}') and edit again with "
                "--expect-version {version}.",
            ).format(id=r.id, version=theirs)
        ) from None
    if saved.revision == r.revision:
        done = translate("CLI", "{ref}: nothing changed.").format(ref=saved.reference)
    elif before is not saved.state:
        done = translate(
            "CLI", "Saved {ref} as v{n}; the approvals are void and it is back in review."
        ).format(ref=saved.reference, n=saved.revision)
    else:
        done = translate("CLI", "Saved {ref} as v{n}.").format(ref=saved.reference, n=saved.revision)
    return _report(args, cli, saved, done)


def act_on_release(args, cli) -> int:
    from commdesk.core.releases.workflow import Action
    from commdesk.services.people import PeopleService
    from commdesk.services.releases.service import ReleaseService

    action = Action(args.action)
    r = _release(cli, args.release)
    reviewers = None
    if action is Action.SUBMIT and args.reviewers:
        people = cli.ctx.service(PeopleService)
        reviewers = tuple(people.find(name).id for name in args.reviewers)
    publications = [(args.channel, args.url)] if action is Action.PUBLISH else None
    done = cli.ctx.service(ReleaseService).act(
        r.id, action, note=args.note, expected_version=None, publications=publications, reviewer_ids=reviewers
    )
    return _report(
        args,
        cli,
        done,
        translate("CLI", "{ref}: {action} done.").format(ref=done.reference, action=action.label),
    )


def release_comments(args, cli) -> int:
    from commdesk.core import timezones as tz
    from commdesk.core.errors import CommdeskError
    from commdesk.services.releases.review import ReleaseReviewService
    from commdesk.services.settings import SettingsService

    if args.reply_to is not None and args.add is None:
        raise CommdeskError(
            translate("CLI", "--reply-to answers a comment; give the answer with --add TEXT.")
        )
    r = _release(cli, args.release)
    svc = cli.ctx.service(ReleaseReviewService)
    if args.add is not None:
        svc.add_comment(r.id, args.add, parent_id=args.reply_to)
    comments = svc.comments(r.id)
    if args.json:
        cli.print_json(
            [
                {
                    "id": c.id,
                    "reply_to": c.parent_id,
                    "author": c.author_name,
                    "revision": c.revision,
                    "paragraph": c.paragraph_text or None,
                    "text": c.text,
                    "at": _iso(c.at),
                    "resolved": c.resolved,
                    "resolved_by": c.resolved_by or None,
                    "outdated": c.outdated,
                }
                for c in comments
            ]
        )
        return 0
    if not comments:
        cli.print(translate("CLI", "{ref} has no comments.").format(ref=r.reference))
    zone = cli.ctx.service(SettingsService).time_zone()
    for c in comments:
        mark = "  " + translate("CLI", "(resolved)") if c.resolved else ""
        reply = "  ↳ " if c.parent_id else ""
        cli.print(
            f"{c.id:>4}  {reply}{tz.format_instant(c.at, zone)}  {c.author_name} (v{c.revision}): "
            f"{c.text}{mark}"
        )
    return 0
