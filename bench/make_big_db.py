"""A big commdesk database for the start-up bench: an office ten times the first targets' size.

    .venv/bin/python bench/make_big_db.py [/tmp/commdesk-big.sqlite3] [--contacts 1000000]
        [--releases 20000] [--meetings 20000] [--audit 2000000]

It starts from commdesk's own demo database (a fresh file migrated with commdesk's migrations, with
people, settings and sample records, so the window signs in and Home has something of everything),
then adds the bulk with raw ``executemany`` in big transactions:

- contacts with their e-mails, phones, beats and outlets, their derived search columns and
  short-term keys exactly as the contacts repository computes them (``rows.row_tuple_and_keys``,
  ``rows.child_tuples``), and the trigram search index filled in one INSERT ... SELECT (the
  insert trigger is dropped meanwhile and made again, as an import does);
- releases in every state over five years (embargoes, reviewers of those in review, the change
  requests of those returned, coverage of the published ones);
- meetings over five years and the coming weeks, with participants, minutes (recent ones still
  due or late) and action items (open, overdue, done);
- audit entries continuing the demo's hash chain, sealed in one pass with commdesk's own
  ``payload_digest`` and ``chain_link``, and the recorded head moved on, so ``audit --verify``
  passes.

Large data goes to /tmp, never into the repository.
"""

from __future__ import annotations

import argparse
import random
import sqlite3
import sys
import time
from collections import namedtuple
from datetime import UTC, datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

DEFAULT = Path("/tmp/commdesk-big.sqlite3")
SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦傅方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤"
GIVEN = "伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超秀兰霞平刚桂英华玉萍红娥玲芬燕彬鹏辉宇浩凯健俊帆帅旭宁龙林欣怡佳琪雪晨思雨梦瑶婷子涵博文轩一诺"
LATIN_FIRST = [
    "Anna",
    "Ben",
    "Clara",
    "David",
    "Emma",
    "Felix",
    "Grace",
    "Henry",
    "Iris",
    "Jack",
    "Laura",
    "Max",
    "Nina",
    "Oscar",
    "Paul",
    "Rosa",
    "Sam",
    "Tom",
    "Uma",
    "Victor",
]
LATIN_LAST = [
    "Schmidt",
    "Miller",
    "Smith",
    "Brown",
    "Dubois",
    "Rossi",
    "Garcia",
    "Novak",
    "Jensen",
    "Tanaka",
    "Kim",
    "Nguyen",
    "Silva",
    "Weber",
    "Moreau",
]
BEATS = [
    "科技",
    "财经",
    "汽车",
    "能源",
    "制造",
    "医疗",
    "教育",
    "消费",
    "政策",
    "国际",
    "Technology",
    "Business",
    "Energy",
    "Health",
    "Policy",
    "Industry",
]
TITLES = ["记者", "主编", "编辑", "首席记者", "栏目主持", "Reporter", "Editor", "Correspondent", "Producer"]
OUTLET_BASES = [
    "日报",
    "晚报",
    "财经",
    "科技网",
    "商报",
    "电视台",
    "周刊",
    "新闻网",
    "Daily",
    "Times",
    "Review",
]
CITIES = ["北京", "上海", "深圳", "广州", "杭州", "成都", "武汉", "南京", "Berlin", "London", "Singapore"]
TOPICS = [
    "周例会",
    "发布会筹备",
    "媒体培训",
    "危机演练",
    "产品沟通会",
    "Quarterly review",
    "Press briefing",
    "项目A 周报",
]
STATES = (
    ("published", 60),
    ("archived", 14),
    ("draft", 8),
    ("in_review", 5),
    ("changes_requested", 3),
    ("approved", 3),
    ("scheduled", 3),
    ("withdrawn", 4),
)

AuditEntry = namedtuple(
    "AuditEntry",
    "id at txn actor_id actor_name entity entity_id action field old new note",
)


def stamp(dt: datetime) -> str:
    """A UTC instant as commdesk's SQLite columns store it."""
    return dt.astimezone(UTC).strftime("%Y-%m-%d %H:%M:%S.%f")


