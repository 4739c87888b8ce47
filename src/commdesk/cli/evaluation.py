"""``commdesk evaluation figures --period 2026Q4 [--json]``: every figure of the KPI catalogue
(EV-2, EV-5, EV-6, EV-8) counted from the records for a month, quarter, half-year or year, with the
period before, the change and whether it is better or worse.

``commdesk evaluation report FILE --period 2026Q4 [--decision "text;owner;deadline"]...
[--decisions FILE] [--meeting ID]``: the same as PDF; each decision becomes an action item in the
action tracker (on the review meeting given, or on the period's record of decisions, which is no
meeting held) and is listed.

``commdesk evaluation import-coverage FILE [--column FIELD=HEADER]...``: stories about the
organisation or named competitors from a monitoring service's CSV, all or nothing.

What people say (EV-1, EV-3, EV-4): ``survey-import FILE --title T [--period P] [--anonymous]
[--kind TOOL] [--map COLUMN=QUESTION]... [--json]`` (all or nothing; an anonymous survey keeps no
name, e-mail, phone, IP, respondent ID, answering time or place), ``surveys [--period P] [--json]``, ``interview add|edit|list``,
``training add|attend|list``."""

from __future__ import annotations

from commdesk.core.i18n import translate


def register(sub) -> None:
    p = sub.add_parser(
        "evaluation",
        help=translate(
            "CLI",
            "evaluation (EV-1 to EV-8): figures, report, import-coverage, survey-import, surveys, interview, "
            "training",
        ),
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
            "CLI",
            "the review meeting the decisions were taken at, whose action items they become (default: "
            "the period's record of decisions, which is not a meeting held and asks for no minutes)",
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
    _register_voices(ps)


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
    # the punctuation is the language's (全角 in Chinese): the line is a translated sentence
    with_change = translate("CLI", "{name}: {value} ({previous}: {before}; {change}, {trend})")
    without = translate("CLI", "{name}: {value} ({previous}: {before})")
    for f in result.figures:
        line = with_change if f.change is not None else without
        text = line.format(
            name=f.kpi.name,
            value=format_value(f.kpi, f.value),
            previous=result.previous_period.code,
            before=format_value(f.kpi, f.previous),
            change=format_change(f.kpi, f.change),
            trend=f.trend.label,
        )
        cli.print(f"{f.kpi.rule:6} {text}")
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
    for d in report.all_decisions:
        line = (
            translate("CLI", "Action item #{id}: {text} ({owner}, by {deadline})")
            if d.new
            else translate("CLI", "Action item #{id}, recorded before: {text} ({owner}, by {deadline})")
        )
        cli.print(
            line.format(
                id=d.action_id, text=d.decision.text, owner=d.owner, deadline=d.decision.deadline.isoformat()
            )
        )
    return 0


def evaluation_import_coverage(args, cli) -> int:
    from commdesk.services.evaluation.coverage import EvaluationCoverageService

    columns = _pairs(
        args.column,
        "column",
        lambda item: translate("CLI", "'{value}' is not FIELD=HEADER (e.g. outlet=媒体).").format(value=item),
    )
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


# ------------------------------------------------------------------ what people say (EV-1, EV-3, EV-4)
def _register_voices(ps) -> None:
    survey = ps.add_parser(
        "survey-import",
        help=translate(
            "CLI", "import a staff survey's answers from a survey tool's CSV or xlsx export (all or nothing)"
        ),
    )
    survey.add_argument(
        "file", metavar="FILE", help=translate("CLI", "the CSV (UTF-8 or GB18030) or .xlsx file")
    )
    survey.add_argument("--title", required=True, help=translate("CLI", "the survey's title"))
    survey.add_argument(
        "--period",
        metavar="PERIOD",
        help=translate(
            "CLI", "the period the survey asked about (2026H2, 2026Q4, 2026-11; default: this quarter)"
        ),
    )
    survey.add_argument(
        "--anonymous",
        action="store_true",
        help=translate(
            "CLI",
            "an anonymous survey: no name, e-mail, phone, IP, respondent ID, answering time or place is stored",
        ),
    )
    survey.add_argument(
        "--kind",
        default="",
        metavar="TOOL",
        help=translate("CLI", "the survey tool (e.g. 问卷星); its mapping is kept for its next export"),
    )
    survey.add_argument(
        "--map",
        action="append",
        default=[],
        metavar="COLUMN=QUESTION",
        help=translate("CLI", "read a column as this question ('-' leaves the column out)"),
    )
    survey.add_argument("--json", action="store_true", help=translate("CLI", "the result as JSON"))
    survey.set_defaults(func=evaluation_survey_import)
    listing = ps.add_parser("surveys", help=translate("CLI", "the surveys with each question's result"))
    listing.add_argument(
        "--period", metavar="PERIOD", help=translate("CLI", "only the surveys ending in this period")
    )
    listing.add_argument("--json", action="store_true", help=translate("CLI", "the surveys as JSON"))
    listing.set_defaults(func=evaluation_surveys)

    interview = ps.add_parser(
        "interview", help=translate("CLI", "managers' interviews (EV-3): add, edit, list")
    )
    ips = interview.add_subparsers(dest="interview_command", metavar="ACTION", required=True)
    add = ips.add_parser("add", help=translate("CLI", "record an interview with its themes"))
    add.add_argument(
        "--day", required=True, metavar="YYYY-MM-DD", help=translate("CLI", "the day of the interview")
    )
    add.add_argument(
        "--role",
        required=True,
        help=translate("CLI", "whom you interviewed: a role is enough (e.g. 部门经理)"),
    )
    add.add_argument(
        "--themes",
        required=True,
        help=translate("CLI", "the themes, separated by commas (e.g. 跨部门沟通,信息获取)"),
    )
    add.add_argument("--notes", default="", help=translate("CLI", "what was said"))
    add.add_argument("--follow-ups", default="", help=translate("CLI", "what is to be done"))
    add.set_defaults(func=evaluation_interview_add)
    edit = ips.add_parser(
        "edit", help=translate("CLI", "correct an interview; what you leave out stays as it is")
    )
    edit.add_argument("id", type=int, help=translate("CLI", "the interview's number (see 'interview list')"))
    edit.add_argument("--day", metavar="YYYY-MM-DD", help=translate("CLI", "the day of the interview"))
    edit.add_argument(
        "--role", help=translate("CLI", "whom you interviewed: a role is enough (e.g. 部门经理)")
    )
    edit.add_argument(
        "--themes", help=translate("CLI", "the themes, separated by commas (e.g. 跨部门沟通,信息获取)")
    )
    edit.add_argument("--notes", help=translate("CLI", "what was said"))
    edit.add_argument("--follow-ups", help=translate("CLI", "what is to be done"))
    edit.add_argument(
        "--expected-version",
        type=int,
        metavar="N",
        help=translate(
            "CLI", "the version you read ('interview list --json'); refused if someone saved it since"
        ),
    )
    edit.set_defaults(func=evaluation_interview_edit)
    ilist = ips.add_parser("list", help=translate("CLI", "the interviews, newest first"))
    ilist.add_argument(
        "--period", metavar="PERIOD", help=translate("CLI", "only the interviews of this period")
    )
    ilist.add_argument("--json", action="store_true", help=translate("CLI", "the interviews as JSON"))
    ilist.set_defaults(func=evaluation_interview_list)

    training = ps.add_parser("training", help=translate("CLI", "training (EV-4): add, attend, list"))
    tps = training.add_subparsers(dest="training_command", metavar="ACTION", required=True)
    tadd = tps.add_parser("add", help=translate("CLI", "record a training session"))
    tadd.add_argument(
        "--day", required=True, metavar="YYYY-MM-DD", help=translate("CLI", "the day of the session")
    )
    tadd.add_argument("--topic", required=True, help=translate("CLI", "what it taught"))
    tadd.add_argument("--trainer", default="", help=translate("CLI", "who gave it"))
    tadd.set_defaults(func=evaluation_training_add)
    attend = tps.add_parser(
        "attend", help=translate("CLI", "record who attended a session (or was expected and absent)")
    )
    attend.add_argument("session", type=int, metavar="SESSION", help=translate("CLI", "the session's number"))
    attend.add_argument("people", nargs="+", metavar="PERSON", help=translate("CLI", "the people"))
    attend.add_argument(
        "--absent", action="store_true", help=translate("CLI", "they were expected but did not attend")
    )
    attend.set_defaults(func=evaluation_training_attend)
    tlist = tps.add_parser("list", help=translate("CLI", "the training sessions with their attendance"))
    tlist.add_argument(
        "--period", metavar="PERIOD", help=translate("CLI", "only the sessions of this period")
    )
    tlist.add_argument(
        "--json",
        action="store_true",
        help=translate("CLI", "the sessions, who was marked, and who came to none"),
    )
    tlist.set_defaults(func=evaluation_training_list)


def _pairs(items: list[str], field: str, wrong) -> dict[str, str]:
    """NAME=VALUE options as a dict; ``wrong(item)`` says what is wrong with one that is not."""
    from commdesk.core.errors import ValidationError

    out = {}
    for item in items:
        name, sep, value = item.partition("=")
        if not sep or not name.strip() or not value.strip():
            raise ValidationError({field: wrong(item)})
        out[name.strip()] = value.strip()
    return out


def _day(text: str, field: str):
    from datetime import date

    from commdesk.core.errors import ValidationError

    try:
        return date.fromisoformat(text.strip())
    except ValueError:
        raise ValidationError(
            {field: translate("CLI", "'{value}' is not a day; write it as 2026-11-03.").format(value=text)}
        ) from None


def evaluation_survey_import(args, cli) -> int:
    from commdesk.core.evaluation.catalogue import PeriodKind, period_containing
    from commdesk.core.timezones import today_in
    from commdesk.services.evaluation.voices import EvaluationVoicesService
    from commdesk.services.settings import SettingsService

    mapping = _pairs(
        args.map,
        "map",
        lambda item: translate(
            "CLI", "'{value}' is not COLUMN=QUESTION (e.g. Q1=渠道满意度, or Q9=-)."
        ).format(value=item),
    )
    # this quarter in the organisation's zone (the clock's UTC day is the day before until 08:00 in Shanghai)
    today = today_in(cli.ctx.service(SettingsService).time_zone(), cli.ctx.clock)
    period = args.period or period_containing(today, PeriodKind.QUARTER).code
    done = cli.ctx.service(EvaluationVoicesService).import_survey(
        args.file, args.title, period, args.anonymous, mapping, args.kind
    )
    if args.json:
        cli.print_json(
            {
                "survey": done.survey_id,
                "title": done.title,
                "period": done.period,
                "anonymous": done.anonymous,
                "kind": done.kind,
                "encoding": done.encoding,
                "questions": done.questions,
                "responses": done.responses,
                "blank_rows": done.blank,
                "dropped_columns": list(done.dropped),
                "skipped_columns": list(done.skipped),
                "skipped_answers": done.skipped_answers,
            }
        )
        return 0
    cli.print(
        translate(
            "CLI",
            "Survey #{id} '{title}' ({period}): {responses} responses to {questions} questions from {name} "
            "({encoding}); {blank} blank rows skipped.",
        ).format(
            id=done.survey_id,
            title=done.title,
            period=done.period,
            responses=done.responses,
            questions=done.questions,
            name=done.file_name,
            encoding=done.encoding,
            blank=done.blank,
        )
    )
    if done.dropped:
        cli.print(
            (
                translate("CLI", "Anonymous: these identifying columns were not stored: {columns}")
                if done.anonymous
                else translate("CLI", "Not stored (only the name and e-mail are kept): {columns}")
            ).format(columns=", ".join(done.dropped))
        )
    if done.skipped:
        cli.print(translate("CLI", "Left out: {columns}").format(columns=", ".join(done.skipped)))
    if done.skipped_answers:
        cli.print(
            translate(
                "CLI",
                "%n question(s) skipped by the respondent: read as no answer.",
                None,
                done.skipped_answers,
            )
        )
    return 0


def evaluation_surveys(args, cli) -> int:
    from commdesk.services.evaluation.voices import EvaluationVoicesService

    found = cli.ctx.service(EvaluationVoicesService).surveys(args.period)
    if args.json:
        cli.print_json(
            [
                {
                    "id": s.id,
                    "title": s.title,
                    "period": s.period,
                    "anonymous": s.anonymous,
                    "kind": s.kind,
                    "responses": s.responses,
                    "questions": [
                        {
                            "text": q.text,
                            "kind": q.kind,
                            "scale_max": q.scale_max,
                            "answered": q.answered,
                            "mean": q.mean,
                            "satisfied": q.satisfied,
                            "distribution": {str(v): n for v, n in q.distribution},
                        }
                        for q in s.questions
                    ],
                }
                for s in found
            ]
        )
        return 0
    if not found:
        cli.print(translate("CLI", "No survey."))
    for s in found:
        cli.print(
            translate("CLI", "#{id} {title} ({period}, {how}): {count} responses").format(
                id=s.id,
                title=s.title,
                period=s.period,
                how=translate("CLI", "anonymous") if s.anonymous else translate("CLI", "named"),
                count=s.responses,
            )
        )
        for q in s.questions:
            if q.kind == "scale" and q.mean is not None:
                cli.print(
                    "  "
                    + translate(
                        "CLI", "{question}: average {mean} of {top}, {satisfied} of {answered} satisfied"
                    ).format(
                        question=q.text,
                        mean=f"{q.mean:.2f}",
                        top=q.scale_max,
                        satisfied=q.satisfied,
                        answered=q.answered,
                    )
                )
            else:
                cli.print(
                    "  "
                    + translate("CLI", "{question}: {answered} answers").format(
                        question=q.text, answered=q.answered
                    )
                )
    return 0


def evaluation_interview_add(args, cli) -> int:
    from commdesk.services.evaluation.voices import EvaluationVoicesService

    done = cli.ctx.service(EvaluationVoicesService).add_interview(
        _day(args.day, "day"), args.role, args.themes, args.notes, args.follow_ups
    )
    cli.print(
        translate("CLI", "Interview #{id} on {day} with {role}: {themes}").format(
            id=done.id, day=done.day.isoformat(), role=done.role, themes=", ".join(done.themes)
        )
    )
    return 0


def evaluation_interview_edit(args, cli) -> int:
    from commdesk.services.evaluation.voices import EvaluationVoicesService

    voices = cli.ctx.service(EvaluationVoicesService)
    now = voices.interview(args.id)
    done = voices.edit_interview(
        args.id,
        _day(args.day, "day") if args.day is not None else now.day,
        now.role if args.role is None else args.role,
        list(now.themes) if args.themes is None else args.themes,
        now.notes if args.notes is None else args.notes,
        now.follow_ups if args.follow_ups is None else args.follow_ups,
        expected_version=now.version if args.expected_version is None else args.expected_version,
    )
    cli.print(
        translate("CLI", "Interview #{id} on {day} with {role}: {themes} (version {version})").format(
            id=done.id,
            day=done.day.isoformat(),
            role=done.role,
            themes=", ".join(done.themes),
            version=done.version,
        )
    )
    return 0


def evaluation_interview_list(args, cli) -> int:
    from commdesk.services.evaluation.voices import EvaluationVoicesService

    found = cli.ctx.service(EvaluationVoicesService).interviews(args.period)
    if args.json:
        cli.print_json(
            [
                {
                    "id": i.id,
                    "day": i.day.isoformat(),
                    "role": i.role,
                    "themes": list(i.themes),
                    "notes": i.notes,
                    "follow_ups": i.follow_ups,
                    "version": i.version,
                }
                for i in found
            ]
        )
        return 0
    if not found:
        cli.print(translate("CLI", "No interview."))
    for i in found:
        cli.print(f"#{i.id} {i.day.isoformat()} {i.role}: {', '.join(i.themes)}")
    return 0


def evaluation_training_add(args, cli) -> int:
    from commdesk.services.evaluation.voices import EvaluationVoicesService

    done = cli.ctx.service(EvaluationVoicesService).add_training(
        _day(args.day, "day"), args.topic, args.trainer
    )
    cli.print(
        translate("CLI", "Training session #{id} on {day}: {topic}").format(
            id=done.id, day=done.day.isoformat(), topic=done.topic
        )
    )
    return 0


def evaluation_training_attend(args, cli) -> int:
    from commdesk.services.evaluation.voices import EvaluationVoicesService

    done = cli.ctx.service(EvaluationVoicesService).attend(args.session, args.people, present=not args.absent)
    cli.print(
        translate("CLI", "Training session #{id} {topic}: {present} of {expected} attended").format(
            id=done.id, topic=done.topic, present=done.present, expected=done.expected
        )
    )
    return 0


def evaluation_training_list(args, cli) -> int:
    from commdesk.services.evaluation.voices import EvaluationVoicesService, not_at_any_session

    voices = cli.ctx.service(EvaluationVoicesService)
    found = voices.trainings(args.period)
    marked = voices.attendance(args.period)
    nobody = not_at_any_session([t.name for t in voices.trainees()], marked)
    if args.json:
        cli.print_json(
            {
                "sessions": [
                    {
                        "id": t.id,
                        "day": t.day.isoformat(),
                        "topic": t.topic,
                        "trainer": t.trainer,
                        "expected": t.expected,
                        "present": t.present,
                        "marked": [
                            {"person": a.person, "present": a.present} for a in marked if a.session_id == t.id
                        ],
                    }
                    for t in found
                ],
                "not_at_any_session": nobody,
            }
        )
        return 0
    if not found:
        cli.print(translate("CLI", "No training session."))
    for t in found:
        cli.print(
            translate("CLI", "#{id} {day} {topic} ({trainer}): {present} of {expected} attended").format(
                id=t.id,
                day=t.day.isoformat(),
                topic=t.topic,
                trainer=t.trainer,
                present=t.present,
                expected=t.expected,
            )
        )
    if nobody:
        cli.print(
            translate("CLI", "Not at any session ({n}): {names}").format(
                n=len(nobody), names="、".join(nobody)
            )
        )
    elif found:
        cli.print(translate("CLI", "Everyone was at a session."))
    return 0
