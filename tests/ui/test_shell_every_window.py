"""Every window and dialog commdesk has, in both languages, on the demo desk:

* no two mnemonics (&X) clash among what is visible at once (each tab and wizard page on its own),
  and no label shows a mnemonic that leads nowhere (a label's & needs a buddy);
* it fits a 1280×800 screen next to the 170-pixel navigation, every visible button inside it;
* Esc closes a dialog (or asks first when there is something to lose).

The windows are found by importing every ``commdesk.ui`` module; each needs a factory below, or an
entry in ``CANNOT_BUILD`` saying why it cannot be built here: none is skipped silently.
"""

from __future__ import annotations

import importlib
import inspect
import pkgutil
import re
from collections import defaultdict
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QRect, QSettings, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractScrollArea,
    QApplication,
    QDialog,
    QGroupBox,
    QLabel,
    QMainWindow,
    QMenu,
    QTabBar,
    QTabWidget,
    QWizard,
)

import commdesk.ui
from commdesk.bootstrap import open_database
from commdesk.translations import install

#: Room for a dialog on a 1280×800 screen beside the navigation, less window frame and panel.
MAX_W, MAX_H = 1280 - 170 - 20, 800 - 60
#: The main window itself takes the whole screen.
MAIN_W, MAIN_H = 1280, 800 - 30

MNEMONIC = re.compile(r"(?<!&)&([^&\s])")


def all_window_classes() -> dict[str, type]:
    found = {}
    for mod in pkgutil.walk_packages(commdesk.ui.__path__, "commdesk.ui."):
        if ".generated" in mod.name:
            continue
        module = importlib.import_module(mod.name)
        for _name, cls in inspect.getmembers(module, inspect.isclass):
            if (
                cls.__module__ == module.__name__
                and issubclass(cls, (QDialog, QMainWindow))
                and not cls.__name__.startswith("_")
            ):
                found[f"{cls.__module__}.{cls.__qualname__}"] = cls
    return found


# ------------------------------------------------------------------------------------------ factories
def _pdf_bytes() -> bytes:
    import io

    from reportlab.pdfgen import canvas

    buf = io.BytesIO()
    c = canvas.Canvas(buf)
    for n in range(3):
        c.drawString(72, 720, f"Page {n + 1}")
        c.showPage()
    c.save()
    return buf.getvalue()


class Desk:
    """Records of the demo desk the factories open dialogs on."""

    def __init__(self, services):
        from commdesk.services.contacts.lists import ContactListService
        from commdesk.services.contacts.service import ContactQuery, ContactService
        from commdesk.services.meetings.service import MeetingService
        from commdesk.services.releases.service import ReleaseService

        self.services = services
        contacts = services.get(ContactService).search(ContactQuery(), limit=2)
        self.contact_a, self.contact_b = contacts[0], contacts[1]
        self.list = services.get(ContactListService).lists()[0]
        self.releases = services.get(ReleaseService).list()
        meetings = services.get(MeetingService).list()
        self.meeting = meetings[0]
        self.series_meeting = next(m for m in meetings if getattr(m, "series_id", None))


def _minutes_window(s, d):
    from commdesk.core.meetings.minutes import MINUTES_DRAFTS
    from commdesk.services.meetings.minutes import MeetingMinutesService
    from commdesk.services.meetings.service import MeetingService
    from commdesk.ui.meetings.pane import MinutesWindow

    meeting = s.get(MeetingService).get(d.meeting.id)
    return MinutesWindow(
        s, meeting, s.get(MeetingMinutesService).draft(meeting.id), MINUTES_DRAFTS.open(s.ctx)
    )


def _release(s, d, approved=False):
    from commdesk.services.releases.service import ReleaseService

    svc = s.get(ReleaseService)
    wanted = (
        [r for r in d.releases if str(getattr(r.state, "value", r.state)) in ("approved", "published")]
        if approved
        else d.releases
    )
    return svc.get((wanted or d.releases)[0].id)


def _main_window(s, d):
    from commdesk.ui.main_window import MainWindow
    from commdesk.ui.navigation import PANES

    window = MainWindow(s.prefs, "en")
    window.attach(s)
    for spec in PANES:
        window.pane(spec.key)
    return window


