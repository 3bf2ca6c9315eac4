"""Analysis on a Ray cluster: the batches the local worker pool would run, run as Ray tasks.

The driver (the process that reads the sources) stays the only writer of the DuckDB store; the
cluster's workers only parse and run layers, and send Articles back.  Every node needs presslens
installed as on the driver (``pip install 'presslens[ray]'``, with its models): nothing is
downloaded at run time.

``address`` is ``local`` to start a Ray instance on this machine (``workers`` CPUs, all of them
by default) or the address of a running cluster (``auto``, ``HOST:6379``, ``ray://HOST:10001``)
as ``ray.init`` takes it.
"""

from __future__ import annotations

import contextlib
import logging
import os
import socket
from collections.abc import Callable
from concurrent.futures import Future


class ClusterError(Exception):
    """The cluster cannot be used: Ray is not installed, or the address does not answer."""


def _answering(address: str, timeout: float = 5.0) -> None:
    """Fail fast when a HOST:PORT address does not answer (Ray itself retries for minutes)."""
    if address in ("local", "auto"):
        return
    where = address.removeprefix("ray://")
    host, sep, port = where.rpartition(":")
    if not sep or not port.isdigit() or not host:
        raise ClusterError(
            f"--ray {address}: not a Ray address (local, auto, HOST:PORT or ray://HOST:PORT)"
        )
    try:
        socket.create_connection((host.strip("[]"), int(port)), timeout=timeout).close()
    except OSError as exc:
        raise ClusterError(
            f"--ray {address}: nothing answers there ({exc.strerror or exc})"
        ) from None


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
        # no usage report leaves this machine; no dashboard to serve
        os.environ.setdefault("RAY_USAGE_STATS_ENABLED", "0")
        self._owned = not ray.is_initialized()
        if self._owned:
            settings = {
                "include_dashboard": False,
                "log_to_driver": False,
                "logging_level": logging.ERROR,
            }
            _answering(address)
            try:
                if address == "local":
                    ray.init(num_cpus=workers, **settings)
                else:
                    ray.init(address=address, **settings)
            except Exception as exc:  # noqa: BLE001 - Ray raises several kinds; one line each
                first = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
                raise ClusterError(f"--ray {address}: cannot start or reach Ray: {first}") from None
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
