"""A real SMTP server on 127.0.0.1 for tests: aiosmtpd with AUTH (PLAIN/LOGIN), STARTTLS or SSL,
and a self-signed certificate made on the spot.

Use the ``smtp_server`` fixture (STARTTLS + AUTH) or ``smtp_server_factory(mode=..., auth=...)``.
Registered for the whole suite in ``tests/conftest.py`` (``pytest_plugins``).
or ``pytest_plugins = ["tests.support.smtp"]`` in the top-level conftest.

The server records every message with its envelope (``server.messages``), can be stopped and started
again on the same port (``stop()``/``start()``: the server going down mid-batch) and can answer the
next DATA commands with an error (``fail_next(451, "try later")``).
"""

from __future__ import annotations

import datetime as dt
import ipaddress
import socket
import ssl
import threading
from dataclasses import dataclass, field
from email import message_from_bytes, policy
from email.message import EmailMessage
from pathlib import Path

import pytest
from aiosmtpd.controller import Controller
from aiosmtpd.smtp import SMTP, AuthResult, LoginPassword

USER = "officer@example.org"
PASSWORD = "s3cret-口令"


def make_certificate(directory: Path) -> tuple[Path, Path, bytes]:
    """A self-signed certificate for 127.0.0.1/localhost: (cert file, key file, cert PEM)."""
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import NameOID

    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "localhost")])
    now = dt.datetime.now(dt.UTC)
    cert = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(days=1))
        .not_valid_after(now + dt.timedelta(days=2))
        .add_extension(
            x509.SubjectAlternativeName(
                [x509.DNSName("localhost"), x509.IPAddress(ipaddress.ip_address("127.0.0.1"))]
            ),
            critical=False,
        )
        .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
        .sign(key, hashes.SHA256())
    )
    pem = cert.public_bytes(serialization.Encoding.PEM)
    cert_file, key_file = directory / "cert.pem", directory / "key.pem"
    cert_file.write_bytes(pem)
    key_file.write_bytes(
        key.private_bytes(
            serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
        )
    )
    return cert_file, key_file, pem


@dataclass
class Received:
    mail_from: str
    rcpt_tos: list[str]
    data: bytes
    login: str | None

    @property
    def message(self) -> EmailMessage:
        return message_from_bytes(self.data, policy=policy.default)  # type: ignore[return-value]


@dataclass
class _Handler:
    messages: list[Received] = field(default_factory=list)
    failures: list[str] = field(default_factory=list)
    lock: threading.Lock = field(default_factory=threading.Lock)

    async def handle_DATA(self, server, session, envelope):
        with self.lock:
            if self.failures:
                return self.failures.pop(0)
            login = session.auth_data.login.decode() if isinstance(session.auth_data, LoginPassword) else None
            self.messages.append(
                Received(
                    envelope.mail_from,
                    list(envelope.rcpt_tos),
                    bytes(envelope.original_content or envelope.content),
                    login,
                )
            )
            return f"250 2.0.0 Ok: queued as {len(self.messages)}"


class _ImplicitTlsSMTP(SMTP):
    """aiosmtpd 1.4 only counts STARTTLS as TLS; on an SSL/TLS port the whole connection is."""

    def connection_made(self, transport):
        super().connection_made(transport)
        if transport.get_extra_info("sslcontext") is not None and self._tls_protocol is None:
            self._tls_protocol = transport.get_extra_info("ssl_object")


class _Controller(Controller):
    """aiosmtpd's Controller, but happy with port 0 (the system picks a free port)."""

    def factory(self):
        if self.ssl_context is not None:
            return _ImplicitTlsSMTP(self.handler, **self.SMTP_kwargs)
        return super().factory()

    def _trigger_server(self):
        if self.port == 0:
            self.port = self.server.sockets[0].getsockname()[1]
        super()._trigger_server()


