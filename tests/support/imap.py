"""A real IMAP server for tests: Dovecot, started from its own configuration in a temporary folder.

``dovecot_server`` (one per test session, so one per pytest-xdist worker) listens on 127.0.0.1 on two
free ports: ``port`` (IMAP, STARTTLS offered, plain-text login allowed on loopback for tests) and
``ssl_port`` (IMAPS), with a self-signed certificate (``client_ssl_context`` trusts it). Users come
from a passwd-file that Dovecot re-reads when it changes; mail is stored as Maildir under the
folder. ``imap_mailbox`` gives each test a user of its own (a fresh, empty mailbox): ``deliver(raw)``
puts a message in a folder through IMAP APPEND (its UID back), ``recreate_folder`` deletes and creates
a folder (Dovecot then gives it a new UIDVALIDITY), ``flags`` shows what is marked, and
``account(security=...)`` gives a matching ``ImapAccount``.

Started as root (CI), Dovecot's login and internal processes run as its own unprivileged users
(``dovenull``, ``dovecot``) and the mail belongs to ``dovecot``; started as anyone else, everything
runs as that user. The system's own Dovecot service, which the package may start on 143/993, is
neither used nor disturbed (own base folder, own ports, own instance name). Without the ``dovecot``
binary (``apt-get install dovecot-imapd``) the tests that ask for it are skipped with that reason.

Registered for the whole suite in ``tests/conftest.py`` (``pytest_plugins``).
"""

from __future__ import annotations

import os
import pwd
import shutil
import socket
import ssl
import subprocess
import tempfile
import time
import uuid
from dataclasses import dataclass
from pathlib import Path

import pytest
from tests.support.smtp import make_certificate

PASSWORD = "imap-口令-secret"  # not ASCII: logs in with AUTHENTICATE PLAIN
ASCII_PASSWORD = "imap-secret-ascii"  # logs in with LOGIN
USERS = 300  # users per server (one server per test session)
_SYSTEM_PATHS = ("/usr/sbin/dovecot", "/usr/local/sbin/dovecot")


def dovecot_binary() -> str | None:
    found = shutil.which("dovecot")
    if found:
        return found
    return next((p for p in _SYSTEM_PATHS if os.access(p, os.X_OK)), None)


def _free_ports(count: int) -> list[int]:
    sockets = []
    try:
        for _ in range(count):
            s = socket.socket()
            s.bind(("127.0.0.1", 0))
            sockets.append(s)
        return [s.getsockname()[1] for s in sockets]
    finally:
        for s in sockets:
            s.close()


@dataclass
class _Identity:
    login_user: str
    internal_user: str
    internal_group: str
    mail_uid: int
    mail_gid: int


def _identity() -> _Identity:
    if os.geteuid() != 0:
        me = pwd.getpwuid(os.geteuid())
        import grp

        group = grp.getgrgid(os.getegid()).gr_name
        return _Identity(me.pw_name, me.pw_name, group, me.pw_uid, me.pw_gid)
    try:
        internal = pwd.getpwnam("dovecot")
        pwd.getpwnam("dovenull")
    except KeyError:
        pytest.skip("Dovecot's system users (dovecot, dovenull) are missing: reinstall dovecot-core")
    import grp

    return _Identity(
        "dovenull", "dovecot", grp.getgrgid(internal.pw_gid).gr_name, internal.pw_uid, internal.pw_gid
    )


_CONFIG = """\
base_dir = {root}/run
state_dir = {root}/state
instance_name = commdesk-test-{name}
log_path = {root}/dovecot.log
protocols = imap
listen = 127.0.0.1
ssl = yes
ssl_cert = <{root}/cert.pem
ssl_key = <{root}/key.pem
disable_plaintext_auth = no
auth_mechanisms = plain login
auth_failure_delay = 0
mail_location = maildir:{root}/mail/%u
mail_fsync = never
first_valid_uid = 1
first_valid_gid = 1
default_login_user = {login_user}
default_internal_user = {internal_user}
default_internal_group = {internal_group}
passdb {{
  driver = passwd-file
  args = scheme=PLAIN username_format=%u {root}/passwd
}}
userdb {{
  driver = static
  args = uid={mail_uid} gid={mail_gid} home={root}/mail/%u
}}
service imap-login {{
  chroot =
  inet_listener imap {{
    address = 127.0.0.1
    port = {port}
  }}
  inet_listener imaps {{
    address = 127.0.0.1
    port = {ssl_port}
    ssl = yes
  }}
}}
service anvil {{
  chroot =
}}
"""