def _conflict(s, d):
    from commdesk.core.errors import ConflictError
    from commdesk.services.people import PeopleService
    from commdesk.ui.common.conflict import ConflictDialog

    me = s.get(PeopleService).find("李明")
    from dataclasses import replace

    return ConflictDialog(ConflictError("person changed", mine=me, theirs=replace(me, department="行政部")))


def _route_case(s, d):
    cases = s.get(_s("cases.service:CaseService"))
    return _cls("cases.dialogs.RouteDialog")(
        cases.get(cases.list(limit=1)[0].id),
        [(p.id, p.name) for p in s.get(_s("people:PeopleService")).list()],
        s.get(_s("cases.admin:CaseAdminService")).categories(),
    )


def _social_post(s, d):
    """A demo post of the WeChat official account (it has a title too), as the post dialog edits it."""
    posts = s.get(_s("publishing.posts:PostService"))
    found = next(p for p in posts.list() if p.title)
    return posts.get(found.id)


def _publish_dialog(s, d):
    from commdesk.services.publishing.posts import FinalCopy

    post = _social_post(s, d)
    return _cls("publishing.publish_dialog.PublishDialog")(
        s, post, FinalCopy(post.id, post.title, post.text, None, ())
    )


def _event_door(s, d):
    """The check-in window of the demo's media event, with a name typed (its matches listed)."""
    events = s.get(_s("events.service:EventService"))
    door = _cls("events.checkin.CheckInWindow")(s, events.get(events.list()[0].id))
    door.search.setText("li")
    return door


def _calendar_move(s, d):
    """Move to… for the first demo calendar entry that can move this quarter."""
    from commdesk.core import timezones as tz
    from commdesk.core.calendar import layout

    calendar = s.get(_s("calendar:CalendarService"))
    first, last = layout.quarter_bounds(tz.today_in(calendar.zone(), s.ctx.clock))
    entry = next(e for e in calendar.entries(first, last) if e.can_move)
    return _cls("calendar.dialogs.MoveDialog")(entry, calendar.zone())


def _evaluation_report(s, d):
    """The evaluation report's dialog for this quarter with two decisions being entered."""
    from commdesk.core.evaluation.catalogue import PeriodKind, period_containing

    dialog = _cls("evaluation.report_dialog.EvaluationReportDialog")(
        s, period_containing(s.ctx.clock().date(), PeriodKind.QUARTER)
    )
    for _ in range(2):
        dialog.add_row()
    return dialog


def _s(name):  # a service class by module:Class
    module, _, cls = name.partition(":")
    return getattr(importlib.import_module(f"commdesk.services.{module}"), cls)