class SmtpTestServer:
    def __init__(
        self,
        cert: tuple[Path, Path, bytes],
        mode: str = "starttls",
        auth: bool = True,
        user: str = USER,
        password: str = PASSWORD,
    ):
        assert mode in ("starttls", "ssl", "none")
        self.mode, self.auth, self.user, self.password = mode, auth, user, password
        self.host = "127.0.0.1"
        self.port = 0
        cert_file, key_file, pem = cert
        self._server_ctx = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
        self._server_ctx.load_cert_chain(cert_file, key_file)
        self.client_ssl_context = ssl.create_default_context(cadata=pem.decode())
        self._handler = _Handler()
        self._controller: _Controller | None = None

    # what the tests look at
    @property
    def messages(self) -> list[Received]:
        return self._handler.messages

    def fail_next(self, code: int = 451, text: str = "4.3.0 Try again later", times: int = 1) -> None:
        self._handler.failures.extend([f"{code} {text}"] * times)

    def account(self, **overrides):
        from commdesk.core.mail.account import SmtpAccount

        values = {
            "host": self.host,
            "port": self.port,
            "security": self.mode,
            "user": self.user if self.auth else "",
            "sender_name": "市场部 王芳",
            "sender_address": "officer@example.org",
            "reply_to": "press@example.org",
            "signature": "王芳\n市场部 · 电话 010-12345678",
            "per_minute": 0,
        }
        values.update(overrides)
        return SmtpAccount(**values)

    def _authenticate(self, server, session, envelope, mechanism, auth_data):
        ok = (
            isinstance(auth_data, LoginPassword)
            and auth_data.login.decode() == self.user
            and auth_data.password.decode() == self.password
        )
        # handled=False: aiosmtpd then answers "535 5.7.8 Authentication credentials invalid"
        return AuthResult(success=ok, handled=False, auth_data=auth_data if ok else None)

    def start(self) -> SmtpTestServer:
        kwargs: dict = {"hostname": self.host, "port": self.port, "server_hostname": "localhost"}
        if self.auth:
            kwargs.update(
                authenticator=self._authenticate, auth_required=True, auth_require_tls=self.mode != "none"
            )
        if self.mode == "starttls":
            kwargs.update(tls_context=self._server_ctx, require_starttls=True)
        elif self.mode == "ssl":
            kwargs.update(ssl_context=self._server_ctx)
        self._controller = _Controller(self._handler, **kwargs)
        self._controller.start()
        self.port = self._controller.port
        return self

    def stop(self) -> None:
        if self._controller is not None:
            self._controller.stop()
            self._controller = None

    @property
    def running(self) -> bool:
        return self._controller is not None


#: the sockets holding the ports free_port gave out, for as long as the test process runs
_HELD_PORTS: list[socket.socket] = []


def free_port() -> int:
    """A port nobody listens on (for 'server down' tests): connecting to it is refused. The port
    stays bound here without listening until the test process ends, so that no other test or test
    worker can start a server on it meanwhile (a port merely found free could be taken at once)."""
    s = socket.socket()
    s.bind(("127.0.0.1", 0))
    _HELD_PORTS.append(s)
    return s.getsockname()[1]


@pytest.fixture(scope="session")
def smtp_certificate(tmp_path_factory) -> tuple[Path, Path, bytes]:
    return make_certificate(tmp_path_factory.mktemp("smtp-cert"))


@pytest.fixture
def smtp_server_factory(smtp_certificate):
    started: list[SmtpTestServer] = []

    def make(mode: str = "starttls", auth: bool = True) -> SmtpTestServer:
        server = SmtpTestServer(smtp_certificate, mode, auth).start()
        started.append(server)
        return server

    yield make
    for server in started:
        server.stop()


@pytest.fixture
def smtp_server(smtp_server_factory) -> SmtpTestServer:
    """STARTTLS with AUTH PLAIN/LOGIN as ``USER``/``PASSWORD``; ``.account()`` gives a matching account."""
    return smtp_server_factory("starttls", True)


__all__ = [
    "PASSWORD",
    "USER",
    "Received",
    "SmtpTestServer",
    "free_port",
    "make_certificate",
    "smtp_certificate",
    "smtp_server",
    "smtp_server_factory",
]
