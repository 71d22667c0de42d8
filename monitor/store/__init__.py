"""Every SQL statement of monitor: schema, migrations and the queries the rest of the code needs."""

from monitor.store.connection import open_database
from monitor.store.store import EntryRow, FeedRow, Store

__all__ = ["EntryRow", "FeedRow", "Store", "open_database"]
