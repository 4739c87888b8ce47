"""Checks on what a flush is about to write, so that the database never has to refuse it with
a message people cannot read: a text longer than its column allows is named by its field.

SQLite does not enforce ``String(n)`` at all and PostgreSQL refuses with "value too long for
type character varying(n)" and no column name; checked here, both say the same, per field.
"""

from __future__ import annotations

from sqlalchemy import event, inspect
from sqlalchemy.orm import Session

from commdesk.core.errors import ValidationError
from commdesk.core.i18n import translate


def _too_long(session: Session) -> dict[str, str]:
    from commdesk.core.labels import field_label

    errors: dict[str, str] = {}
    for obj in list(session.new) + list(session.dirty):
        state = inspect(obj)
        table = getattr(type(obj), "__tablename__", "")
        for attr in state.mapper.column_attrs:
            length = getattr(attr.columns[0].type, "length", None)
            value = state.dict.get(attr.key)  # only what is loaded or set: never a lazy load here
            if length and isinstance(value, str) and len(value) > length and attr.key not in errors:
                errors[attr.key] = translate(
                    "Database",
                    "{field} is too long: at most {max} characters, this one has {n}. Shorten it "
                    "and save again.",
                ).format(field=field_label(table, attr.key), max=length, n=len(value))
    return errors


def _before_flush(session: Session, _flush_context, _instances) -> None:
    errors = _too_long(session)
    if errors:
        raise ValidationError(errors)


def install(session_class: type[Session]) -> None:
    if not event.contains(session_class, "before_flush", _before_flush):
        event.listen(session_class, "before_flush", _before_flush)
