"""What the PostgreSQL server refuses by itself: each person's login connected directly with psycopg
and plain SQL (no commdesk in between), as someone with psql and their own password would."""

from __future__ import annotations

import json

import psycopg
import pytest
from psycopg import errors

from commdesk.core.domain.people import Role
from commdesk.persistence.audit import chain_link, payload_digest


def _refused(team, key, sql, params=None, error=errors.InsufficientPrivilege):
    """Run ``sql`` as ``key``'s login; it must be refused with ``error``. Returns the message."""
    with team.connect(key) as conn, pytest.raises(error) as caught:
        conn.execute(sql, params)
    return str(caught.value)


def _scalar(team, key, sql, params=None):
    with team.connect(key) as conn:
        row = conn.execute(sql, params).fetchone()
        return row[0] if row else None


# ------------------------------------------------------------------------------ who is connected
def test_each_login_is_its_person(team_db):
    for key in ("admin", "officer", "reviewer", "officer2", "owner"):
        assert _scalar(team_db, key, "SELECT commdesk_session_person()") == team_db.people[key].id


def test_nobody_but_the_owner_alters_drops_or_truncates(team_db):
    for key in ("admin", "officer", "reviewer"):
        for sql in (
            "ALTER TABLE releases ADD COLUMN x integer",
            "DROP TABLE contacts",
            "TRUNCATE audit_log",
            "TRUNCATE contacts CASCADE",
            "DROP TRIGGER commdesk_audit_guard ON audit_log",
            "ALTER TABLE audit_log DISABLE TRIGGER ALL",
            "CREATE TABLE mine (x integer)",
            "CREATE TEMP TABLE mine (x integer)",
            "CREATE FUNCTION commdesk_session_person() RETURNS integer LANGUAGE sql AS 'SELECT 1'",
        ):
            _refused(team_db, key, sql)


def test_officers_cannot_write_people_settings_or_roles(team_db):
    officer = team_db.people["officer"]
    reviewer = team_db.people["reviewer"]
    _refused(
        team_db,
        "officer",
        "INSERT INTO people (name, email, department, roles, active, version, "
        "created_at, updated_at) VALUES ('x', '', '', 'administrator', true, 1, now(), now())",
    )
    _refused(
        team_db, "officer", "UPDATE people SET roles = 'administrator,officer' WHERE id = %s", (officer.id,)
    )
    _refused(team_db, "officer", "UPDATE people SET active = false WHERE id = %s", (reviewer.id,))
    assert "other people" in _refused(
        team_db, "officer", "UPDATE people SET name = 'x' WHERE id = %s", (reviewer.id,)
    )
    _refused(team_db, "officer", "DELETE FROM people WHERE id = %s", (reviewer.id,))
    assert "settings" in _refused(
        team_db, "officer", "INSERT INTO settings (key, value, version) VALUES ('org.name', '\"x\"', 1)"
    )
    _refused(team_db, "reviewer", "UPDATE settings SET value = '\"x\"' WHERE key = 'audit.head'")
    # group roles: nobody grants themselves more
    _refused(team_db, "officer", f'GRANT "{team_db.groups.administrator}" TO "{team_db.logins["officer"]}"')
    _refused(team_db, "admin", f'GRANT "{team_db.groups.reviewer}" TO "{team_db.logins["admin"]}"')
    _refused(
        team_db,
        "admin",
        "SELECT commdesk_team_sync_login(%s, 'reviewer', true)",
        (team_db.logins["officer"],),
    )
    # a login is never moved to another person (which would make them act as that person)
    _refused(
        team_db,
        "admin",
        "UPDATE people SET login = %s WHERE id = %s",
        (team_db.logins["admin"] + "x", reviewer.id),
    )


def test_everyone_edits_their_own_name_but_not_their_roles(team_db):
    officer = team_db.people["officer"]
    with team_db.connect("officer") as conn:
        conn.execute("UPDATE people SET department = 'Press' WHERE id = %s", (officer.id,))
        conn.rollback()


