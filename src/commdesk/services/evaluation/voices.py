"""What people say (EV-1, EV-3, EV-4): staff surveys imported from any survey tool's export,
managers' interviews with their themes, and training sessions with their attendance.

A survey import is all or nothing (``core/evaluation/surveys.py`` reads the file); an anonymous
survey keeps no name, e-mail, phone, IP or ID of anyone, and the import says which columns it
dropped. The column mapping given for a kind of export (the tool) is kept, so the next file of the
same tool maps itself; a mapping given with a file adds to it.
"""

from __future__ import annotations

import json
import os
import random
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from commdesk.core.contacts.names import sort_key
from commdesk.core.domain.people import Role
from commdesk.core.errors import NotFound, ValidationError
from commdesk.core.evaluation.catalogue import Period, parse_period
from commdesk.core.evaluation.surveys import (
    QuestionResult,
    SurveyFile,
    parse_themes,
    question_result,
    read_survey,
    table_from_csv,
    table_from_xlsx,
)
from commdesk.core.i18n import translate
from commdesk.persistence.models.evaluation import (
    InterviewRow,
    SurveyQuestionRow,
    SurveyResponseRow,
    SurveyRow,
    TrainingAttendanceRow,
    TrainingSessionRow,
)
from commdesk.persistence.repositories import evaluation as repo
from commdesk.services.context import ServiceContext, check_version
from commdesk.services.evaluation.coverage import check_size, file_bytes, refuse_unless_whole
from commdesk.services.people import PeopleService
from commdesk.services.staff.service import StaffService

WRITERS = (Role.OFFICER, Role.ADMINISTRATOR)
TOP_THEMES = 8
DEFAULT_KIND = "generic"  # the kind of export when none is named


def _action() -> str:
    return translate("Evaluation", "record what people say")


@dataclass(frozen=True)
class SurveyImport:
    survey_id: int
    title: str
    period: str
    anonymous: bool
    kind: str
    file_name: str
    encoding: str
    questions: int
    responses: int
    blank: int  # blank rows skipped; every other row is a response
    dropped: tuple[str, ...]  # identifying columns not stored
    skipped: tuple[str, ...]  # the tool's own columns, or mapped to "-"
    skipped_answers: int = 0  # questions a respondent skipped (问卷星's "(跳过)", "(空)", -3...)


@dataclass(frozen=True)
class SurveySummary:
    id: int
    title: str
    period: str
    closes_on: date
    anonymous: bool
    kind: str
    responses: int
    questions: tuple[QuestionResult, ...]


@dataclass(frozen=True)
class Interview:
    id: int
    day: date
    role: str
    themes: tuple[str, ...]
    notes: str
    follow_ups: str
    version: int = 1  # the stored version an edit is made from (``expected_version``)


@dataclass(frozen=True)
class Attendance:
    """One person marked at one training session: present, or expected and absent."""

    session_id: int
    person: str
    present: bool


@dataclass(frozen=True)
class Trainee:
    """Someone training is offered to: one of the app's people or a member of the staff directory."""

    name: str
    department: str


@dataclass(frozen=True)
class Training:
    id: int
    day: date
    topic: str
    trainer: str
    expected: int
    present: int


@dataclass(frozen=True)
class Voices:
    """A period's surveys, interview themes and training, as the evaluation shows them."""

    surveys: tuple[SurveySummary, ...]
    responses: int
    scale_answers: int
    satisfied: int
    mean_of_five: float | None  # the scale answers' mean, each scale brought to 1-5
    interviews: int
    themes: tuple[tuple[str, int], ...]  # most named first
    trainings: tuple[Training, ...]
    expected: int
    present: int


def _kind_of(name: str) -> str:
    return name.strip()[:100]


