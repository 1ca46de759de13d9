"""`jijiao` command line: serve, migrate, demo, schema, makemigrations, and operator tools."""

from __future__ import annotations

import argparse
import asyncio
import os
import sys
from collections.abc import Callable, Coroutine
from pathlib import Path
from typing import Any

from server.settings import ConfigError, Settings


def _database_failure(exc: BaseException) -> str | None:
    """A one-line reason when the database cannot be reached or used."""
    text = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
    if isinstance(exc, OSError) or type(exc).__module__.startswith(
        ("asyncpg", "tortoise", "sqlite3")
    ):
        return f"database unavailable: {text}"
    return None


def _run(coro_fn: Callable[[Settings], Coroutine[Any, Any, Any]], settings: Settings) -> Any:
    try:
        return asyncio.run(coro_fn(settings))
    except (ConfigError, KeyboardInterrupt):
        raise
    except Exception as exc:
        reason = _database_failure(exc)
        if reason is None:
            raise
        raise ConfigError(reason) from exc


async def _migrate(settings: Settings) -> list[str]:
    from server.migrations import apply_migrations

    return await apply_migrations(settings.database_url)


async def _demo(settings: Settings, scale: float, seed: int, only_if_empty: bool) -> Any:
    from tortoise import Tortoise

    from domain.demo import demo_loaded, load_demo
    from server.db import open_database

    await open_database(settings.database_url)
    try:
        if only_if_empty and await demo_loaded():
            return None
        return await load_demo(
            scale=scale, seed=seed, progress=lambda line: print(f"  {line}", flush=True)
        )
    finally:
        await Tortoise.close_connections()


def _print_logins(summary: Any) -> None:
    print(
        f"demo province loaded in {summary.seconds:.1f}s: {summary.organisations} organisations, "
        f"{summary.professionals} professionals"
    )
    print("demo logins (ID number / password):")
    for login in summary.logins:
        print(f"  {login.role:<16} {login.id_number}  {login.password}  {login.organisation}")


def cmd_migrate(settings: Settings, args: argparse.Namespace) -> None:
    applied = _run(_migrate, settings)
    print(f"migrations applied: {', '.join(applied) if applied else 'none (up to date)'}")


def cmd_demo(settings: Settings, args: argparse.Namespace) -> None:
    _run(_migrate, settings)
    summary = _run(lambda s: _demo(s, args.scale, args.seed, only_if_empty=False), settings)
    _print_logins(summary)


def cmd_serve(settings: Settings, args: argparse.Namespace) -> None:
    import uvicorn

    from schema.limits import MAX_BODY_BYTES
    from server.logs import configure_logging, log_config

    configure_logging(settings.log_format)  # the migration and demo steps log like workers
    cmd_migrate(settings, args)
    if not args.no_demo:  # production passes --no-demo: its database holds real provinces
        summary = _run(lambda s: _demo(s, args.demo_scale, 2026, only_if_empty=True), settings)
        if summary is not None:
            _print_logins(summary)
        else:
            print("demo province already loaded (logins: see README)")
    host, port = args.host or settings.host, args.port or settings.port
    print(f"serving http://{host}:{port}/graphql (GraphiQL in a browser) · /healthz · /readyz")
    if settings.metrics and args.workers > 1:
        _metrics_across_workers(settings)
    uvicorn.run(
        "server.asgi:app_factory",
        factory=True,
        host=host,
        port=port,
        workers=args.workers,
        log_level="info",
        log_config=log_config(settings.log_format),
        access_log=False,  # server/logs.py writes the access line, with the request id
        # X-Forwarded-For is believed only from TRUSTED_PROXIES, by the app itself
        proxy_headers=False,
        ws_max_size=MAX_BODY_BYTES,  # a WebSocket message is bounded like an HTTP body
        # SIGTERM: uvicorn stops accepting, closes each WebSocket with 1012 (Service Restart:
        # graphql-ws clients reconnect, to another worker or this one restarted) and gives
        # requests in flight this long to finish
        timeout_graceful_shutdown=int(settings.shutdown_timeout_seconds),
    )


def _metrics_across_workers(settings: Settings) -> None:
    """prometheus_client's multiprocess mode: each worker writes its values under one
    directory, emptied at start, and a scrape of any worker sums them."""
    import shutil

    directory = settings.data_dir / "metrics"
    shutil.rmtree(directory, ignore_errors=True)
    directory.mkdir(parents=True)
    os.environ["PROMETHEUS_MULTIPROC_DIR"] = str(directory)