def test_officers_write_what_the_app_lets_them(team_db):
    with team_db.connect("officer") as conn:
        conn.execute(
            "INSERT INTO meeting_series (topic, frequency, backlog, version, created_at, updated_at) "
            "VALUES ('Weekly', 'weekly', '[]', 1, now(), now())"
        )
        conn.rollback()
    template = (
        "INSERT INTO release_templates (key, language, title, text, edited_by, version, created_at, "
        "updated_at) VALUES ('launch', 'zh', 'x', 'x', 'x', 1, now(), now())"
    )
    _refused(team_db, "officer", template)  # templates are the administrators'
    _refused(team_db, "officer", "DELETE FROM contact_merges")  # so are merges
    _refused(
        team_db,
        "reviewer",
        "INSERT INTO meeting_series (topic, frequency, backlog, version, created_at, "
        "updated_at) VALUES ('Weekly', 'weekly', '[]', 1, now(), now())",
    )
    with team_db.connect("admin") as conn:
        conn.execute(template)
        conn.execute(
            "INSERT INTO contact_lists (name, smart, query_json, version, created_at, updated_at) "
            "VALUES ('VIP', false, '{}', 1, now(), now())"
        )
        conn.rollback()


def test_strangers_cannot_connect(team_db):
    """A login of the server that is no one of this desk is not let in at all."""
    import uuid

    from sqlalchemy import create_engine, text

    stranger = f"cdt_stranger_{uuid.uuid4().hex[:6]}"
    owner = create_engine(team_db.url("owner"), isolation_level="AUTOCOMMIT")
    try:
        with owner.connect() as conn:
            conn.execute(text(f"CREATE ROLE \"{stranger}\" LOGIN PASSWORD 'x'"))
        dsn = team_db.dsn("owner").replace("commdesk:commdesk@", f"{stranger}:x@", 1)
        with pytest.raises(psycopg.OperationalError, match="permission denied"):
            psycopg.connect(dsn)
    finally:
        with owner.connect() as conn:
            conn.execute(text(f'DROP ROLE IF EXISTS "{stranger}"'))
        owner.dispose()


# ------------------------------------------------------------------------------ the audit log
def _audit_insert(conn, actor_id, actor_name, note="hand-made"):
    return conn.execute(
        "INSERT INTO audit_log (at, txn, actor_id, actor_name, entity, entity_id, action, note) "
        "VALUES (now(), 'x', %s, %s, 'people', '1', 'update', %s) RETURNING id, actor_id, actor_name, seq",
        (actor_id, actor_name, note),
    ).fetchone()


def test_audit_entries_name_the_connected_person(team_db):
    reviewer = team_db.people["reviewer"]
    with team_db.connect("officer") as conn:
        _id, actor_id, actor_name, seq = _audit_insert(conn, reviewer.id, reviewer.name)
        conn.rollback()
    assert (actor_id, actor_name, seq) == (team_db.people["officer"].id, team_db.people["officer"].name, None)


def test_audit_log_is_insert_only_even_for_administrators(team_db):
    with team_db.connect("owner") as conn:  # one sealed entry to try it on
        conn.execute("SELECT 1")
    with team_db.connect("admin") as conn:
        entry = conn.execute("SELECT id FROM audit_log WHERE seq IS NOT NULL ORDER BY seq LIMIT 1").fetchone()
    assert entry is not None
    for key in ("admin", "officer", "reviewer"):
        _refused(team_db, key, "DELETE FROM audit_log WHERE id = %s", entry)
        _refused(team_db, key, "DELETE FROM audit_log")
        _refused(team_db, key, "TRUNCATE audit_log")
        _refused(team_db, key, "UPDATE audit_log SET actor_name = 'someone' WHERE id = %s", entry)
        _refused(team_db, key, "UPDATE audit_log SET seq = seq + 1000 WHERE id = %s", entry)
    # the one change an administrator may make: blank an entry's text (a person's data erased)
    assert "never changed" in _refused(
        team_db, "admin", "UPDATE audit_log SET note = 'x' WHERE id = %s", entry
    )
    _refused(
        team_db, "officer", "UPDATE audit_log SET old = NULL, new = NULL, note = NULL WHERE id = %s", entry
    )
    with team_db.connect("admin") as conn:
        conn.execute("UPDATE audit_log SET old = NULL, new = NULL, note = NULL WHERE id = %s", entry)
        conn.rollback()