FACTORIES = {
    "commdesk.ui.calendar.dialogs.MoveDialog": _calendar_move,
    "commdesk.ui.main_window.MainWindow": _main_window,
    "commdesk.ui.admin.first_run.WelcomeDialog": lambda s, d: _cls("admin.first_run.WelcomeDialog")(),
    "commdesk.ui.admin.people_dialog.PeopleDialog": lambda s, d: _cls("admin.people_dialog.PeopleDialog")(s),
    "commdesk.ui.admin.person_dialog.PersonDialog": lambda s, d: _cls("admin.person_dialog.PersonDialog")(
        s.get(_s("people:PeopleService")), s.person()
    ),
    "commdesk.ui.admin.switch_person.SwitchPersonDialog": lambda s, d: _cls(
        "admin.switch_person.SwitchPersonDialog"
    )(s.get(_s("people:PeopleService")), s.person()),
    "commdesk.ui.admin.procedure_viewer.ProcedureViewer": lambda s, d: _cls(
        "admin.procedure_viewer.ProcedureViewer"
    )(d.lang),
    "commdesk.ui.admin.org_settings_dialog.OrgSettingsDialog": lambda s, d: _cls(
        "admin.org_settings_dialog.OrgSettingsDialog"
    )(s.get(_s("settings:SettingsService")), True),
    "commdesk.ui.admin.cases_admin.CasesAdminDialog": lambda s, d: _cls("admin.cases_admin.CasesAdminDialog")(
        s, d.lang
    ),
    "commdesk.ui.common.history.HistoryDialog": lambda s, d: _cls("common.history.HistoryDialog")(
        s.get(_s("audit:AuditService")), "contacts", d.contact_a.id, d.contact_a.name
    ),
    "commdesk.ui.common.pdf_preview.PdfPreviewDialog": lambda s, d: _cls(
        "common.pdf_preview.PdfPreviewDialog"
    )(_pdf_bytes(), "Media list"),
    "commdesk.ui.cases.call.CallDialog": lambda s, d: _cls("cases.call.CallDialog")(s),
    "commdesk.ui.crisis.dialogs.OpenCrisisDialog": lambda s, d: _cls("crisis.dialogs.OpenCrisisDialog")(),
    "commdesk.ui.crisis.dialogs.CrisisReviewDialog": lambda s, d: _cls("crisis.dialogs.CrisisReviewDialog")(
        "演练：客户数据泄露"
    ),
    "commdesk.ui.evaluation.report_dialog.EvaluationReportDialog": _evaluation_report,
    "commdesk.ui.evaluation.survey_dialog.SurveyImportDialog": lambda s, d: _cls(
        "evaluation.survey_dialog.SurveyImportDialog"
    )(s, "2026Q4"),
    "commdesk.ui.cases.dialogs.ResolveDialog": lambda s, d: _cls("cases.dialogs.ResolveDialog")(
        "CD-2026-000001"
    ),
    "commdesk.ui.cases.dialogs.CaseTextDialog": lambda s, d: _cls("cases.dialogs.CaseTextDialog")(
        "CD-2026-000001", True
    ),
    "commdesk.ui.cases.dialogs.KnowledgeDialog": lambda s, d: _cls("cases.dialogs.KnowledgeDialog")(s),
    "commdesk.ui.cases.dialogs.RouteDialog": _route_case,
    "commdesk.ui.cases.report.CasesReportDialog": lambda s, d: _cls("cases.report.CasesReportDialog")(s),
    "commdesk.ui.cases.set_aside.SetAsideDialog": lambda s, d: _cls("cases.set_aside.SetAsideDialog")(s),
    "commdesk.ui.common.conflict.ConflictDialog": _conflict,
    "commdesk.ui.contacts.dialogs.ContactDialog": lambda s, d: _cls("contacts.dialogs.ContactDialog")(
        s, d.contact_a.id
    ),
    "commdesk.ui.contacts.dialogs.InteractionDialog": lambda s, d: _cls("contacts.dialogs.InteractionDialog")(
        s, d.contact_a.id, d.contact_a.name
    ),
    "commdesk.ui.contacts.dialogs.DoNotContactDialog": lambda s, d: _cls(
        "contacts.dialogs.DoNotContactDialog"
    )(s, d.contact_a.id, d.contact_a.name),
    "commdesk.ui.contacts.duplicates.MergeDialog": lambda s, d: _cls("contacts.duplicates.MergeDialog")(
        s, d.contact_a.id, d.contact_b.id
    ),
    "commdesk.ui.contacts.duplicates.DuplicatesDialog": lambda s, d: _cls(
        "contacts.duplicates.DuplicatesDialog"
    )(s),
    "commdesk.ui.contacts.import_wizard.ImportWizard": lambda s, d: _cls(
        "contacts.import_wizard.ImportWizard"
    )(s),
    "commdesk.ui.contacts.widgets.MembersDialog": lambda s, d: _cls("contacts.widgets.MembersDialog")(
        d.list.name, s.get(_s("contacts.lists:ContactListService")).members(d.list.id)
    ),
    "commdesk.ui.evaluation.interviews_dialog.InterviewsDialog": lambda s, d: _cls(
        "evaluation.interviews_dialog.InterviewsDialog"
    )(s),
    "commdesk.ui.evaluation.interviews_dialog.InterviewDialog": lambda s, d: _cls(
        "evaluation.interviews_dialog.InterviewDialog"
    )(s, _cls("evaluation.interviews_dialog.InterviewsDialog")(s).used_before()),
    "commdesk.ui.evaluation.training_dialog.TrainingDialog": lambda s, d: _cls(
        "evaluation.training_dialog.TrainingDialog"
    )(s),
    "commdesk.ui.procedure.version_dialog.ProcedureVersionDialog": lambda s, d: _cls(
        "procedure.version_dialog.ProcedureVersionDialog"
    )(s.get(_s("procedure:ProcedureService")), s.get(_s("procedure:ProcedureService")).version()),
    "commdesk.ui.procedure.version_dialog.EffectiveDayDialog": lambda s, d: _cls(
        "procedure.version_dialog.EffectiveDayDialog"
    )(s.get(_s("procedure:ProcedureService")), s.get(_s("procedure:ProcedureService")).version()),
    "commdesk.ui.mail.dialogs.AccountDialog": lambda s, d: _cls("mail.dialogs.AccountDialog")(s),
    "commdesk.ui.mail.dialogs.ComposeDialog": lambda s, d: _cls("mail.dialogs.ComposeDialog")(s),
    "commdesk.ui.meetings.backlog.BacklogDialog": lambda s, d: _cls("meetings.backlog.BacklogDialog")(
        s, d.series_meeting.series_id
    ),
    "commdesk.ui.meetings.pane.MinutesWindow": _minutes_window,
    "commdesk.ui.meetings.offline_conflicts.OfflineChangesDialog": lambda s, d: _cls(
        "meetings.offline_conflicts.OfflineChangesDialog"
    )(s.ctx, Path(s.prefs.qs.fileName()).with_name("no-offline-copy.sqlite3"), s.runner),
    "commdesk.ui.meetings.offline_conflicts.NotesMergeDialog": lambda s, d: _cls(
        "meetings.offline_conflicts.NotesMergeDialog"
    )("离线写下的记录\nnotes typed offline", "服务器上的记录\nstored notes"),
    "commdesk.ui.meetings.widgets.ContactPicker": lambda s, d: _cls("meetings.widgets.ContactPicker")(s),
    "commdesk.ui.meetings.dialogs.PlanningDialog": lambda s, d: _cls("meetings.dialogs.PlanningDialog")(
        s, s.get(_s("meetings.service:MeetingService")).get(d.meeting.id)
    ),
    "commdesk.ui.staff.import_dialog.StaffImportDialog": lambda s, d: _cls(
        "staff.import_dialog.StaffImportDialog"
    )(s),
    "commdesk.ui.announcements.dialogs.AnnouncementDialog": lambda s, d: _cls(
        "announcements.dialogs.AnnouncementDialog"
    )(s, None, None, subject="办公室搬迁", body="下周一起在新址办公。", important=True),
    "commdesk.ui.announcements.dialogs.ReviewersDialog": lambda s, d: _cls(
        "announcements.dialogs.ReviewersDialog"
    )(s),
    "commdesk.ui.events.checkin.CheckInWindow": _event_door,
    "commdesk.ui.publishing.post_dialog.PostDialog": lambda s, d: _cls("publishing.post_dialog.PostDialog")(
        s, _social_post(s, d)
    ),
    "commdesk.ui.publishing.publish_dialog.PublishDialog": _publish_dialog,
    "commdesk.ui.publishing.assets_dialog.AssetLibraryDialog": lambda s, d: _cls(
        "publishing.assets_dialog.AssetLibraryDialog"
    )(s),
    "commdesk.ui.publishing.accounts_dialog.AccountsDialog": lambda s, d: _cls(
        "publishing.accounts_dialog.AccountsDialog"
    )(s),
    "commdesk.ui.publishing.metrics_dialog.MetricsDialog": lambda s, d: _cls(
        "publishing.metrics_dialog.MetricsDialog"
    )(s),
    "commdesk.ui.publishing.messages_dialog.MessagesDialog": lambda s, d: _cls(
        "publishing.messages_dialog.MessagesDialog"
    )(s),
    "commdesk.ui.releases.coverage.CoverageDialog": lambda s, d: _cls("releases.coverage.CoverageDialog")(
        _release(s, d, approved=True).id, None, journalists=[]
    ),
    "commdesk.ui.releases.coverage.CoverageReportDialog": lambda s, d: _cls(
        "releases.coverage.CoverageReportDialog"
    )(date(2026, 1, 1), date(2026, 12, 31)),
    "commdesk.ui.releases.mailing.ReleaseMailingDialog": lambda s, d: _cls(
        "releases.mailing.ReleaseMailingDialog"
    )(s, _release(s, d, approved=True)),
    "commdesk.ui.releases.dialogs.NewReleaseDialog": lambda s, d: _cls("releases.dialogs.NewReleaseDialog")(
        s.get(_s("releases.templates:ReleaseTemplateService")).list()
    ),
    "commdesk.ui.releases.dialogs.TemplateEditorDialog": lambda s, d: _cls(
        "releases.dialogs.TemplateEditorDialog"
    )(
        s.get(_s("releases.templates:ReleaseTemplateService")),
        s.get(_s("releases.templates:ReleaseTemplateService")).list()[0],
    ),
}

