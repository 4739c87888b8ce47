"""The Procedure pane (AP-1..4): read a version of the communication procedure rule by rule (the one
in force, or any earlier or later one), in Chinese or English, with a search over rule IDs and
text; the department rules attached to it; "I have read it" for the version in force (AP-3); and for
administrators, who has acknowledged it and who has not, and the yearly reviews (AP-2).

A version's life is done here too: the owner department drafts the next version (or changes the
draft), it is submitted, a second person approves or returns it, and an administrator sets the day it
takes effect (``version_dialog``). The buttons follow what the person may do with the version shown
(the review engine's ``allowed``), and the line beside them says where the version stands."""

from __future__ import annotations

import html
from typing import ClassVar

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from commdesk import translations
from commdesk.core.domain.people import Role
from commdesk.core.errors import CommdeskError
from commdesk.core.procedure import Rule
from commdesk.core.review.workflow import Action, State
from commdesk.services.procedure import ProcedureService
from commdesk.services.procedure.service import ProcedureVersion
from commdesk.ui.common.ask import ask_text, show_error
from commdesk.ui.common.pane import Pane
from commdesk.ui.common.rows_view import buddy_label

PROCEDURE_TABLES = frozenset(
    {
        "procedure_versions",
        "procedure_acknowledgements",
        "procedure_department_rules",
        "procedure_reviews",
        "people",
    }
)


def rule_matches(rule: Rule, text: str) -> bool:
    """The search: a rule ID (pc-5, PC-5) or any words of either text."""
    wanted = text.strip().casefold()
    return (
        not wanted
        or wanted in rule.id.casefold()
        or wanted in rule.zh.casefold()
        or wanted in rule.en.casefold()
    )