def test_a_seal_is_checked_against_the_chain(team_db):
    """Sealing one's own new entry is the one update the log sees, and only with the right hashes."""
    with team_db.connect("officer") as conn:
        conn.execute("SELECT pg_advisory_xact_lock(%s)", (int.from_bytes(b"cdaudit1", "big"),))
        row = conn.execute(
            "INSERT INTO audit_log (at, txn, actor_id, actor_name, entity, entity_id, action, field, old, "
            "new, note) VALUES (now(), 't1', NULL, 'x', 'people', '1', 'update', 'name', %s, %s, NULL) "
            "RETURNING id, at, txn, actor_id, actor_name, entity, entity_id, action, field, old, new, note",
            ('他说 "好"\n\t\\ \x01', "😀 café"),
        ).fetchone()
        tail = conn.execute(
            "SELECT seq, chain FROM audit_log WHERE seq IS NOT NULL ORDER BY seq DESC LIMIT 1"
        ).fetchone()
        seq, previous = (tail[0], tail[1]) if tail else (0, "")

        class Row:
            id, at, txn, actor_id, actor_name, entity, entity_id, action, field = row[:9]

        digest = payload_digest(row[9], row[10], row[11])
        with pytest.raises(errors.InsufficientPrivilege, match="does not fit"):
            conn.execute(
                "UPDATE audit_log SET seq = %s, digest = %s, chain = %s WHERE id = %s",
                (seq + 1, digest, "0" * 64, row[0]),
            )
        conn.rollback()
    with team_db.connect("officer") as conn:
        conn.execute("SELECT pg_advisory_xact_lock(%s)", (int.from_bytes(b"cdaudit1", "big"),))
        row = conn.execute(
            "INSERT INTO audit_log (at, txn, actor_id, actor_name, entity, entity_id, action, field, old, "
            "new, note) VALUES (now(), 't1', NULL, 'x', 'people', '1', 'update', 'name', %s, %s, NULL) "
            "RETURNING id, at, txn, actor_id, actor_name, entity, entity_id, action, field, old, new, note",
            ('他说 "好"\n\t\\ \x01', "😀 café"),
        ).fetchone()

        class Sealed:
            id, at, txn, actor_id, actor_name, entity, entity_id, action, field = row[:9]

        digest = payload_digest(row[9], row[10], row[11])
        link = chain_link(previous, seq + 1, Sealed, digest)
        conn.execute(
            "UPDATE audit_log SET seq = %s, digest = %s, chain = %s WHERE id = %s",
            (seq + 1, digest, link, row[0]),
        )
        # and the head may be recorded only as the log really ends
        with pytest.raises(errors.InsufficientPrivilege, match="head"), conn.transaction():
            conn.execute(
                "UPDATE settings SET value = %s WHERE key = 'audit.head'",
                (json.dumps({"seq": seq + 5, "chain": link}),),
            )
        conn.execute(
            "UPDATE settings SET value = %s WHERE key = 'audit.head'",
            (json.dumps({"seq": seq + 1, "chain": link}),),
        )
        conn.rollback()


