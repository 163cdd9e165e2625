"""Read the rows of a CSV file from a byte stream; a broken row never stops the rest."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator
from typing import BinaryIO

MAX_BAD_IN_A_ROW = 1000
BadRow = None


def read_header(text: io.TextIOWrapper) -> tuple[list[str], str]:
    """The column names and the delimiter (comma, semicolon or tab, whichever the header uses)."""
    line = text.readline(1 << 16)
    delimiter = max((",", ";", "\t"), key=line.count)
    names = next(csv.reader([line], delimiter=delimiter), [])
    return [name.strip().lstrip("\ufeff") for name in names], delimiter


def iter_rows(stream: BinaryIO, escapechar: str | None = None
              ) -> Iterator[dict[str, str] | None]:
    """Each row as a mapping from lower-cased column name to value; None for a broken row."""
    text = io.TextIOWrapper(stream, encoding="utf-8-sig", errors="replace", newline="")
    header, delimiter = read_header(text)
    columns = [name.lower() for name in header]
    reader = csv.reader(text, delimiter=delimiter, escapechar=escapechar, strict=False)
    bad_in_a_row = 0
    while True:
        try:
            row = next(reader)
        except StopIteration:
            return
        except csv.Error:
            bad_in_a_row += 1
            if bad_in_a_row > MAX_BAD_IN_A_ROW:
                return
            yield BadRow
            continue
        bad_in_a_row = 0
        if not any(cell.strip() for cell in row):
            continue
        if len(row) > len(columns) + 1 or len(row) < min(len(columns), 2):
            yield BadRow
            continue
        yield dict(zip(columns, row, strict=False))


def header_of(stream: BinaryIO) -> list[str]:
    """The lower-cased column names of a CSV stream."""
    text = io.TextIOWrapper(stream, encoding="utf-8-sig", errors="replace", newline="")
    try:
        return [name.lower() for name in read_header(text)[0]]
    finally:
        text.detach()
