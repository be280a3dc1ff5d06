# SPDX-License-Identifier: EUPL-1.2
"""Reading one exchange file: encoding, header and rows with the line each starts on.

Problems that make a whole file unusable (not UTF-8, no header, a missing required column)
raise UnusableInput before anything is imported; problems of one row are the importer's.
"""

from __future__ import annotations

import codecs
import csv
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from .declaration import ExchangeFile

csv.field_size_limit(16 * 1024 * 1024)  # long notes are data, not an attack on memory
_CHUNK = 1 << 20


class UnusableInput(Exception):
    """The input cannot be imported at all; the message is one Dutch sentence."""


def count_lines_and_check_encoding(path: Path) -> int:
    """Number of line breaks in the file, after checking that all of it is UTF-8. The
    error names the line and the byte offset of the first byte that is not."""
    decoder = codecs.getincrementaldecoder("utf-8")()
    lines = offset = 0  # line breaks and bytes before the chunk being read
    with path.open("rb") as handle:
        while True:
            chunk = handle.read(_CHUNK)
            pending = decoder.getstate()[0]  # a character begun at the end of the last chunk
            try:
                decoder.decode(chunk, final=not chunk)
            except UnicodeDecodeError as error:
                data = pending + chunk  # what the decoder saw; error.start counts in here
                position = offset - len(pending) + error.start
                line = lines + data.count(b"\n", 0, error.start) + 1
                raise UnusableInput(
                    f"{path.name} is geen UTF-8-tekst: regel {line} bevat byte "
                    f"0x{data[error.start]:02X} (byte-offset {position} in het bestand, het "
                    "eerste byte is 0); sla het bestand op als CSV UTF-8."
                ) from None
            if not chunk:
                return lines
            lines += chunk.count(b"\n")
            offset += len(chunk)


@dataclass
class Table:
    path: Path
    exchange_file: ExchangeFile
    header: list[str]
    unknown_columns: list[str]
    _handle: object
    _reader: object

    def rows(self) -> Iterator[tuple[int, list[str]]]:
        """(line number where the row starts, cells); blank lines are skipped."""
        reader = self._reader
        try:
            while True:
                start = reader.line_num + 1
                try:
                    cells = next(reader)
                except StopIteration:
                    return
                if cells:
                    yield start, cells
        except csv.Error as error:
            raise UnusableInput(
                f"{self.path.name} regel {reader.line_num}: de CSV is onleesbaar ({error})."
            ) from None
        finally:
            self._handle.close()


def open_table(path: Path, exchange_file: ExchangeFile) -> Table:
    handle = path.open(encoding="utf-8-sig", newline="")
    reader = csv.reader(handle)
    try:
        header = [name.strip() for name in next(reader)]
    except StopIteration:
        handle.close()
        raise UnusableInput(
            f"{path.name} is leeg; de eerste regel moet de kolomnamen bevatten."
        ) from None
    except csv.Error as error:
        handle.close()
        raise UnusableInput(f"{path.name}: de kopregel is onleesbaar ({error}).") from None
    try:
        _check_header(path, exchange_file, header)
    except UnusableInput:
        handle.close()
        raise
    unknown = [name for name in header if name not in exchange_file.column_names]
    return Table(path, exchange_file, header, unknown, handle, reader)


def _check_header(path: Path, exchange_file: ExchangeFile, header: list[str]) -> None:
    doubles = sorted({name for name in header if header.count(name) > 1})
    if doubles:
        raise UnusableInput(f"{path.name}: de kopregel noemt kolom '{doubles[0]}' meer dan eens.")
    missing = [name for name in exchange_file.required_names if name not in header]
    if missing:
        names = ", ".join(f"'{name}'" for name in missing)
        raise UnusableInput(
            f"{path.name}: de kopregel mist de verplichte kolom(men) {names}; "
            f"verwacht: {', '.join(exchange_file.required_names)}."
        )