# ------------------------------------------------------------------------------ approvals
@pytest.fixture(scope="module")
def submitted(team_db):
    """A release written by the officer, last edited by officer2, submitted to the reviewer
    (through commdesk, each as their own login)."""
    from commdesk.bootstrap import open_database
    from commdesk.core.releases.content import ReleaseContent
    from commdesk.core.releases.records import ReleaseEdit
    from commdesk.core.releases.workflow import Action
    from commdesk.services.releases.service import ReleaseService

    def acting(key):
        opened = open_database(team_db.url(key), migrate=False)
        person = team_db.people[key]
        opened.ctx.current = lambda: person
        return opened.ctx

    officer, officer2 = acting("officer"), acting("officer2")
    try:
        release = officer.service(ReleaseService).create(
            ReleaseEdit(
                ReleaseContent(title="新平台", body_markdown="第一段。", language="zh"),
                reviewer_ids=(team_db.people["reviewer"].id,),
            )
        )
        svc2 = officer2.service(ReleaseService)
        release = svc2.save(
            release.id,
            release.edit(
                content=release.content.__class__(title="新平台 2", body_markdown="第一段。", language="zh")
            ),
            release.version,
        )
        release = svc2.act(release.id, Action.SUBMIT, note="请审阅")
    finally:
        officer.engine.dispose()
        officer2.engine.dispose()
    return release


def _approve(conn, release_id, reviewer_id):
    conn.execute(
        "INSERT INTO release_approvals (release_id, reviewer_id, reviewer_name, content_hash, revision, at, "
        "note, voided_reason) SELECT id, %s, 'whoever', content_hash, revision, now(), '', '' "
        "FROM releases WHERE id = %s",
        (reviewer_id, release_id),
    )


def test_nobody_approves_in_someone_elses_name(team_db, submitted):
    reviewer = team_db.people["reviewer"].id
    for key in ("officer", "officer2", "admin"):
        with team_db.connect(key) as conn, pytest.raises(errors.InsufficientPrivilege):
            _approve(conn, submitted.id, reviewer)


def test_officers_cannot_approve_and_authors_and_editors_neither(team_db, submitted):
    with team_db.connect("officer") as conn, pytest.raises(errors.InsufficientPrivilege):
        _approve(conn, submitted.id, team_db.people["officer"].id)  # not a reviewer, and the author
    with team_db.connect("officer2") as conn, pytest.raises(errors.InsufficientPrivilege):
        _approve(conn, submitted.id, team_db.people["officer2"].id)  # last editor
    # the administrator lacks the reviewer role (and so its group's privilege)
    with team_db.connect("admin") as conn, pytest.raises(errors.InsufficientPrivilege):
        _approve(conn, submitted.id, team_db.people["admin"].id)


@pytest.fixture
def owner_team(team_db):
    """TeamService acting as the first administrator, connected as the owner."""
    from commdesk.bootstrap import open_database
    from commdesk.services.team import TeamService

    opened = open_database(team_db.url("owner"), migrate=False)
    first = team_db.people["owner"]
    opened.ctx.current = lambda: first
    yield opened.ctx.service(TeamService)
    opened.ctx.engine.dispose()


