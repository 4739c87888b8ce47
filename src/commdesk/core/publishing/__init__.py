"""The social-media side of the publishing calendar, without Qt or a database: how each platform
counts a post's length (``lengths``), the weekly cadence check of SM-2 (``cadence``), the monthly
metrics' CSV import (``metrics_csv``), the "which channel?" guide (``channels``) and the labels of
the area's tables (``labels``)."""
