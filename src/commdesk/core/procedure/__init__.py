"""The communication procedure as a versioned document (AP-1..4, issue 18): its rules by ID, the
rule that a new version keeps every rule ID of the one before (or retires it on purpose), the diff
between two versions by rule, and which version is in force on a day. No Qt, no database.

A version has two texts: the user's own Chinese document, each rule marked at the start of its line
with its ID in 【】 (``【PC-2】提前至少24小时…``), and the English rule list, one table row per rule
(``| PC-2 | Invitation at least 24 h ahead … | what serves it | the same in Chinese |``; the last
column may be missing) under ``## `` section headings.
"""

from commdesk.core.procedure.rules import (
    Rule,
    RuleChange,
    VersionFacts,
    check_kept_ids,
    current_version,
    diff,
    parse,
    parse_retired,
    with_chinese_serves,
)

__all__ = [
    "Rule",
    "RuleChange",
    "VersionFacts",
    "check_kept_ids",
    "current_version",
    "diff",
    "parse",
    "parse_retired",
    "with_chinese_serves",
]