#: Windows that cannot be built on their own here, and why (none at present).
CANNOT_BUILD: dict[str, str] = {}


def _cls(path: str):
    module, _, name = path.rpartition(".")
    return getattr(importlib.import_module(f"commdesk.ui.{module}"), name)


# ------------------------------------------------------------------------------------------ checks
def mnemonic_of(text: str) -> str | None:
    m = MNEMONIC.search(text or "")
    return m.group(1).lower() if m else None


def _inside_scrolled_content(w, window) -> bool:
    p = w.parentWidget()
    while p is not None and p is not window:
        if isinstance(p.parentWidget(), QAbstractScrollArea) and p is p.parentWidget().viewport():
            return True
        p = p.parentWidget()
    return False


def visible_mnemonics(window, root=None) -> tuple[dict[str, list[str]], list[str]]:
    """{letter: [texts]} of what is visible in ``window`` now (within ``root``), and labels whose & has
    no buddy."""
    root = root or window
    seen: dict[str, list[str]] = defaultdict(list)
    orphans = []

    def shown(w) -> bool:
        return w.isVisibleTo(window) if window.isVisible() else not w.isHidden()

    for w in root.findChildren(QAbstractButton):
        if shown(w) and (letter := mnemonic_of(w.text())):
            seen[letter].append(w.text())
    for w in root.findChildren(QLabel):
        if shown(w) and (letter := mnemonic_of(w.text())) and w.textFormat() != Qt.TextFormat.RichText:
            if w.buddy() is None:
                orphans.append(w.text())
            else:
                seen[letter].append(w.text())
    for w in root.findChildren(QGroupBox):
        if shown(w) and (letter := mnemonic_of(w.title())):
            seen[letter].append(w.title())
    for bar in root.findChildren(QTabBar):
        if shown(bar):
            for i in range(bar.count()):
                if letter := mnemonic_of(bar.tabText(i)):
                    seen[letter].append(bar.tabText(i))
    if isinstance(window, QMainWindow) and root is window:
        for act in window.menuBar().actions():
            if letter := mnemonic_of(act.text()):
                seen[letter].append(act.text())
    return seen, orphans


