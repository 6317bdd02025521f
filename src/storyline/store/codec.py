"""JSON encoding of the records, and their flattening into table rows at the database boundary."""

from __future__ import annotations

import dataclasses
import json
import types
import typing
from collections.abc import Iterator
from datetime import date
from functools import cache
from typing import Any, TypeVar

import msgspec

T = TypeVar("T")

_ENCODER = msgspec.json.Encoder(order="deterministic")


def encode(record: object) -> bytes:
    """Records to JSON bytes (stable key order, so equal records give equal bytes)."""
    return _ENCODER.encode(record)


def encode_chunks(record: object) -> Iterator[bytes]:
    """``encode(record)`` in pieces (one per field, and per item of a tuple field) that join to the same bytes:
    a big story can be hashed and written without holding its whole encoding at once."""
    yield b"{"
    for i, f in enumerate(dataclasses.fields(record)):  # type: ignore[arg-type]
        value = getattr(record, f.name)
        yield (b"," if i else b"") + _ENCODER.encode(f.name) + b":"
        if isinstance(value, tuple):
            yield b"["
            for j, item in enumerate(value):
                yield (b"," if j else b"") + _ENCODER.encode(item)
            yield b"]"
        else:
            yield _ENCODER.encode(value)
    yield b"}"


def decode(data: bytes | str, cls: type[T]) -> T:
    """JSON back to a record of ``cls``."""
    return msgspec.json.decode(data, type=cls)


def to_builtins(record: object) -> Any:
    """Records to plain dicts, lists and strings (for brief.json and the JSON API)."""
    return msgspec.to_builtins(record, order="deterministic")


_SQL_TYPES = {int: "INTEGER", float: "REAL", str: "TEXT", bool: "INTEGER", date: "TEXT"}


def _unwrap_optional(tp: Any) -> Any:
    if typing.get_origin(tp) in (typing.Union, types.UnionType):
        args = [a for a in typing.get_args(tp) if a is not type(None)]
        if len(args) == 1:
            return args[0]
    return tp


@cache
def columns(cls: type) -> tuple[tuple[str, str], ...]:
    """(column, SQL type) pairs for a record class: nested records get prefixed columns, tuples JSON."""
    out: list[tuple[str, str]] = []
    hints = typing.get_type_hints(cls)
    for f in dataclasses.fields(cls):
        tp = _unwrap_optional(hints[f.name])
        if dataclasses.is_dataclass(tp):
            out.extend((f"{f.name}_{name}", sql) for name, sql in columns(tp))  # type: ignore[arg-type]
        else:
            out.append((f.name, _SQL_TYPES.get(tp, "TEXT")))
    return tuple(out)


@cache
def _field_types(cls: type) -> tuple[tuple[str, Any, bool], ...]:
    """(field name, type without Optional, whether that is a record class) of a record class: resolving hints
    is slow, rows are many."""
    hints = typing.get_type_hints(cls)
    types_ = [(f.name, _unwrap_optional(hints[f.name])) for f in dataclasses.fields(cls)]
    return tuple((name, tp, dataclasses.is_dataclass(tp)) for name, tp in types_)


def flatten(record: Any) -> dict[str, Any]:
    """One table row for a record, matching ``columns(type(record))``."""
    row: dict[str, Any] = {}
    cls: type = type(record)
    for name, tp, nested in _field_types(cls):
        value = getattr(record, name)
        if nested:
            if value is None:
                row.update({f"{name}_{column}": None for column, _ in columns(tp)})  # type: ignore[arg-type]
            else:
                row.update({f"{name}_{k}": v for k, v in flatten(value).items()})
        elif isinstance(value, (tuple, list, dict)):
            row[name] = json.dumps(to_builtins(value), ensure_ascii=False)
        elif isinstance(value, date):
            row[name] = value.isoformat()
        else:
            row[name] = value
    return row