async def _provision(settings: Settings, args: argparse.Namespace) -> Any:
    from tortoise import Tortoise

    from domain.provisioning import provision_hrss
    from server.db import open_database

    await open_database(settings.database_url)
    try:
        return await provision_hrss(
            name=args.name,
            region_code=args.region,
            parent_id=args.parent_id,
            admin_name=args.admin_name,
            admin_id_number=args.admin_id_number,
            admin_password=args.admin_password,
        )
    finally:
        await Tortoise.close_connections()


def cmd_hrss_add(settings: Settings, args: argparse.Namespace) -> None:
    from domain.errors import DomainError

    _run(_migrate, settings)
    try:
        made = _run(lambda s: _provision(s, args), settings)
    except DomainError as error:
        raise ConfigError(f"{error.code}: {error.message}") from error
    reuse = " (existing account reused)" if made.account_reused else ""
    print(
        f"HRSS bureau {made.organisation_id} created; super admin account {made.account_id}{reuse}"
    )


async def _outbox(settings: Settings, limit: int) -> list[Any]:
    from tortoise import Tortoise

    from domain.outbox import recent
    from server.db import open_database

    await open_database(settings.database_url)
    try:
        return await recent(limit)
    finally:
        await Tortoise.close_connections()


def cmd_outbox(settings: Settings, args: argparse.Namespace) -> None:
    for message in _run(lambda s: _outbox(s, args.limit), settings):
        sent = message.sent_at.isoformat(timespec="seconds") if message.sent_at else "pending"
        print(f"{message.id}\t{sent}\t{message.channel}\t{message.recipient}\t{message.body}")


async def _files_gc(settings: Settings, days: int) -> Any:
    import datetime as dt

    from tortoise import Tortoise

    from domain.files import collect_unreferenced
    from server.db import open_database

    await open_database(settings.database_url)
    try:
        return await collect_unreferenced(settings.files_dir, dt.timedelta(days=days))
    finally:
        await Tortoise.close_connections()


def cmd_files_gc(settings: Settings, args: argparse.Namespace) -> None:
    collected = _run(lambda s: _files_gc(s, args.days), settings)
    print(f"removed {collected.rows} unattached uploads and {collected.blobs} stored files")


async def _rebuild(settings: Settings, fix: bool) -> Any:
    from tortoise import Tortoise

    from domain.completion import rebuild, rebuild_rollup, rollup_drift
    from server.db import open_database

    await open_database(settings.database_url)
    try:
        drifts = await rebuild(fix=fix)
        rollup = await rollup_drift()
        if fix and rollup:
            await rebuild_rollup()
        return drifts, rollup
    finally:
        await Tortoise.close_connections()


def cmd_completion_rebuild(settings: Settings, args: argparse.Namespace) -> None:
    """Recompute annual completion from claims, and its statistics rollup from the table;
    exit 1 when either had drifted."""
    drifts, rollup = _run(lambda s: _rebuild(s, args.fix), settings)
    for drift in drifts[:50]:
        print(
            f"professional {drift.professional_id} year {drift.year}: "
            f"table {drift.stored} != claims {drift.recomputed}"
        )
    verb = "fixed" if args.fix else "found"
    print(f"completion table: {len(drifts)} rows differ from the claims ({verb})")
    print(f"completion rollup: {rollup} rows differ from the completion table ({verb})")
    if (drifts or rollup) and not args.fix:
        raise SystemExit(1)


def cmd_backup(settings: Settings, args: argparse.Namespace) -> None:
    from server.backup import backup

    made = _run_sync(lambda: backup(settings, args.file))
    print(
        f"backup written to {made.path}: {made.tables} tables, {made.rows} rows, "
        f"{made.files} files ({made.bytes} bytes)"
    )


def cmd_restore(settings: Settings, args: argparse.Namespace) -> None:
    from server.backup import restore

    done = _run_sync(lambda: restore(settings, args.file, replace=args.replace))
    print(
        f"restored from {done.path}: {done.tables} tables, {done.rows} rows, "
        f"{done.files} files ({done.bytes} bytes); run `jijiao migrate` if the code is newer"
    )


