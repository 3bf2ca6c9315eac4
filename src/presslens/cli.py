"""Command line: maps arguments onto one Options object and calls the library."""

from __future__ import annotations

import argparse
import importlib
import json
import os
import signal
import socket
import sys
import threading
from pathlib import Path

from presslens.options import Options

DEFAULT_DB = os.environ.get("PRESSLENS_DB", "presslens.duckdb")
#: Subcommand modules under presslens.commands, each with add_parser(subparsers).
COMMAND_MODULES = ("techniques", "events")


def _number(kind, low, high, *, low_open: bool = False):
    """An argparse type: a finite number of ``kind`` in [low, high] (or (low, high])."""

    def parse(value: str):
        try:
            number = kind(value)
        except ValueError:
            raise argparse.ArgumentTypeError(f"{value!r} is not a number") from None
        if not (low < number if low_open else low <= number) or not number <= high:
            bound = f"({low:g}" if low_open else f"[{low:g}"
            raise argparse.ArgumentTypeError(f"{value} is outside {bound}, {high:g}]")
        return number

    return parse


MEGABYTES = _number(float, 0, 100_000, low_open=True)
SECONDS = _number(float, 0, 86_400, low_open=True)


def _err(message: str) -> None:
    print(f"presslens: {message}", file=sys.stderr)


def _options(args: argparse.Namespace) -> Options:
    from presslens.layers import DEFAULT_LAYERS

    layers = DEFAULT_LAYERS
    if getattr(args, "layers", None):
        layers = tuple(x.strip() for x in args.layers.split(",") if x.strip())
        if not layers:
            raise SystemExit(f"presslens: --layers {args.layers!r} names no layer")
        unknown = [x for x in layers if x not in DEFAULT_LAYERS]
        if unknown:
            raise SystemExit(
                f"presslens: unknown layer(s) {', '.join(unknown)}; "
                f"known: {', '.join(DEFAULT_LAYERS)}"
            )
        from presslens.layers import with_prerequisites

        needed = [x for x in with_prerequisites(layers) if x not in layers]
        if needed and not getattr(args, "quiet", False):
            _err(f"note: --layers {args.layers} also runs what it reads: {', '.join(needed)}")
    dictionaries = getattr(args, "dictionaries", None)
    if dictionaries is not None:
        # read once here: a folder without dictionaries is one error, not one per article
        from presslens.knowledge.petrarch import DictionaryError, load

        try:
            load(dictionaries)
        except (DictionaryError, OSError) as exc:
            raise SystemExit(f"presslens: --dictionaries: {exc}") from None
    return Options(
        layers=layers,
        dictionaries=Path(dictionaries) if dictionaries else None,
        max_bytes=int(getattr(args, "max_mb", 20) * 1_000_000),
        url_timeout=getattr(args, "timeout", 10.0),
        allow_private_urls=getattr(args, "allow_private_urls", False),
    )


# -- analyze ---------------------------------------------------------------------------


def cmd_analyze(args: argparse.Namespace) -> int:
    from presslens.cluster import ClusterError, check_address
    from presslens.ingest import IngestError
    from presslens.ingest.sources import iter_sources
    from presslens.pipeline import AnalysisError, analyze_stream
    from presslens.report import SUMMARY_ROWS, Progress, summary_row, summary_table

    options = _options(args)
    if args.ray is not None:
        try:
            check_address(args.ray)  # before anything is opened; the network is asked later
        except ClusterError as exc:
            _err(str(exc))
            return 2
    store = None
    db = args.db if args.db is not None else (None if args.json else DEFAULT_DB)
    if db:
        from presslens.store import Store, StoreError

        try:
            store = Store(db)
        except StoreError as exc:
            _err(str(exc))
            return 1
    stored = store.stored_layers() if store is not None else {}

    def layers_to_run(raw):
        from presslens.pipeline import article_id, replan

        aid = article_id(raw.text)
        return replan(raw, options.layers, stored.get(aid), args.force, lambda: store.get(aid))

    failures = skipped = done = 0
    rows = []  # the summary's first rows only: a corpus's articles are not kept in memory
    progress = Progress(enabled=not args.quiet and sys.stderr.isatty())
    try:
        with progress:
            for item in analyze_stream(
                iter_sources(args.sources, options),
                options,
                workers=args.workers,
                plan=layers_to_run,
                cluster=args.ray,
            ):
                if isinstance(item, (IngestError, AnalysisError)):
                    failures += 1
                    progress.print_error(f"presslens: error: {item}")
                    continue
                if not hasattr(item, "id"):  # a RawDocument skipped: already stored
                    skipped += 1
                    progress.advance()
                    continue
                for warning in item.warnings:
                    progress.print_error(f"presslens: warning: {item.source}: {warning}")
                if store is not None:
                    # as stored: with the layers the store kept, if it kept some
                    item = store.write(item)
                    stored[item.id] = tuple(item.layers)
                if args.json:
                    sys.stdout.write(item.model_dump_json() + "\n")
                    sys.stdout.flush()
                if len(rows) < SUMMARY_ROWS:
                    rows.append(summary_row(item))
                done += 1
                progress.advance()
    except ClusterError as exc:
        _err(str(exc))
        return 2
    finally:
        if store is not None:
            store.close()
    if not args.quiet:
        out = sys.stderr if args.json else sys.stdout
        if rows and not args.json:
            summary_table(rows, out, total=done)
        where = f" into {db}" if db else ""
        print(
            f"analysed {done} article(s){where}; {skipped} already stored; {failures} failed",
            file=out,
        )
    return 1 if failures else 0


