"""``commdesk releases list|show|export|coverage-report|eml|send`` and ``commdesk templates list``."""
from __future__ import annotations

from ..core.i18n import translate

STATES = ["draft", "in_review", "changes_requested", "approved", "scheduled", "published", "archived",
          "withdrawn"]


def register(sub) -> None:
    p = sub.add_parser("releases", help=translate("CLI", "press releases: list, show and export"))
    ps = p.add_subparsers(dest="releases_command", metavar="ACTION", required=True)
    ls = ps.add_parser("list", help=translate("CLI", "list press releases"))
    ls.add_argument("--state", choices=STATES, help=translate("CLI", "only releases in this state"))
    ls.add_argument("--awaiting-me", action="store_true",
                    help=translate("CLI", "only releases awaiting my review (with --as)"))
    ls.add_argument("--json", action="store_true")
    ls.set_defaults(func=list_releases)
    show = ps.add_parser("show", help=translate("CLI", "show one release as plain text"))
    show.add_argument("release", metavar="ID", help=translate("CLI", "id or reference such as PR-2026-014"))
    show.set_defaults(func=show_release)
    ex = ps.add_parser("export", help=translate("CLI", "export a release to a file"))
    ex.add_argument("release", metavar="ID", help=translate("CLI", "id or reference such as PR-2026-014"))
    ex.add_argument("file", metavar="FILE")
    ex.add_argument("--format", choices=["pdf", "txt", "html", "review", "coverage"],
                    help=translate("CLI", "default: from the file name (.pdf, .txt, .html); other names need "
                                   "--format"))
    ex.set_defaults(func=export_release)
    cov = ps.add_parser("coverage-report", help=translate("CLI", "coverage of all releases in a period as PDF"))
    cov.add_argument("file", metavar="FILE")
    cov.add_argument("--from", dest="start", metavar="YYYY-MM-DD")
    cov.add_argument("--to", dest="end", metavar="YYYY-MM-DD")
    cov.set_defaults(func=coverage_report)
    eml = ps.add_parser("eml", help=translate("CLI", "one unsent .eml file per recipient, for mailing"))
    eml.add_argument("release", metavar="ID")
    eml.add_argument("folder", metavar="FOLDER")
    eml.add_argument("--to", action="append", metavar="ADDRESS",
                     help=translate("CLI", "a recipient, e.g. \"张伟 <zhang@example.com>\"; repeat for several "
                                    "(default: the release's distribution lists)"))
    eml.set_defaults(func=export_eml)
    snd = ps.add_parser("send", help=translate(
        "CLI", "queue an approved release to its distribution lists in the outbox"))
    snd.add_argument("release", metavar="ID")
    snd.add_argument("--list", dest="lists", type=int, action="append", metavar="LIST_ID",
                     help=translate("CLI", "only this distribution list; repeat for several"))
    snd.add_argument("--bcc", action="store_true",
                     help=translate("CLI", "one message with everyone in Bcc (default: one per contact)"))
    snd.add_argument("--again", action="store_true", help=translate(
        "CLI", "also send to people who already received it (or have it waiting)"))
    snd.add_argument("--override", metavar="REASON",
                     help=translate("CLI", "send despite the mail checks' warnings, for this reason"))
    snd.set_defaults(func=send_release)

    t = sub.add_parser("templates", help=translate("CLI", "press release templates"))
    ts = t.add_subparsers(dest="templates_command", metavar="ACTION", required=True)
    tl = ts.add_parser("list", help=translate("CLI", "list the release templates"))
    tl.add_argument("--json", action="store_true")
    tl.set_defaults(func=list_templates)


def _release(cli, ref: str):
    from ..core.errors import NotFound
    from ..core.services.releases import ReleaseService

    svc = cli.ctx.service(ReleaseService)
    ref = ref.strip()
    if ref.isdigit():
        return svc.get(int(ref))
    try:
        return svc.by_reference(ref)
    except NotFound:
        raise NotFound(translate("CLI", "There is no press release \u201c{ref}\u201d; "
                                 "'commdesk releases list' shows them.").format(ref=ref)) from None


def list_releases(args, cli) -> int:
    from ..core.services.releases import ReleaseService

    rows = cli.ctx.service(ReleaseService).list(state=args.state, awaiting_me=args.awaiting_me)
    if args.json:
        cli.print_json([{"id": r.id, "reference": r.reference, "title": r.title, "state": r.state.value,
                         "language": r.language, "revision": r.revision, "author": r.author_name,
                         "embargo": r.embargo.isoformat() if r.embargo else None,
                         "updated_at": r.updated_at.isoformat(), "coverage": r.coverage_count}
                        for r in rows])
        return 0
    if not rows:
        cli.print(translate("CLI", "No press releases."))
    for r in rows:
        cli.print(f"{r.id:>4}  {r.reference} v{r.revision}  [{r.state.label}]  {r.title}  ({r.author_name})")
    return 0


