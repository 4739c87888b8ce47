"""Writing many rows at once: ``RowWriter`` (one executemany per table), ``server_copy`` (COPY
into a PostgreSQL table) and ``chunks`` (IN lists of a size every database takes).

Only public SQLAlchemy API: a column type's bind processor comes from
``type.dialect_impl(dialect).bind_processor(dialect)``.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sequence
from typing import TYPE_CHECKING, Any, TypeVar, cast

from sqlalchemy import Boolean, Column, Connection, String, Table, Text, insert
from sqlalchemy.exc import DBAPIError
from sqlalchemy.types import TypeEngine

from commdesk.persistence.db import begin_before_driver_write

if TYPE_CHECKING:
    import psycopg

T = TypeVar("T")

#: ids per IN (...) list: well under every database's limit of bound parameters
CHUNK = 500


def chunks(items: Sequence[T], n: int = CHUNK) -> Iterator[Sequence[T]]:
    for i in range(0, len(items), n):
        yield items[i : i + n]


def server_copy(
    conn: Connection, table: str, columns: Sequence[str]
) -> Callable[[Iterable[Sequence[Any]]], None] | None:
    """On PostgreSQL through psycopg, a writer that streams rows (Python values in the order of
    ``columns``, no bind processing) into ``table`` with one COPY per call, inside ``conn``'s
    transaction: far fewer round trips than an INSERT per row or page. None elsewhere. A refusal
    by the server is raised as SQLAlchemy's error (``IntegrityError`` ...), as a statement's is,
    so it is said in words like any other (``db.explain``) and never shows the rows' values."""
    if conn.dialect.name != "postgresql" or conn.dialect.driver != "psycopg":
        return None
    raw = cast("psycopg.Connection[Any]", conn.connection.dbapi_connection)
    quote = conn.dialect.identifier_preparer.quote
    statement = f"COPY {quote(table)} ({', '.join(quote(c) for c in columns)}) FROM STDIN"
    driver_error = conn.dialect.loaded_dbapi.Error

    def write(rows: Iterable[Sequence[Any]]) -> None:
        begin_before_driver_write(conn)  # part of the caller's transaction, even as its first write
        try:
            with raw.cursor() as cur, cur.copy(statement) as copy:
                for row in rows:
                    copy.write_row(row)
        except driver_error as exc:
            raise DBAPIError.instance(
                statement, None, exc, driver_error, hide_parameters=True, dialect=conn.dialect
            ) from exc

    return write


def _default_value(col: Column[Any]) -> Any:
    d = col.default
    if d is None:
        return None
    if d.is_scalar:
        return d.arg  # type: ignore[attr-defined]  # a ScalarElementColumnDefault's value
    if d.is_callable:
        return d.arg(None)  # type: ignore[attr-defined]  # a CallableColumnDefault takes the context
    raise ValueError(col)


def _plain(type_: TypeEngine[Any]) -> bool:
    """SQLite takes Python's bool as 0 / 1 and str as it is: no bind processor needed."""
    return type(type_) in (Boolean, String, Text)  # exactly these: Enum, say, is a String that converts


def _bind_processor(type_: TypeEngine[Any], conn: Connection):
    return type_.dialect_impl(conn.dialect).bind_processor(conn.dialect)


class RowWriter:
    """INSERT of many rows given as tuples in the order of ``columns`` into the Core table ``tbl``;
    ``constants`` are the same for every row.

    SQLite: one plain DBAPI executemany, the other columns' Python defaults (evaluated once) and
    the bind processors applied here; Core's per-row parameter compilation costs more than
    SQLite's insert. Elsewhere, Core's executemany of dicts."""

    def __init__(
        self, conn: Connection, tbl: Table, columns: Sequence[str], constants: dict[str, Any] | None = None
    ):
        self.conn, self.tbl, self.columns = conn, tbl, tuple(columns)
        constants = dict(constants or {})
        self.sqlite = conn.dialect.name == "sqlite"
        self.constants = constants
        if not self.sqlite:
            return
        for c in tbl.c:
            if c.name not in self.columns and c.name not in constants and c.default is not None:
                constants[c.name] = _default_value(c)
        fixed = []
        for name, value in constants.items():
            proc = _bind_processor(tbl.c[name].type, conn)
            fixed.append(proc(value) if proc else value)
        self.fixed = tuple(fixed)
        self.procs = [
            (i, p)
            for i, n in enumerate(self.columns)
            if (p := _bind_processor(tbl.c[n].type, conn)) and not _plain(tbl.c[n].type)
        ]
        names = self.columns + tuple(constants)
        cols = ", ".join(conn.dialect.identifier_preparer.quote(n) for n in names)
        self.sql = f"INSERT INTO {tbl.name} ({cols}) VALUES ({', '.join('?' * len(names))})"

    def write(self, rows: Sequence[tuple]) -> None:
        if not rows:
            return
        if not self.sqlite:
            self.conn.execute(
                insert(self.tbl), [dict(zip(self.columns, r, strict=True), **self.constants) for r in rows]
            )
            return
        fixed = self.fixed
        params: Sequence[tuple]
        if self.procs:
            made = []
            for r in rows:
                t = list(r)
                for i, p in self.procs:
                    t[i] = p(t[i])
                made.append((*t, *fixed))
            params = made
        elif fixed:
            params = [(*r, *fixed) for r in rows]
        else:
            params = rows
        self.conn.exec_driver_sql(self.sql, params)