class Filler:
    """INSERTs of given columns; every other NOT NULL column gets a neutral value of its type."""

    def __init__(self, con: sqlite3.Connection, table: str, columns: tuple[str, ...], now: datetime):
        info = con.execute(f"PRAGMA table_info({table})").fetchall()
        missing = [(name, typ.upper()) for _cid, name, typ, notnull, _d, pk in info if notnull and not pk]
        extra = {}
        for name, typ in missing:
            if name in columns:
                continue
            if name == "version":
                extra[name] = 1
            elif "DATETIME" in typ or "TIMESTAMP" in typ:
                extra[name] = stamp(now)
            elif typ == "DATE":
                extra[name] = now.date().isoformat()
            elif "INT" in typ or "BOOL" in typ:
                extra[name] = 0
            else:
                extra[name] = "[]" if name.endswith("_json") else ""
        self.con = con
        self.extra = tuple(extra.values())
        cols = (*columns, *extra)
        quoted = ", ".join(f'"{c}"' for c in cols)
        self.sql = f"INSERT INTO {table} ({quoted}) VALUES ({', '.join('?' * len(cols))})"

    def write(self, rows) -> int:
        extra = self.extra
        rows = [(*r, *extra) for r in rows]
        self.con.executemany(self.sql, rows)
        return len(rows)


def max_id(con, table: str) -> int:
    return con.execute(f"SELECT coalesce(max(id), 0) FROM {table}").fetchone()[0]


# ------------------------------------------------------------------------------------ contacts
def add_contacts(con, n: int, rng: random.Random, now: datetime, people: list[int]) -> None:
    from commdesk.core.contacts.names import to_pinyin
    from commdesk.core.contacts.records import ContactRecord, Email, Phone, Status, Tier
    from commdesk.persistence.models.contacts import SQLITE_FTS_DDL
    from commdesk.persistence.repositories.contacts.rows import (
        CHILD_COLUMNS,
        ROW_COLUMNS,
        child_tuples,
        outlet_key,
        row_tuple_and_keys,
    )
    from commdesk.persistence.repositories.contacts.search_keys import short_token

    start = time.time()
    outlets: dict[str, int] = {}
    next_outlet = max_id(con, "outlets") + 1
    known = {key for (key,) in con.execute("SELECT name_key FROM outlets")}
    outlet_rows = []
    for i in range(2000):
        name = f"{rng.choice(CITIES)}{rng.choice(OUTLET_BASES)} {i + 1}"
        key = outlet_key(name)
        if key in known:
            continue
        known.add(key)
        outlets[name] = next_outlet
        kind = rng.choice(["newspaper", "online", "tv", "radio", "magazine", "wire", "other"])
        outlet_rows.append((next_outlet, name, key, kind))
        next_outlet += 1
    Filler(con, "outlets", ("id", "name", "name_key", "kind"), now).write(outlet_rows)
    names = list(outlets)

    class Ids:
        @staticmethod
        def id_for(name: str) -> int:
            return outlets[name]

    chinese = [
        f"{s}{g}{h}" if k % 3 else f"{s}{g}"
        for k, (s, g, h) in enumerate(
            (rng.choice(SURNAMES), rng.choice(GIVEN), rng.choice(GIVEN)) for _ in range(6000)
        )
    ]
    pinyin = {name: to_pinyin(name) for name in chinese}
    latin = [f"{f} {last}" for f in LATIN_FIRST for last in LATIN_LAST]
    contacts = Filler(
        con,
        "contacts",
        ("id", *ROW_COLUMNS, "owner_id", "deleted", "erased", "created_at", "updated_at", "version"),
        now,
    )
    children = {model: Filler(con, model.__tablename__, cols, now) for model, cols in CHILD_COLUMNS.items()}
    con.execute("DROP TRIGGER IF EXISTS contact_fts_ai")  # filled below in one statement
    first = max_id(con, "contacts") + 1
    cid = first
    batch = 20000
    tiers = [Tier.A, Tier.B, Tier.C, None]
    for base in range(0, n, batch):
        rows, kids, docs = [], {m: [] for m in CHILD_COLUMNS}, []
        for _ in range(min(batch, n - base)):
            if rng.random() < 0.75:
                name = rng.choice(chinese)
                rec = ContactRecord(full_name=name, pinyin=pinyin[name])
            else:
                rec = ContactRecord(full_name=rng.choice(latin))
            rec.outlet = rng.choice(names)
            if rng.random() < 0.15:
                rec.outlets = [rec.outlet, rng.choice(names)]
            rec.beats = rng.sample(BEATS, rng.randint(1, 3))
            rec.title = rng.choice(TITLES)
            rec.emails = [Email("work", f"c{cid}@m{cid % 997}.example.com", True)]
            if rng.random() < 0.8:
                rec.phones = [Phone("mobile", f"+86139{cid:08d}", True)]
            rec.tier = rng.choice(tiers)
            rec.status = Status.ACTIVE if rng.random() < 0.93 else Status.LEFT
            values, keys = row_tuple_and_keys(rec)
            created = stamp(now - timedelta(days=rng.randint(0, 1800)))
            rows.append((cid, *values, rng.choice(people), False, False, created, created, 1))
            for model, part in child_tuples(cid, rec, Ids).items():
                kids[model] += part
            if keys:
                docs.append((cid, " ".join(map(short_token, keys))))
            cid += 1
        con.execute("BEGIN")
        contacts.write(rows)
        for model, part in kids.items():
            children[model].write(part)
        con.executemany("INSERT INTO contact_fts_short (rowid, keys) VALUES (?, ?)", docs)
        con.execute("COMMIT")
        print(f"  contacts {cid - first:,} ({time.time() - start:.0f} s)", flush=True)
    con.execute("BEGIN")
    con.execute(
        "INSERT INTO contact_fts(rowid, text) SELECT id, search_text FROM contacts WHERE id >= ?", (first,)
    )
    con.execute(SQLITE_FTS_DDL[1])
    con.execute("COMMIT")
    print(f"  contacts' search index ({time.time() - start:.0f} s)", flush=True)