class DovecotServer:
    host = "127.0.0.1"

    def __init__(self, binary: str) -> None:
        self.binary = binary
        self.root = Path(tempfile.mkdtemp(prefix="commdesk-imap-"))
        self.port = 0
        self.ssl_port = 0
        self.process: subprocess.Popen[bytes] | None = None
        names = [f"feedback{n}@example.org" for n in range(1, USERS + 1)]
        ascii_names = [f"ascii{n}@example.org" for n in range(1, USERS + 1)]
        self._users = iter(names)
        self._ascii = iter(ascii_names)
        self.identity = _identity()
        _, _, pem = make_certificate(self.root)
        self.client_ssl_context = ssl.create_default_context(cadata=pem.decode())
        lines = [f"{u}:{{PLAIN}}{PASSWORD}\n" for u in names] + [
            f"{u}:{{PLAIN}}{ASCII_PASSWORD}\n" for u in ascii_names
        ]
        (self.root / "passwd").write_text("".join(lines), encoding="utf-8")

    # -- lifecycle ---------------------------------------------------------------------------------
    def start(self) -> DovecotServer:
        ident = self.identity
        (self.root / "mail").mkdir(exist_ok=True)
        (self.root / "state").mkdir(exist_ok=True)
        os.chmod(self.root, 0o755)  # Dovecot's unprivileged processes must reach their files
        os.chmod(self.root / "passwd", 0o644)  # test passwords only
        os.chmod(self.root / "key.pem", 0o600)
        os.chown(self.root / "mail", ident.mail_uid, ident.mail_gid)
        last_error = ""
        for _ in range(3):  # a port taken between choosing and binding: choose again
            self.port, self.ssl_port = _free_ports(2)
            config = _CONFIG.format(
                root=self.root,
                name=uuid.uuid4().hex[:8],
                port=self.port,
                ssl_port=self.ssl_port,
                login_user=ident.login_user,
                internal_user=ident.internal_user,
                internal_group=ident.internal_group,
                mail_uid=ident.mail_uid,
                mail_gid=ident.mail_gid,
            )
            (self.root / "dovecot.conf").write_text(config)
            # Dovecot's master binds its listeners before it goes into the background: once this
            # returns 0 the ports accept connections.
            # Dovecot runs in the foreground as this process's child and says when it listens the
            # way it tells systemd (sd_notify READY=1 on NOTIFY_SOCKET): no polling, no sleeping.
            notify_path = self.root / "notify"
            notify_path.unlink(missing_ok=True)
            notify = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM)
            notify.bind(str(notify_path))
            notify.settimeout(1)
            try:
                log = (self.root / "start.log").open("w")
                self.process = subprocess.Popen(
                    [self.binary, "-F", "-c", str(self.root / "dovecot.conf")],
                    stdin=subprocess.DEVNULL,
                    stdout=log,
                    stderr=subprocess.STDOUT,
                    env={**os.environ, "NOTIFY_SOCKET": str(notify_path)},
                )
                log.close()
                ready = self._wait_ready(notify)
            finally:
                notify.close()
            if ready:
                return self
            self._end_process()
            last_error = (self.root / "start.log").read_text(errors="replace").strip()
        raise RuntimeError(f"Dovecot did not start: {last_error}\n{self.log()}")

    def _wait_ready(self, notify: socket.socket) -> bool:
        """True once Dovecot says it is ready; False when it exits first or says nothing for a minute."""
        assert self.process is not None
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            try:
                message = notify.recv(4096)
            except TimeoutError:  # a second without a word: has it died (a port taken meanwhile)?
                if self.process.poll() is not None:
                    return False
                continue
            if b"READY=1" in message.split(b"\n"):
                return True
        return False

    def _end_process(self) -> None:
        if self.process is not None:
            process, self.process = self.process, None
            if process.poll() is None:
                process.terminate()  # the master stops its children, then itself
                try:
                    process.wait(timeout=30)
                except subprocess.TimeoutExpired:
                    process.kill()
                    process.wait()

    def stop(self) -> None:
        self._end_process()
        shutil.rmtree(self.root, ignore_errors=True)

    def log(self) -> str:
        try:
            return (self.root / "dovecot.log").read_text(errors="replace")[-4000:]
        except OSError:
            return ""

    # -- users and mail ---------------------------------------------------------------------------
    def add_user(self, password: str = PASSWORD) -> str:
        """A user with an empty mailbox (``PASSWORD`` or ``ASCII_PASSWORD``); its login (an address).

        The users are written before Dovecot starts: it reads its passwd-file at most once a second,
        so a line added while it runs might not be seen yet."""
        pool = self._ascii if password == ASCII_PASSWORD else self._users
        try:
            return next(pool)
        except StopIteration:
            raise RuntimeError("more IMAP test users asked for than tests/support/imap.py makes") from None

    def _client(self, user: str, password: str):
        from imap_tools import MailBoxUnencrypted

        box = MailBoxUnencrypted(self.host, self.port, timeout=30)
        box.login_utf8(user, password, initial_folder=None)
        return box

    def deliver(self, user: str, raw: bytes, folder: str = "INBOX", password: str = PASSWORD) -> int:
        """Put ``raw`` into ``folder`` (created when missing) unread; its UID."""
        import re

        with self._client(user, password) as box:
            if folder != "INBOX" and not box.folder.exists(folder):
                box.folder.create(folder)
            result = box.append(raw, folder, flag_set=())
        found = re.search(rb"APPENDUID \d+ (\d+)", b" ".join(x for x in result[1] if isinstance(x, bytes)))
        assert found, result
        return int(found.group(1))

    def recreate_folder(self, user: str, folder: str, password: str = PASSWORD) -> None:
        """Delete and create ``folder`` again: its messages are gone and its UIDVALIDITY changes."""
        with self._client(user, password) as box:
            if box.folder.exists(folder):
                box.folder.delete(folder)
            box.folder.create(folder)

    def status(self, user: str, folder: str = "INBOX", password: str = PASSWORD) -> dict[str, int]:
        with self._client(user, password) as box:
            return dict(box.folder.status(folder))

    def flags(self, user: str, folder: str = "INBOX", password: str = PASSWORD) -> dict[int, tuple[str, ...]]:
        """UID -> flags, read without changing them."""
        with self._client(user, password) as box:
            box.folder.set(folder, readonly=True)
            return {int(m.uid or 0): m.flags for m in box.fetch(headers_only=True, mark_seen=False)}


