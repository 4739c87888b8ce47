import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from memory_keyring import memory_keyring  # noqa: F401
from smtp_server import smtp_certificate, smtp_server, smtp_server_factory  # noqa: F401
