"""Entry point of the packaged commdesk (PyInstaller runs this file; it is `commdesk.__main__:main`)."""

import sys

# Alembic imports the migration scripts from the bundle folder; never write __pycache__ into an
# installed (often read-only, shared) application folder.
sys.dont_write_bytecode = True

from commdesk.__main__ import main

if __name__ == "__main__":
    sys.exit(main())
