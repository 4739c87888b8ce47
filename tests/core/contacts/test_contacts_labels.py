"""The contacts' words for the shared history dialog and the forms: every column of the
contacts tables has a label, and stored codes read as words."""

from __future__ import annotations

from sqlalchemy import inspect

from commdesk.core.contacts.labels import (
    entry_code,
    field_labels,
    history_value,
    language_label,
    source_label,
)
from commdesk.persistence.models.contacts import (
    ContactConsentRow,
    ContactListMemberRow,
    ContactListRow,
    ContactRow,
    InteractionRow,
    OutletRow,
)

BOOKKEEPING = {
    "id",
    "version",
    "created_at",
    "updated_at",
    "search_text",
    "sort_key",
    "pinyin_key",
    "outlet_key",
    "primary_email",
    "primary_phone",
    "last_contact_at",
    "name_key",
    "set_by_id",
    "logged_by_id",
    "added_at",
}


def test_every_audited_column_has_a_label():
    labels = field_labels()
    for model in (
        ContactRow,
        OutletRow,
        ContactConsentRow,
        InteractionRow,
        ContactListRow,
        ContactListMemberRow,
    ):
        for col in inspect(model).columns.keys():  # noqa: SIM118 - a ColumnCollection iterates columns, not names
            if col not in BOOKKEEPING:
                assert col in labels and labels[col] and "_" not in labels[col], (model.__tablename__, col)
    assert labels["emails_text"] == "E-mail" and labels["owner_id"] == "Owner"


def test_stored_codes_read_as_words():
    assert history_value("status", "left") == "Left the outlet" and history_value("tier", "A") == "Tier A"
    assert history_value("kind", "event_invitation") == "Event invitation"
    assert history_value("channel", "email") == "e-mail" and history_value("deleted", "true") == "yes"
    assert history_value("phones_text", "+8613912345678 (mobile)\n+861063071114 (采访专用)") == (
        "+8613912345678 (mobile)\n+861063071114 (采访专用)"
    )
    assert history_value("notes", "as typed") == "as typed" and history_value("title", None) == ""
    assert language_label("zh / en") == "Chinese / English" and language_label("fr-CA") == "French"
    assert language_label("Klingon") == "Klingon"
    assert (
        source_label("import of list.csv") == "import of list.csv"
        and source_label("business card") == "business card"
    )
    assert (
        entry_code("Mobile") == "mobile"
        and entry_code("手机") == "mobile"
        and entry_code("采访专用") == "采访专用"
    )


def test_registered_for_the_shared_history_views():
    from commdesk.core import labels

    assert labels.field_label("contacts", "emails_text") == "E-mail"  # the registry loads the areas' labels
    assert any(e.value_text is history_value for e in labels._entities_of("contacts"))
    assert labels.value_label("contacts", "status", "left") == "Left the outlet"
    assert labels.value_label("contact_interactions", "kind", "event_invitation") == "Event invitation"
    assert labels.value_label("contacts", "preferred_channel", "wechat") == "WeChat"
    assert labels.value_label("contact_consents", "channel", "mail") == "post"
