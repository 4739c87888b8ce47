"""Likely duplicates among contacts (procedure rule CR-4).

Two contacts are likely the same person when they share a normalised e-mail address, an E.164
phone number, the same pinyin at the same outlet (or where one has no outlet), or a similar name
(rapidfuzz, >= ``threshold``) at the same outlet. Work is blocked by key, never all pairs: exact
keys through dictionaries, similar names only within a block of (outlet, initials).
"""

from __future__ import annotations

import enum
from collections import defaultdict
from collections.abc import Hashable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from rapidfuzz import fuzz, process

from commdesk.core.contacts.names import clean_name, fold_latin, has_chinese, initials, to_pinyin
from commdesk.core.contacts.records import ContactRecord
from commdesk.core.contacts.validation import email_key
from commdesk.core.i18n import translate


class Reason(enum.Enum):
    EMAIL = "email"
    PHONE = "phone"
    PINYIN = "pinyin"
    SIMILAR_NAME = "similar_name"

    @property
    def label(self) -> str:
        return {
            Reason.EMAIL: lambda: translate("Contacts", "same e-mail address"),
            Reason.PHONE: lambda: translate("Contacts", "same phone number"),
            Reason.PINYIN: lambda: translate("Contacts", "same name in pinyin at the same outlet"),
            Reason.SIMILAR_NAME: lambda: translate("Contacts", "similar name at the same outlet"),
        }[self]()


@dataclass
class DuplicateGroup:
    keys: list[Hashable]  # the pool's keys, in pool order
    reasons: set[Reason] = field(default_factory=set)

    @property
    def reason_text(self) -> str:
        return ", ".join(r.label for r in sorted(self.reasons, key=lambda r: r.value))


@dataclass
class Match:
    key: Hashable
    record: ContactRecord
    reasons: set[Reason]
    score: float  # 100 for exact keys, the name similarity otherwise


def _outlet_key(rec: ContactRecord) -> str:
    return fold_latin(clean_name(rec.outlet)).replace(" ", "")


def _spelled(rec: ContactRecord) -> str:
    """Name as comparable Latin text: pinyin for Chinese names, folded Latin otherwise (given first)."""
    name = clean_name(rec.full_name) or clean_name(f"{rec.given_name} {rec.family_name}")
    if has_chinese(name):
        return clean_name(rec.pinyin).lower() or to_pinyin(name, rec.family_name or None)
    family, given = fold_latin(clean_name(rec.family_name)), fold_latin(clean_name(rec.given_name))
    if family and given:
        return f"{given} {family}"
    return fold_latin(name).replace(",", " ")


def _name_key(rec: ContactRecord) -> str:
    """Blocking key: initials of the name in sorted word order (tolerates "Family Given")."""
    spelled = _spelled(rec)
    return "".join(sorted(initials(spelled))) if spelled else ""


