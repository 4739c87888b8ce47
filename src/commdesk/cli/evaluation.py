"""``commdesk evaluation figures --period 2026Q4 [--json]``: every figure of the KPI catalogue
(EV-2, EV-5, EV-6, EV-8) counted from the records for a month, quarter, half-year or year, with the
period before, the change and whether it is better or worse.

``commdesk evaluation report FILE --period 2026Q4 [--decision "text;owner;deadline"]...
[--decisions FILE] [--meeting ID]``: the same as PDF; each decision becomes an action item in the
action tracker (on the review meeting given, or on one made for the period) and is listed.

``commdesk evaluation import-coverage FILE [--column FIELD=HEADER]...``: stories about the
organisation or named competitors from a monitoring service's CSV, all or nothing."""

from __future__ import annotations

from commdesk.core.i18n import translate


def register(sub) -> None:
    p = sub.add_parser(
        "evaluation",
        help=translate("CLI", "evaluation (EV-2, EV-5, EV-6, EV-8): figures, report, import-coverage"),
    )
    ps = p.add_subparsers(dest="evaluation_command", metavar="ACTION", required=True)
    figures = ps.add_parser(
        "figures",
        help=translate("CLI", "every figure of the KPI catalogue for a period, with the period before"),
    )
    _period_option(figures)
    figures.add_argument("--json", action="store_true", help=translate("CLI", "the figures as JSON"))
    figures.set_defaults(func=evaluation_figures)
    report = ps.add_parser(
        "report",
        help=translate("CLI", "the evaluation report as PDF, its decisions recorded as action items"),
    )
    report.add_argument("file", metavar="FILE", help=translate("CLI", "the PDF to write"))
    _period_option(report)
    report.add_argument(
        "--decision",
        action="append",
        default=[],
        metavar="TEXT;OWNER;DEADLINE",
        help=translate("CLI", "a decision: its text, its owner (name or e-mail) and deadline (YYYY-MM-DD)"),
    )
    report.add_argument(
        "--decisions",
        metavar="FILE",
        help=translate("CLI", "a text file of decisions, one text;owner;deadline a line"),
    )
    report.add_argument(
        "--meeting",
        type=int,
        metavar="ID",
        help=translate(
            "CLI", "the review meeting the action items belong to (default: one made for the period)"
        ),
    )
    report.set_defaults(func=evaluation_report)
    imports = ps.add_parser(
        "import-coverage",
        help=translate("CLI", "import stories from a media-monitoring CSV export (all or nothing)"),
    )
    imports.add_argument("file", metavar="FILE", help=translate("CLI", "the CSV file (UTF-8 or GB18030)"))
    imports.add_argument(
        "--column",
        action="append",
        default=[],
        metavar="FIELD=HEADER",
        help=translate(
            "CLI",
            "read a field (day, outlet, headline, url, outlet_kind, tone, reach, subject, journalist) from this column",
        ),
    )
    imports.set_defaults(func=evaluation_import_coverage)


def _period_option(parser) -> None:
    parser.add_argument(
        "--period",
        required=True,
        metavar="PERIOD",
        help=translate("CLI", "a month (2026-11), a quarter (2026Q4), a half-year (2026H2) or a year (2026)"),
    )


def evaluation_figures(args, cli) -> int:
    from commdesk.core.evaluation.catalogue import format_change, format_value
    from commdesk.services.evaluation.figures import EvaluationFiguresService

    result = cli.ctx.service(EvaluationFiguresService).evaluate(args.period)
    if args.json:
        cli.print_json(
            {
                "period": result.period.code,
                "previous_period": result.previous_period.code,
                "zone": result.zone,
                "made_at": result.made_at.isoformat(),
                "figures": [
                    {
                        "key": f.kpi.key,
                        "rule": f.kpi.rule,
                        "name": f.kpi.name,
                        "unit": f.kpi.unit.value,
                        "higher_is_better": f.kpi.higher_is_better,
                        "value": f.value,
                        "previous": f.previous,
                        "change": f.change,
                        "trend": f.trend.value,
                    }
                    for f in result.figures
                ],
                "coverage_by_outlet_kind": [line.__dict__ for line in result.by_outlet_kind],
                "share_of_voice": [{"subject": s, "stories": n} for s, n in result.share_of_voice],
            }
        )
        return 0
    cli.print(
        translate("CLI", "Evaluation {period}, compared with {previous} (times in {zone})").format(
            period=result.period.label(), previous=result.previous_period.code, zone=result.zone
        )
    )
    for f in result.figures:
        cli.print(
            f"{f.kpi.rule:6} {f.kpi.name}: {format_value(f.kpi, f.value)} "
            f"({result.previous_period.code}: {format_value(f.kpi, f.previous)}"
            + (f"; {format_change(f.kpi, f.change)}, {f.trend.label}" if f.change is not None else "")
            + ")"
        )
    return 0


def evaluation_report(args, cli) -> int:
    from pathlib import Path

    from commdesk.core.errors import ValidationError
    from commdesk.core.evaluation.decisions import parse_decision, parse_decisions_file
    from commdesk.services.evaluation.report import EvaluationReportService

    decisions = [parse_decision(d) for d in args.decision]
    if args.decisions:
        try:
            text = Path(args.decisions).read_text(encoding="utf-8-sig")
        except (OSError, UnicodeDecodeError):
            raise ValidationError(
                {
                    "decisions": translate(
                        "CLI", "{name} cannot be read as UTF-8 text; choose the file again."
                    ).format(name=args.decisions)
                }
            ) from None
        decisions += parse_decisions_file(text)
    path, report = cli.ctx.service(EvaluationReportService).report_pdf(
        args.file, args.period, decisions, args.meeting
    )
    cli.print(translate("CLI", "Wrote {path}").format(path=path))
    for d in report.decisions:
        cli.print(
            translate("CLI", "Action item #{id}: {text} ({owner}, by {deadline})").format(
                id=d.action_id, text=d.decision.text, owner=d.owner, deadline=d.decision.deadline.isoformat()
            )
        )
    return 0


def evaluation_import_coverage(args, cli) -> int:
    from commdesk.core.errors import ValidationError
    from commdesk.services.evaluation.coverage import EvaluationCoverageService

    columns = {}
    for item in args.column:
        field, sep, header = item.partition("=")
        if not sep or not field.strip() or not header.strip():
            raise ValidationError(
                {
                    "column": translate("CLI", "'{value}' is not FIELD=HEADER (e.g. outlet=媒体).").format(
                        value=item
                    )
                }
            )
        columns[field.strip()] = header.strip()
    done = cli.ctx.service(EvaluationCoverageService).import_file(args.file, columns)
    cli.print(
        translate(
            "CLI",
            "Imported {count} stories from {name} ({encoding}): {ours} about the organisation, "
            "{theirs} about competitors; {blank} blank rows skipped.",
        ).format(
            count=done.imported,
            name=done.file_name,
            encoding=done.encoding,
            ours=done.about_us,
            theirs=done.about_competitors,
            blank=done.blank,
        )
    )
    return 0
