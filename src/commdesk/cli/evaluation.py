"""``commdesk evaluation figures --period 2026Q4 [--json]``: every figure of the KPI catalogue
(EV-2, EV-5, EV-6, EV-8) counted from the records for a month, quarter, half-year or year, with the
period before, the change and whether it is better or worse."""

from __future__ import annotations

from commdesk.core.i18n import translate


def register(sub) -> None:
    p = sub.add_parser(
        "evaluation",
        help=translate("CLI", "evaluation (EV-2, EV-5, EV-6): figures"),
    )
    ps = p.add_subparsers(dest="evaluation_command", metavar="ACTION", required=True)
    figures = ps.add_parser(
        "figures",
        help=translate("CLI", "every figure of the KPI catalogue for a period, with the period before"),
    )
    figures.add_argument(
        "--period",
        required=True,
        metavar="PERIOD",
        help=translate("CLI", "a month (2026-11), a quarter (2026Q4), a half-year (2026H2) or a year (2026)"),
    )
    figures.add_argument("--json", action="store_true", help=translate("CLI", "the figures as JSON"))
    figures.set_defaults(func=evaluation_figures)


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
