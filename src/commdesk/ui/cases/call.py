"""The hotline's call screen: made for typing while someone talks, keyboard only.

Caller (phone number or name; media contacts found as the contacts' search finds them, pinyin
included, and customer records; what matches nobody becomes a new customer record), category picked
by typing (Chinese or English name), a running timer, the notes, and the knowledge base's approved
answers: Ctrl+Enter (or Alt+1..9) puts the chosen answer into the notes. Ctrl+E (or Esc) hangs up:
resolved on first contact? satisfaction asked, score 1-5? Then the call is saved as a hotline case
with its start and end, resolved at once, or kept going (the case opens in the pane).

Nothing typed is lost: the call is copied to the recovery folder (``CALL_DRAFTS``) a moment after
every change; after a crash the window offers it back once it has started (``ui/cases/recovery.py``).
"""

from __future__ import annotations

import uuid
from dataclasses import asdict, dataclass
from datetime import UTC, datetime

from PySide6.QtCore import QStringListModel, Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QCompleter,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QStackedWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from commdesk.core import timezones as tz
from commdesk.core.cases.clocks import ClockKind
from commdesk.core.cases.workflow import Channel, default_priority
from commdesk.core.drafts import DraftKind
from commdesk.core.errors import CommdeskError
from commdesk.services.cases.admin import CaseAdminService, CaseCategory
from commdesk.services.cases.desk import Caller, CaseDeskService
from commdesk.services.cases.knowledge import KbAnswer, KnowledgeService, pinyin_keys
from commdesk.services.cases.service import Case, CaseService
from commdesk.ui.common.ask import confirm, show_error


@dataclass(frozen=True)
class CallDraft:
    """A call being taken, as typed: what the recovery copy holds."""

    key: str
    started_at: str  # ISO 8601, UTC
    caller_text: str = ""
    caller_kind: str = ""  # "contact" / "customer" / "" (nobody chosen)
    caller_id: int | None = None
    caller_name: str = ""
    category_text: str = ""
    summary: str = ""
    notes: str = ""

    def to_json(self) -> dict:
        return asdict(self)

    @classmethod
    def from_json(cls, data: dict) -> CallDraft:
        known = {k: v for k, v in data.items() if k in cls.__dataclass_fields__}
        return cls(**known)


CALL_DRAFTS: DraftKind[CallDraft] = DraftKind("calls", encode=CallDraft.to_json, decode=CallDraft.from_json)