# ------------------------------------------------------------------------------------ releases
def add_releases(con, n: int, rng: random.Random, now: datetime, people: list[int]) -> None:
    start = time.time()
    first = max_id(con, "releases") + 1
    releases = Filler(
        con,
        "releases",
        (
            "id",
            "reference",
            "state",
            "title",
            "language",
            "embargo",
            "embargo_tz",
            "content_hash",
            "revision",
            "author_id",
            "last_editor_id",
            "owner_id",
            "published_at",
            "created_at",
            "updated_at",
            "dateline_date",
            "review_rule",
        ),
        now,
    )
    reviewers = Filler(con, "release_reviewers", ("release_id", "person_id"), now)
    steps = Filler(
        con,
        "release_steps",
        (
            "release_id",
            "action",
            "from_state",
            "to_state",
            "actor_id",
            "actor_name",
            "revision",
            "at",
            "note",
        ),
        now,
    )
    coverage = Filler(
        con,
        "release_coverage",
        (
            "release_id",
            "outlet",
            "outlet_kind",
            "journalist_name",
            "day",
            "headline",
            "reach",
            "tone",
            "original",
        ),
        now,
    )
    names = dict(con.execute("SELECT id, name FROM people"))
    weights = [w for _, w in STATES]
    per_year: dict[int, int] = {}
    rows, rev_rows, step_rows, cov_rows = [], [], [], []
    for rid in range(first, first + n):
        state = rng.choices([s for s, _ in STATES], weights)[0]
        if state in ("published", "archived", "withdrawn"):
            created = now - timedelta(days=rng.uniform(7, 1825))
        else:
            created = now - timedelta(days=rng.uniform(0, 60))
        year = created.year
        per_year[year] = per_year.get(year, 999) + 1
        author = rng.choice(people)
        editor = author if rng.random() < 0.8 else rng.choice(people)
        embargo = published = None
        if state == "scheduled":
            embargo = now + timedelta(hours=rng.uniform(2, 24 * 14))
        elif state == "approved" and rng.random() < 0.5:
            embargo = now + timedelta(hours=rng.uniform(-48, 24 * 10))
        elif state in ("published", "archived"):
            published = created + timedelta(days=rng.uniform(1, 6))
            if rng.random() < 0.3:
                embargo = published
        updated = published or created + timedelta(hours=rng.uniform(0, 48))
        if updated > now:
            updated = now - timedelta(minutes=rng.uniform(1, 600))
        lang = "zh" if rng.random() < 0.7 else "en"
        title = (
            f"{rng.choice(CITIES)}{rng.choice(['发布', '推出', '宣布', '携手'])}{rng.choice(BEATS)}新进展 {rid}"
            if lang == "zh"
            else f"Huaxin announces {rng.choice(BEATS)} update {rid}"
        )
        rows.append(
            (
                rid,
                f"PR-{year}-{per_year[year]:04d}",
                state,
                title,
                lang,
                stamp(embargo) if embargo else None,
                "Asia/Shanghai" if embargo else "",
                f"{rid:064x}",
                1,
                author,
                editor,
                author,
                stamp(published) if published else None,
                stamp(created),
                stamp(updated),
                created.date().isoformat(),
                "any",
            )
        )
        if state == "in_review":
            for reviewer in rng.sample([p for p in people if p not in (author, editor)] or people, 2):
                rev_rows.append((rid, reviewer))
        if state == "changes_requested":
            step_rows.append(
                (
                    rid,
                    "request_changes",
                    "in_review",
                    "changes_requested",
                    3,
                    names.get(3, "?"),
                    1,
                    stamp(updated),
                    "请补充数据来源 / please add the sources",
                )
            )
        if state in ("published", "archived"):
            for _ in range(rng.randint(0, 3)):
                day = (published or created) + timedelta(days=rng.uniform(0, 10))
                cov_rows.append(
                    (
                        rid,
                        f"{rng.choice(CITIES)}{rng.choice(OUTLET_BASES)}",
                        rng.choice(["newspaper", "online", "tv", "radio", "wechat", "weibo"]),
                        "",
                        min(day, now).date().isoformat(),
                        title,
                        rng.randint(1000, 2000000),
                        rng.choice(["positive", "positive", "neutral", "negative"]),
                        rng.random() < 0.7,
                    )
                )
    con.execute("BEGIN")
    releases.write(rows)
    reviewers.write(rev_rows)
    steps.write(step_rows)
    coverage.write(cov_rows)
    con.execute("COMMIT")
    print(f"  releases {n:,}, coverage {len(cov_rows):,} ({time.time() - start:.0f} s)", flush=True)


