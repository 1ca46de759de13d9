"""Settings from environment variables, with embedded defaults that run on a fresh machine."""

from __future__ import annotations

import ipaddress
import os
import secrets
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

ROOT = Path(__file__).resolve().parent.parent


class ConfigError(ValueError):
    """A setting is unusable; the CLI prints it as one line."""


SUPPORTED_DATABASES = ("sqlite", "postgres", "postgresql", "asyncpg")
SUPPORTED_EVENTS = ("memory", "redis", "postgres", "postgresql")


@dataclass(frozen=True)
class Settings:
    database_url: str
    events_url: str
    files_dir: Path
    data_dir: Path
    secret_key: str
    host: str = "127.0.0.1"
    port: int = 8000
    max_page_size: int = 100
    # portal teams work from GraphiQL and introspection; production may turn both off
    introspection: bool = True
    execution_timeout_seconds: float = 10.0
    debug: bool = False
    # channel prefix on a shared Redis or PostgreSQL: deployments (and test runs) stay apart
    events_namespace: str = "jijiao"
    # the reverse proxies whose X-Forwarded-For names the client (none: the peer is the
    # client); the login throttle counts per client address, so this is never implicit
    trusted_proxies: tuple[str, ...] = ()
    # one JSON object per log line (json) for a log shipper, or plain lines (text) at a desk
    log_format: str = "json"
    # /metrics (Prometheus text) answers only when on, and only to METRICS_TOKEN as a bearer
    # token: a scraper holds no session, and a token is what Prometheus sends natively
    metrics: bool = False
    metrics_token: str = ""
    # on SIGTERM: stop accepting, close WebSockets with 1012 (reconnect elsewhere), let
    # requests in flight finish for up to this long
    shutdown_timeout_seconds: float = 30.0
    extra: dict[str, str] = field(default_factory=dict)

    @property
    def dialect(self) -> str:
        return dialect_of(self.database_url)

    @classmethod
    def from_env(cls, env: os._Environ[str] | dict[str, str] | None = None) -> Settings:
        env = os.environ if env is None else env
        data_dir = Path(env.get("DATA_DIR", str(ROOT / "data"))).resolve()
        database_url = env.get("DATABASE_URL") or f"sqlite://{data_dir / 'jijiao.sqlite3'}"
        events_url = env.get("EVENTS_URL") or "memory://"
        files_dir = Path(env.get("FILES_DIR") or data_dir / "files").resolve()
        dialect_of(database_url)
        _check_events_url(events_url)
        page_text = env.get("MAX_PAGE_SIZE", "100")
        if not page_text.isdigit() or not 1 <= int(page_text) <= 1000:
            raise ConfigError(
                f"MAX_PAGE_SIZE must be a whole number from 1 to 1000, got {page_text!r}"
            )
        introspection = env.get("GRAPHQL_INTROSPECTION", "on").lower()
        if introspection not in ("on", "off"):
            raise ConfigError(f"GRAPHQL_INTROSPECTION must be on or off, got {introspection!r}")
        log_format = env.get("LOG_FORMAT", "json").lower()
        if log_format not in ("json", "text"):
            raise ConfigError(f"LOG_FORMAT must be json or text, got {log_format!r}")
        metrics, metrics_token = _metrics(env)
        shutdown_text = env.get("SHUTDOWN_TIMEOUT", "30")
        if not shutdown_text.isdigit() or not 1 <= int(shutdown_text) <= 600:
            raise ConfigError(
                f"SHUTDOWN_TIMEOUT must be whole seconds from 1 to 600, got {shutdown_text!r}"
            )
        port_text = env.get("PORT", "8000")
        if not port_text.isdigit() or not 0 < int(port_text) < 65536:
            raise ConfigError(f"PORT must be a TCP port number, got {port_text!r}")
        return cls(
            database_url=database_url,
            events_url=events_url,
            files_dir=files_dir,
            data_dir=data_dir,
            secret_key=env.get("SECRET_KEY") or _stored_secret(data_dir),
            host=env.get("HOST", "127.0.0.1"),
            port=int(port_text),
            max_page_size=int(page_text),
            introspection=introspection == "on",
            debug=env.get("DEBUG", "") in ("1", "true", "yes"),
            events_namespace=_namespace(env.get("EVENTS_NAMESPACE", "jijiao")),
            trusted_proxies=_proxies(env.get("TRUSTED_PROXIES", "")),
            log_format=log_format,
            metrics=metrics,
            metrics_token=metrics_token,
            shutdown_timeout_seconds=float(shutdown_text),
        )


def dialect_of(database_url: str) -> str:
    scheme = urlsplit(database_url).scheme
    if scheme not in SUPPORTED_DATABASES:
        raise ConfigError(
            f"DATABASE_URL must start with sqlite:// or postgres://, got {database_url!r}"
        )
    return "sqlite" if scheme == "sqlite" else "postgres"


def _check_events_url(events_url: str) -> None:
    scheme = urlsplit(events_url).scheme
    if scheme not in SUPPORTED_EVENTS:
        raise ConfigError(
            f"EVENTS_URL must be memory://, redis:// or postgres://, got {events_url!r}"
        )


def _stored_secret(data_dir: Path) -> str:
    """Generate SECRET_KEY once and keep it beside the data, readable only by its owner."""
    path = data_dir / "secret_key"
    if path.exists():
        return path.read_text().strip()
    try:
        data_dir.mkdir(parents=True, exist_ok=True)
        key = secrets.token_urlsafe(48)
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except FileExistsError:
        return path.read_text().strip()
    except OSError as exc:
        raise ConfigError(f"cannot store SECRET_KEY under {data_dir}: {exc.strerror}") from exc
    with os.fdopen(fd, "w") as handle:
        handle.write(key)
    return key


def _proxies(text: str) -> tuple[str, ...]:
    found = tuple(part.strip() for part in text.split(",") if part.strip())
    for proxy in found:
        try:
            ipaddress.ip_network(proxy, strict=False)
        except ValueError as exc:
            raise ConfigError(
                f"TRUSTED_PROXIES must list IP addresses or networks, got {proxy!r}"
            ) from exc
    return found


def _namespace(text: str) -> str:
    if not (text.isascii() and text.replace("_", "").isalnum() and len(text) <= 40):
        raise ConfigError(f"EVENTS_NAMESPACE must be letters, digits or _, got {text!r}")
    return text


MIN_METRICS_TOKEN = 32


def _metrics(env: os._Environ[str] | dict[str, str]) -> tuple[bool, str]:
    switch = env.get("METRICS", "off").lower()
    if switch not in ("on", "off"):
        raise ConfigError(f"METRICS must be on or off, got {switch!r}")
    token = env.get("METRICS_TOKEN", "")
    if switch == "on" and (len(token) < MIN_METRICS_TOKEN or not token.isascii()):
        raise ConfigError(
            f"METRICS=on needs METRICS_TOKEN, at least {MIN_METRICS_TOKEN} ASCII characters "
            "(for example: python3 -c 'import secrets; print(secrets.token_urlsafe(32))')"
        )
    return switch == "on", token
