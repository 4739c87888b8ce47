"""``core.table_labels.register_tables``: the one way an area hands its tables' words to the labels
registry. Each table gets its own kind of record, in the language in force when it is read."""

from __future__ import annotations

from commdesk.core import i18n, labels
from commdesk.core.table_labels import register_tables


def _words() -> dict[str, str]:
    return {
        "zz_parcels": i18n.translate("ZzTest", "Parcel"),
        "zz_parcel_notes": i18n.translate("ZzTest", "Parcel note"),
    }


def test_each_table_is_registered_with_its_own_kind_and_the_shared_words():
    try:
        register_tables(
            labels.register,
            _words,
            field_labels=lambda: {"weight": "Weight"},
            references={"sender_id": labels.PERSON},
        )
        assert labels.entity_label("zz_parcels") == "Parcel"
        assert labels.entity_label("zz_parcel_notes") == "Parcel note"
        assert labels.field_label("zz_parcel_notes", "weight") == "Weight"
        assert labels.reference_kind("zz_parcels", "sender_id") == labels.PERSON
        assert labels.entity_label("zz_parcel_notes_x") == "Zz parcel notes x"  # not registered
    finally:
        labels.unregister("zz_parcels")
        labels.unregister("zz_parcel_notes")


def test_the_kind_is_read_in_the_language_in_force_when_it_is_shown():
    before, language = i18n._translator, i18n.language()
    try:
        register_tables(labels.register, _words)
        i18n.set_translator(lambda ctx, text, dis, n: {"Parcel": "包裹"}.get(text, text), "zh_CN")
        assert labels.entity_label("zz_parcels") == "包裹"
        i18n.set_translator(None)
        assert labels.entity_label("zz_parcels") == "Parcel"
    finally:
        i18n.set_translator(before, language)
        labels.unregister("zz_parcels")
        labels.unregister("zz_parcel_notes")