class DuplicateIndex:
    """Index of a pool of contacts for ``find`` (one candidate) and ``groups`` (the whole pool)."""

    def __init__(self, pool: Mapping[Any, ContactRecord] | Sequence[ContactRecord], threshold: float = 88):
        self.pool: dict[Hashable, ContactRecord] = (
            dict(pool) if isinstance(pool, Mapping) else dict(enumerate(pool))
        )
        self.threshold = threshold
        self.email: dict[str, list[Hashable]] = defaultdict(list)
        self.phone: dict[str, list[Hashable]] = defaultdict(list)
        self.block: dict[tuple[str, str], list[Hashable]] = defaultdict(list)
        self.spelled: dict[Hashable, str] = {}
        for key, rec in self.pool.items():
            self._add(key, rec)

    def _add(self, key: Hashable, rec: ContactRecord) -> None:
        for e in {email_key(e.address) for e in rec.emails if e.address}:
            self.email[e].append(key)
        for p in {p.number for p in rec.phones if p.number}:
            self.phone[p].append(key)
        spelled = _spelled(rec)
        self.spelled[key] = spelled
        if spelled:
            self.block[(_outlet_key(rec), _name_key(rec))].append(key)

    def _name_matches(self, rec: ContactRecord, spelled: str, exclude: Hashable = None):
        """(key, reason, score) for names alike at the same outlet (a missing outlet matches any
        for identical pinyin only)."""
        if not spelled:
            return
        outlet, nk = _outlet_key(rec), _name_key(rec)
        blocks = [(outlet, nk)]
        if not outlet:
            blocks += [b for b in self.block if b[1] == nk and b[0]]
        for block in blocks:
            keys = [k for k in self.block.get(block, ()) if k != exclude]
            for k in keys:
                other = self.spelled[k]
                same_outlet = bool(outlet) and block[0] == outlet
                if other.replace(" ", "") == spelled.replace(" ", "") and (
                    has_chinese(rec.full_name) or has_chinese(self.pool[k].full_name)
                ):
                    yield k, Reason.PINYIN, 100.0
                elif same_outlet:
                    score = fuzz.token_sort_ratio(spelled, other)
                    if score >= self.threshold:
                        yield k, Reason.SIMILAR_NAME, score

    def find(self, candidate: ContactRecord, exclude: Hashable = None) -> list[Match]:
        """Likely duplicates of ``candidate`` in the pool, best first."""
        found: dict[Hashable, Match] = {}

        def hit(k, reason, score):
            if k == exclude:
                return
            m = found.setdefault(k, Match(k, self.pool[k], set(), 0.0))
            m.reasons.add(reason)
            m.score = max(m.score, score)

        for e in {email_key(e.address) for e in candidate.emails if e.address}:
            for k in self.email.get(e, ()):
                hit(k, Reason.EMAIL, 100.0)
        for p in {p.number for p in candidate.phones if p.number}:
            for k in self.phone.get(p, ()):
                hit(k, Reason.PHONE, 100.0)
        for k, reason, score in self._name_matches(candidate, _spelled(candidate), exclude):
            hit(k, reason, score)
        return sorted(found.values(), key=lambda m: (-len(m.reasons), -m.score))

    def groups(self) -> list[DuplicateGroup]:
        """Groups of likely duplicates in the pool (connected through any reason)."""
        order = {k: i for i, k in enumerate(self.pool)}
        parent = {k: k for k in self.pool}
        reasons: dict[Hashable, set[Reason]] = defaultdict(set)

        def root(k):
            while parent[k] != k:
                parent[k] = parent[parent[k]]
                k = parent[k]
            return k

        def union(keys: Iterable[Hashable], reason: Reason):
            keys = list(keys)
            first = root(keys[0])
            for k in keys[1:]:
                r = root(k)
                if r != first:
                    parent[r] = first
                    reasons[first] |= reasons.pop(r, set())
            reasons[root(first)].add(reason)

        for keys in self.email.values():
            if len(keys) > 1:
                union(keys, Reason.EMAIL)
        for keys in self.phone.values():
            if len(keys) > 1:
                union(keys, Reason.PHONE)
        for (outlet, _), keys in self.block.items():
            if len(keys) < 2:
                continue
            names = [self.spelled[k] for k in keys]
            chinese = [has_chinese(self.pool[k].full_name) for k in keys]
            compact = [n.replace(" ", "") for n in names]
            same: dict[str, list[Hashable]] = defaultdict(list)
            for k, c, zh in zip(keys, compact, chinese, strict=False):
                if zh:
                    same[c].append(k)
            for ks in same.values():
                if len(ks) > 1 and outlet:
                    union(ks, Reason.PINYIN)
            if outlet:
                for i in range(len(keys) - 1):
                    for _, _, j in process.extract(
                        names[i],
                        names[i + 1 :],
                        scorer=fuzz.token_sort_ratio,
                        score_cutoff=self.threshold,
                        limit=None,
                    ):
                        if compact[i] != compact[i + 1 + j]:
                            union([keys[i], keys[i + 1 + j]], Reason.SIMILAR_NAME)
        members: dict[Hashable, list[Hashable]] = defaultdict(list)
        for k in self.pool:
            members[root(k)].append(k)
        groups = [
            DuplicateGroup(sorted(ks, key=lambda k: order[k]), reasons.get(r, set()))
            for r, ks in members.items()
            if len(ks) > 1
        ]
        return sorted(groups, key=lambda g: order[g.keys[0]])


def find_duplicate_groups(
    pool: Mapping[Hashable, ContactRecord] | Sequence[ContactRecord], threshold: float = 88
) -> list[DuplicateGroup]:
    return DuplicateIndex(pool, threshold).groups()


def likely_duplicates(
    candidate: ContactRecord,
    pool: Mapping[Hashable, ContactRecord] | Sequence[ContactRecord] | DuplicateIndex,
    threshold: float = 88,
) -> list[Match]:
    """While typing a new contact: who is probably the same person (pass a DuplicateIndex to reuse)."""
    index = pool if isinstance(pool, DuplicateIndex) else DuplicateIndex(pool, threshold)
    return index.find(candidate)
