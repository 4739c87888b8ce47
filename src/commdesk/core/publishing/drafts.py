"""A post typed and not saved yet (a WeChat article runs to thousands of characters): kept on this
computer by the one drafts store (``core.drafts``) every few seconds while the post dialog is open,
and offered back after a crash, Recover first."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from commdesk.core.drafts import DraftKind


@dataclass(frozen=True)
class PostDraft:
    account_id: int | None
    text: str
    planned_at: datetime  # aware
    title: str = ""
    kind: str = "post"
    campaign: str = ""
    release_id: int | None = None
    asset_ids: tuple[int, ...] = ()

    def to_json(self) -> dict[str, Any]:
        return {
            "account_id": self.account_id,
            "text": self.text,
            "planned_at": self.planned_at.isoformat(),
            "title": self.title,
            "kind": self.kind,
            "campaign": self.campaign,
            "release_id": self.release_id,
            "asset_ids": list(self.asset_ids),
        }

    @classmethod
    def from_json(cls, data: Any) -> PostDraft:
        planned = datetime.fromisoformat(str(data["planned_at"]))
        if planned.utcoffset() is None:
            raise ValueError("a draft's planned time needs its zone")
        return cls(
            account_id=data.get("account_id"),
            text=str(data.get("text", "")),
            planned_at=planned,
            title=str(data.get("title", "")),
            kind=str(data.get("kind", "post")),
            campaign=str(data.get("campaign", "")),
            release_id=data.get("release_id"),
            asset_ids=tuple(int(i) for i in data.get("asset_ids", ())),
        )


POST_DRAFTS: DraftKind[PostDraft] = DraftKind("posts", encode=PostDraft.to_json, decode=PostDraft.from_json)