# ------------------------------------------------------------------------------------ meetings
def add_meetings(con, n: int, rng: random.Random, now: datetime, people: list[int]) -> None:
    start = time.time()
    first = max_id(con, "meetings") + 1
    names = dict(con.execute("SELECT id, name FROM people"))
    emails = dict(con.execute("SELECT id, email FROM people"))
    meetings = Filler(
        con,
        "meetings",
        (
            "id",
            "uid",
            "kind",
            "topic",
            "start",
            "duration",
            "tz",
            "organiser_id",
            "organiser_name",
            "organiser_email",
            "room",
            "link",
            "cancelled",
            "note_taker",
            "created_at",
            "updated_at",
            "invitation_sent_at",
        ),
        now,
    )
    participants = Filler(
        con, "meeting_participants", ("meeting_id", "position", "name", "email", "person_id", "response"), now
    )
    minutes = Filler(
        con,
        "meeting_minutes",
        (
            "meeting_id",
            "number",
            "state",
            "notes",
            "circulated_at",
            "approved_at",
            "approved_by",
            "approved_by_id",
            "distributed_at",
            "created_at",
            "updated_at",
            "writer_ids",
        ),
        now,
    )
    actions = Filler(
        con,
        "meeting_actions",
        (
            "meeting_id",
            "description",
            "owner_name",
            "owner_email",
            "owner_person_id",
            "deadline",
            "status",
            "created_at",
            "updated_at",
        ),
        now,
    )
    rows, part_rows, min_rows, act_rows = [], [], [], []
    for mid in range(first, first + n):
        # five years back, a few weeks ahead; in office hours (Shanghai: 01:00-09:00 UTC)
        day = (now - timedelta(days=rng.uniform(-30, 1825))).date()
        at = datetime(day.year, day.month, day.day, rng.randint(1, 9), rng.choice([0, 30]), tzinfo=UTC)
        organiser = rng.choice(people)
        cancelled = rng.random() < 0.03
        kind = rng.choice(["conference", "in_person"])
        duration = rng.choice([30, 45, 60, 90, 120])
        rows.append(
            (
                mid,
                f"big-{mid}@commdesk.example.org",
                kind,
                f"{rng.choice(TOPICS)} {mid}",
                stamp(at),
                duration,
                "Asia/Shanghai",
                organiser,
                names[organiser],
                emails[organiser],
                "3楼会议室" if kind == "in_person" else "",
                "" if kind == "in_person" else "https://meet.example.org/x",
                cancelled,
                names[organiser],
                stamp(at - timedelta(days=3)),
                stamp(at - timedelta(days=2)),
                stamp(at - timedelta(days=2)),
            )
        )
        for pos, pid in enumerate(rng.sample(people, 3)):
            part_rows.append((mid, pos, names[pid], emails[pid], pid, "accepted"))
        end = at + timedelta(minutes=duration)
        if cancelled or end > now:
            continue
        age = (now - end).days
        if age > 14 or rng.random() < 0.7:
            writer = rng.choice(people)
            approver = rng.choice([p for p in people if p != writer])
            done = end + timedelta(hours=rng.uniform(1, 8))
            min_rows.append(
                (
                    mid,
                    1,
                    "approved",
                    "要点 / points",
                    stamp(done),
                    stamp(done),
                    names[approver],
                    approver,
                    stamp(done),
                    stamp(end),
                    stamp(done),
                    f"[{writer}]",
                )
            )
        for _ in range(rng.randint(0, 3)):
            owner = rng.choice(people)
            deadline = (end + timedelta(days=rng.randint(3, 30))).date()
            if deadline < now.date() - timedelta(days=30):
                status = rng.choices(["done", "cancelled", "open"], [90, 5, 5])[0]
            else:
                status = rng.choice(["open", "in_progress", "done"])
            act_rows.append(
                (
                    mid,
                    f"跟进事项 follow-up {mid}",
                    names[owner],
                    emails[owner],
                    owner,
                    deadline.isoformat(),
                    status,
                    stamp(end),
                    stamp(end),
                )
            )
    con.execute("BEGIN")
    meetings.write(rows)
    participants.write(part_rows)
    minutes.write(min_rows)
    actions.write(act_rows)
    con.execute("COMMIT")
    print(
        f"  meetings {n:,}, minutes {len(min_rows):,}, actions {len(act_rows):,} ({time.time() - start:.0f} s)",
        flush=True,
    )