def test_author_and_last_editor_never_approve_even_as_reviewers(team_db, submitted, owner_team):
    """Given the reviewer role and chosen as reviewers, the author and the last editor are still
    refused by the database (four eyes), and nobody chosen by no one approves."""
    officer, officer2 = team_db.people["officer"], team_db.people["officer2"]
    try:
        for key in ("officer", "officer2"):
            owner_team.set_roles(team_db.logins[key], frozenset({Role.OFFICER, Role.REVIEWER}))
        with team_db.connect("officer") as conn:
            with (
                pytest.raises(errors.InsufficientPrivilege, match="only a reviewer chosen"),
                conn.transaction(),
            ):
                _approve(conn, submitted.id, officer.id)
            for person in (officer, officer2):
                conn.execute(
                    "INSERT INTO release_reviewers (release_id, person_id) VALUES (%s, %s)",
                    (submitted.id, person.id),
                )
            with pytest.raises(errors.InsufficientPrivilege, match="author"):
                _approve(conn, submitted.id, officer.id)
        with team_db.connect("officer") as conn:  # committed this time, for officer2's turn
            for person in (officer, officer2):
                conn.execute(
                    "INSERT INTO release_reviewers (release_id, person_id) VALUES (%s, %s)",
                    (submitted.id, person.id),
                )
            conn.commit()
        with (
            team_db.connect("officer2") as conn,
            pytest.raises(errors.InsufficientPrivilege, match="last editor"),
        ):
            _approve(conn, submitted.id, officer2.id)
    finally:
        for key in ("officer", "officer2"):
            owner_team.set_roles(team_db.logins[key], frozenset({Role.OFFICER}))
        with team_db.connect("officer") as conn:
            conn.execute(
                "DELETE FROM release_reviewers WHERE release_id = %s AND person_id IN (%s, %s)",
                (submitted.id, officer.id, officer2.id),
            )
            conn.commit()
    # the groups followed the roles back: no reviewer privilege any more
    with (
        team_db.connect("officer2") as conn,
        pytest.raises(errors.InsufficientPrivilege, match="permission denied"),
    ):
        _approve(conn, submitted.id, officer2.id)


def test_the_reviewer_approves_in_their_own_name_only_the_current_version(team_db, submitted):
    reviewer = team_db.people["reviewer"]
    with team_db.connect("reviewer") as conn:
        with pytest.raises(errors.InsufficientPrivilege, match="current version"), conn.transaction():
            conn.execute(
                "INSERT INTO release_approvals (release_id, reviewer_id, reviewer_name, content_hash, "
                "revision, at, note, voided_reason) VALUES (%s, %s, 'x', 'old', 1, now(), '', '')",
                (submitted.id, reviewer.id),
            )
        _approve(conn, submitted.id, reviewer.id)
        name, approval = conn.execute(
            "SELECT reviewer_name, id FROM release_approvals WHERE release_id = %s", (submitted.id,)
        ).fetchone()
        assert name == reviewer.name  # the connected person's, not what the client wrote
        conn.commit()
    # an approval is voided, never changed, moved or deleted; a voided one stays voided
    for key in ("officer", "reviewer", "admin"):
        for sql in (
            "UPDATE release_approvals SET reviewer_id = reviewer_id WHERE id = %s",
            "UPDATE release_approvals SET content_hash = 'other' WHERE id = %s",
            "DELETE FROM release_approvals WHERE id = %s",
        ):
            _refused(team_db, key, sql, (approval,))
    with team_db.connect("officer") as conn:
        conn.execute(
            "UPDATE release_approvals SET voided_at = now(), voided_reason = 'edited:3' WHERE id = %s",
            (approval,),
        )
        conn.commit()
    _refused(team_db, "reviewer", "UPDATE release_approvals SET voided_at = NULL WHERE id = %s", (approval,))


# ------------------------------------------------------------------------------ minutes sign-off
@pytest.fixture(scope="module")
def minutes(team_db):
    """Circulated minutes of a meeting, written by the officer (through commdesk, as their login)."""
    from commdesk.bootstrap import open_database

    with team_db.connect("officer") as conn:
        meeting = conn.execute(
            "INSERT INTO meetings (uid, sequence, kind, topic, purpose, tz, organiser_name, organiser_email, "
            "host, note_taker, room, link, dial_in, has_password, materials, equipment, preparation, "
            "cancelled, version, created_at, updated_at) VALUES ('m1@x', 0, 'in_person', 'Weekly', '', 'UTC', "
            "'', '', '', 'Emma Schmidt', '', '', '', false, '[]', '[]', '[]', false, 1, now(), now()) "
            "RETURNING id"
        ).fetchone()[0]
        minutes_id = conn.execute(
            "INSERT INTO meeting_minutes (meeting_id, number, state, notes, approved_by, writer_ids, "
            "reopen_reason, version, created_at, updated_at) VALUES (%s, 1, 'circulated', 'notes', '', %s, '', "
            "1, now(), now()) RETURNING id",
            (meeting, json.dumps([team_db.people["officer"].id])),
        ).fetchone()[0]
        conn.commit()
    del open_database
    return minutes_id


