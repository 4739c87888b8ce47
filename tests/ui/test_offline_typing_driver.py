"""Not a test: ``test_meetings_typing_driver`` on a server that cannot be reached, so the live
minutes editor works on this computer's offline copy of it (``python test_offline_typing_driver.py
DB RECOVERY_DIR MEETING_ID``, DB a server URL whose server does not answer)."""

from __future__ import annotations

import functools
import sys

if __name__ == "__main__":  # only in the driver's own process (pytest imports this file too)
    import commdesk.bootstrap as bootstrap

    bootstrap.open_database = functools.partial(bootstrap.open_database, offline_ok=True)
    from test_meetings_typing_driver import main  # beside this file (the script's folder)

    main(sys.argv[1], sys.argv[2], int(sys.argv[3]))