# ------------------------------------------------------------------------------------ audit log
def add_audit(con, n: int, rng: random.Random, now: datetime, people: list[int]) -> None:
    """``n`` entries after the demo's, chained on from its head; the recorded head moves on."""
    import json

    from commdesk.persistence.audit import HEAD_KEY, chain_link, payload_digest

    start = time.time()
    names = dict(con.execute("SELECT id, name FROM people"))
    seq, previous = con.execute(
        "SELECT seq, chain FROM audit_log WHERE seq IS NOT NULL ORDER BY seq DESC LIMIT 1"
    ).fetchone()
    recorded = json.loads(con.execute("SELECT value FROM settings WHERE key = ?", (HEAD_KEY,)).fetchone()[0])
    assert (recorded["seq"], recorded["chain"]) == (seq, previous), (
        "the demo's log is not sealed up to its head"
    )
    audit = Filler(
        con,
        "audit_log",
        (
            "id",
            "at",
            "txn",
            "actor_id",
            "actor_name",
            "entity",
            "entity_id",
            "action",
            "field",
            "old",
            "new",
            "note",
            "seq",
            "digest",
            "chain",
        ),
        now,
    )
    entity_fields = {
        "contacts": ("full_name", "title", "outlet", "emails_text", "status"),
        "releases": ("title", "state", "body_markdown", "embargo"),
        "meetings": ("topic", "start", "room"),
        "meeting_actions": ("status", "deadline", "note"),
        "release_coverage": ("headline", "tone"),
    }
    entities = list(entity_fields)
    ident = max_id(con, "audit_log") + 1
    oldest = now - timedelta(days=1825)
    span = (now - oldest).total_seconds()
    page = 50000
    done = 0
    con.execute("BEGIN")
    while done < n:
        rows = []
        while len(rows) < page and done < n:
            # one unit of work: one record, a few fields, one time, one transaction id
            at = stamp(oldest + timedelta(seconds=span * done / n))
            txn = f"{rng.getrandbits(128):032x}"
            actor = rng.choice(people)
            entity = rng.choice(entities)
            entity_id = str(rng.randint(1, 20000))
            action = rng.choice(["create", "update", "update", "update"])
            for field in entity_fields[entity][: rng.randint(1, 4)]:
                if done >= n:
                    break
                old = None if action == "create" else f"旧值 old {rng.randint(1, 999)}"
                new = f"新值 new {rng.randint(1, 999)}"
                entry = AuditEntry(
                    ident, at, txn, actor, names[actor], entity, entity_id, action, field, old, new, None
                )
                seq += 1
                digest = payload_digest(old, new, None)
                previous = chain_link(previous, seq, entry, digest)
                rows.append((*entry, seq, digest, previous))
                ident += 1
                done += 1
        audit.write(rows)
    con.execute(
        "UPDATE settings SET value = ?, version = version + 1 WHERE key = ?",
        (json.dumps({"seq": seq, "chain": previous}), HEAD_KEY),
    )
    con.execute("COMMIT")
    print(f"  audit entries {n:,} ({time.time() - start:.0f} s)", flush=True)


