"""The embedded store (DuckDB) and exports. Only this package talks to DuckDB."""

from presslens.store.duckdb import Store, StoreError

__all__ = ["Store", "StoreError"]