class EvaluationVoicesService:
    def __init__(self, ctx: ServiceContext):
        self.ctx = ctx

    def may_record(self) -> str:
        return self.ctx.refusal(*WRITERS, action=_action())

    # ------------------------------------------------------------------------------ surveys
    def read_survey_file(
        self,
        path: str | os.PathLike,
        anonymous: bool,
        mapping: dict[str, str] | None = None,
        kind: str = "",
    ) -> tuple[SurveyFile, dict[str, str]]:
        """What a survey export holds and what becomes of each row, without importing it; with the
        mapping used (the kind's kept mapping, then ``mapping``)."""
        path = Path(path)
        kept = self._mapping(_kind_of(kind) or DEFAULT_KIND)
        merged = kept | {k.strip(): v.strip() for k, v in (mapping or {}).items()}
        if path.suffix.casefold() == ".xls":  # the old binary workbook: neither text nor .xlsx
            old = translate(
                "Evaluation",
                "{name} is an old Excel workbook (.xls); open it in Excel and save it as .xlsx or CSV.",
            ).format(name=path.name)
            return SurveyFile(problem=old), merged
        try:
            if path.suffix.casefold() in (".xlsx", ".xlsm"):
                check_size(path, self._too_big(path))
                header, rows, encoding = table_from_xlsx(path, path.name)
            else:
                header, rows, encoding = table_from_csv(file_bytes(path, self._too_big(path)))
        except ValueError as exc:
            result = SurveyFile(problem=str(exc))
            return result, merged
        result = read_survey(header, rows, anonymous, mapping, kept)
        result.encoding = encoding
        return result, merged

    def import_survey(
        self,
        path: str | os.PathLike,
        title: str,
        period: str,
        anonymous: bool,
        mapping: dict[str, str] | None = None,
        kind: str = "",
    ) -> SurveyImport:
        """Import every response of a survey export, or none (the error names each bad line)."""
        person = self.ctx.require(*WRITERS, action=_action())
        title = title.strip()
        if not title:
            raise ValidationError(translate("Evaluation", "Give the survey a title."), "title")
        asked = parse_period(period)
        kind = _kind_of(kind) or DEFAULT_KIND
        path = Path(path)
        read, merged = self.read_survey_file(path, anonymous, mapping, kind)
        refuse_unless_whole(read.problem, read.errors)
        with self.ctx.unit_of_work() as uow:
            survey = repo.add_survey(
                uow.session,
                SurveyRow(
                    title=title[:300],
                    period=asked.code,
                    closes_on=asked.last,
                    anonymous=anonymous,
                    kind=kind,
                    file_name=path.name[:300],
                    created_by=person.name,
                ),
                [
                    SurveyQuestionRow(position=i, text=q.text, kind=q.kind, scale_max=q.scale_max)
                    for i, q in enumerate(read.questions, start=1)
                ],
                [
                    (
                        SurveyResponseRow(
                            line=0 if anonymous else r.line,  # not traced back to the export's row
                            respondent_name="" if anonymous else r.name,
                            respondent_email="" if anonymous else r.email,
                        ),
                        list(r.answers),
                    )
                    # anonymous: stored in no particular order, as the file's is the order of answering
                    for r in (
                        random.sample(read.responses, len(read.responses)) if anonymous else read.responses
                    )
                ],
            )
            if mapping:
                repo.save_survey_mapping(
                    uow.session, kind, json.dumps(merged, ensure_ascii=False, sort_keys=True)
                )
            survey_id = survey.id
        return SurveyImport(
            survey_id,
            title,
            asked.code,
            anonymous,
            kind,
            path.name,
            read.encoding,
            len(read.questions),
            len(read.responses),
            sum(1 for r in read.rows if r.outcome == "blank"),
            tuple(read.dropped),
            tuple(read.skipped),
            read.skipped_answers,
        )

    def surveys(self, period: Period | str | None = None) -> list[SurveySummary]:
        """Every survey (closing in ``period`` when given) with each question's result, newest first."""
        if isinstance(period, str):
            period = parse_period(period)
        with self.ctx.unit_of_work() as uow:
            return self._summaries(uow.session, period)

    # ------------------------------------------------------------------------------ interviews
    def add_interview(
        self, day: date, role: str, themes: str | list[str], notes: str = "", follow_ups: str = ""
    ) -> Interview:
        """A managers' interview (EV-3): the interviewee's role (a name is not needed), its themes as tags."""
        person = self.ctx.require(*WRITERS, action=_action())
        role, tags = _checked_interview(role, themes)
        with self.ctx.unit_of_work() as uow:
            row = repo.add_interview(
                uow.session,
                InterviewRow(
                    day=day,
                    interviewee_role=role,
                    themes="\n".join(tags)[:1000],
                    notes=notes.strip(),
                    follow_ups=follow_ups.strip(),
                    created_by=person.name,
                ),
            )
            return _interview(row)

    def edit_interview(
        self,
        interview_id: int,
        day: date,
        role: str,
        themes: str | list[str],
        notes: str = "",
        follow_ups: str = "",
        *,
        expected_version: int | None = None,
    ) -> Interview:
        """Save an interview as corrected; every field changed goes to the audit log like an added
        one's. Made from a copy that someone else saved since (``expected_version``): refused with
        both versions, nothing overwritten."""
        self.ctx.require(*WRITERS, action=_action())
        role, tags = _checked_interview(role, themes)
        mine = Interview(interview_id, day, role, tuple(tags), notes.strip(), follow_ups.strip())
        with self.ctx.unit_of_work() as uow:
            row = _interview_row(uow.session, interview_id)
            theirs = _interview(row)
            check_version(
                translate("Evaluation", "interview"),
                row.version,
                expected_version,
                mine=_compared(mine),
                theirs=_compared(theirs),
            )
            if (theirs.day, theirs.role, theirs.themes, theirs.notes, theirs.follow_ups) == (
                mine.day,
                mine.role,
                mine.themes,
                mine.notes,
                mine.follow_ups,
            ):
                return theirs  # nothing changed: no new version, nothing logged
            row.day = day
            row.interviewee_role = role
            row.themes = "\n".join(tags)[:1000]
            row.notes = mine.notes
            row.follow_ups = mine.follow_ups
            uow.session.flush()
            return _interview(row)

    def interview(self, interview_id: int) -> Interview:
        """One interview as stored now (with its version)."""
        with self.ctx.unit_of_work() as uow:
            return _interview(_interview_row(uow.session, interview_id))

    def interviews(self, period: Period | str | None = None) -> list[Interview]:
        if isinstance(period, str):
            period = parse_period(period)
        with self.ctx.unit_of_work() as uow:
            rows = repo.interviews(uow.session, *((period.first, period.end) if period else ()))
            return [_interview(r) for r in rows]

    # ------------------------------------------------------------------------------ training
    def add_training(self, day: date, topic: str, trainer: str = "") -> Training:
        """A training session (EV-4)."""
        self.ctx.require(*WRITERS, action=_action())
        topic = topic.strip()
        if not topic:
            raise ValidationError(translate("Evaluation", "Give the training a topic."), "topic")
        with self.ctx.unit_of_work() as uow:
            row = repo.add_training(
                uow.session, TrainingSessionRow(day=day, topic=topic[:300], trainer=trainer.strip()[:200])
            )
            return Training(row.id, row.day, row.topic, row.trainer, 0, 0)

    def attend(self, session_id: int, people: list[str], present: bool = True) -> Training:
        """Record people expected at a session as present (or absent); a person named again is updated."""
        return self.record_attendance(session_id, **{"present" if present else "absent": people})

    def record_attendance(
        self, session_id: int, present: Iterable[str] = (), absent: Iterable[str] = ()
    ) -> Training:
        """Record who came to a session and who was expected and did not, in one unit of work; a
        person named again is updated (named in both lists: present)."""
        self.ctx.require(*WRITERS, action=_action())
        came = _names(present)
        marks = dict.fromkeys(_names(absent), False) | dict.fromkeys(came, True)
        if not marks:
            raise ValidationError(translate("Evaluation", "Name at least one person."), "person")
        with self.ctx.unit_of_work() as uow:
            if repo.training(uow.session, session_id) is None:
                raise ValidationError(
                    translate(
                        "Evaluation",
                        "There is no training session #{id}; list them with 'evaluation training list'.",
                    ).format(id=session_id),
                    "session",
                )
            for name, here in marks.items():
                row = repo.attendance(uow.session, session_id, name)
                if row is None:
                    repo.add_attendance(
                        uow.session,
                        TrainingAttendanceRow(session_id=session_id, person=name, present=here),
                    )
                elif row.present != here:
                    row.present = here
            uow.session.flush()
            line = next(t for t in repo.trainings(uow.session) if t.id == session_id)
            return Training(line.id, line.day, line.topic, line.trainer, line.expected, line.present)

    def attendance(self, period: Period | str | None = None) -> list[Attendance]:
        """Who was marked present or absent at each session of ``period`` (every session when
        none), the sessions newest first, then by name."""
        if isinstance(period, str):
            period = parse_period(period)
        with self.ctx.unit_of_work() as uow:
            return [
                Attendance(i, person, present)
                for i, person, present in repo.attendances(
                    uow.session, *((period.first, period.end) if period else ())
                )
            ]

    def trainees(self) -> list[Trainee]:
        """The people training is offered to: the app's people and the staff directory's active
        members (when this person may read the directory), each name once with its department,
        Chinese names by pinyin with Latin ones."""
        found: dict[str, str] = {}
        for p in self.ctx.service(PeopleService).list():
            found.setdefault(p.name, p.department)
        staff = self.ctx.service(StaffService)
        if not staff.may_read():
            for m in staff.members(include_inactive=False):
                found.setdefault(m.name, m.department)
        return [Trainee(name, found[name]) for name in sorted(found, key=sort_key)]

    def trainings(self, period: Period | str | None = None) -> list[Training]:
        if isinstance(period, str):
            period = parse_period(period)
        with self.ctx.unit_of_work() as uow:
            return [
                Training(t.id, t.day, t.topic, t.trainer, t.expected, t.present)
                for t in repo.trainings(uow.session, *((period.first, period.end) if period else ()))
            ]

    # ------------------------------------------------------------------------------ the period
    def voices(self, period: Period | str) -> Voices:
        """A period's surveys (closing in it), interviews and training, in one unit of work."""
        if isinstance(period, str):
            period = parse_period(period)
        with self.ctx.unit_of_work() as uow:
            return self.voices_in(uow.session, period)

    def voices_in(self, session, period: Period) -> Voices:
        """The same within the caller's unit of work (the evaluation's figures)."""
        summaries = self._summaries(session, period)
        scales = [q for s in summaries for q in s.questions if q.kind == "scale" and q.answered]
        answered = sum(q.answered for q in scales)
        weighted = sum((q.mean or 0) * q.answered * 5 / q.scale_max for q in scales)
        themes: Counter[str] = Counter()
        talks = repo.interviews(session, period.first, period.end)
        for row in talks:
            themes.update(t for t in row.themes.split("\n") if t)
        lines = repo.trainings(session, period.first, period.end)
        return Voices(
            tuple(summaries),
            sum(s.responses for s in summaries),
            answered,
            sum(q.satisfied for q in scales),
            weighted / answered if answered else None,
            len(talks),
            tuple(sorted(themes.items(), key=lambda kv: (-kv[1], kv[0]))[:TOP_THEMES]),
            tuple(Training(t.id, t.day, t.topic, t.trainer, t.expected, t.present) for t in lines),
            sum(t.expected for t in lines),
            sum(t.present for t in lines),
        )

    # ------------------------------------------------------------------------------ helpers
    def _summaries(self, session, period: Period | None) -> list[SurveySummary]:
        found = repo.surveys(session, *((period.first, period.end) if period else ()))
        answers = repo.question_answers(session, [s.id for s, _n in found])
        out = []
        for s, n in found:
            results = tuple(
                question_result(q.text, q.kind, q.scale_max, list(q.values), q.texts)
                for q in answers
                if q.survey_id == s.id
            )
            out.append(SurveySummary(s.id, s.title, s.period, s.closes_on, s.anonymous, s.kind, n, results))
        return out

    def _mapping(self, kind: str) -> dict[str, str]:
        kind = _kind_of(kind)
        if not kind:
            return {}
        with self.ctx.unit_of_work() as uow:
            row = repo.survey_mapping(uow.session, kind)
            return dict(json.loads(row.mapping_json)) if row is not None else {}

    @staticmethod
    def _too_big(path: Path) -> str:
        return translate(
            "Evaluation", "{name} is larger than 20 MB; export the survey's answers only."
        ).format(name=path.name)