def _sign(conn, minutes_id, person_id):
    conn.execute(
        "UPDATE meeting_minutes SET state = 'approved', approved_at = now(), approved_by = 'x', "
        "approved_by_id = %s WHERE id = %s",
        (person_id, minutes_id),
    )


def test_minutes_are_signed_off_by_someone_else_in_their_own_name(team_db, minutes):
    officer, officer2, admin = (team_db.people[k] for k in ("officer", "officer2", "admin"))
    with team_db.connect("officer") as conn, pytest.raises(errors.InsufficientPrivilege, match="four eyes"):
        _sign(conn, minutes, officer.id)  # wrote them
    with team_db.connect("officer2") as conn, pytest.raises(errors.InsufficientPrivilege, match="four eyes"):
        _sign(conn, minutes, officer2.id)  # the named note-taker
    with (
        team_db.connect("officer") as conn,
        pytest.raises(errors.InsufficientPrivilege, match="someone else"),
    ):
        _sign(conn, minutes, admin.id)  # in another's name
    with (
        team_db.connect("officer") as conn,
        pytest.raises(errors.InsufficientPrivilege, match="never removed"),
    ):
        conn.execute("UPDATE meeting_minutes SET writer_ids = '[]' WHERE id = %s", (minutes,))
    _refused(team_db, "reviewer", "UPDATE meeting_minutes SET notes = 'x' WHERE id = %s", (minutes,))
    with team_db.connect("admin") as conn:
        _sign(conn, minutes, admin.id)
        assert (
            conn.execute("SELECT approved_by FROM meeting_minutes WHERE id = %s", (minutes,)).fetchone()[0]
            == admin.name
        )
        conn.rollback()


def test_the_chain_still_verifies(team_db):
    """Everything written above through commdesk as each login was sealed and still chains."""
    from sqlalchemy import create_engine

    from commdesk.persistence.audit import verify_chain

    engine = create_engine(team_db.url("owner"))
    try:
        with engine.connect() as conn:
            report = verify_chain(conn)
    finally:
        engine.dispose()
    assert report.ok, report.problem
    assert report.entries > 10


def test_an_upgrade_gives_new_tables_their_grants(team_db):
    """A migration adds a table (as the schema owner); the upgrade applies the server's rules
    again, so the officers can use it at once and still nobody but the owner alters it."""
    from commdesk.bootstrap import open_database

    with team_db.connect("owner") as conn:
        conn.execute("CREATE TABLE zz_new_area (id serial PRIMARY KEY, text varchar(20))")
        conn.execute(
            "UPDATE alembic_version SET version_num = '0041_outbox_hold' "
            "WHERE version_num = '0042_outbox_mask_passwords'"
        )
        conn.commit()
    _refused(team_db, "officer", "INSERT INTO zz_new_area (text) VALUES ('x')")
    opened = open_database(team_db.url("owner"))  # the upgrade re-runs 0042 (data only)
    try:
        assert opened.upgrade is not None and opened.upgrade.changed
    finally:
        opened.ctx.engine.dispose()
    with team_db.connect("officer") as conn:
        conn.execute("INSERT INTO zz_new_area (text) VALUES ('x')")
        conn.commit()
    assert _scalar(team_db, "reviewer", "SELECT count(*) FROM zz_new_area") == 1
    _refused(team_db, "reviewer", "INSERT INTO zz_new_area (text) VALUES ('x')")
    _refused(team_db, "admin", "ALTER TABLE zz_new_area ADD COLUMN y integer")


