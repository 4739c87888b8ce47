"""What the contacts pane does to several contacts and to distribution lists: trash, restore,
erase, bulk owner / beat / list changes, lists made, saved as searches, shown with who is left out.

A mixin of ``ContactsPane`` (it uses the pane's table, model, filters and ``changed``)."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QCoreApplication

from commdesk.core.errors import CommdeskError
from commdesk.ui.common.ask import ask, ask_text, confirm, show_error
from commdesk.ui.contacts.dialogs import choose_item, owner_items
from commdesk.ui.contacts.widgets import MembersDialog


def list_service(services):
    from commdesk.services.contacts.lists import ContactListService

    return services.get(ContactListService)


class ContactsActions:
    """``self.tr`` finds this class's context (PySide looks through the instance's class hierarchy), but
    not for plural (%n) strings, whose first lookup already "succeeds": those name the context."""

    # ------------------------------------------------------------------ several contacts
    def _run(self, fn, ok_text: str) -> bool:
        try:
            fn()
        except CommdeskError as exc:
            show_error(self, self.tr("Nothing was changed"), exc)
            return False
        self.changed()
        self.status_message.emit(ok_text)
        return True

    def delete_selected(self) -> None:
        ids = self.selected_ids()
        if not ids or self.trash_mode or not self.is_admin:
            return
        if not confirm(
            self,
            self.tr("Move to trash"),
            self.tr("Move %n contacts to the trash? They can be restored from the trash.", "", len(ids)),
        ):
            return
        self._run(
            lambda: self.contacts.delete(ids),
            QCoreApplication.translate("ContactsActions", "%n contacts moved to the trash.", "", len(ids)),
        )

    def restore_selected(self) -> None:
        ids = self.selected_ids()
        if ids:
            self._run(
                lambda: self.contacts.restore(ids),
                QCoreApplication.translate("ContactsActions", "%n contacts restored.", "", len(ids)),
            )

    def erase_selected(self) -> None:
        ids = self.selected_ids()
        if not ids or not self.is_admin:
            return
        if not confirm(
            self,
            self.tr("Erase for good"),
            self.tr(
                "Erase %n contacts for good? Their personal data is removed and cannot be restored; the audit "
                "log keeps only that a contact was erased.",
                "",
                len(ids),
            ),
        ):
            return

        def erase():
            for cid in ids:
                self.contacts.erase(cid)

        self._run(erase, QCoreApplication.translate("ContactsActions", "%n contacts erased.", "", len(ids)))

    def bulk_owner(self) -> None:
        ids = self.selected_ids()
        if not ids:
            return
        owners = [(None, self.tr("(nobody)")), *owner_items(self.contacts.owners())]
        i = choose_item(
            self,
            self.tr("Set owner"),
            QCoreApplication.translate("ContactsActions", "Owner (对接人) of %n contacts:", "", len(ids)),
            [name for _, name in owners],
        )
        if i is not None:
            self._run(
                lambda: self.contacts.bulk_set_owner(ids, owners[i][0]),
                QCoreApplication.translate("ContactsActions", "Owner set for %n contacts.", "", len(ids)),
            )

    def bulk_beat(self) -> None:
        ids = self.selected_ids()
        if not ids:
            return
        beat = ask_text(
            self,
            self.tr("Add beat"),
            QCoreApplication.translate("ContactsActions", "Beat to add to %n contacts:", "", len(ids)),
        )
        if beat and beat.strip():
            self._run(
                lambda: self.contacts.bulk_add_beat(ids, beat.strip()),
                QCoreApplication.translate("ContactsActions", "Beat added to %n contacts.", "", len(ids)),
            )

    def bulk_list(self) -> None:
        ids = self.selected_ids()
        if not ids:
            return
        lists = [lst for lst in list_service(self.services).lists() if not lst.smart]
        if not lists:
            ask(
                self,
                "info",
                self.tr("Add to list"),
                self.tr('There is no static list yet; make one with "New list…" first.'),
            )
            return
        i = choose_item(
            self,
            self.tr("Add to list"),
            QCoreApplication.translate("ContactsActions", "List for %n contacts:", "", len(ids)),
            [lst.name for lst in lists],
        )
        if i is not None:
            self._run(
                lambda: self.contacts.bulk_add_to_list(ids, lists[i].id),
                QCoreApplication.translate(
                    "ContactsActions", "%n contacts added to {list}.", "", len(ids)
                ).format(list=lists[i].name),
            )

    def remove_from_list(self) -> None:
        ids, list_id = self.selected_ids(), self.filters.list.currentData()
        if ids and list_id is not None:
            self._run(
                lambda: list_service(self.services).remove(list_id, ids),
                QCoreApplication.translate(
                    "ContactsActions", "%n contacts removed from the list.", "", len(ids)
                ),
            )

    # ------------------------------------------------------------------ lists
    def _list_chosen(self, list_id) -> None:
        self.filters.set_list(list_id)

    def new_list(self) -> None:
        name = ask_text(self, self.tr("New list"), self.tr("Name of the new list:"))
        if not (name and name.strip()):
            return
        ids = self.selected_ids() if len(self.table.selectionModel().selectedRows()) > 1 else []

        def make():
            lst = list_service(self.services).create_static(name.strip())
            list_id = getattr(lst, "id", lst)
            if ids:
                list_service(self.services).add(list_id, ids)

        self._run(make, self.tr("List {name} made.").format(name=name.strip()))

    def save_search_as_list(self) -> None:
        name = ask_text(
            self,
            self.tr("Save search as list"),
            self.tr(
                "Name of the smart list (it always holds the contacts matching the current search and filters):"
            ),
        )
        if name and name.strip():
            q = replace(self.query(), list_id=None, deleted=False)
            self._run(
                lambda: list_service(self.services).create_smart(name.strip(), q),
                self.tr("Smart list {name} saved.").format(name=name.strip()),
            )

    def delete_list(self, list_id) -> None:
        lst = self.lists_panel.current_list()
        if list_id is None or lst is None:
            return
        if not confirm(
            self,
            self.tr("Delete list"),
            self.tr("Delete the list {name}? The contacts stay; only the list goes.").format(name=lst.name),
        ):
            return
        if self._run(
            lambda: list_service(self.services).delete(list_id),
            self.tr("List {name} deleted.").format(name=lst.name),
        ):
            self.filters.set_list(None)

    def show_members(self, list_id) -> None:
        lst = self.lists_panel.current_list()
        if list_id is None or lst is None:
            return
        try:
            members = list_service(self.services).members(list_id)
        except CommdeskError as exc:
            show_error(self, self.tr("The members cannot be shown"), exc)
            return
        MembersDialog(lst.name, members, self).exec()
