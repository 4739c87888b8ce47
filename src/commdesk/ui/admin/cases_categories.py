"""Administrators' tab of the cases desk: categories (two levels, Chinese and English names, the
department a case of it is routed to, whether its cases are complaints) and the clocks' targets per
priority in working hours, the house's default shown for each."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from commdesk.core.cases.clocks import ClockKind, default_clock_policies
from commdesk.core.cases.workflow import Priority
from commdesk.services.cases.admin import CaseAdminService, CaseCategory
from commdesk.services.settings import SettingsService
from commdesk.ui.admin.cases_common import MessageLine

EVERY = -1  # the tree item of the targets for every category


def _hours(amount: timedelta | None) -> float:
    return 0.0 if amount is None else amount.total_seconds() / 3600


class CategoriesTab(QWidget):
    def __init__(self, services, lang: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.services = services
        self.lang = lang
        self.admin: CaseAdminService = services.get(CaseAdminService)
        self.categories: list[CaseCategory] = []
        self.current: CaseCategory | None = None
        self.loaded_targets: dict[tuple[Priority, ClockKind], float] = {}

        self.tree = QTreeWidget(self)
        self.tree.setObjectName("categories")
        self.tree.setHeaderLabels([self.tr("Category"), self.tr("Department"), self.tr("Complaints")])
        self.tree.setAccessibleName(self.tr("Categories"))
        self.tree.currentItemChanged.connect(lambda _now, _before: self._show_current())
        self.new_button = QPushButton(self.tr("Ne&w category"), self)
        self.new_button.clicked.connect(self.new_category)
        left = QWidget(self)
        left_box = QVBoxLayout(left)
        left_box.setContentsMargins(0, 0, 0, 0)
        left_box.addWidget(self.tree)
        left_box.addWidget(self.new_button)

        self.form_box = QGroupBox(self.tr("Category"), self)
        form = QFormLayout(self.form_box)
        self.code = QLineEdit(self.form_box)
        self.code.setObjectName("code")
        self.code.setPlaceholderText(self.tr("a short code without spaces, e.g. billing"))
        self.name_zh = QLineEdit(self.form_box)
        self.name_zh.setObjectName("name_zh")
        self.name_en = QLineEdit(self.form_box)
        self.name_en.setObjectName("name_en")
        self.parent_combo = QComboBox(self.form_box)
        self.parent_combo.setObjectName("parent")
        self.department = QComboBox(self.form_box)
        self.department.setObjectName("department")
        self.department.setEditable(False)
        self.complaint = QCheckBox(self.tr("Its cases are &complaints (graded, HL-4)"), self.form_box)
        self.active = QCheckBox(self.tr("In &use"), self.form_box)
        self.active.setChecked(True)
        for label, widget in (
            (self.tr("C&ode:"), self.code),
            (self.tr("Chinese &name:"), self.name_zh),
            (self.tr("En&glish name:"), self.name_en),
            (self.tr("Belongs &to:"), self.parent_combo),
            (self.tr("&Routed to:"), self.department),
        ):
            lab = QLabel(label, self.form_box)
            lab.setBuddy(widget)
            form.addRow(lab, widget)
        form.addRow(self.complaint)
        form.addRow(self.active)

        self.targets_box = QGroupBox(self.tr("Clock targets (working hours)"), self)
        grid = QGridLayout(self.targets_box)
        self.targets: dict[tuple[Priority, ClockKind], QDoubleSpinBox] = {}
        for col, kind in enumerate(ClockKind, start=1):
            grid.addWidget(QLabel(kind.label, self.targets_box), 0, col)
        grid.addWidget(QLabel(self.tr("House default"), self.targets_box), 0, len(ClockKind) + 1)
        self.default_labels: dict[Priority, QLabel] = {}
        for row, priority in enumerate(Priority, start=1):
            grid.addWidget(QLabel(priority.label, self.targets_box), row, 0)
            shown = QLabel(self.targets_box)
            shown.setObjectName(f"default_{priority.value}")
            self.default_labels[priority] = shown
            grid.addWidget(shown, row, len(ClockKind) + 1)
            for col, kind in enumerate(ClockKind, start=1):
                spin = QDoubleSpinBox(self.targets_box)
                spin.setObjectName(f"target_{priority.value}_{kind.value}")
                spin.setAccessibleName(f"{priority.label} {kind.label}")
                spin.setRange(0, 2000)
                spin.setDecimals(2)
                spin.setSingleStep(0.5)
                spin.setSuffix(self.tr(" h"))
                self.targets[(priority, kind)] = spin
                grid.addWidget(spin, row, col)
        self.day_note = QLabel(self.targets_box)
        self.day_note.setWordWrap(True)
        grid.addWidget(self.day_note, len(Priority) + 1, 0, 1, len(ClockKind) + 2)

        self.save_button = QPushButton(self.tr("&Save category"), self)
        self.save_button.setObjectName("save")
        self.save_button.clicked.connect(self.save)
        self.message = MessageLine(self)
        right = QWidget(self)
        right_box = QVBoxLayout(right)
        right_box.setContentsMargins(0, 0, 0, 0)
        right_box.addWidget(self.form_box)
        right_box.addWidget(self.targets_box)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        right_box.addLayout(buttons)
        right_box.addWidget(self.message)
        right_box.addStretch(1)

        split = QSplitter(Qt.Orientation.Horizontal, self)
        split.addWidget(left)
        split.addWidget(right)
        split.setStretchFactor(1, 1)
        split.setSizes([360, 660])  # the list wide enough for a name, its department and the complaint mark
        box = QVBoxLayout(self)
        box.addWidget(split)
        self.why_not = self.admin.may_keep()
        self.reload()
        self._apply_permissions()

    # ------------------------------------------------------------------ reading
    def reload(self, select: int | None = None) -> None:
        self.categories = self.admin.categories()
        departments = self.services.get(SettingsService).organisation().departments
        self.department.clear()
        self.department.addItem(self.tr("(the top-level category's)"), "")
        for d in departments:
            self.department.addItem(d, d)
        self.parent_combo.clear()
        self.parent_combo.addItem(self.tr("(top level)"), None)
        for c in self.categories:
            if c.parent_id is None:
                self.parent_combo.addItem(c.name(self.lang), c.id)
        self.tree.blockSignals(True)
        self.tree.clear()
        every = QTreeWidgetItem([self.tr("Every category (defaults)"), "", ""])
        every.setData(0, Qt.ItemDataRole.UserRole, EVERY)
        self.tree.addTopLevelItem(every)
        items: dict[int, QTreeWidgetItem] = {}
        for c in self.categories:
            item = QTreeWidgetItem(
                [
                    c.name(self.lang) + ("" if c.active else self.tr(" (not in use)")),
                    c.department,
                    self.tr("yes") if c.complaint else "",
                ]
            )
            item.setData(0, Qt.ItemDataRole.UserRole, c.id)
            items[c.id] = item
        for c in self.categories:
            parent = items.get(c.parent_id) if c.parent_id is not None else None
            (parent.addChild if parent is not None else self.tree.addTopLevelItem)(items[c.id])
        self.tree.expandAll()
        for col in range(3):
            self.tree.resizeColumnToContents(col)
        self.tree.blockSignals(False)
        chosen = items.get(select) if select is not None else None
        self.tree.setCurrentItem(chosen or every)
        self._show_current()

    def _selected_id(self) -> int | None:
        item = self.tree.currentItem()
        return None if item is None else item.data(0, Qt.ItemDataRole.UserRole)

    def _show_current(self) -> None:
        key = self._selected_id()
        self.current = next((c for c in self.categories if c.id == key), None)
        c = self.current
        self.form_box.setEnabled(key != EVERY)
        self.form_box.setTitle(self.tr("Category") if c is not None else self.tr("New category"))
        self.code.setText(c.code if c else "")
        self.name_zh.setText(c.name_zh if c else "")
        self.name_en.setText(c.name_en if c else "")
        self.parent_combo.setCurrentIndex(max(0, self.parent_combo.findData(c.parent_id if c else None)))
        self.department.setCurrentIndex(max(0, self.department.findData(c.department if c else "")))
        self.complaint.setChecked(bool(c and c.complaint))
        self.active.setChecked(c.active if c else True)
        self._show_targets(None if key in (None, EVERY) else key)
        self.message.say("")
        self._apply_permissions()

    def _show_targets(self, category_id: int | None) -> None:
        calendar = self.services.get(SettingsService).work_calendar()
        day = calendar.day_length()
        defaults = default_clock_policies(day) if day > timedelta(0) else default_clock_policies()
        self.loaded_targets = {}
        for (priority, kind), spin in self.targets.items():
            policy = self.admin.clock_policy((category_id,), priority, calendar=calendar)
            value = _hours(policy.target(kind))
            default = _hours(defaults[priority].target(kind))
            spin.setSpecialValueText(self.tr("default ({hours:g} h)").format(hours=default))
            spin.setToolTip(
                self.tr("The house's default: {hours:g} working hours. 0 goes back to it.").format(
                    hours=default
                )
            )
            spin.setValue(value)
            self.loaded_targets[(priority, kind)] = value
        for priority, shown in self.default_labels.items():
            shown.setText(
                self.tr("{values} h").format(
                    values=" / ".join(f"{_hours(defaults[priority].target(k)):g}" for k in ClockKind)
                )
            )
        hours = day.total_seconds() / 3600
        self.day_note.setText(
            self.tr(
                "Working time on the office's calendar: a working day has {hours:g} hours, so 1 working "
                "day = {hours:g} h. Waiting for them pauses every clock."
            ).format(hours=hours)
        )

    def _apply_permissions(self) -> None:
        may = not self.why_not
        for w in (self.code, self.name_zh, self.name_en):
            w.setReadOnly(not may)
        for w in (self.parent_combo, self.department, self.complaint, self.active, self.new_button):
            w.setEnabled(may)
        for spin in self.targets.values():
            spin.setReadOnly(not may)
        self.save_button.setEnabled(may)
        self.save_button.setToolTip(self.why_not)
        if not may:
            self.message.say(self.why_not)

    # ------------------------------------------------------------------ writing
    def new_category(self) -> None:
        self.tree.blockSignals(True)
        self.tree.setCurrentItem(None)
        self.tree.blockSignals(False)
        self.current = None
        self._show_current_new()

    def _show_current_new(self) -> None:
        self.form_box.setEnabled(True)
        self.form_box.setTitle(self.tr("New category"))
        for w in (self.code, self.name_zh, self.name_en):
            w.clear()
        self.parent_combo.setCurrentIndex(0)
        self.department.setCurrentIndex(0)
        self.complaint.setChecked(False)
        self.active.setChecked(True)
        self._show_targets(None)
        self.message.say("")
        self.code.setFocus()

    def save(self) -> None:
        key = self._selected_id()
        try:
            if key == EVERY:
                saved_id = None
            else:
                c = self.current
                saved = self.admin.save_category(
                    self.code.text(),
                    self.name_zh.text(),
                    self.name_en.text(),
                    parent=self.parent_combo.currentData(),
                    department=self.department.currentData() or "",
                    complaint=self.complaint.isChecked(),
                    active=self.active.isChecked(),
                    category_id=c.id if c else None,
                    expected_version=c.version if c else None,
                )
                saved_id = saved.id
            for (priority, kind), spin in self.targets.items():
                value = spin.value()
                if abs(value - self.loaded_targets.get((priority, kind), -1)) < 1e-9:
                    continue
                minutes = round(value * 60) or None
                self.admin.set_clock_target(saved_id, priority, kind, minutes)
        except Exception as exc:  # noqa: BLE001 - said in words under the form (MessageLine re-raises bugs)
            self.message.failed(exc)
            return
        self.reload(select=saved_id if saved_id is not None else None)
        self.message.say(self.tr("Saved."))
