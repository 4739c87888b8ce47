"""Create or edit a person: the first-run profile and the administrators' people editor."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QVBoxLayout, QWidget

from commdesk.core.domain.people import Person, Role
from commdesk.core.errors import CommdeskError, ConflictError, ValidationError
from commdesk.services.approvals import in_words
from commdesk.services.people import PeopleService
from commdesk.ui.common.ask import show_error
from commdesk.ui.generated.ui_person_form import Ui_PersonForm


class PersonDialog(QDialog):
    """``person=None`` creates; ``first_run=True`` creates the first profile (an administrator)."""

    def __init__(
        self,
        people: PeopleService,
        person: Person | None = None,
        *,
        first_run: bool = False,
        may_edit_roles: bool = True,
        departments: tuple[str, ...] = (),
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self.people = people
        self.person = person
        self.first_run = first_run
        self.result_person: Person | None = None
        self.form = QWidget(self)
        self.ui = Ui_PersonForm()
        self.ui.setupUi(self.form)
        self.ui.departmentEdit.addItems(list(departments))
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.form)
        layout.addWidget(self.buttons)
        self.role_checks = {
            Role.ADMINISTRATOR: self.ui.adminCheck,
            Role.OFFICER: self.ui.officerCheck,
            Role.REVIEWER: self.ui.reviewerCheck,
        }
        if first_run:
            self.setWindowTitle(self.tr("Create your profile"))
            for check in self.role_checks.values():
                check.setChecked(True)
            self.ui.adminCheck.setEnabled(False)  # the first person administers commdesk
        elif person is None:
            self.setWindowTitle(self.tr("Add a person"))
            self.ui.officerCheck.setChecked(True)
        else:
            self.setWindowTitle(self.tr("Edit {name}").format(name=person.name))
            self.ui.nameEdit.setText(person.name)
            self.ui.emailEdit.setText(person.email)
            self.ui.departmentEdit.setCurrentText(person.department)
            for role, check in self.role_checks.items():
                check.setChecked(person.has(role))
            if person.has_passphrase:
                self.ui.passEdit.setPlaceholderText(self.tr("unchanged (a passphrase is set)"))
        if not may_edit_roles:
            for check in self.role_checks.values():
                check.setEnabled(False)
        self._optional_hint = self.ui.passEdit.placeholderText()
        for check in self.role_checks.values():
            check.toggled.connect(self._show_passphrase_need)
        self._show_passphrase_need()
        if person is None and not first_run:
            # before anything is typed: what Save would refuse (someone who can approve has no
            # passphrase yet on a desk about to be shared), in the same words
            self.ui.errorLabel.setText(self.people.why_not_add())
        self.ui.nameEdit.setFocus()

    def _show_passphrase_need(self) -> None:
        """The passphrase field says when it is needed: the roles chosen can approve something and
        others use this desk (so no one approves in their name)."""
        if self.first_run or (self.person is not None and self.person.has_passphrase):
            return  # the first person is alone; a passphrase already set stays unless changed
        person_id = self.person.id if self.person is not None else None
        if self.people.needs_passphrase(self.roles(), person_id):
            self.ui.passEdit.setPlaceholderText(
                self.tr("needed: this person can approve {what}").format(what=in_words(self.roles()))
            )
        else:
            self.ui.passEdit.setPlaceholderText(self._optional_hint)

    def roles(self) -> frozenset[Role]:
        return frozenset(r for r, c in self.role_checks.items() if c.isChecked())

    def save(self) -> None:
        ui = self.ui
        ui.errorLabel.clear()
        passphrase = ui.passEdit.text()
        if passphrase != ui.pass2Edit.text():
            ui.errorLabel.setText(self.tr("The two passphrases differ; type the same passphrase twice."))
            ui.pass2Edit.setFocus()
            return
        name, email, dept = ui.nameEdit.text(), ui.emailEdit.text(), ui.departmentEdit.currentText()
        try:
            if self.first_run:
                self.result_person = self.people.create_first_profile(
                    name, email, dept, self.roles(), passphrase or None
                )
                from commdesk.services.procedure import ProcedureService

                self.people.ctx.service(ProcedureService).import_on_first_run()  # AP-4: version 1 from today
            elif self.person is None:
                self.result_person = self.people.create(name, email, dept, self.roles(), passphrase or None)
            else:
                edited = replace(self.person, name=name, email=email, department=dept, roles=self.roles())
                self.result_person = self.people.update(edited, passphrase=passphrase or None)
        except ValidationError as exc:
            ui.errorLabel.setText("\n".join(exc.errors.values()))
            widget = {"name": ui.nameEdit, "email": ui.emailEdit, "passphrase": ui.passEdit}.get(
                next(iter(exc.errors), "")
            )
            if widget is not None:
                widget.setFocus()
            return
        except ConflictError as exc:
            from commdesk.ui.common.conflict import resolve_conflict

            choice = resolve_conflict(self, exc)
            if choice == "theirs":
                self.reject()
            elif choice == "mine" and exc.theirs is not None:  # a lost race carries no versions
                self.person = replace(self.person, version=exc.theirs.version)
                self.save()
            return
        except CommdeskError as exc:
            show_error(self, self.windowTitle(), exc)
            return
        self.accept()