def _names(people: Iterable[str]) -> list[str]:
    """Each name once, as stored (trimmed, at most 200 characters), blanks left out."""
    return list(dict.fromkeys(p.strip()[:200] for p in people if p.strip()))


def _checked_interview(role: str, themes: str | list[str]) -> tuple[str, list[str]]:
    """The role and the themes as stored, or a ValidationError naming each field to fix."""
    role = role.strip()
    tags = parse_themes(themes if isinstance(themes, str) else "\n".join(themes))
    errors = {}
    if not role:
        errors["role"] = translate(
            "Evaluation", "Say whom you interviewed (a role is enough, e.g. 部门经理)."
        )
    if not tags:
        errors["themes"] = translate("Evaluation", "Name at least one theme (e.g. 跨部门沟通, 信息获取).")
    if errors:
        raise ValidationError(errors)
    return role[:200], tags


def _interview_row(session, interview_id: int) -> InterviewRow:
    row = repo.interview(session, interview_id)
    if row is None:
        raise NotFound(
            translate(
                "Evaluation",
                "There is no interview #{id}; list them with 'evaluation interview list'.",
            ).format(id=interview_id)
        )
    return row


def _compared(interview: Interview) -> dict[str, str]:
    """An interview's fields by their names in the person's language, for the choice between two
    versions (the stored version's number is read again when mine is kept)."""
    return {
        translate("Evaluation", "Day"): interview.day.isoformat(),
        translate("Evaluation", "Interviewee (role)"): interview.role,
        translate("Evaluation", "Themes"): "、".join(interview.themes),
        translate("Evaluation", "Notes"): interview.notes,
        translate("Evaluation", "Follow-ups"): interview.follow_ups,
    }


def _interview(row: InterviewRow) -> Interview:
    return Interview(
        row.id,
        row.day,
        row.interviewee_role,
        tuple(t for t in row.themes.split("\n") if t),
        row.notes,
        row.follow_ups,
        row.version,
    )


def not_at_any_session(offered: list[str], marked: list[Attendance]) -> list[str]:
    """Of the people ``offered`` and those marked at a session, the ones marked present at none,
    in the order offered (those marked only absent after them, by name)."""
    came = {a.person for a in marked if a.present}
    named = list(dict.fromkeys([*offered, *sorted((a.person for a in marked), key=sort_key)]))
    return [name for name in named if name not in came]