class ProcedurePane(Pane):
    tables: ClassVar[frozenset[str]] = PROCEDURE_TABLES

    def __init__(self, services, parent=None):
        super().__init__(services, parent)
        self.procedure = services.get(ProcedureService)
        self.shown: ProcedureVersion | None = None

        self.version_combo = QComboBox()
        self.version_combo.currentIndexChanged.connect(lambda _i: self._show_version())
        self.lang_combo = QComboBox()
        self.lang_combo.addItem(self.tr("中文"), "zh")
        self.lang_combo.addItem(self.tr("English"), "en")
        self.lang_combo.setCurrentIndex(0 if translations.current.get("lang") == "zh_CN" else 1)
        self.lang_combo.currentIndexChanged.connect(lambda _i: self._fill_rules())
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Rule ID such as PC-5, or words of the rule"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(lambda _t: self._fill_rules())
        top = QHBoxLayout()
        top.addWidget(buddy_label(self.tr("Versio&n:"), self.version_combo))
        top.addWidget(self.version_combo, 2)
        top.addWidget(buddy_label(self.tr("&Language:"), self.lang_combo))
        top.addWidget(self.lang_combo)
        top.addWidget(buddy_label(self.tr("&Search:"), self.search))
        top.addWidget(self.search, 3)

        self.about = QLabel()
        self.about.setWordWrap(True)
        self.ack_label = QLabel()
        self.ack_label.setWordWrap(True)
        self.ack_button = QPushButton(self.tr("I have &read this version"))
        self.ack_button.clicked.connect(self.acknowledge)
        ack_row = QHBoxLayout()
        ack_row.addWidget(self.ack_label, 1)
        ack_row.addWidget(self.ack_button)

        # a version's life: draft, review by a second person, the day it takes effect
        self.stage_label = QLabel()
        self.stage_label.setWordWrap(True)
        self.draft_button = QPushButton(self.tr("New versi&on…"))
        self.draft_button.clicked.connect(self.write_version)
        self.submit_button = QPushButton(self.tr("Su&bmit for review"))
        self.submit_button.clicked.connect(lambda: self._review_step(Action.SUBMIT))
        self.approve_button = QPushButton(self.tr("A&pprove"))
        self.approve_button.clicked.connect(lambda: self._review_step(Action.APPROVE))
        self.return_button = QPushButton(self.tr("Re&turn…"))
        self.return_button.clicked.connect(lambda: self._review_step(Action.RETURN))
        self.adopt_button = QPushButton(self.tr("Set effective &day…"))
        self.adopt_button.clicked.connect(self.make_effective)
        stage_row = QHBoxLayout()
        stage_row.addWidget(self.stage_label, 1)
        for b in (
            self.draft_button,
            self.submit_button,
            self.approve_button,
            self.return_button,
            self.adopt_button,
        ):
            b.setAutoDefault(False)
            stage_row.addWidget(b)

        self.rules = QListWidget()
        self.rules.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.rules.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.rules.currentItemChanged.connect(lambda _c, _p: self._show_rule())
        self.rule_view = QTextBrowser()
        self.rule_view.setOpenExternalLinks(False)
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(self.rules)
        split.addWidget(self.rule_view)
        split.setSizes([380, 620])

        self.who_done = QListWidget()
        self.who_not = QListWidget()
        who = QWidget()
        who_layout = QHBoxLayout(who)
        for title, widget in (
            (self.tr("Acknowledged"), self.who_done),
            (self.tr("Not yet"), self.who_not),
        ):
            box = QVBoxLayout()
            box.addWidget(QLabel(title))
            box.addWidget(widget)
            who_layout.addLayout(box)
        self.reviews_view = QTextBrowser()
        self.tabs = QTabWidget()
        self.tabs.addTab(split, self.tr("Rules"))
        self.tabs.addTab(who, self.tr("Who has acknowledged"))
        self.tabs.addTab(self.reviews_view, self.tr("Yearly reviews"))

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.about)
        layout.addLayout(ack_row)
        layout.addLayout(stage_row)
        layout.addWidget(self.tabs, 1)
        self.refresh()

    # ------------------------------------------------------------------------------ loading
    def refresh(self) -> None:
        wanted = self.version_combo.currentData()
        versions = self.procedure.versions()
        self.version_combo.blockSignals(True)
        self.version_combo.clear()
        for v in versions:
            self.version_combo.addItem(self._version_label(v), v.number)
        current = next((v.number for v in versions if v.current), None)
        keep = wanted if wanted in [v.number for v in versions] else current
        index = self.version_combo.findData(keep) if keep is not None else 0
        self.version_combo.setCurrentIndex(max(index, 0))
        self.version_combo.blockSignals(False)
        self._show_version()
        self.refresh_permissions()

    def _version_label(self, v: ProcedureVersion) -> str:
        day = v.effective_on.isoformat() if v.effective_on else "—"
        if v.current:
            return self.tr("Version {n}, in force from {day}").format(n=v.number, day=day)
        if v.state == "adopted":
            return self.tr("Version {n}, from {day}").format(n=v.number, day=day)
        return self.tr("Version {n}, draft").format(n=v.number)

    def _show_version(self) -> None:
        number = self.version_combo.currentData()
        self.shown = None
        if number is not None:
            try:
                self.shown = self.procedure.version(number)
            except CommdeskError as exc:
                show_error(self, self.tr("Procedure"), exc)
        v = self.shown
        if v is None:
            self.about.setText(
                self.tr(
                    "No version of the procedure is in commdesk yet. An administrator imports the "
                    "shipped procedure: commdesk procedure import."
                )
            )
        else:
            about = self.tr("Maintained by {owner}.").format(owner=v.owner_department or "—")
            changed = self.tr("What changed: {note}").format(note=v.change_note) if v.change_note else ""
            # a Chinese sentence ends in 。 and takes no space after it
            space = "" if translations.current.get("lang") == "zh_CN" else " "
            self.about.setText(f"{about}{space}{changed}" if changed else about)
        self._fill_rules()
        self._fill_acknowledgement()
        self._fill_admin()
        self._fill_stage()

    def _fill_rules(self) -> None:
        chosen = self.rules.currentItem().data(Qt.ItemDataRole.UserRole) if self.rules.currentItem() else None
        self.rules.clear()
        if self.shown is None:
            self.rule_view.clear()
            return
        lang = self.lang_combo.currentData()
        for rule in self.shown.rules.values():
            if not rule_matches(rule, self.search.text()):
                continue
            words = (rule.zh if lang == "zh" else rule.en).splitlines()
            item = QListWidgetItem(f"{rule.id}  {words[0] if words else ''}")
            item.setData(Qt.ItemDataRole.UserRole, rule.id)
            self.rules.addItem(item)
            if rule.id == chosen:
                self.rules.setCurrentItem(item)
        if self.rules.currentItem() is None and self.rules.count():
            self.rules.setCurrentRow(0)
        self._show_rule()

    def _show_rule(self) -> None:
        item = self.rules.currentItem()
        if self.shown is None or item is None:
            self.rule_view.clear()
            return
        rule = self.shown.rules[item.data(Qt.ItemDataRole.UserRole)]
        first, second = (rule.zh, rule.en) if self.lang_combo.currentData() == "zh" else (rule.en, rule.zh)
        parts = [
            f"<h3>{html.escape(rule.id)}</h3>",
            "<p>" + html.escape(first).replace("\n", "<br>") + "</p>",
            "<p style='color:#555'>" + html.escape(second).replace("\n", "<br>") + "</p>",
        ]
        serves = rule.serves_in(self.lang_combo.currentData())  # in the language the rule is read in
        if serves:
            parts.append(
                "<p><i>" + html.escape(self.tr("In commdesk: {what}").format(what=serves)) + "</i></p>"
            )
        dept = self.procedure.department_rules(self.shown.number)
        if dept:
            parts.append("<h4>" + html.escape(self.tr("Department rules")) + "</h4>")
            parts.extend(
                f"<p><b>{html.escape(d.department)}: {html.escape(d.title)}</b><br>"
                + html.escape(d.text).replace("\n", "<br>")
                + "</p>"
                for d in dept
            )
        self.rule_view.setHtml("".join(parts))

    def _fill_acknowledgement(self) -> None:
        person = self.services.person()
        pending = self.procedure.pending_for(person.id)
        current = self.procedure.current_number()
        if current is None:
            self.ack_label.setText("")
            self.ack_button.setVisible(False)
            return
        self.ack_button.setVisible(pending is not None)
        if pending is not None:
            self.ack_label.setText(
                self.tr("Please read version {n} of the procedure and confirm that you have (AP-3).").format(
                    n=pending
                )
            )
        else:
            self.ack_label.setText(
                self.tr("{name} has acknowledged version {n}, the version in force.").format(
                    name=person.name, n=current
                )
            )

    def _fill_admin(self) -> None:
        admin = self.services.person().has(Role.ADMINISTRATOR)
        self.tabs.setTabVisible(1, admin)
        self.who_done.clear()
        self.who_not.clear()
        if admin and self.shown is not None and self.shown.state == "adopted":
            who = self.procedure.who_acknowledged(self.shown.number)
            for a in who.acknowledged:
                self.who_done.addItem(f"{a.person_name}  {a.day.isoformat()}")
            self.who_not.addItems(list(who.not_yet))
        reviews = self.procedure.reviews()
        if not reviews:
            self.reviews_view.setPlainText(self.tr("No yearly review is recorded yet (AP-2)."))
            return
        self.reviews_view.setHtml(
            "".join(
                "<h4>"
                + html.escape(
                    self.tr("{day}, by {name} (version {n})").format(
                        day=r.held_on.isoformat(), name=r.recorded_by, n=r.version_number or "—"
                    )
                )
                + "</h4><p><b>"
                + html.escape(self.tr("Findings:"))
                + "</b> "
                + html.escape(r.findings).replace("\n", "<br>")
                + "</p><p><b>"
                + html.escape(self.tr("Decisions:"))
                + "</b> "
                + html.escape(r.decisions or "—").replace("\n", "<br>")
                + "</p>"
                for r in reviews
            )
        )

    def _fill_stage(self) -> None:
        """Where the version shown stands in its life, and the buttons for what this person may do
        with it now; a button that cannot be used says why in its tooltip."""
        person = self.services.person()
        v = self.shown
        versions = self.procedure.versions()  # newest first
        latest = versions[0] if versions else None
        writer = person.has(Role.OFFICER) or person.has(Role.ADMINISTRATOR)
        editing = latest is not None and latest.state == "draft"
        self.draft_button.setText(
            self.tr("Ed&it draft version {n}…").format(n=latest.number)
            if editing and latest
            else self.tr("New versi&on…")
        )
        self.draft_button.setEnabled(writer and latest is not None)
        self.draft_button.setToolTip(
            ""
            if writer
            else self.tr("Officers and administrators of the owner department write new versions.")
        )
        status = None
        if v is not None and v.state == "draft":
            try:
                status = self.procedure.review_status(v.number)
            except CommdeskError:
                status = None
        allowed = set(status.allowed) if status is not None else set()
        self.submit_button.setVisible(status is not None and Action.SUBMIT in allowed)
        self.approve_button.setVisible(status is not None and status.state is State.IN_REVIEW)
        self.approve_button.setEnabled(Action.APPROVE in allowed)
        self.return_button.setVisible(status is not None and status.state is State.IN_REVIEW)
        self.return_button.setEnabled(Action.RETURN in allowed)
        not_yours = (
            self.tr("A reviewer other than the author of the version approves or returns it (four eyes).")
            if Action.APPROVE not in allowed
            else ""
        )
        self.approve_button.setToolTip(not_yours)
        self.return_button.setToolTip(not_yours)
        approved = status is not None and status.state is State.APPROVED
        admin = person.has(Role.ADMINISTRATOR)
        self.adopt_button.setVisible(approved)
        self.adopt_button.setEnabled(admin)
        self.adopt_button.setToolTip(
            "" if admin else self.tr("An administrator sets the day a version takes effect.")
        )
        words = self._stage_words(v, status)
        if editing and latest is not None and v is not None and v.number != latest.number:
            # the draft's buttons are on the draft: say it is there (a reviewer opened the pane on
            # the version in force and saw nothing waiting for them)
            state = State(latest.review_state).label if latest.review_state else "—"
            space = "" if translations.current.get("lang") == "zh_CN" else " "
            words += space + self.tr(
                "Version {n} is a draft ({state}): choose it under Version to work on it."
            ).format(n=latest.number, state=state)
        self.stage_label.setText(words)

    def _stage_words(self, v: ProcedureVersion | None, status) -> str:
        if v is None:
            return ""
        if v.state == "adopted":
            day = v.effective_on.isoformat() if v.effective_on else "—"
            if v.current:
                return self.tr("Version {n} is in force since {day}.").format(n=v.number, day=day)
            return (
                self.tr("Version {n} took effect on {day}; a later version replaced it.").format(
                    n=v.number, day=day
                )
                if v.effective_on and v.effective_on <= self.procedure.today()
                else self.tr("Version {n} takes effect on {day}.").format(n=v.number, day=day)
            )
        if status is None:
            return self.tr("Version {n} is a draft.").format(n=v.number)
        if status.state is State.IN_REVIEW:
            return self.tr(
                "Version {n} is in review: a reviewer other than its author approves or returns it."
            ).format(n=v.number)
        if status.state is State.APPROVED:
            return self.tr(
                "Version {n} is approved by {names}; an administrator sets the day it takes effect."
            ).format(n=v.number, names="、".join(status.approvers) or "—")
        if status.state is State.RETURNED:
            return self.tr(
                "Version {n} was returned with comments: change the draft and submit it again."
            ).format(n=v.number)
        return self.tr("Version {n} is a draft: submit it for review when it is ready.").format(n=v.number)

    def refresh_permissions(self) -> None:
        self.ack_button.setEnabled(self.services.person().id is not None)

    def apply_person(self, person) -> None:
        super().apply_person(person)
        self._fill_acknowledgement()
        self._fill_admin()
        self._fill_stage()

    # ------------------------------------------------------------------------------ actions
    def write_version(self) -> None:
        """A new version from the latest one, or the draft changed (one draft at a time)."""
        from commdesk.ui.procedure.version_dialog import ProcedureVersionDialog

        versions = self.procedure.versions()
        if not versions:
            return
        latest = versions[0]  # newest first
        if latest.state == "draft":
            base = next((v for v in versions if v.state == "adopted"), latest)
            dialog = ProcedureVersionDialog(self.procedure, base, latest, self)
        else:
            dialog = ProcedureVersionDialog(self.procedure, latest, None, self)
        self.version_dialog = dialog
        dialog.finished.connect(lambda result: self._version_written(dialog, result))
        dialog.open()

    def _version_written(self, dialog, result: int) -> None:
        dialog.deleteLater()
        saved = dialog.saved
        if saved is None:
            return
        self._show_number(saved.number)
        self.status_message.emit(
            self.tr("Version {n} of the procedure is saved as a draft; submit it for review.").format(
                n=saved.number
            )
        )
        self.submit_button.setFocus(Qt.FocusReason.OtherFocusReason)

    def _show_number(self, number: int) -> None:
        self.refresh()
        index = self.version_combo.findData(number)
        if index >= 0:
            self.version_combo.setCurrentIndex(index)

    def _review_step(self, action: Action) -> None:
        v = self.shown
        if v is None:
            return
        title = self.tr("Review of version {n}").format(n=v.number)
        try:
            status = self.procedure.review_status(v.number)
            expected = status.version if status is not None else None
            if action is Action.SUBMIT:
                self.procedure.submit(v.number, expected)
                said = self.tr("Version {n} is submitted for review.")
            elif action is Action.APPROVE:
                self.procedure.approve(v.number, expected)
                said = self.tr("You approved version {n}.")
            else:
                comment = ask_text(self, title, self.tr("What should change before it is approved?"))
                if not comment:
                    return
                self.procedure.return_(v.number, comment, expected)
                said = self.tr("Version {n} is returned to its author with your comments.")
        except CommdeskError as exc:
            show_error(self, title, exc)
            self.refresh()
            return
        self._show_number(v.number)
        self.status_message.emit(said.format(n=v.number))
        self._focus_next_step()

    def _focus_next_step(self) -> None:
        """Focus stays on the version's life: the next button this person may press, else the list."""
        for b in (self.submit_button, self.approve_button, self.adopt_button, self.draft_button):
            if b.isVisibleTo(self) and b.isEnabled():
                b.setFocus(Qt.FocusReason.OtherFocusReason)
                return
        self.version_combo.setFocus(Qt.FocusReason.OtherFocusReason)

    def make_effective(self) -> None:
        from commdesk.ui.procedure.version_dialog import EffectiveDayDialog

        v = self.shown
        if v is None:
            return
        dialog = EffectiveDayDialog(self.procedure, v, self)
        self.effective_dialog = dialog
        dialog.finished.connect(lambda result: self._made_effective(dialog))
        dialog.open()

    def _made_effective(self, dialog) -> None:
        dialog.deleteLater()
        adopted = dialog.adopted
        if adopted is None:
            return
        self._show_number(adopted.number)
        self.status_message.emit(
            self.tr("Version {n} takes effect on {day}.").format(
                n=adopted.number, day=adopted.effective_on.isoformat() if adopted.effective_on else "—"
            )
        )
        self._focus_next_step()

    def acknowledge(self) -> None:
        try:
            ack = self.procedure.acknowledge()
        except CommdeskError as exc:
            show_error(self, self.tr("Acknowledge the procedure"), exc)
            return
        self.status_message.emit(
            self.tr("You have acknowledged version {n} of the procedure.").format(n=ack.version_number)
        )
        self._fill_acknowledgement()
        self._fill_admin()