def clashes(seen: dict[str, list[str]]) -> dict[str, list[str]]:
    return {k: v for k, v in seen.items() if len(v) > 1}


def visible_states(window):
    """Yield a description of each set of widgets shown together: as opened, then each tab of each tab
    widget, each page of a wizard."""
    yield "as opened", None
    nav = getattr(window, "nav", None) if isinstance(window, QMainWindow) else None
    if nav is not None:  # the main window: each pane in turn, with the menus
        for row in range(nav.count()):
            nav.setCurrentRow(row)
            QApplication.processEvents()
            yield f"pane {nav.item(row).text()!r}", None
            yield from _tab_states(window)
        return
    if isinstance(window, QWizard):
        for pid in window.pageIds():
            yield f"wizard page {pid}", window.page(pid)
    yield from _tab_states(window)


def _tab_states(window):
    for tabs in window.findChildren(QTabWidget):
        if not tabs.isVisibleTo(window):
            continue
        for i in range(tabs.count()):
            tabs.setCurrentIndex(i)
            QApplication.processEvents()
            yield f"tab {tabs.tabText(i)!r}", None


def wizard_buttons(wizard: QWizard) -> dict[str, list[str]]:
    seen = defaultdict(list)
    for which in (
        QWizard.WizardButton.BackButton,
        QWizard.WizardButton.NextButton,
        QWizard.WizardButton.FinishButton,
        QWizard.WizardButton.CancelButton,
    ):
        if letter := mnemonic_of(wizard.buttonText(which)):
            seen[letter].append(wizard.buttonText(which))
    return seen