@dataclass
class ImapMailbox:
    """One test's own user on the shared Dovecot server."""

    server: DovecotServer
    user: str
    password: str = PASSWORD

    def deliver(self, raw: bytes, folder: str = "INBOX") -> int:
        return self.server.deliver(self.user, raw, folder, self.password)

    def recreate_folder(self, folder: str) -> None:
        self.server.recreate_folder(self.user, folder, self.password)

    def status(self, folder: str = "INBOX") -> dict[str, int]:
        return self.server.status(self.user, folder, self.password)

    def flags(self, folder: str = "INBOX") -> dict[int, tuple[str, ...]]:
        return self.server.flags(self.user, folder, self.password)

    def account(self, security: str = "ssl", **overrides):
        from commdesk.core.mail.imap_account import ImapAccount

        values = {
            "host": self.server.host,
            "port": self.server.ssl_port if security == "ssl" else self.server.port,
            "security": security,
            "user": self.user,
            "folder": "INBOX",
        }
        values.update(overrides)
        return ImapAccount(**values)

    @property
    def ssl_context(self) -> ssl.SSLContext:
        return self.server.client_ssl_context


@pytest.fixture(scope="session")
def dovecot_server():
    binary = dovecot_binary()
    if binary is None:
        pytest.skip(
            "Dovecot is not installed (apt-get install dovecot-imapd): the IMAP tests need a real server"
        )
    server = DovecotServer(binary)
    try:
        server.start()
    except BaseException:
        server.stop()
        raise
    yield server
    server.stop()


@pytest.fixture
def imap_mailbox(dovecot_server) -> ImapMailbox:
    """A fresh user with an empty mailbox on the session's Dovecot server."""
    return ImapMailbox(dovecot_server, dovecot_server.add_user())


__all__ = [
    "ASCII_PASSWORD",
    "PASSWORD",
    "DovecotServer",
    "ImapMailbox",
    "dovecot_binary",
    "dovecot_server",
    "imap_mailbox",
]
