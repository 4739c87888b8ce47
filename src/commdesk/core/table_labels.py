"""The one way an area hands its tables' words to ``core.labels``.

Each area's ``core/<area>/labels.py`` names the kind of record each of its tables holds in
``entity_labels()`` (``{"crises": translate("CrisisLabels", "Crisis")}``, translated when called, so
in the language then in force) and registers every table with the same field and value words:

    def register_labels(register) -> None:
        register_tables(register, entity_labels, field_labels=field_labels,
                        references={"owner_id": PERSON})

This module imports neither the areas nor ``core.labels``, so both import it without a cycle; the
kinds of record a stored id points at (``PERSON`` ...) live here for the same reason.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping

# Kinds of record a stored value can point at; ``core.labels.NameLookup(kind, value)`` gives its name.
PERSON = "person"
RELEASE = "release"
RELEASE_TEMPLATE = "release_template"

TableLabels = Callable[[], Mapping[str, str]]


def register_tables(register: Callable[..., None], entity_labels: TableLabels, **labels: object) -> None:
    """Register each table of ``entity_labels()`` (table -> kind of record in words) through
    ``register`` (``core.labels.register``) with its own entity label and the shared ``labels``
    (``field_labels``, ``value_labels``, ``value_text``, ``references``)."""
    for table in entity_labels():
        register(table, entity_label=_label_of(entity_labels, table), **labels)


def _label_of(entity_labels: TableLabels, table: str) -> Callable[[], str]:
    return lambda: entity_labels()[table]