# ------------------------------------------------------------------------------ releases' history
def test_who_wrote_and_last_edited_a_release_cannot_be_rewritten(team_db, submitted):
    """The four-eyes facts the approvals rely on: the author never changes, a content change makes
    the person connected the last editor and comes with a new hash, revisions and steps are
    written in the connected person's name and never changed."""
    officer, officer2 = team_db.people["officer"], team_db.people["officer2"]
    rid = submitted.id
    _refused(team_db, "officer2", "UPDATE releases SET author_id = %s WHERE id = %s", (officer2.id, rid))
    _refused(team_db, "officer2", "UPDATE releases SET last_editor_id = %s WHERE id = %s", (officer.id, rid))
    with team_db.connect("officer") as conn:  # a new body with the old hash: caught at the commit
        conn.execute("UPDATE releases SET body_markdown = 'changed behind the hash' WHERE id = %s", (rid,))
        with pytest.raises(errors.InsufficientPrivilege, match="changes with its hash"):
            conn.commit()
    with team_db.connect("officer") as conn:  # a new hash, but the last editor left as officer2
        conn.execute("UPDATE releases SET body_markdown = 'x', content_hash = 'new' WHERE id = %s", (rid,))
        with pytest.raises(errors.InsufficientPrivilege, match="last editor"):
            conn.commit()
    for sql in (
        "UPDATE release_revisions SET editor_id = %s WHERE release_id = %s",
        "DELETE FROM release_revisions WHERE editor_id <> %s AND release_id = %s",
        "UPDATE release_steps SET actor_id = %s WHERE release_id = %s",
    ):
        _refused(team_db, "officer", sql, (officer.id, rid))
    _refused(
        team_db,
        "officer",
        "INSERT INTO release_revisions (release_id, number, content_json, content_hash, editor_id, "
        "editor_name, at, note) VALUES (%s, 99, '{}', 'h', %s, 'x', now(), '')",
        (rid, officer2.id),
    )
    with team_db.connect("officer") as conn:
        actor = conn.execute(
            "INSERT INTO release_steps (release_id, action, from_state, to_state, actor_id, actor_name, "
            "revision, at, note) VALUES (%s, 'edit', 'draft', 'draft', %s, 'someone', 1, now(), '') "
            "RETURNING actor_id, actor_name",
            (rid, officer2.id),
        ).fetchone()
        conn.rollback()
    assert actor == (officer.id, officer.name)


def test_whoever_changes_the_minutes_is_one_of_their_writers(team_db, minutes):
    """Changing the text of minutes with plain SQL without joining their writers (and then
    approving them) is refused when the transaction commits."""
    for sql in (
        "UPDATE meeting_minutes SET notes = 'rewritten' WHERE id = %s",
        "INSERT INTO meeting_minute_entries (minutes_id, position, kind, text) VALUES (%s, 0, 'decision', 'x')",
    ):
        with team_db.connect("officer2") as conn:
            conn.execute(sql, (minutes,))
            with pytest.raises(errors.InsufficientPrivilege, match="writers"):
                conn.commit()
    # nor can anyone claim a version as made in their transaction (the server's own bookkeeping)
    _refused(
        team_db, "officer2", "INSERT INTO commdesk_minutes_made VALUES (pg_current_xact_id(), %s)", (minutes,)
    )
    _refused(team_db, "officer2", "SELECT * FROM commdesk_minutes_made")
    with team_db.connect("officer2") as conn:  # as commdesk does it: the writer joins in the same save
        conn.execute(
            "UPDATE meeting_minutes SET notes = 'rewritten', writer_ids = %s WHERE id = %s",
            (json.dumps([team_db.people["officer"].id, team_db.people["officer2"].id]), minutes),
        )
        conn.rollback()