class CallDialog(QDialog):
    """One call. ``saved`` holds the case once the call was saved; ``open_case`` says whether the
    pane should show it (the call goes on as a case)."""

    def __init__(self, services, draft: CallDraft | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.services = services
        self.desk: CaseDeskService = services.get(CaseDeskService)
        self.kb: KnowledgeService = services.get(KnowledgeService)
        self.cases: CaseService = services.get(CaseService)
        self.store = CALL_DRAFTS.open(services.ctx)
        self.saved: Case | None = None
        self.open_case = False
        self.ended_at: datetime | None = None
        clock = services.ctx.clock
        if draft is None:
            started = clock()
            draft = CallDraft(key=uuid.uuid4().hex[:12], started_at=started.astimezone(UTC).isoformat())
        self.key = draft.key
        self.started_at = datetime.fromisoformat(draft.started_at)
        self.caller: Caller | None = (
            Caller(draft.caller_kind, draft.caller_id, draft.caller_name)
            if draft.caller_kind and draft.caller_id is not None
            else None
        )
        self.setWindowTitle(self.tr("Hotline call"))
        self.setWindowFlag(Qt.WindowType.WindowContextHelpButtonHint, False)

        # -- the call page
        self.timer_label = QLabel()
        self.timer_label.setAccessibleName(self.tr("Call time"))
        font = self.timer_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        self.timer_label.setFont(font)
        self.caller_edit = QLineEdit(draft.caller_text)
        self.caller_edit.setPlaceholderText(self.tr("Phone number or name (pinyin works: wangwei, ww)"))
        self.caller_list = QListWidget()
        self.caller_list.setMaximumHeight(110)
        self.caller_list.setAccessibleName(self.tr("Callers found"))
        self.caller_chosen = QLabel()
        self.category_edit = QLineEdit(draft.category_text)
        self.category_edit.setPlaceholderText(self.tr("Type a category in Chinese or English"))
        self.summary_edit = QLineEdit(draft.summary)
        self.summary_edit.setPlaceholderText(self.tr("What the call is about, in a line"))
        self.notes = QPlainTextEdit(draft.notes)
        self.notes.setTabChangesFocus(True)
        self.notes.setPlaceholderText(self.tr("Notes while they talk"))
        self.kb_search = QLineEdit()
        self.kb_search.setPlaceholderText(self.tr("Search the approved answers"))
        self.kb_list = QListWidget()
        self.kb_list.setAccessibleName(self.tr("Answers found"))
        self.kb_preview = QTextBrowser()
        self.kb_preview.setMaximumHeight(120)
        self.kb_preview.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.insert_button = QPushButton(self.tr("&Insert answer (Ctrl+Enter)"))
        self.insert_button.clicked.connect(lambda: self.insert_answer())
        self.hangup_button = QPushButton(self.tr("&End call (Ctrl+E)"))
        self.hangup_button.clicked.connect(self.hang_up)

        form = QFormLayout()
        for text, widget in (
            (self.tr("&Caller:"), self.caller_edit),
            ("", self.caller_list),
            ("", self.caller_chosen),
            (self.tr("Cate&gory:"), self.category_edit),
            (self.tr("&Summary:"), self.summary_edit),
            (self.tr("&Notes:"), self.notes),
        ):
            if text:
                label = QLabel(text)
                label.setBuddy(widget)
                form.addRow(label, widget)
            else:
                form.addRow("", widget)
        left = QVBoxLayout()
        top = QHBoxLayout()
        top.addWidget(self.timer_label)
        top.addStretch(1)
        top.addWidget(self.hangup_button)
        left.addLayout(top)
        left.addLayout(form, 1)
        right = QVBoxLayout()
        kb_label = QLabel(self.tr("&Answers:"))
        kb_label.setBuddy(self.kb_search)
        right.addWidget(kb_label)
        right.addWidget(self.kb_search)
        right.addWidget(self.kb_list, 1)
        right.addWidget(self.kb_preview)
        right.addWidget(self.insert_button)
        call_page = QWidget()
        call_layout = QHBoxLayout(call_page)
        call_layout.addLayout(left, 3)
        call_layout.addLayout(right, 2)

        # -- the hang-up page
        self.fcr = QCheckBox(self.tr("&Resolved on first contact"))
        self.fcr.setChecked(True)
        from commdesk.ui.cases.dialogs import satisfaction_combo

        self.csat = satisfaction_combo()
        self.wrap_summary = QLabel()
        self.wrap_summary.setWordWrap(True)
        # the category the case gets, or that what was typed is none (said before saving)
        self.wrap_category = QLabel()
        self.wrap_category.setWordWrap(True)
        self.wrap_category.setTextFormat(Qt.TextFormat.PlainText)
        # the case's clocks counted into a year whose public holidays are not known: said before saving
        self.coverage = QLabel()
        self.coverage.setWordWrap(True)
        self.coverage.setTextFormat(Qt.TextFormat.PlainText)
        self.coverage.setStyleSheet("color: #a05a00")
        self.coverage.hide()
        self.fcr.toggled.connect(lambda _on: self._show_coverage())
        self.save_button = QPushButton(self.tr("&Save the case"))
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.save)
        self.back_button = QPushButton(self.tr("&Back to the call"))
        self.back_button.clicked.connect(self.back_to_call)
        self.discard_button = QPushButton(self.tr("&Discard the call…"))
        self.discard_button.clicked.connect(self.discard)
        wrap_page = QWidget()
        wrap = QVBoxLayout(wrap_page)
        question = QLabel(self.tr("The call has ended. Before saving it:"))
        question.setWordWrap(True)
        wrap.addWidget(question)
        wrap.addWidget(self.wrap_summary)
        wrap.addWidget(self.wrap_category)
        wrap.addWidget(self.fcr)
        wrap.addWidget(self.coverage)
        csat_row = QHBoxLayout()
        csat_label = QLabel(self.tr("Satis&faction asked? Score 1-5:"))
        csat_label.setBuddy(self.csat)
        csat_row.addWidget(csat_label)
        csat_row.addWidget(self.csat)
        csat_row.addStretch(1)
        wrap.addLayout(csat_row)
        hint = QLabel(
            self.tr(
                "Resolved: the case is saved as resolved with the notes as its outcome. Not resolved: the "
                "case stays open and is shown in the pane to go on with."
            )
        )
        hint.setWordWrap(True)
        wrap.addWidget(hint)
        wrap.addStretch(1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.discard_button)
        buttons.addStretch(1)
        buttons.addWidget(self.back_button)
        buttons.addWidget(self.save_button)
        wrap.addLayout(buttons)

        self.pages = QStackedWidget()
        self.pages.addWidget(call_page)
        self.pages.addWidget(wrap_page)
        layout = QVBoxLayout(self)
        layout.addWidget(self.pages)

        # -- keys
        QShortcut(QKeySequence("Ctrl+E"), self, activated=self.hang_up)
        for seq in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(seq), self, activated=lambda: self.insert_answer())
        for n in range(1, 10):
            QShortcut(QKeySequence(f"Alt+{n}"), self, activated=lambda n=n: self.insert_answer(n - 1))
        for watched in (
            self.caller_edit,
            self.kb_search,
            self.caller_list,
            self.kb_list,
            self.csat,
            self.fcr,
        ):
            watched.installEventFilter(self)

        # -- behaviour
        self.categories = self._category_names()
        # the model is owned by the dialog: a model without a parent is collected and the completer
        # then offers nothing
        self.category_model = QStringListModel(list(self.categories), self)
        completer = QCompleter(self.category_model, self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.category_edit.setCompleter(completer)
        self.caller_timer = QTimer(self, singleShot=True, interval=150, timeout=self.find_callers)
        self.caller_edit.textEdited.connect(lambda _t: self._caller_typed())
        self.caller_list.itemDoubleClicked.connect(self.choose_caller)
        self.kb_timer = QTimer(self, singleShot=True, interval=150, timeout=self.find_answers)
        self.kb_search.textChanged.connect(lambda _t: self.kb_timer.start())
        self.kb_list.currentItemChanged.connect(lambda *_: self._preview())
        self.kb_list.itemDoubleClicked.connect(lambda _i: self.insert_answer())
        self.autosave = QTimer(self, singleShot=True, interval=1000, timeout=self.write_recovery)
        for edit in (self.caller_edit, self.category_edit, self.summary_edit):
            edit.textChanged.connect(lambda _t: self.autosave.start())
        self.notes.textChanged.connect(self.autosave.start)
        self.tick = QTimer(self, interval=1000, timeout=self._show_time)
        self.tick.start()
        self._show_time()
        self._show_caller()
        self.caller_list.setVisible(False)  # shown when something typed finds callers
        self.find_answers()
        self.resize(1000, 620)
        self.caller_edit.setFocus()
        if draft.caller_text or draft.notes:
            self.write_recovery()

    # ------------------------------------------------------------------ timer
    def elapsed_seconds(self) -> int:
        end = self.ended_at or self.services.ctx.clock()
        return max(0, int((end - self.started_at).total_seconds()))

    def _show_time(self) -> None:
        minutes, seconds = divmod(self.elapsed_seconds(), 60)
        self.timer_label.setText(self.tr("On the call {m:02d}:{s:02d}").format(m=minutes, s=seconds))

    # ------------------------------------------------------------------ caller
    def eventFilter(self, obj, event) -> bool:
        """Down from the caller field (or the answer search) goes into its results."""
        from PySide6.QtCore import QEvent

        enter = event.type() == QEvent.Type.KeyPress and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        if enter and obj in (self.csat, self.fcr):  # Enter on the closing questions saves
            self.save_button.click()
            return True
        if enter and obj is self.caller_list:  # Enter picks the caller (and goes no further)
            self.choose_caller(self.caller_list.currentItem())
            return True
        if enter and obj is self.kb_list and not event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            self.insert_answer()
            return True
        if (
            event.type() == QEvent.Type.KeyPress
            and event.key() == Qt.Key.Key_Down
            and obj
            in (
                self.caller_edit,
                self.kb_search,
            )
        ):
            target = self.caller_list if obj is self.caller_edit else self.kb_list
            if target.count():
                target.setFocus()
                if target.currentRow() < 0:
                    target.setCurrentRow(0)
                return True
        if (
            obj is self.caller_edit
            and event.type() == QEvent.Type.KeyPress
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
            and not event.modifiers() & Qt.KeyboardModifier.ControlModifier
        ):
            self.caller_timer.stop()
            self.find_callers()
            if self.caller_list.count() == 1:
                self.choose_caller(self.caller_list.item(0))
            self.focusNextChild()
            return True
        return super().eventFilter(obj, event)

    def _caller_typed(self) -> None:
        self.caller = None
        self._show_caller()
        self.caller_timer.start()

    def find_callers(self) -> None:
        self.caller_list.clear()
        try:
            found = self.desk.callers(self.caller_edit.text())
        except CommdeskError:
            found = []
        for c in found:
            kind = self.tr("contact") if c.kind == "contact" else self.tr("customer")
            detail = f" · {c.detail}" if c.detail else ""
            item = QListWidgetItem(f"{c.name or c.phone}{detail} ({kind})")
            item.setData(Qt.ItemDataRole.UserRole, c)
            self.caller_list.addItem(item)
        self.caller_list.setVisible(bool(found))

    def choose_caller(self, item: QListWidgetItem | None) -> None:
        if item is None:
            return
        self.caller = item.data(Qt.ItemDataRole.UserRole)
        self._show_caller()
        self.autosave.start()
        self.category_edit.setFocus()

    def _show_caller(self) -> None:
        if self.caller is not None:
            self.caller_chosen.setText(self.tr("Caller: {name}").format(name=self.caller.name))
        elif self.caller_edit.text().strip():
            self.caller_chosen.setText(
                self.tr(
                    "Nobody chosen: a new customer record “{text}” is made when the call is saved."
                ).format(text=self.caller_edit.text().strip())
            )
        else:
            self.caller_chosen.setText(self.tr("Nobody named: the case is anonymous."))

    # ------------------------------------------------------------------ category
    def _category_names(self) -> dict[str, CaseCategory]:
        """The completer's entries: both names, and the Chinese name's pinyin (whole and initials)
        so that typing "tousu" or "ts" offers 投诉 as the contacts' search does."""
        out: dict[str, CaseCategory] = {}
        cats = self.services.get(CaseAdminService).categories(include_inactive=False)
        by_id = {c.id: c for c in cats}
        for c in cats:
            names = " / ".join(x for x in (c.name_zh, c.name_en) if x) or c.code
            if c.parent_id is not None and c.parent_id in by_id:
                parent = by_id[c.parent_id]
                names = f"{parent.name_zh or parent.name_en} › {names}"
            full, initials = pinyin_keys(c.name_zh) if c.name_zh and not c.name_zh.isascii() else ("", "")
            if full:
                names = f"{names} · {full} {initials}"
            out[names] = c
        return out

    def _typed_category(self) -> CaseCategory | None:
        """The category typed: an entry of the list; a code, name (either language) or the Chinese
        name's pinyin (whole or initials) exactly; else the one entry containing what was typed."""
        text = self.category_edit.text().strip()
        if not text:
            return None
        found = self.categories.get(text)
        if found is not None:
            return found
        folded = "".join(text.split()).casefold()

        def keys(c: CaseCategory) -> set[str]:
            own = {c.code.casefold(), c.name_zh.casefold(), c.name_en.casefold()}
            if c.name_zh and not c.name_zh.isascii():
                own |= set(pinyin_keys(c.name_zh))
            return own - {""}

        exact = [c for c in self.categories.values() if folded in keys(c)]
        if len(exact) == 1:
            return exact[0]
        matches = [c for n, c in self.categories.items() if text.casefold() in n.casefold()]
        return matches[0] if len(matches) == 1 else None

    def category(self) -> tuple[int | None, int | None]:
        """(category, sub-category) ids of what was typed (see ``_typed_category``)."""
        found = self._typed_category()
        if found is None:
            return None, None
        if found.parent_id is not None:
            return found.parent_id, found.id
        return found.id, None

    def category_problem(self) -> str:
        """What is wrong with the typed category, in words; "" when it names one or is empty."""
        text = self.category_edit.text().strip()
        if not text or self._typed_category() is not None:
            return ""
        return self.tr(
            "“{text}” is not a category (or fits more than one). Go back to the call and choose one from "
            "the list, or clear the field to save the case without a category."
        ).format(text=text)

    def _show_category(self) -> None:
        problem = self.category_problem()
        found = self._typed_category()
        if problem:
            self.wrap_category.setText("⚠ " + problem)
            self.wrap_category.setStyleSheet("color: #b00020")
        else:
            self.wrap_category.setStyleSheet("")
            name = (found.name_zh or found.name_en or found.code) if found else ""
            if found is not None and found.parent_id is not None:
                parent = next((c for c in self.categories.values() if c.id == found.parent_id), None)
                if parent is not None:
                    name = f"{parent.name_zh or parent.name_en} › {name}"
            self.wrap_category.setText(
                self.tr("Category: {name}").format(name=name) if name else self.tr("No category.")
            )

    # ------------------------------------------------------------------ answers
    def find_answers(self) -> None:
        self.kb_list.clear()
        try:
            answers = self.kb.search(self.kb_search.text(), limit=30)
        except CommdeskError:
            answers = []
        for n, a in enumerate(answers):
            prefix = f"Alt+{n + 1}  " if n < 9 else ""
            item = QListWidgetItem(prefix + a.title)
            item.setData(Qt.ItemDataRole.UserRole, a)
            self.kb_list.addItem(item)
        if answers:
            self.kb_list.setCurrentRow(0)
        self._preview()

    def _preview(self) -> None:
        item = self.kb_list.currentItem()
        answer: KbAnswer | None = item.data(Qt.ItemDataRole.UserRole) if item is not None else None
        self.kb_preview.setPlainText(answer.body if answer else self.tr("No approved answer matches."))

    def insert_answer(self, row: int | None = None) -> None:
        """Put an answer (the chosen one, or the ``row``-th) into the notes where the cursor is."""
        if self.pages.currentIndex() != 0:
            return
        if self.kb_timer.isActive():
            self.kb_timer.stop()
            self.find_answers()
        item = self.kb_list.item(row) if row is not None else self.kb_list.currentItem()
        if item is None:
            return
        answer: KbAnswer = item.data(Qt.ItemDataRole.UserRole)
        cursor = self.notes.textCursor()
        before = self.notes.toPlainText()[: cursor.position()]
        cursor.insertText(("\n" if before and not before.endswith("\n") else "") + answer.body + "\n")
        self.notes.setTextCursor(cursor)
        self.notes.setFocus()

    # ------------------------------------------------------------------ hang up, save
    def has_content(self) -> bool:
        return any(
            w.text().strip() for w in (self.caller_edit, self.category_edit, self.summary_edit)
        ) or bool(self.notes.toPlainText().strip())

    def hang_up(self) -> None:
        if self.pages.currentIndex() == 1:
            return
        self.ended_at = self.services.ctx.clock()
        self.tick.stop()
        self._show_time()
        self.write_recovery()
        minutes, seconds = divmod(self.elapsed_seconds(), 60)
        self.wrap_summary.setText(
            self.tr("{summary} — {caller}, {m:02d}:{s:02d} on the call.").format(
                summary=self._summary() or self.tr("(no summary)"),
                caller=self.caller.name
                if self.caller
                else (self.caller_edit.text().strip() or self.tr("anonymous")),
                m=minutes,
                s=seconds,
            )
        )
        self.pages.setCurrentIndex(1)
        self._show_coverage()
        self._show_category()
        self.fcr.setFocus()

    def coverage_warning(self) -> str:
        """When the call goes on as a case: its clocks (the call answers the first response) counted
        from the call's start into a year whose public holidays the calendar does not know, the
        calendar's warning with each such clock's due time; else ""."""
        if self.fcr.isChecked():
            return ""
        calendar = self.cases.calendar()
        category, subcategory = self.category()
        try:
            policy = self.services.get(CaseAdminService).clock_policy(
                (subcategory, category), default_priority(Channel.HOTLINE), calendar=calendar
            )
        except CommdeskError:
            return ""
        zone = self.cases.zone()
        dues, warning = [], ""
        for kind in (ClockKind.NEXT_UPDATE, ClockKind.RESOLUTION):
            target = policy.target(kind)
            if target is None:
                continue
            due = calendar.add_working_time(self.started_at, target)
            said = calendar.coverage_warning(self.started_at, due)
            if said:
                warning = said
                dues.append(
                    self.tr("{clock} due {due}").format(clock=kind.label, due=tz.format_instant(due, zone))
                )
        if not warning:
            return ""
        return "⚠ " + "; ".join(dues) + ". " + warning

    def _show_coverage(self) -> None:
        text = self.coverage_warning() if self.pages.currentIndex() == 1 else ""
        self.coverage.setText(text)
        self.coverage.setVisible(bool(text))

    def back_to_call(self) -> None:
        self.ended_at = None
        self.tick.start()
        self.pages.setCurrentIndex(0)
        self.notes.setFocus()

    def reject(self) -> None:
        """Esc: hangs up (asks the closing questions) when something was typed; on the closing
        questions it goes back to the call; an empty call just closes."""
        if self.pages.currentIndex() == 1:
            self.back_to_call()
        elif self.has_content():
            self.hang_up()
        else:
            self.store.discard(self.key)
            super().reject()

    def discard(self) -> None:
        if confirm(
            self, self.tr("Discard the call"), self.tr("Throw away this call and its notes for good?")
        ):
            self.store.discard(self.key)
            super().reject()

    def _summary(self) -> str:
        text = self.summary_edit.text().strip()
        if text:
            return text
        first = next((line.strip() for line in self.notes.toPlainText().splitlines() if line.strip()), "")
        return first[:200]

    def save(self) -> None:
        if self.category_problem():  # never saved as "no category" without a word: back to fix it
            self.back_to_call()
            self.category_edit.setFocus()
            self.category_edit.selectAll()
            return
        summary = self._summary() or self.category_edit.text().strip() or self.tr("Hotline call")
        category, subcategory = self.category()
        notes = self.notes.toPlainText().strip()
        fcr = self.fcr.isChecked()
        csat = self.csat.currentData()
        end = self.ended_at or self.services.ctx.clock()
        contact_id = self.caller.id if self.caller and self.caller.kind == "contact" else None
        customer_id = self.caller.id if self.caller and self.caller.kind == "customer" else None
        customer = None
        typed = self.caller_edit.text().strip()
        if self.caller is None and typed:
            digits = "".join(ch for ch in typed if ch.isdigit())
            is_phone = len(digits) >= 5 and len(digits) >= len(
                typed.replace(" ", "").replace("+", "").replace("-", "")
            )
            customer = ("", typed, "") if is_phone else (typed, "", "")
        self.write_recovery()
        try:
            case = self.cases.create(
                Channel.HOTLINE,
                summary,
                category=category,
                subcategory=subcategory,
                contact_id=contact_id,
                customer=customer,
                customer_id=customer_id,
                received_at=self.started_at,
                call=(self.started_at, end),
                note=notes,
            )
            if fcr:
                case = self.cases.resolve(
                    case.id, notes or summary, first_contact_resolution=True, csat=csat, at=end
                )
            else:
                self.desk.record_call_answers(case.id, False, csat)
                case = self.cases.get(case.id)
        except CommdeskError as exc:
            show_error(self, self.tr("The call was not saved; your notes are kept"), exc)
            return
        self.store.discard(self.key)
        self.saved = case
        self.open_case = not fcr
        self.accept()

    # ------------------------------------------------------------------ recovery
    def draft(self) -> CallDraft:
        return CallDraft(
            key=self.key,
            started_at=self.started_at.astimezone(UTC).isoformat(),
            caller_text=self.caller_edit.text(),
            caller_kind=self.caller.kind if self.caller else "",
            caller_id=self.caller.id if self.caller else None,
            caller_name=self.caller.name if self.caller else "",
            category_text=self.category_edit.text(),
            summary=self.summary_edit.text(),
            notes=self.notes.toPlainText(),
        )

    def write_recovery(self) -> None:
        if not self.has_content():
            return
        person = self.services.person()
        self.store.save(
            self.key,
            self.draft(),
            saved_at=self.services.ctx.clock(),
            label=self._summary() or self.caller_edit.text().strip(),
            person_id=person.id,
        )

    def done(self, result: int) -> None:
        self.tick.stop()
        self.autosave.stop()
        super().done(result)
