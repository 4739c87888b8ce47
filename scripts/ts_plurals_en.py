"""Fill the English plural forms (``%n … (s)``) of the .ts files, so that English reads "1 case" and
"2 cases" instead of "1 case(s)".

    python scripts/ts_plurals_en.py            fill what the rules below can write
    python scripts/ts_plurals_en.py --missing  list the plural messages still without forms

The singular comes from the source: ``word(s)`` -> ``word``, ``cop(ies)``-like ``y(ies)`` -> ``y``,
and ``SINGULAR`` names the sources whose singular needs more than that (a verb that agrees, a
plural without brackets). The plural is the source with the brackets' letters kept.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

from ts_fill import load, write

#: sources whose singular is not just the brackets taken out (verbs agree, plain plurals)
SINGULAR = {
    "%n message(s) are in the outbox. Send them now? (Otherwise they wait in the Outbox pane.)": (
        "%n message is in the outbox. Send it now? (Otherwise it waits in the Outbox pane.)"
    ),
    "%n message(s) were interrupted while being sent and may have arrived already. Send them again "
    "anyway? (Check with a recipient first if you can.)": (
        "%n message was interrupted while being sent and may have arrived already. Send it again "
        "anyway? (Check with the recipient first if you can.)"
    ),
    "Cancel %n message(s)? They will not be sent.": "Cancel %n message? It will not be sent.",
    "%n message(s) with an earlier version of {ref} are held in the outbox. An officer rebuilds them "
    "from the approved version or cancels them (Outbox, or the box on Home).": (
        "%n message with an earlier version of {ref} is held in the outbox. An officer rebuilds it "
        "from the approved version or cancels it (Outbox, or the box on Home)."
    ),
    "%n message(s) with an earlier version of {ref} are held in the outbox. Rebuild them from the "
    "version just approved (new PDF, new embargo notice) and queue them (Yes), cancel them (No), or "
    "leave them held (Cancel)?": (
        "%n message with an earlier version of {ref} is held in the outbox. Rebuild it from the "
        "version just approved (new PDF, new embargo notice) and queue it (Yes), cancel it (No), or "
        "leave it held (Cancel)?"
    ),
    "%n held: what they carry changed after they were made (see why); rebuild or cancel them.": (
        "%n held: what it carries changed after it was made (see why); rebuild or cancel it."
    ),
    "%n recipient(s) already received {ref} or have it waiting in the outbox:": (
        "%n recipient already received {ref} or has it waiting in the outbox:"
    ),
    "%n of them already have it (you are asked before it goes again).": (
        "%n of them already has it (you are asked before it goes again)."
    ),
    "%n message(s) the intake could not make a case of, or that belong to no case. Look at each: make "
    "a case of a readable one, or mark it dealt with.": (
        "%n message the intake could not make a case of, or that belongs to no case. Look at it: make "
        "a case of it if it is readable, or mark it dealt with."
    ),
    "%n copy(ies) in the outbox; the outbox sends them.": "%n copy in the outbox; the outbox sends it.",
    "%n copy(ies) queued in the outbox; send them with commdesk outbox send.": (
        "%n copy queued in the outbox; send it with commdesk outbox send."
    ),
    "%n file(s) saved in {folder}; open them with any mail program to send them.": (
        "%n file saved in {folder}; open it with any mail program to send it."
    ),
    "Move %n contacts to the trash? They can be restored from the trash.": (
        "Move %n contact to the trash? It can be restored from the trash."
    ),
    "%n contacts moved to the trash.": "%n contact moved to the trash.",
    "%n contacts restored.": "%n contact restored.",
    "Erase %n contacts for good? Their personal data is removed and cannot be restored; the audit log "
    "keeps only that a contact was erased.": (
        "Erase %n contact for good? Their personal data is removed and cannot be restored; the audit "
        "log keeps only that a contact was erased."
    ),
    "%n contacts erased.": "%n contact erased.",
    "Owner (对接人) of %n contacts:": "Owner (对接人) of %n contact:",
    "Owner set for %n contacts.": "Owner set for %n contact.",
    "Beat to add to %n contacts:": "Beat to add to %n contact:",
    "Beat added to %n contacts.": "Beat added to %n contact.",
    "List for %n contacts:": "List for %n contact:",
    "%n contacts added to {list}.": "%n contact added to {list}.",
    "%n contacts removed from the list.": "%n contact removed from the list.",
    "%n contacts": "%n contact",
    "%n contacts: {reason}": "%n contact: {reason}",
    "%n groups of likely duplicates.": "%n group of likely duplicates.",
    "%n rows read": "%n row read",
    "%n rows are rejected, so an all-or-nothing import writes nothing. Fix them in the file and plan "
    "again (Back), or import the valid rows only.": (
        "%n row is rejected, so an all-or-nothing import writes nothing. Fix it in the file and plan "
        "again (Back), or import the valid rows only."
    ),
    "%n existing contacts would change.": "%n existing contact would change.",
    "(%n bytes)": "(%n byte)",
}
_BRACKETS = re.compile(r"(\w*?)(y)?\((s|es|ies)\)")
_PLAIN_PLURAL = re.compile(r"%n (\w+ )?\w+s\b")


def forms(source: str) -> tuple[str, str] | None:
    """(singular, plural) of ``source``, or None when the rules cannot write them."""
    plural = _BRACKETS.sub(
        lambda m: m.group(1) + ("ies" if m.group(3) == "ies" else (m.group(2) or "") + m.group(3)), source
    )
    if source in SINGULAR:
        return SINGULAR[source], plural
    if _BRACKETS.search(source):
        singular = _BRACKETS.sub(
            lambda m: m.group(1) + ("y" if m.group(3) == "ies" else (m.group(2) or "")), source
        )
        return singular, plural
    if _PLAIN_PLURAL.search(source):  # "%n rows": its singular must be written in SINGULAR
        return None
    return source, source  # "Left out (%n)", "and %n more": the same for one and many


def main(argv: list[str]) -> int:
    trees = load("en")
    missing, changed = [], set()
    for path, tree in trees.items():
        for msg in tree.getroot().iter("message"):
            tr = msg.find("translation")
            if msg.get("numerus") != "yes" or tr is None:
                continue
            have = [f.text for f in tr.findall("numerusform")]
            if have and all(have) and tr.get("type") != "unfinished":
                continue
            source = msg.findtext("source") or ""
            found = forms(source)
            if found is None or "--missing" in argv:
                missing.append(source)
                continue
            for f in tr.findall("numerusform"):
                tr.remove(f)
            tr.text = "\n            "
            for text in found:
                form = tr.makeelement("numerusform", {})
                form.text = text
                form.tail = "\n            "
                tr.append(form)
            tr[-1].tail = "\n        "
            tr.attrib.pop("type", None)
            changed.add(path)
    for path in changed:
        write(path, trees[path])
        text = path.read_text(encoding="utf-8")  # lupdate's own spelling of an empty translation
        empty = '<translation type="unfinished"></translation>'
        path.write_text(text.replace('<translation type="unfinished" />', empty), encoding="utf-8")
    for source in missing:
        print(f"no forms: {source!r}")
    print(f"filled plural forms in {len(changed)} file(s)")
    return 1 if missing and "--missing" not in argv else 0


if __name__ == "__main__":
    sys.path.insert(0, str(Path(__file__).parent))
    sys.exit(main(sys.argv[1:]))