def _run_sync(work: Callable[[], Any]) -> Any:
    """Like _run for work that opens the database itself: its failures are one line."""
    try:
        return work()
    except (ConfigError, KeyboardInterrupt):
        raise
    except Exception as exc:
        reason = _database_failure(exc)
        if reason is None:
            raise
        raise ConfigError(reason) from exc


def cmd_schema(settings: Settings | None, args: argparse.Namespace) -> None:
    from resolvers.root import print_sdl

    sys.stdout.write(print_sdl())


def cmd_makemigrations(settings: Settings | None, args: argparse.Namespace) -> None:
    from server.migrations import make_migrations

    make_migrations(args.name, args.postgres_url)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="jijiao", description="继教 platform server")
    commands = parser.add_subparsers(dest="command", required=True)
    serve = commands.add_parser("serve", help="migrate, load the demo on first run, serve")
    serve.add_argument("--host")
    serve.add_argument("--port", type=int)
    serve.add_argument("--workers", type=int, default=1)
    serve.add_argument(
        "--demo-scale", type=float, default=1.0, help="size of the demo loaded on first run"
    )
    serve.add_argument(
        "--no-demo", action="store_true", help="never load the demo province (production)"
    )
    serve.set_defaults(handler=cmd_serve)
    commands.add_parser("migrate", help="apply database migrations").set_defaults(
        handler=cmd_migrate
    )
    demo = commands.add_parser("demo", help="load the demo province (deterministic by seed)")
    demo.add_argument("--scale", type=float, default=1.0, help="1 ≈ 1,000 professionals")
    demo.add_argument("--seed", type=int, default=2026)
    demo.set_defaults(handler=cmd_demo)
    hrss = commands.add_parser("hrss-add", help="provision an HRSS bureau and its super admin")
    hrss.add_argument("--name", required=True)
    hrss.add_argument("--region", required=True, help="GB/T 2260 code of its region")
    hrss.add_argument("--parent-id", type=int, help="the HRSS bureau above it")
    hrss.add_argument("--admin-name", required=True)
    hrss.add_argument("--admin-id-number", required=True)
    hrss.add_argument(
        "--admin-password",
        default=os.environ.get("JIJIAO_ADMIN_PASSWORD", ""),
        help="or JIJIAO_ADMIN_PASSWORD; ignored when the account already exists",
    )
    hrss.set_defaults(handler=cmd_hrss_add)
    outbox = commands.add_parser("outbox", help="print the newest outbox messages")
    outbox.add_argument("--limit", type=int, default=20)
    outbox.set_defaults(handler=cmd_outbox)
    rebuild = commands.add_parser(
        "completion-rebuild", help="check the annual completion table against the claims"
    )
    rebuild.add_argument("--fix", action="store_true", help="rewrite the rows that differ")
    rebuild.set_defaults(handler=cmd_completion_rebuild)
    gc = commands.add_parser(
        "files-gc", help="remove uploads attached to nothing for longer than --days"
    )
    gc.add_argument("--days", type=int, default=7, help="grace period in days (default 7)")
    gc.set_defaults(handler=cmd_files_gc)
    saving = commands.add_parser(
        "backup", help="write the database and the file store into one archive (.tar)"
    )
    saving.add_argument("file", type=Path, help="the archive to write (never overwritten)")
    saving.set_defaults(handler=cmd_backup)
    loading = commands.add_parser(
        "restore", help="restore a backup into an empty database and file store"
    )
    loading.add_argument("file", type=Path, help="an archive written by `jijiao backup`")
    loading.add_argument(
        "--replace", action="store_true", help="overwrite a database or file store in use"
    )
    loading.set_defaults(handler=cmd_restore)
    schema = commands.add_parser("schema", help="print the GraphQL SDL")
    schema.set_defaults(handler=cmd_schema, needs_settings=False)
    make = commands.add_parser(
        "makemigrations", help="generate the next migration for both dialects"
    )
    make.add_argument("name")
    make.add_argument(
        "--postgres-url",
        default=os.environ.get(
            "MAKEMIGRATIONS_PG_URL", "postgres://postgres@127.0.0.1:5432/postgres"
        ),
    )
    make.set_defaults(handler=cmd_makemigrations, needs_settings=False)
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        settings = Settings.from_env() if getattr(args, "needs_settings", True) else None
        args.handler(settings, args)
    except ConfigError as exc:
        print(f"jijiao: error: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130
    return 0


if __name__ == "__main__":
    sys.exit(main())