def build(path: Path, contacts: int, releases: int, meetings: int, audit: int, seed: int = 14) -> Path:
    from commdesk.demo import create_demo

    started = time.time()
    path = Path(path)
    for suffix in ("", "-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)
    path.parent.mkdir(parents=True, exist_ok=True)
    create_demo(path)
    print(f"demo database with commdesk's migrations: {path} ({time.time() - started:.0f} s)", flush=True)
    now = datetime.now(UTC)
    rng = random.Random(seed)
    con = sqlite3.connect(path, isolation_level=None)
    try:
        con.execute("PRAGMA journal_mode=DELETE")
        con.execute("PRAGMA synchronous=OFF")
        con.execute("PRAGMA cache_size=-400000")
        con.execute("PRAGMA foreign_keys=ON")
        people = [pid for (pid,) in con.execute("SELECT id FROM people WHERE active ORDER BY id")]
        add_releases(con, releases, rng, now, people)
        add_meetings(con, meetings, rng, now, people)
        add_contacts(con, contacts, rng, now, people)
        add_audit(con, audit, rng, now, people)
        problems = con.execute("PRAGMA foreign_key_check").fetchall()
        if problems:
            raise SystemExit(f"broken references: {problems[:5]}")
    finally:
        con.close()
    print(f"done: {path} ({path.stat().st_size / 1e9:.2f} GB, {time.time() - started:.0f} s)", flush=True)
    return path


def main() -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("path", nargs="?", type=Path, default=DEFAULT)
    p.add_argument("--contacts", type=int, default=1_000_000)
    p.add_argument("--releases", type=int, default=20_000)
    p.add_argument("--meetings", type=int, default=20_000)
    p.add_argument("--audit", type=int, default=2_000_000)
    a = p.parse_args()
    build(a.path, a.contacts, a.releases, a.meetings, a.audit)
    return 0


if __name__ == "__main__":
    sys.exit(main())
