"""Which translation file (.ts) each source file's strings belong to.

One .ts file per area keeps work on different panes from touching the same file. A source file
belongs to the first area whose marker appears in its path (relative to src/commdesk/), otherwise to
"foundation".
"""

from __future__ import annotations

from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SRC = ROOT / "src" / "commdesk"
TS_DIR = ROOT / "resources" / "translations"
LANGUAGES = ("zh_CN", "en")

AREAS: list[tuple[str, tuple[str, ...]]] = [
    # the issue and crisis log (SM-5, EV-7): playbooks, checklist, links, the timeline
    ("crisis", ("core/crisis/", "services/crisis/", "ui/crisis/", "cli/crisis.py", "demo/crisis.py")),
    # the procedure as a versioned document (AP-1..4): versions, acknowledgements, the yearly review
    (
        "procedure",
        ("core/procedure/", "services/procedure/", "ui/procedure/", "cli/procedure.py", "demo/procedure.py"),
    ),
    # evaluation (EV-1..8): the KPI catalogue, figures from every channel's records, the report
    ("evaluation", ("evaluation",)),
    # the one publishing calendar over every kind of item (its own folders only)
    ("calendar", ("core/calendar/", "services/calendar/", "ui/calendar/", "cli/calendar.py")),
    ("offline", ("offline",)),  # working offline on a server's copy (before meetings: its dialog too)
    # the cases desk (hotline, feedback mailbox, complaints, media inquiries): before mail and home,
    # whose markers its modules' names may contain (services/cases/mail_intake.py); knowledge base too
    ("cases", ("cases", "knowledge")),
    # the publishing calendar's social posts (platforms, accounts, posts, assets, metrics): before
    # "publishing", whose marker its folders' names contain
    ("social", ("core/publishing/", "services/publishing/", "ui/publishing/", "cli/posts", "demo/social")),
    # the publishing calendar: the staff directory and its subscription lists (announcements)
    # and the review engine every kind that speaks for the organisation goes through
    (
        "publishing",
        ("staff", "publishing", "announcements", "core/review/", "services/review/", "cli/review"),
    ),
    # media events (MD-2): the event, its invitees, the check-in at the door
    ("events", ("core/events/", "services/events/", "ui/events/", "cli/events.py", "demo/events.py")),
    ("contacts", ("contacts",)),
    ("releases", ("releases", "release")),
    ("meetings", ("meetings", "meeting", "services/actions")),
    ("mail", ("mail", "outbox")),
    ("home", ("home",)),
    ("team", ("services/team", "cli/team")),  # a team on a server database: logins and roles
    # after the areas: an area's own PDF module (core/documents/meetings.py) belongs to its area
    ("documents", ("core/documents/", "ui/common/export", "ui/common/pdf_preview")),
]
ALL_AREAS = [name for name, _ in AREAS] + ["foundation"]


def area_of(path: Path) -> str:
    rel = path.resolve().relative_to(SRC).as_posix()
    for name, markers in AREAS:
        if any(m in rel for m in markers):
            return name
    return "foundation"


def sources_by_area() -> dict[str, list[Path]]:
    out: dict[str, list[Path]] = {a: [] for a in ALL_AREAS}
    for p in sorted(SRC.rglob("*.py")):
        if "generated" in p.parts:
            continue
        out[area_of(p)].append(p)
    for p in sorted((ROOT / "forms").rglob("*.ui")):
        rel = p.relative_to(ROOT / "forms").as_posix()
        area = next((n for n, ms in AREAS if any(m in rel for m in ms)), "foundation")
        out[area].append(p)
    return out


def ts_path(area: str, lang: str) -> Path:
    return TS_DIR / f"commdesk_{area}_{lang}.ts"
