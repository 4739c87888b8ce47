"""Coverage logged without a release (MD-6, EV-6, EV-7): a story about the organisation or a named
competitor, typed in or imported from a media-monitoring service's CSV export.

The stories go into the coverage table (``release_coverage``, ``release_id`` empty since revision
0090) so every coverage figure counts them; ``subject`` names the competitor ("" : the
organisation). The releases' own views show only the coverage of a release.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, replace
from pathlib import Path

from commdesk.core.domain.people import Role
from commdesk.core.errors import ValidationError
from commdesk.core.evaluation.catalogue import Period, parse_period
from commdesk.core.evaluation.monitoring_csv import MonitoringFile, OwnNames, Story, read_monitoring
from commdesk.core.i18n import translate
from commdesk.core.publishing.metrics_csv import RowOutcome
from commdesk.core.releases.records import Coverage
from commdesk.persistence.models.releases import CoverageRow
from commdesk.persistence.repositories import evaluation as repo
from commdesk.services.context import ServiceContext
from commdesk.services.releases.coverage import validate_coverage
from commdesk.services.settings import SettingsService

WRITERS = (Role.OFFICER, Role.ADMINISTRATOR)
MAX_FILE = 20 * 1024 * 1024


def _action() -> str:
    return translate("Evaluation", "log coverage")


@dataclass(frozen=True)
class LoggedStory:
    id: int
    release_id: int | None
    subject: str
    outlet: str
    outlet_kind: str
    day: object
    headline: str
    url: str
    reach: int
    tone: str


@dataclass(frozen=True)
class MonitoringImport:
    file_name: str
    encoding: str
    columns: dict[str, str]
    imported: int
    about_us: int
    about_competitors: int
    blank: int  # blank rows skipped; every other row was imported


def _logged(row: CoverageRow) -> LoggedStory:
    return LoggedStory(
        row.id,
        row.release_id,
        row.subject,
        row.outlet,
        row.outlet_kind,
        row.day,
        row.headline,
        row.url,
        row.reach,
        row.tone,
    )


def _row(story: Story, who: str) -> CoverageRow:
    return CoverageRow(
        release_id=None,
        subject=story.subject.strip(),
        outlet=story.outlet.strip(),
        outlet_kind=story.outlet_kind,
        journalist_id=None,
        journalist_name=story.journalist.strip(),
        day=story.day,
        url=story.url.strip(),
        headline=story.headline.strip(),
        reach=story.reach,
        tone=story.tone,
        original=True,
        created_by=who,
    )


class EvaluationCoverageService:
    def __init__(self, ctx: ServiceContext):
        self.ctx = ctx

    def may_log(self) -> str:
        return self.ctx.refusal(*WRITERS, action=_action())

    def log(self, story: Story) -> LoggedStory:
        """Log one story without a release (checked as a release's coverage entry is); a subject
        naming the organisation, by its full or a short name, is the organisation's story."""
        person = self.ctx.require(*WRITERS, action=_action())
        if story.subject.strip() and OwnNames(self._own_names()).match(story.subject):
            story = replace(story, subject="")
        errors = validate_coverage(
            Coverage(
                release_id=0,  # the check reads the story's own fields, not its release
                outlet=story.outlet.strip(),
                day=story.day,
                outlet_kind=story.outlet_kind,
                url=story.url.strip(),
                reach=story.reach,
                tone=story.tone,
            )
        )
        if errors:
            raise ValidationError(errors)
        with self.ctx.unit_of_work() as uow:
            (row,) = repo.add_stories(uow.session, [_row(story, person.name)])
            return _logged(row)

    def read_file(self, path: str | os.PathLike, columns: dict[str, str] | None = None) -> MonitoringFile:
        """What a monitoring export holds and what becomes of each row, without importing it."""
        return read_monitoring(self._bytes(Path(path)), columns, self._own_names())

    def import_file(self, path: str | os.PathLike, columns: dict[str, str] | None = None) -> MonitoringImport:
        """Import every story of a monitoring export, or none: a file with any bad row imports
        nothing and the error names each bad line."""
        person = self.ctx.require(*WRITERS, action=_action())
        path = Path(path)
        read = self.read_file(path, columns)
        refuse_unless_whole(read.problem, read.errors)
        with self.ctx.unit_of_work() as uow:
            repo.add_stories(uow.session, [_row(s, person.name) for s in read.stories])
        ours = sum(1 for s in read.stories if not s.subject)
        return MonitoringImport(
            path.name,
            read.encoding,
            dict(read.columns),
            len(read.stories),
            ours,
            len(read.stories) - ours,
            sum(1 for r in read.rows if r.outcome == "blank"),
        )

    def stories(self, period: Period | str) -> list[LoggedStory]:
        """Every story of a period, with or without a release."""
        if isinstance(period, str):
            period = parse_period(period)
        with self.ctx.unit_of_work() as uow:
            return [_logged(r) for r in repo.stories(uow.session, period.first, period.end)]

    def _own_names(self) -> tuple[str, ...]:
        name = self.ctx.service(SettingsService).organisation().name
        return (name,) if name else ()

    @staticmethod
    def _bytes(path: Path) -> bytes:
        return file_bytes(
            path,
            translate("Evaluation", "{name} is larger than 20 MB; export a shorter stretch of time.").format(
                name=path.name
            ),
        )


def refuse_unless_whole(problem: str, errors: list[RowOutcome]) -> None:
    """An imported file is used whole or not at all: its problem, or every bad line, refuses it."""
    if problem:
        raise ValidationError(problem, "file")
    if errors:
        raise ValidationError(
            translate(
                "Evaluation", "Nothing was imported; fix these lines and import the file again:\n{lines}"
            ).format(lines="\n".join(r.message for r in errors)),
            "file",
        )


def check_size(path: Path, too_big: str) -> None:
    """Refuse a file larger than ``MAX_FILE`` (``too_big`` says what to export instead) or unreadable."""
    try:
        size = path.stat().st_size
    except OSError:
        raise ValidationError(
            translate("Evaluation", "{name} cannot be read; choose the file again.").format(name=path.name),
            "file",
        ) from None
    if size > MAX_FILE:
        raise ValidationError(too_big, "file")


def file_bytes(path: Path, too_big: str) -> bytes:
    """An import file's bytes, after ``check_size``."""
    check_size(path, too_big)
    try:
        return path.read_bytes()
    except OSError:
        raise ValidationError(
            translate("Evaluation", "{name} cannot be read; choose the file again.").format(name=path.name),
            "file",
        ) from None
