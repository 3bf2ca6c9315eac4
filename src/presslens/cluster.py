"""Analysis on a Ray cluster: the batches the local worker pool would run, run as Ray tasks.

The driver (the process that reads the sources) stays the only writer of the DuckDB store; the
cluster's workers only parse and run layers, and send Articles back.  The driver runs on a node
of the cluster or anywhere that reaches its head (Ray Client, ``ray://``, is not used).  Every
node needs presslens installed as on the driver (``pip install 'presslens[ray]'``, with its
models, and any ``--dictionaries`` folder at the same path): nothing is downloaded at run time.

``address`` is ``local`` to start a Ray instance on this machine for the run (``workers`` CPUs,
all of them by default), ``auto`` for the cluster this machine belongs to, or the head's
``HOST:PORT``.  A process already connected to Ray (a library caller that ran ``ray.init``)
keeps its connection, whatever the address.
"""

from __future__ import annotations

import contextlib
import logging
import os
import signal
import socket
import threading
from collections.abc import Callable, Iterator
from concurrent.futures import Future

#: An HTTP/2 client preface and an empty SETTINGS frame: a Ray head (a gRPC server) answers
#: with a SETTINGS frame of its own; anything else is not a Ray head.
_PREFACE = b"PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n" + b"\x00\x00\x00\x04\x00\x00\x00\x00\x00"
#: Ray's settings for the duration of ``ray.init``: no usage report leaves this machine.
_QUIET = {"RAY_USAGE_STATS_ENABLED": "0"}


class ClusterError(Exception):
    """The cluster cannot be used: Ray is not installed, or the address does not answer."""


def check_address(address: str) -> tuple[str, int] | None:
    """The head's (host, port) of a HOST:PORT address, None for ``local`` and ``auto``; a
    ClusterError for anything else (no network is used)."""
    if address in ("local", "auto"):
        return None
    if address.startswith("ray://"):
        raise ClusterError(
            f"--ray {address}: Ray Client addresses are not used; run presslens on a node of "
            "the cluster (--ray auto) or give the head's HOST:PORT"
        )
    host, sep, port = address.rpartition(":")
    host = host.strip("[]")
    if not sep or not host or not port.isdigit() or not 0 < int(port) < 65536:
        raise ClusterError(f"--ray {address}: not a Ray address (local, auto or HOST:PORT)")
    return host, int(port)


def _head(address: str, timeout: float = 5.0) -> None:
    """Fail fast unless HOST:PORT is a Ray head: Ray itself retries, and blocks signals, for
    minutes on an address that does not answer or answers in another protocol."""
    where = check_address(address)
    if where is None:
        return
    host, port = where
    try:
        with socket.create_connection((host, port), timeout=timeout) as conn:
            conn.settimeout(timeout)
            conn.sendall(_PREFACE)
            reply = b""
            while len(reply) < 9:
                chunk = conn.recv(9 - len(reply))
                if not chunk:
                    break
                reply += chunk
    except OSError as exc:
        raise ClusterError(
            f"--ray {address}: nothing answers there ({exc.strerror or exc})"
        ) from None
    if len(reply) < 9 or reply[3] != 0x04:
        raise ClusterError(f"--ray {address}: what answers there is not a Ray head")


@contextlib.contextmanager
def _quiet() -> Iterator[None]:
    """Ray's settings for the duration of ``ray.init`` (the caller's environment is restored)."""
    saved = {key: os.environ.get(key) for key in _QUIET}
    for key, value in _QUIET.items():
        os.environ.setdefault(key, value)
    try:
        yield
    finally:
        for key, value in saved.items():
            if value is None:
                os.environ.pop(key, None)


class RayPool:
    """A Ray connection used like an executor: ``submit`` returns a ``Future``.

    Tasks are not retried: a document that kills its worker process (out of memory, a native
    crash) surfaces as one of ``deaths``, and the stream then runs that batch's documents one
    per task, so that only the culprit fails.  The rest of the cluster goes on.
    """

    def __init__(self, address: str, workers: int | None = None) -> None:
        try:
            import ray
            import ray.exceptions as rex
        except ImportError:
            raise ClusterError(
                "--ray needs the ray package: pip install 'presslens[ray]'"
            ) from None
        self._ray = ray
        self._owned = not ray.is_initialized()
        if self._owned:
            # ("auto" is RAY_ADDRESS when set, else the cluster this machine runs)
            probe = os.environ.get("RAY_ADDRESS") if address == "auto" else address
            if probe is not None:
                _head(probe)
            settings = {
                "include_dashboard": False,
                "log_to_driver": False,
                "logging_level": logging.ERROR,
            }
            main = threading.current_thread() is threading.main_thread()
            sigterm = signal.getsignal(signal.SIGTERM) if main else None
            try:
                with _quiet():
                    if address == "local":
                        # a new instance here, whatever RAY_ADDRESS says
                        ray.init(address="local", num_cpus=workers, **settings)
                    else:
                        ray.init(address=address, **settings)
            except KeyboardInterrupt:
                if ray.is_initialized():
                    ray.shutdown()
                raise
            except Exception as exc:  # noqa: BLE001 - Ray raises several kinds; one line each
                first = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
                raise ClusterError(f"--ray {address}: cannot start or reach Ray: {first}") from None
            finally:
                if main and sigterm is not None:
                    # ray.init takes SIGTERM over; the caller's handler (the CLI's closes the
                    # store and, through shutdown, the Ray this pool started) gets it back
                    signal.signal(signal.SIGTERM, sigterm)
        cpus = int(ray.cluster_resources().get("CPU", 1))
        #: how many tasks to keep in flight
        self.slots = max(1, workers or cpus)
        #: what a dead worker raises (the task itself did not fail: its process went away)
        self.deaths: tuple[type[BaseException], ...] = tuple(
            getattr(rex, name)
            for name in ("WorkerCrashedError", "OutOfMemoryError", "NodeDiedError")
            if hasattr(rex, name)
        )
        self._remote: dict[Callable, object] = {}
        self._running: list[tuple[object, Future]] = []

    def submit(self, fn: Callable, *args) -> Future:
        """Run ``fn(*args)`` as a Ray task (one CPU); its result or its error in a Future."""
        task = self._remote.get(fn)
        if task is None:
            task = self._remote[fn] = self._ray.remote(max_retries=0, num_cpus=1)(fn)
        ref = task.remote(*args)
        future = ref.future()
        self._running = [(r, f) for r, f in self._running if not f.done()]
        self._running.append((ref, future))
        return future

    def shutdown(self, wait: bool = True, cancel_futures: bool = False) -> None:
        """Cancel what is still running when asked; leave a Ray this pool did not start."""
        if cancel_futures:
            for ref, future in self._running:
                if future.done():
                    continue
                with contextlib.suppress(Exception):  # finished or gone already
                    self._ray.cancel(ref)
        self._running = []
        if self._owned and self._ray.is_initialized():
            self._ray.shutdown()
