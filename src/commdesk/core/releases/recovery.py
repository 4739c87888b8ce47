"""Drafting without loss: unsaved edits written to a recovery store while the user types, offered
back after a crash (issue 5).

One JSON file per release (``<folder>/release-<id>.json``, or ``release-new.json``), written
atomically and owner-only (``core.files.write_atomically``: 0600 in a 0700 folder) so a process
killed mid-write leaves either the previous copy or the new one, never half a file. The payload says which stored version the edit started
from, so the UI can tell "your unsaved edit of version 3" from the stored version 5.
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from commdesk.core.files import private_folder, write_atomically
from commdesk.core.releases.content import Quote, ReleaseContent
from commdesk.core.releases.records import ReleaseEdit


def edit_to_dict(edit: ReleaseEdit) -> dict:
    c = edit.content
    return {
        "content": {
            "title": c.title,
            "subtitle": c.subtitle,
            "dateline_city": c.dateline_city,
            "dateline_date": c.dateline_date.isoformat() if c.dateline_date else None,
            "body_markdown": c.body_markdown,
            "quotes": [[q.text, q.attribution] for q in c.quotes],
            "boilerplate": c.boilerplate,
            "media_contact": c.media_contact,
            "language": c.language,
            "embargo": c.embargo.isoformat() if c.embargo else None,
        },
        "embargo_tz": edit.embargo_tz,
        "channels": list(edit.channels),
        "lists": [list(x) for x in edit.lists],
        "reviewer_ids": list(edit.reviewer_ids),
        "review_rule": edit.review_rule,
        "owner_id": edit.owner_id,
        "linked_id": edit.linked_id,
    }


def edit_from_dict(data: dict) -> ReleaseEdit:
    c = data["content"]
    content = ReleaseContent(
        title=c["title"],
        subtitle=c["subtitle"],
        dateline_city=c["dateline_city"],
        dateline_date=date.fromisoformat(c["dateline_date"]) if c.get("dateline_date") else None,
        body_markdown=c["body_markdown"],
        quotes=tuple(Quote(t, a) for t, a in c["quotes"]),
        boilerplate=c["boilerplate"],
        media_contact=c["media_contact"],
        language=c["language"],
        embargo=datetime.fromisoformat(c["embargo"]) if c.get("embargo") else None,
    )
    return ReleaseEdit(
        content,
        data.get("embargo_tz", ""),
        tuple(data.get("channels", ())),
        tuple((int(i), str(n)) for i, n in data.get("lists", ())),
        tuple(int(i) for i in data.get("reviewer_ids", ())),
        data.get("review_rule", "any"),
        data.get("owner_id"),
        data.get("linked_id"),
    )


@dataclass(frozen=True)
class Recovered:
    release_id: int | None
    base_version: int | None
    saved_at: datetime
    person_id: int | None
    edit: ReleaseEdit


class RecoveryStore:
    def __init__(self, folder: str | os.PathLike):
        self.folder = Path(folder)

    def _path(self, release_id: int | None) -> Path:
        return self.folder / f"release-{'new' if release_id is None else int(release_id)}.json"

    def save(
        self,
        release_id: int | None,
        base_version: int | None,
        edit: ReleaseEdit,
        person_id: int | None,
        saved_at: datetime,
    ) -> Path:
        private_folder(self.folder)
        payload = {
            "release_id": release_id,
            "base_version": base_version,
            "saved_at": saved_at.isoformat(),
            "person_id": person_id,
            "edit": edit_to_dict(edit),
        }
        # an unsaved draft is as private as the database: owner-only, whatever the umask
        return write_atomically(
            self._path(release_id), json.dumps(payload, ensure_ascii=False).encode("utf-8")
        )

    def load(self, release_id: int | None) -> Recovered | None:
        path = self._path(release_id)
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
            return Recovered(
                data["release_id"],
                data["base_version"],
                datetime.fromisoformat(data["saved_at"]),
                data.get("person_id"),
                edit_from_dict(data["edit"]),
            )
        except FileNotFoundError:
            return None
        except (ValueError, KeyError, TypeError):
            # A damaged copy cannot be offered; keep it aside for a person to look at.
            path.replace(path.with_suffix(".damaged"))
            return None

    def clear(self, release_id: int | None) -> None:
        self._path(release_id).unlink(missing_ok=True)

    def pending(self) -> list[int | None]:
        if not self.folder.is_dir():
            return []
        out: list[int | None] = []
        for p in sorted(self.folder.glob("release-*.json")):
            key = p.stem.removeprefix("release-")
            out.append(None if key == "new" else int(key) if key.isdigit() else None)
        return out
