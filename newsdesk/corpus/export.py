"""Export articles, ticker items or links as JSON Lines, CSV or Parquet, streaming: rows are
written as they are read (Parquet in row groups), so memory stays flat however large the corpus.
"""

from __future__ import annotations

import csv
import json
from collections.abc import Iterator
from typing import IO, Any

import pyarrow as pa
import pyarrow.parquet as pq

from newsdesk.corpus.store import Store

FORMATS = ("jsonl", "csv", "parquet")
WHAT = ("articles", "ticker", "links")
_INT = pa.int64()
_STR = pa.string()
COLUMNS: dict[str, list[tuple[str, pa.DataType]]] = {
    "articles": [
        ("id", _STR), ("source", _STR), ("capture", _STR), ("site", _STR), ("page_kind", _STR),
        ("captured_at", _STR), ("date", _STR), ("canonical_id", _STR), ("relation", _STR),
        ("story_id", _STR), ("role", _STR), ("title", _STR), ("standfirst", _STR),
        ("authors", _STR), ("outlet", _STR), ("credit", _STR), ("published", _STR),
        ("published_text", _STR), ("reading_minutes", _INT), ("shares", _INT), ("section", _STR),
        ("tags", _STR), ("images", _STR), ("headings", _STR), ("body", _STR), ("url", _STR),
        ("language", _STR), ("summary", _STR), ("entities", _STR), ("quotes", _STR),
        ("counts", _STR), ("places", _STR), ("events", _STR), ("labels", _STR),
    ],
    "ticker": [
        ("id", _STR), ("text", _STR), ("attribution", _STR), ("first_seen", _STR),
        ("last_seen", _STR), ("sightings", _INT),
    ],
    "links": [
        ("capture_sha256", _STR), ("position", _INT), ("list", _STR), ("title", _STR),
        ("section", _STR), ("date", _STR), ("url", _STR), ("source", _STR), ("site", _STR),
        ("captured_at", _STR),
    ],
}  # fmt: skip
BATCH = 1000


def iter_rows(store: Store, what: str, **filters: Any) -> Iterator[dict[str, Any]]:
    """Rows to export, nested values kept as lists/dicts."""
    if what == "articles":
        for stored in store.articles(**filters):
            yield stored.to_dict()
    elif what == "ticker":
        yield from store.ticker(
            **{k: v for k, v in filters.items() if k in ("since", "until", "outlet")}
        )
    elif what == "links":
        yield from store.links(filters.get("list_name"))
    else:
        raise ValueError(f"--what {what!r}: not one of {', '.join(WHAT)}")


def _flat(row: dict[str, Any], columns: list[tuple[str, pa.DataType]]) -> dict[str, Any]:
    """One value per column: nested lists as JSON text (for CSV and Parquet)."""
    out = {}
    for name, _type in columns:
        value = row.get(name)
        if isinstance(value, list | dict):
            value = json.dumps(value, ensure_ascii=False)
        out[name] = value
    return out


def export(
    store: Store,
    out: IO[str] | IO[bytes] | str,
    *,
    fmt: str,
    what: str = "articles",
    **filters: Any,
) -> int:
    """Write every matching row to `out` (a text stream, or a path for parquet); returns rows."""
    if fmt not in FORMATS:
        raise ValueError(f"--format {fmt!r}: not one of {', '.join(FORMATS)}")
    if what not in WHAT:
        raise ValueError(f"--what {what!r}: not one of {', '.join(WHAT)}")
    rows = iter_rows(store, what, **filters)
    columns = COLUMNS[what]
    count = 0
    if fmt == "jsonl":
        for row in rows:
            out.write(json.dumps(row, ensure_ascii=False) + "\n")  # type: ignore[arg-type]
            count += 1
        return count
    if fmt == "csv":
        writer = csv.DictWriter(out, fieldnames=[n for n, _ in columns])  # type: ignore[arg-type]
        writer.writeheader()
        for row in rows:
            writer.writerow(_flat(row, columns))
            count += 1
        return count
    schema = pa.schema(columns)
    with pq.ParquetWriter(out, schema, compression="zstd") as parquet:
        batch: list[dict[str, Any]] = []
        for row in rows:
            batch.append(_flat(row, columns))
            count += 1
            if len(batch) >= BATCH:
                parquet.write_batch(pa.RecordBatch.from_pylist(batch, schema=schema))
                batch = []
        if batch or count == 0:
            parquet.write_batch(pa.RecordBatch.from_pylist(batch, schema=schema))
    return count