# -- show / export / schema / serve -----------------------------------------------------


def _open_store(db: str):
    from presslens.store import Store, StoreError

    try:
        return Store(db, read_only=True)
    except StoreError as exc:
        raise SystemExit(f"presslens: {exc}") from None


def cmd_show(args: argparse.Namespace) -> int:
    from presslens.report import print_article

    store = _open_store(args.db)
    ids = [i for i in store.ids() if i.startswith(args.id)]
    if len(ids) != 1:
        _err(f"{args.id}: {'no stored article' if not ids else 'ambiguous id prefix'} in {args.db}")
        return 1
    article = store.get(ids[0])
    if args.json:
        print(article.model_dump_json(indent=2))
    else:
        print_article(article, sys.stdout)
    return 0


def cmd_export(args: argparse.Namespace) -> int:
    import duckdb

    from presslens.store import StoreError
    from presslens.store.export import export

    store = _open_store(args.db)
    try:
        message = export(store, args.format, args.out, args.min_confidence)
    except ValueError as exc:
        _err(f"export: {exc}")
        return 2
    except StoreError as exc:
        _err(str(exc))
        return 1
    except OSError as exc:  # the output file or folder cannot be written
        _err(f"export: cannot write {exc.filename or args.out}: {exc.strerror or exc}")
        return 1
    except duckdb.Error as exc:  # COPY ... TO a folder that cannot take it
        _err(f"export: cannot write {args.out}: {str(exc).splitlines()[0]}")
        return 1
    print(message, file=sys.stderr)
    return 0


def cmd_schema(args: argparse.Namespace) -> int:
    from presslens.model import Article

    print(json.dumps(Article.model_json_schema(), indent=2))
    return 0


def cmd_serve(args: argparse.Namespace) -> int:
    import uvicorn

    from presslens.store import StoreError
    from presslens.web.app import create_app
    from presslens.web.security import LOCAL_HOSTS

    options = _options(args)
    hosts = list(LOCAL_HOSTS) + [h for h in args.allowed_host or []]
    if args.host not in LOCAL_HOSTS and args.host not in ("0.0.0.0", "::"):
        hosts.append(args.host)
    try:
        app = create_app(
            args.db,
            options,
            allow_private_urls=args.allow_private_urls,
            analysis_timeout=args.analysis_timeout,
            allowed_hosts=hosts,
        )
    except StoreError as exc:
        _err(str(exc))
        return 1
    try:  # say so in one line before announcing anything, rather than in uvicorn's log
        with socket.create_server((args.host, args.port)):
            pass
    except OSError as exc:
        _err(f"cannot listen on {args.host}:{args.port}: {exc.strerror or exc}")
        return 1
    print(f"presslens: serving {args.db} on http://{args.host}:{args.port}/", file=sys.stderr)
    uvicorn.run(app, host=args.host, port=args.port, log_level="warning")
    return 0