def show_release(args, cli) -> int:
    from ..core.releases.export_text import to_plain_text
    from ..core.releases.workflow import State

    r = _release(cli, args.release)
    cli.print(f"{r.label}  [{r.state.label}]")
    cli.print(to_plain_text(r.content, published=r.state in (State.PUBLISHED, State.ARCHIVED)))
    return 0


def export_release(args, cli) -> int:
    from pathlib import Path

    from ..core.services.releases_export import ReleaseExportService

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
    from ..core.errors import ValidationError

    fmt = SUFFIX_FORMATS.get(path.suffix.lower())
    if fmt is None:
        raise ValidationError({"file": translate(
            "CLI", "commdesk cannot write \u201c{name}\u201d: it exports .pdf, .txt and .html files. Name the file "
            "accordingly, or give --format (pdf, txt, html, review, coverage).").format(name=path.name)})
    return fmt


def _day(text: str | None, name: str):
    from datetime import date

    from ..core.errors import ValidationError

    if not text:
        return None
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise ValidationError({name: translate("CLI", "{value} is not a date; write it as YYYY-MM-DD.").format(
            value=text)}) from None


def coverage_report(args, cli) -> int:
    from pathlib import Path

    from ..core.errors import ValidationError
    from ..core.services.releases_export import ReleaseExportService

    if Path(args.file).suffix.lower() != ".pdf":      # it is always a PDF: say so rather than misname it
        raise ValidationError({"file": translate(
            "CLI", "The coverage report is a PDF: name the file \u201c{name}.pdf\u201d.").format(
            name=Path(args.file).stem or "coverage")})

    out = cli.ctx.service(ReleaseExportService).coverage_report(args.file, _day(args.start, "from"),
                                                                _day(args.end, "to"))
    cli.print(translate("CLI", "Wrote {path}.").format(path=out))
    return 0


def export_eml(args, cli) -> int:
    from email.utils import parseaddr

    from ..core.errors import ValidationError
    from ..core.services.releases_export import ReleaseExportService

    recipients = None if not args.to else []
    for value in args.to or ():
        name, address = parseaddr(value)
        if "@" not in address:
            raise ValidationError({"to": translate("CLI", "\u201c{value}\u201d is not an e-mail address.").format(
                value=value)})
        recipients.append((name, address))
    r = _release(cli, args.release)
    files = cli.ctx.service(ReleaseExportService).export_eml(r.id, args.folder, recipients)
    cli.print(translate("CLI", "Wrote %n file(s).", None, len(files)))
    return 0


def send_release(args, cli) -> int:
    from ..core.services.mail_sending import AlreadySent, ReleaseMailer

    r = _release(cli, args.release)
    try:
        ids = cli.ctx.service(ReleaseMailer).send_to_lists(r.id, args.lists, personalised=not args.bcc,
                                                          override=args.override, again=args.again)
    except AlreadySent as exc:
        from ..core.errors import CommdeskError

        for name, address, status in exc.repeated:
            cli.print(f"  {name} <{address}>  {status}")
        raise CommdeskError(translate(
            "CLI", "{count} of the recipients already have {ref} (listed above); add --again to send it to them "
                   "again.").format(count=len(exc.repeated), ref=r.reference)) from None
    cli.print(translate("CLI", "{count} message(s) queued; send them with 'commdesk outbox send'.").format(
        count=len(ids)))
    return 0


def list_templates(args, cli) -> int:
    from ..core.releases.placeholders import canonical
    from ..core.services.releases_templates import ReleaseTemplateService

    items = cli.ctx.service(ReleaseTemplateService).list()
    if args.json:   # placeholders by their English names, whatever the template's language writes
        cli.print_json([{"key": t.key, "language": t.language, "title": t.title, "builtin": t.builtin,
                         "version": t.version, "placeholders": sorted({canonical(p) for p in t.placeholders})}
                        for t in items])
        return 0
    for t in items:
        origin = translate("CLI", "built-in") if t.builtin else translate("CLI", "edited v{n} by {name}").format(
            n=t.version, name=t.edited_by)
        cli.print(f"{t.key:<16} {t.language}  {t.title}  ({origin})")
    return 0