def check_window(window) -> list[str]:
    problems = []
    for state, page in visible_states(window):
        if page is not None:  # a wizard page: its widgets with the wizard's buttons
            seen, orphans = visible_mnemonics(window, page)
            for k, v in wizard_buttons(window).items():
                seen[k] += v
        else:
            seen, orphans = visible_mnemonics(window)
        for letter, texts in clashes(seen).items():
            problems.append(f"{state}: &{letter.upper()} is used by {texts}")
        for text in orphans:
            problems.append(f"{state}: the label {text!r} shows a mnemonic but has no buddy")
    for menu in window.findChildren(QMenu):  # the menu bar's menus, buttons' and context menus
        seen = defaultdict(list)
        for act in menu.actions():
            if act.isVisible() and not act.isSeparator() and (letter := mnemonic_of(act.text())):
                seen[letter].append(act.text())
        for letter, texts in clashes(seen).items():
            problems.append(
                f"menu {menu.title() or menu.objectName() or '(context)'!r}: &{letter.upper()} is "
                f"used by {texts}"
            )
    limit_w, limit_h = (MAIN_W, MAIN_H) if isinstance(window, QMainWindow) else (MAX_W, MAX_H)
    size, least = window.size(), window.minimumSizeHint()
    width, height = max(size.width(), least.width()), max(size.height(), least.height())
    if width > limit_w or height > limit_h:
        problems.append(
            f"{width}×{height} does not fit {limit_w}×{limit_h} "
            f"(opens at {size.width()}×{size.height()}, needs at least {least.width()}×{least.height()})"
        )
    screen = QRect(0, 0, min(width, limit_w), min(height, limit_h))
    for button in window.findChildren(QAbstractButton):
        if not button.isVisibleTo(window) or _inside_scrolled_content(button, window):
            continue
        rect = QRect(button.mapTo(window, button.rect().topLeft()), button.size())
        if not screen.contains(rect):
            problems.append(f"the button {button.text()!r} lies outside the screen at {rect.getRect()}")
    return problems


# ------------------------------------------------------------------------------------------ tests
@pytest.fixture(scope="module")
def demo_desk(demo_factory, tmp_path_factory):
    path = demo_factory(tmp_path_factory.mktemp("walk") / "demo.sqlite3")
    opened = open_database(path)
    yield opened, tmp_path_factory.mktemp("prefs")
    opened.ctx.engine.dispose()


@pytest.fixture
def demo_services(demo_desk, qapp):
    from commdesk.services.people import PeopleService
    from commdesk.ui.common.services import AppServices, Preferences

    opened, folder = demo_desk
    services = AppServices(
        opened.ctx, Preferences(QSettings(str(folder / "p.ini"), QSettings.Format.IniFormat))
    )
    services.set_person(services.get(PeopleService).find("陈静"))
    yield services
    services.runner.wait(10000)


def test_every_window_has_a_factory_or_a_reason():
    found = set(all_window_classes())
    assert found, "no windows found"
    missing = found - set(FACTORIES) - set(CANNOT_BUILD)
    assert not missing, f"windows without a factory in this test: {sorted(missing)}"
    assert not (set(FACTORIES) | set(CANNOT_BUILD)) - found, "factories for windows that no longer exist"


@pytest.mark.parametrize("lang", ["en", "zh_CN"])
@pytest.mark.parametrize("name", sorted(FACTORIES))
def test_window_mnemonics_size_and_escape(qtbot, demo_services, answer, name, lang):
    install(lang)
    try:
        desk = Desk(demo_services)
        desk.lang = lang
        window = FACTORIES[name](demo_services, desk)
        qtbot.addWidget(window)
        window.show()
        qtbot.waitExposed(window)
        QApplication.processEvents()
        problems = check_window(window)
        assert not problems, f"{name} ({lang}):\n  " + "\n  ".join(problems)
        if isinstance(window, QDialog):
            asked = len(answer.asked)
            window.activateWindow()
            target = QApplication.focusWidget() if window.isAncestorOf(QApplication.focusWidget()) else window
            qtbot.keyClick(target, Qt.Key.Key_Escape)
            assert not window.isVisible() or len(answer.asked) > asked, f"{name}: Esc does not close it"
    finally:
        demo_services.runner.wait(10000)
        install("en")