def test_a_rule_switched_off_by_the_owner_is_named_and_put_back(team_db):
    """Only the owner can switch a trigger off; ``missing_rules`` names it (for a check of the
    database) and applying the rules again puts it back."""
    from sqlalchemy import create_engine

    from commdesk.persistence import server_security

    engine = create_engine(team_db.url("owner"))
    try:
        with engine.begin() as conn:
            assert server_security.missing_rules(conn) == []
            conn.exec_driver_sql("ALTER TABLE audit_log DISABLE TRIGGER commdesk_audit_guard")
            conn.exec_driver_sql("DROP TRIGGER commdesk_approval_guard ON release_approvals")
            assert server_security.missing_rules(conn) == [
                ("commdesk_audit_guard", "audit_log"),
                ("commdesk_approval_guard", "release_approvals"),
            ]
            server_security.apply(conn)
            assert server_security.missing_rules(conn) == []
    finally:
        engine.dispose()


# ------------------------------------------------------------------------------ media contacts
def test_officers_correct_only_the_contacts_they_own(team_db):
    """As the window lets them: an officer corrects the contacts they own and cannot give them
    away; another officer's contact is refused; a reviewer only marks do-not-contact."""
    from commdesk.bootstrap import open_database
    from commdesk.core.contacts.records import ContactRecord, Email
    from commdesk.services.contacts.service import ContactService

    opened = open_database(team_db.url("admin"), migrate=False)
    admin = team_db.people["admin"]
    opened.ctx.current = lambda: admin
    try:
        contact = (
            opened.ctx.service(ContactService)
            .create(
                ContactRecord(full_name="王伟", emails=[Email("", "ww@xinhua.example.com")]),
                owner_id=team_db.people["officer"].id,
            )
            .id
        )
    finally:
        opened.ctx.engine.dispose()
    officer2 = team_db.people["officer2"]
    with team_db.connect("officer") as conn:
        conn.execute("UPDATE contacts SET title = '主编' WHERE id = %s", (contact,))
        conn.execute("UPDATE contact_emails SET label = 'work' WHERE contact_id = %s", (contact,))
        conn.rollback()
    assert "keeps them" in _refused(
        team_db, "officer", "UPDATE contacts SET owner_id = %s WHERE id = %s", (officer2.id, contact)
    )
    _refused(team_db, "officer2", "UPDATE contacts SET title = 'x' WHERE id = %s", (contact,))
    _refused(team_db, "officer2", "DELETE FROM contact_emails WHERE contact_id = %s", (contact,))
    _refused(team_db, "officer2", "DELETE FROM contacts WHERE id = %s", (contact,))
    _refused(team_db, "reviewer", "UPDATE contacts SET title = 'x' WHERE id = %s", (contact,))
    with team_db.connect("officer2") as conn:  # the last contact follows the history anyone logs
        conn.execute(
            "UPDATE contacts SET last_contact_at = now(), updated_at = now() WHERE id = %s", (contact,)
        )
        conn.rollback()
    with team_db.connect("reviewer") as conn:  # anyone marks do-not-contact, with a reason
        conn.execute(
            "INSERT INTO contact_consents (contact_id, channel, do_not_contact, reason, set_by, set_by_id, "
            "set_at, lifted_by, created_at, updated_at) "
            "VALUES (%s, 'phone', true, 'asked', 'x', %s, now(), '', now(), now())",
            (contact, team_db.people["reviewer"].id),
        )
        conn.rollback()


def test_nobody_marks_a_release_approved_without_the_approval_of_its_text(team_db, submitted):
    """The gate lets an approved, scheduled or published release leave; setting that state with
    plain SQL, without a valid approval of the current text, is refused at the commit."""
    for key in ("officer", "reviewer", "admin"):
        for state in ("approved", "published"):
            with team_db.connect(key) as conn:
                conn.execute("UPDATE releases SET state = %s WHERE id = %s", (state, submitted.id))
                with pytest.raises(errors.InsufficientPrivilege, match="four eyes"):
                    conn.commit()
