"""The cases desk's work that runs by itself while the window is open.

Every few minutes the clocks that ran out are escalated (``CaseService.escalate_overdue``: marked
as breached, the owner's manager told, in the audit), for a person who works cases; and, when the
feedback mailbox is set up and this desk fetches it every N minutes (a preference of this computer,
``cases/fetch_minutes``, 10 by default, 0 = only by hand), its new messages are taken in
(``CaseIntakeService.take_in_mailbox``) for a person who may take feedback in. Both run in a worker
thread (``services.runner``), never on the GUI thread, one run of each at a time; what they did and
what failed is said in the status bar in words (``note``), never in a dialog.

On a team database every open desk of a case worker does this. That is harmless: a clock is
escalated once whichever desk gets there first (the service marks it in the same statement that
checks it), and a message is taken in once (its fingerprint and the mailbox's cursor are stored
with it); the other desks find nothing left to do.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal

# minutes between two looks at the clocks
ESCALATE_MINUTES = 5
# the choices offered for fetching the feedback mailbox (0: only by hand)
FETCH_CHOICES = (0, 5, 10, 30, 60)
DEFAULT_FETCH_MINUTES = 10
FETCH_PREF = "cases/fetch_minutes"


def window_words() -> dict[object, str]:
    """The main window's words for the cases desk (in its File menu, the tray's entry, the status bar),
    kept with the cases desk's translations."""
    return {
        "call": QCoreApplication.translate("CasesDeskJobs", "&Hotline call…"),
        "tray_call": QCoreApplication.translate("CasesDeskJobs", "Hotline call (Ctrl+Shift+H)"),
        "fetch": QCoreApplication.translate("CasesDeskJobs", "&Fetch the feedback mailbox now"),
        "auto": QCoreApplication.translate("CasesDeskJobs", "Fetch the mailbox &automatically"),
        "busy": QCoreApplication.translate("CasesDeskJobs", "The feedback mailbox is being fetched already."),
        0: QCoreApplication.translate("CasesDeskJobs", "&Off (only by hand)"),
        5: QCoreApplication.translate("CasesDeskJobs", "Every &5 minutes"),
        10: QCoreApplication.translate("CasesDeskJobs", "Every 1&0 minutes"),
        30: QCoreApplication.translate("CasesDeskJobs", "Every &30 minutes"),
        60: QCoreApplication.translate("CasesDeskJobs", "Every &60 minutes"),
    }


class CasesDeskJobs(QObject):
    """The periodic escalation and mailbox intake of one window (see the module's docstring)."""

    # a sentence for the status bar
    note = Signal(str)
    # a run finished: ("escalate", [Escalation]) or ("intake", IntakeResult); ("…", None) when
    # there was nothing this person may do or nothing set up
    finished = Signal(str, object)
    # a run failed: (job, the error in words)
    failed = Signal(str, str)

    def __init__(self, services, parent: QObject | None = None):
        super().__init__(parent)
        self.services = services
        self.running: set[str] = set()
        self.escalate_timer = QTimer(self, interval=ESCALATE_MINUTES * 60 * 1000, timeout=self.escalate_now)
        self.fetch_timer = QTimer(self, timeout=self.fetch_now)

    # ------------------------------------------------------------------ settings
    def fetch_minutes(self) -> int:
        """Minutes between two fetches of the feedback mailbox on this computer (0: only by hand)."""
        try:
            minutes = int(self.services.prefs.value(FETCH_PREF, DEFAULT_FETCH_MINUTES))
        except (TypeError, ValueError):
            minutes = DEFAULT_FETCH_MINUTES
        return max(minutes, 0)

    def set_fetch_minutes(self, minutes: int) -> None:
        self.services.prefs.set(FETCH_PREF, int(minutes))
        self._arm_fetch()

    def start(self) -> None:
        """Start the timers (the first look a timer's interval after start-up: not while the first
        screen is being made)."""
        self.escalate_timer.start()
        self._arm_fetch()

    def stop(self) -> None:
        self.escalate_timer.stop()
        self.fetch_timer.stop()

    def _arm_fetch(self) -> None:
        minutes = self.fetch_minutes()
        if minutes:
            self.fetch_timer.start(minutes * 60 * 1000)
        else:
            self.fetch_timer.stop()

    # ------------------------------------------------------------------ the jobs
    def escalate_now(self) -> bool:
        """Escalate the clocks that ran out, in a worker thread; False when it did not start (one is
        running, or the person does not work cases)."""
        from commdesk.services.cases.service import CaseService

        cases = self.services.get(CaseService)
        if "escalate" in self.running or cases.may_work():
            return False
        self._run("escalate", lambda _progress, _cancel: cases.escalate_overdue())
        return True

    def fetch_now(self) -> bool:
        """Take the feedback mailbox's new messages in, in a worker thread; False when it did not
        start (one is running, or the person may not take feedback in)."""
        from commdesk.services.cases.intake import CaseIntakeService
        from commdesk.services.mail.imap_fetch import MailboxFetchService

        intake = self.services.get(CaseIntakeService)
        if "intake" in self.running or intake.may_take_in():
            return False
        mailbox = self.services.get(MailboxFetchService)

        def work(_progress, cancel):
            if mailbox.account() is None:
                return None  # no feedback mailbox set up: nothing to fetch
            return intake.take_in_mailbox(cancel=cancel)

        self.note.emit(QCoreApplication.translate("CasesDeskJobs", "Fetching the feedback mailbox…"))
        self._run("intake", work)
        return True

    def _run(self, job: str, fn) -> None:
        self.running.add(job)
        self.services.runner.run(
            fn,
            on_done=lambda result: self._done(job, result),
            on_error=lambda exc: self._failed(job, exc),
            on_cancelled=lambda: self.running.discard(job),
        )

    def _done(self, job: str, result) -> None:
        self.running.discard(job)
        if job == "escalate" and result:
            told = sum(1 for e in result if e.manager_id is not None)
            self.note.emit(
                QCoreApplication.translate(
                    "CasesDeskJobs", "%n case clock(s) ran out and were escalated", "", len(result)
                )
                + (
                    QCoreApplication.translate("CasesDeskJobs", "; %n manager(s) told", "", told)
                    if told
                    else ""
                )
                + "."
            )
        elif job == "intake" and result is not None:
            counts = result.counts()
            self.note.emit(
                QCoreApplication.translate(
                    "CasesDeskJobs",
                    "Feedback mailbox fetched: {new} new case(s), {joined} joined to their case, "
                    "{aside} set aside for a person.",
                ).format(
                    new=counts.get("new", 0), joined=counts.get("joined", 0), aside=counts.get("set_aside", 0)
                )
                if result.fetched
                else QCoreApplication.translate("CasesDeskJobs", "Feedback mailbox fetched: no new messages.")
            )
        self.finished.emit(job, result)

    def _failed(self, job: str, exc: BaseException) -> None:
        self.running.discard(job)
        from commdesk.core.errors import CommdeskError

        # the service's own words when it has them; otherwise the kind of problem, never a trace
        reason = str(exc) if isinstance(exc, CommdeskError) else type(exc).__name__
        words = (
            QCoreApplication.translate(
                "CasesDeskJobs",
                "The overdue cases could not be escalated: {reason} commdesk tries again in a few minutes.",
            )
            if job == "escalate"
            else QCoreApplication.translate(
                "CasesDeskJobs",
                "The feedback mailbox could not be fetched: {reason} Check the mailbox in Cases desk "
                "settings; commdesk tries again at the next fetch.",
            )
        ).format(reason=reason)
        self.note.emit(words)
        self.failed.emit(job, words)
