"""The embargo's date-time field (promoted in forms/releases/release_editor_form.ui).

It is the meetings' ``ZonedDateTimeEdit``: the wall clock typed is carried in UTC and read as a time
in the embargo's zone, so 2026-03-08 02:30 typed for Asia/Shanghai is stored as 02:30+08:00 whatever
zone the computer is in (a plain ``QDateTimeEdit`` works in the process's zone, where that night's
02:30 may not exist). This class only gives it the constructor Designer's generated code calls.
"""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from commdesk.ui.meetings.zoned import ZonedDateTimeEdit


class EmbargoEdit(ZonedDateTimeEdit):
    def __init__(self, parent: QWidget | None = None):
        super().__init__("UTC", parent)
