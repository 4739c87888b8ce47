"""The pieces every PL/pgSQL rule of a team's server is written with (``server_security``,
``server_four_eyes``): one way to declare a trigger function, to name the connected person and to
refuse a statement."""

from __future__ import annotations

from collections.abc import Iterable

#: A plain trigger before every change, or a constraint trigger deferred to the commit.
GUARD = "BEFORE INSERT OR UPDATE OR DELETE"
BEFORE, AT_COMMIT = False, True

#: The connected person as ``me`` (a ``people%ROWTYPE`` variable), or the statement is refused.
ME = (
    "SELECT * INTO me FROM people WHERE login = session_user::text AND active;\n"
    "  IF NOT FOUND THEN\n"
    "    RAISE EXCEPTION USING ERRCODE = '42501', MESSAGE = format("
    "'the login %s is not an active person of this desk', session_user);\n"
    "  END IF;"
)

#: The schema owner (and a superuser) passes every guard: it runs upgrades, copies and restores.
MAINTAINER_PASSES = """  IF commdesk_team_maintainer() THEN
    RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
  END IF;
"""


def refuse(message: str, errcode: str = "42501") -> str:
    """The statement that refuses with ``message`` (SQL text: quotes doubled by the caller)."""
    return f"RAISE EXCEPTION USING ERRCODE = '{errcode}', MESSAGE = '{message}';"


def trigger_function(
    schema: str, path: str, name: str, body: str, declare: Iterable[str] = (), definer: bool = False
) -> str:
    """``CREATE OR REPLACE FUNCTION schema.name() RETURNS trigger`` in PL/pgSQL with ``path`` as
    its search path, the variables ``declare`` (``"me people%ROWTYPE"``) and ``body`` (the lines
    between BEGIN and END); ``definer``: it runs with the owner's rights."""
    variables = "".join(f"  {v};\n" for v in declare)
    return (
        f"CREATE OR REPLACE FUNCTION {schema}.{name}() RETURNS trigger\n"
        f"LANGUAGE plpgsql {'SECURITY DEFINER ' if definer else ''}{path} AS $$\n"
        f"{'DECLARE' + chr(10) + variables if variables else ''}BEGIN\n{body}END $$"
    )
