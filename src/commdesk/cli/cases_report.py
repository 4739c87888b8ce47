"""``commdesk cases report FILE --from DATE [--to DATE] [--period day|week|month]``: the cases
desk's figures for a period, compared with the period before, as PDF.

Days are the organisation's (midnight to midnight in its zone); ``--to`` is the last day counted,
included, as the report window's "To" is, so a month is ``--from 2026-03-01 --to 2026-03-31`` or
``--from 2026-03-01 --period month``.
"""

from __future__ import annotations

from commdesk.core.i18n import translate

PERIODS = ("day", "week", "month")


def register(cases_actions) -> None:
    """Add ``report`` to the ``cases`` command's actions."""
    p = cases_actions.add_parser(
        "report",
        help=translate("CLI", "the cases desk's figures for a period, with the period before, as PDF"),
    )
    p.add_argument("file", metavar="FILE", help=translate("CLI", "the PDF to write"))
    p.add_argument(
        "--from",
        dest="start",
        required=True,
        metavar="YYYY-MM-DD",
        help=translate("CLI", "the first day counted (in the organisation's zone)"),
    )
    p.add_argument(
        "--to",
        dest="end",
        metavar="YYYY-MM-DD",
        help=translate("CLI", "the last day counted, included (default: the last day of --period)"),
    )
    p.add_argument(
        "--period",
        choices=PERIODS,
        help=translate("CLI", "a day, a week or a calendar month from --from (names the report)"),
    )
    p.set_defaults(func=case_report)


def _day(text: str, name: str):
    from datetime import date

    from commdesk.core.errors import ValidationError

    try:
        return date.fromisoformat(text.strip())
    except ValueError:
        raise ValidationError(
            {name: translate("CLI", "{value} is not a date; write it as YYYY-MM-DD.").format(value=text)}
        ) from None


def case_report(args, cli) -> int:
    from datetime import timedelta
    from pathlib import Path

    from commdesk.core.errors import ValidationError
    from commdesk.services.cases.figures import CaseFiguresService, end_after_last_day, period_end

    if Path(args.file).suffix.lower() != ".pdf":  # it is always a PDF: say so rather than misname it
        raise ValidationError(
            {
                "file": translate("CLI", "The report is a PDF: name the file \u201c{name}.pdf\u201d.").format(
                    name=Path(args.file).stem or "cases-report"
                )
            }
        )
    first = _day(args.start, "from")
    if args.end is None and args.period is None:
        raise ValidationError(
            {"to": translate("CLI", "Say where the period ends: give --to DATE or --period day|week|month.")}
        )
    if args.end is None:
        end = period_end(first, args.period)
    else:
        end = end_after_last_day(first, _day(args.end, "to"))
    if args.period is not None and args.end is not None and period_end(first, args.period) != end:
        raise ValidationError(
            {
                "to": translate(
                    "CLI",
                    "A {period} from {first} ends on {last}, not {given}; leave out --to or --period.",
                ).format(
                    period=args.period,
                    first=first.isoformat(),
                    last=(period_end(first, args.period) - timedelta(days=1)).isoformat(),
                    given=args.end.strip(),
                )
            }
        )
    period = args.period or ("month" if first.day == 1 and end == period_end(first, "month") else "")
    out = cli.ctx.service(CaseFiguresService).report_pdf(args.file, first, end, period)  # a month named so
    cli.print(translate("CLI", "Wrote {path}.").format(path=out))
    return 0