# -- parser -----------------------------------------------------------------------------


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="presslens",
        description="News and opinion articles as evidence-linked structured data.",
    )
    from presslens import __version__

    parser.add_argument("--version", action="version", version=f"presslens {__version__}")
    sub = parser.add_subparsers(dest="command", required=True)

    p = sub.add_parser("analyze", help="analyse files, folders, URLs, JSONL or stdin ('-')")
    p.add_argument("sources", nargs="+", metavar="SOURCE")
    p.add_argument("--json", action="store_true", help="write one JSON object per article")
    p.add_argument(
        "--db", default=None, help=f"DuckDB store to write (default {DEFAULT_DB} unless --json)"
    )
    p.add_argument(
        "--workers",
        type=_number(int, 1, 256),
        default=None,
        help="worker processes (default 1), or with --ray tasks at a time (default: its CPUs)",
    )
    p.add_argument(
        "--ray",
        metavar="ADDRESS",
        help="run the analysis on a Ray cluster: 'local' starts one here for the run, 'auto' "
        "joins the one this machine belongs to, HOST:PORT names its head; needs "
        "presslens[ray] on every node",
    )
    p.add_argument("--layers", help="comma-separated layers to run (default: all)")
    p.add_argument("--dictionaries", help="folder of PETRARCH/TABARI dictionaries")
    p.add_argument("--force", action="store_true", help="re-analyse articles already stored")
    p.add_argument("--max-mb", type=MEGABYTES, default=20, help="largest input in MB (default 20)")
    p.add_argument(
        "--timeout", type=SECONDS, default=10.0, help="seconds one URL may take (default 10)"
    )
    p.add_argument(
        "--allow-private-urls",
        action="store_true",
        help="allow fetching loopback/private addresses",
    )
    p.add_argument("--quiet", "-q", action="store_true", help="no progress or summary")
    p.set_defaults(func=cmd_analyze)

    p = sub.add_parser("show", help="print one stored article with its layers")
    p.add_argument("id", help="article id (a unique prefix will do)")
    p.add_argument("--db", default=DEFAULT_DB)
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_show)

    p = sub.add_parser("export", help="export the store")
    p.add_argument("--format", choices=["jsonl", "parquet", "csv", "gdelt"], default="jsonl")
    p.add_argument("--db", default=DEFAULT_DB)
    p.add_argument("--out", help="file (jsonl, gdelt; default stdout) or folder (parquet, csv)")
    p.add_argument(
        "--min-confidence",
        type=_number(float, 0, 1),
        default=0.0,
        help="gdelt: leave out events less likely than this (0-1) to match an annotator's coding",
    )
    p.set_defaults(func=cmd_export)

    p = sub.add_parser("schema", help="print the JSON Schema of an analysed article")
    p.set_defaults(func=cmd_schema)

    p = sub.add_parser("serve", help="HTTP API and web UI over the store")
    p.add_argument("--db", default=DEFAULT_DB)
    p.add_argument("--host", default="127.0.0.1")
    p.add_argument("--port", type=_number(int, 1, 65535), default=8765)
    p.add_argument("--dictionaries", help="folder of PETRARCH/TABARI dictionaries")
    p.add_argument(
        "--allow-private-urls",
        action="store_true",
        help="let /api/analyze fetch loopback/private addresses",
    )
    p.add_argument(
        "--analysis-timeout",
        type=SECONDS,
        default=120.0,
        help="seconds one API analysis may take (default 120)",
    )
    p.add_argument(
        "--allowed-host",
        action="append",
        metavar="HOST",
        help="extra Host header to accept (the UI refuses others: DNS rebinding)",
    )
    p.add_argument("--max-mb", type=MEGABYTES, default=20, help="largest input in MB (default 20)")
    p.set_defaults(func=cmd_serve)

    for name in COMMAND_MODULES:
        try:
            module = importlib.import_module(f"presslens.commands.{name}")
        except ModuleNotFoundError as exc:
            if exc.name != f"presslens.commands.{name}":
                raise
            continue
        module.add_parser(sub)
    return parser


class _Terminated(BaseException):
    """SIGTERM, raised where the program is, so that what is open (the store, a worker pool,
    a Ray instance presslens started) is closed on the way out, as on Ctrl-C."""


_TERMINATING: list[bool] = []


def _terminate(signum, frame) -> None:
    _TERMINATING.append(True)
    raise _Terminated


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    main_thread = threading.current_thread() is threading.main_thread()
    previous = signal.signal(signal.SIGTERM, _terminate) if main_thread else None
    try:
        return args.func(args)
    except KeyboardInterrupt:
        _err("interrupted")
        return 130
    except _Terminated:
        _err("terminated")
        return 143
    except BrokenPipeError:
        return 0
    except Exception as exc:
        import duckdb

        # Ctrl-C or SIGTERM inside a store write: DuckDB stops the query and says so
        if isinstance(exc, duckdb.InterruptException) or str(exc) == "Query interrupted":
            _err("terminated" if _TERMINATING else "interrupted")
            return 143 if _TERMINATING else 130
        raise
    finally:
        if main_thread:
            signal.signal(signal.SIGTERM, previous)


if __name__ == "__main__":
    sys.exit(main())
