"""Read FAQ files into rows and write answered rows out, one row at a time.

Readers never stop at a bad row: it comes out with an error and the next row is read.
Writers keep nothing but what a format needs at its end (the Markdown page's table of
contents and its "not covered" list go to spool files), so memory stays flat.
"""

from __future__ import annotations

import codecs
import csv
import json
import re
import shutil
import tempfile
from collections import deque
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any

from pydantic import BaseModel, Field

from careerbot.bot import MAX_QUESTION_CHARS
from careerbot.models import Answer
from careerbot.text import strip_escapes, valid_unicode

INPUT_FORMATS = {".txt": "txt", ".csv": "csv", ".tsv": "tsv", ".jsonl": "jsonl", ".ndjson": "jsonl"}
OUTPUT_FORMATS = {".jsonl": "jsonl", ".ndjson": "jsonl", ".csv": "csv", ".md": "md", ".markdown": "md"}
QUESTION_FIELD = "question"
READ_BLOCK = 1 << 16
MAX_LINE_CHARS = 1 << 24  # a line is cut past this: 16 M characters is no question file's line
MAX_FIELD_CHARS = 131_072  # a CSV field is kept up to this (the csv module's own limit)
RECOVERY_CHARS = 1 << 20  # after a quote never closed, this much of what follows is read again
OUT_OF_SCOPE = "out_of_scope"


class Row(BaseModel):
    """One question of an input file, with the fields it carries through to the output."""

    row: int  # the line of the input where the row starts
    question: str = ""
    fields: dict[str, Any] = Field(default_factory=dict)
    error: str | None = None


class Answered(BaseModel):
    row: Row
    answer: Answer | None = None
    error: str | None = None


class InputError(ValueError):
    """The input as a whole cannot be read (no question column, say): a usage error."""


# --- reading ----------------------------------------------------------------------------


def detect_format(path: str, given: str | None, table: dict[str, str], default: str) -> str:
    if given:
        return given
    return table.get(Path(path).suffix.lower(), default) if path != "-" else default


def decoded_lines(stream: IO[bytes]) -> Iterator[str]:
    """Lines as text, read in blocks: UTF-8 with or without BOM, or UTF-16 with its BOM; any
    line ending (CRLF, LF, a lone CR). Bytes that are not text in the file's encoding (a
    Latin-1 byte, a UTF-16 file's odd last byte) are kept as surrogates, so that their row
    can be reported and skipped. A line longer than MAX_LINE_CHARS is cut just past it (its
    row is reported), so memory stays flat and time linear however long a line is.

    Each block is one read (`read1`): on a terminal, Ctrl+D is an end of input that one read
    sees once, and a read that gathered a full block would swallow it and wait for more."""
    read = getattr(stream, "read1", stream.read)
    data = read(READ_BLOCK)
    encoding = "utf-16" if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)) else "utf-8"
    if encoding == "utf-8":
        if b"\x00" in data:
            raise InputError("looks like a binary file, not text (save the questions as UTF-8 text)")
        if data.startswith(codecs.BOM_UTF8):
            data = data[len(codecs.BOM_UTF8):]
    decoder = codecs.getincrementaldecoder(encoding)(errors=_BAD_BYTES)
    line: list[str] = []  # the pieces of the line being read, at most MAX_LINE_CHARS + 1 characters
    size = 0
    while True:
        *ended, rest = decoder.decode(data, final=not data).split("\n")
        for piece in ended:
            line.append(piece[: MAX_LINE_CHARS + 1 - size])
            yield from "".join(line).removesuffix("\r").split("\r")
            line, size = [], 0
        if size <= MAX_LINE_CHARS:
            line.append(rest[: MAX_LINE_CHARS + 1 - size])
            size += len(line[-1])
        if not data:
            break
        data = read(READ_BLOCK)
    if size:
        yield from "".join(line).split("\r")


def _keep_bad_bytes(error: UnicodeError) -> tuple[str, int]:
    """Like surrogateescape, for every undecodable byte (surrogateescape fails on one below
    0x80, such as a UTF-16 file's odd trailing byte): each becomes U+DC00 + its value."""
    assert isinstance(error, UnicodeDecodeError)
    return "".join(chr(0xDC00 + b) for b in error.object[error.start:error.end]), error.end


_BAD_BYTES = "careerbot-keep-bad-bytes"
codecs.register_error(_BAD_BYTES, _keep_bad_bytes)


_KEPT_BAD_BYTE = re.compile("[\udc00-\udcff]")


def _undecodable(text: str) -> bool:
    """Whether the text holds a byte _keep_bad_bytes kept (U+DC00 + its value)."""
    return _KEPT_BAD_BYTE.search(text) is not None


def _checked(row: Row) -> Row:
    if row.error:
        return row
    text = row.question.strip()
    if _undecodable(text) or any(_undecodable(str(v)) for v in row.fields.values()):
        return row.model_copy(update={"question": "", "error": "the row is not UTF-8 text (save the file as UTF-8)"})
    if not text:
        return row.model_copy(update={"error": "empty question"})
    if len(text) > MAX_QUESTION_CHARS:
        return row.model_copy(update={"question": text[:80] + "…",
                                      "error": f"question longer than {MAX_QUESTION_CHARS} characters"})
    return row if text == row.question else row.model_copy(update={"question": text})


def read_rows(stream: IO[bytes], fmt: str) -> Iterator[Row]:
    lines = decoded_lines(stream)
    if fmt == "txt":
        rows: Iterable[Row] = _txt_rows(lines)
    elif fmt in ("csv", "tsv"):
        rows = _table_rows(lines, delimiter="\t" if fmt == "tsv" else ",")
    elif fmt == "jsonl":
        rows = _jsonl_rows(lines)
    else:
        raise InputError(f"unknown input format {fmt!r}")
    for row in rows:
        yield _checked(row)


def _txt_rows(lines: Iterable[str]) -> Iterator[Row]:
    for number, line in enumerate(lines, 1):
        if line.strip() and not line.lstrip().startswith("#"):
            yield Row(row=number, question=line)


@dataclass
class Record:
    """One CSV record as read: its cells, the cells cut at MAX_FIELD_CHARS, and, when a quote
    was never closed, the line that opened it."""

    line: int
    cells: list[str] = field(default_factory=list)
    cut: list[int] = field(default_factory=list)
    unclosed_at: int | None = None
    lost: tuple[int, int] | None = None  # lines after an unclosed quote too many to read again


class _Cell:
    """A field being read: kept up to MAX_FIELD_CHARS, the rest only counted."""

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.size = 0

    def add(self, text: str) -> None:
        if self.size <= MAX_FIELD_CHARS:
            self.parts.append(text[: MAX_FIELD_CHARS + 1 - self.size])
        self.size += len(text)

    def end(self, record: Record) -> _Cell:
        if self.size > MAX_FIELD_CHARS:
            record.cut.append(len(record.cells))
        record.cells.append("".join(self.parts)[:MAX_FIELD_CHARS])
        return _Cell()


def csv_records(lines: Iterable[str], delimiter: str) -> Iterator[Record]:
    """CSV records (RFC 4180, read as leniently as the csv module): a quoted field keeps its
    line breaks; a field is kept up to MAX_FIELD_CHARS and the rest of it skipped, so its row
    keeps its other cells; a quote still open at the end of the file ends its record with
    `unclosed_at`, and the lines after that quote are read again as records of their own."""
    source = enumerate(lines, 1)
    pending: deque[tuple[int, str]] = deque()  # lines to read again after an unclosed quote

    def next_line() -> tuple[int, str] | None:
        return pending.popleft() if pending else next(source, None)

    while (first := next_line()) is not None:
        record = Record(first[0])
        number, line = first
        pos, quoted, at_start, cell = 0, False, True, _Cell()
        kept: list[tuple[int, str]] = []  # the lines a quoted field spans, in case it never closes
        kept_chars, opened = 0, 0  # opened: the line of the quote still open
        while True:
            if quoted:
                close = line.find('"', pos)
                if close < 0:
                    cell.add(line[pos:] + "\n")
                    following = next_line()
                    if following is None:
                        cell.end(record)
                        if record.lost is None:
                            pending.extendleft(reversed([k for k in kept if k[0] > opened]))
                        yield record
                        break
                    number, line = following
                    pos = 0
                    kept_chars += len(line)
                    if kept_chars <= RECOVERY_CHARS:
                        kept.append(following)
                    else:
                        kept.clear()
                        record.lost = (opened + 1, number)
                    continue
                if line.startswith('"', close + 1):  # "" inside quotes is one quote
                    cell.add(line[pos:close + 1])
                    pos = close + 2
                    continue
                cell.add(line[pos:close])
                quoted, pos, record.unclosed_at = False, close + 1, None
                continue
            if at_start and line.startswith('"', pos):
                quoted, at_start, pos = True, False, pos + 1
                opened = record.unclosed_at = number
                continue
            end = line.find(delimiter, pos)
            if end < 0:
                cell.add(line[pos:])
                cell.end(record)
                yield record
                break
            cell.add(line[pos:end])
            cell = cell.end(record)
            pos, at_start = end + 1, True


def _table_rows(lines: Iterable[str], delimiter: str) -> Iterator[Row]:
    kind = "TSV" if delimiter == "\t" else "CSV"
    records = csv_records(lines, delimiter)
    header = next(records, None)
    if header is None:
        return
    if header.unclosed_at is not None:
        raise InputError(f"the header cannot be read: the quote opened on line {header.unclosed_at} is never closed")
    names = column_names(header.cells)
    lowered = [name.lower() for name in names]
    if QUESTION_FIELD not in lowered:
        raise InputError(f"no {QUESTION_FIELD!r} column in the header (columns: {', '.join(names) or 'none'})")
    at = lowered.index(QUESTION_FIELD)
    for record in records:
        cells = record.cells
        if record.unclosed_at is None and not any(cell.strip() for cell in cells):
            continue
        fields = {name: value for n, (name, value) in enumerate(zip(names, cells, strict=False)) if n != at}
        question = cells[at] if at < len(cells) else ""
        if record.unclosed_at is not None:
            after = (f"lines {record.lost[0]:,}–{record.lost[1]:,} are lost with it" if record.lost
                     else "the lines after it are read as rows of their own")
            error = f"cannot be read as {kind}: the quote opened on line {record.unclosed_at} is never closed; {after}"
        elif long := [names[n] for n in record.cut if n != at and n < len(names)]:
            error = f"the {long[0]!r} field is longer than {MAX_FIELD_CHARS:,} characters"
        elif at >= len(cells):
            error = f"no value in the {QUESTION_FIELD!r} column"
        else:
            error = None
        if error and (record.unclosed_at is not None or len(question) > MAX_QUESTION_CHARS):
            question = ""  # what an open quote swallowed, or too long to show, is no question to print
        yield Row(row=record.line, question=question, fields=fields, error=error)


def column_names(header: list[str]) -> list[str]:
    """Header cells as field names: a blank one is named by its place, a repeated one numbered."""
    names: list[str] = []
    for n, cell in enumerate(header, 1):
        name = cell.strip() or f"column_{n}"
        base, count = name, 2
        while name in names:
            name, count = f"{base}_{count}", count + 1
        names.append(name)
    return names


def _jsonl_rows(lines: Iterable[str]) -> Iterator[Row]:
    for number, line in enumerate(lines, 1):
        if not line.strip():
            continue
        if len(line) > MAX_LINE_CHARS:
            yield Row(row=number, error=f"line longer than {MAX_LINE_CHARS:,} characters")
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            yield Row(row=number, error=f"not valid JSON ({exc.msg} at column {exc.colno})")
            continue
        except RecursionError:  # '[[[[…' a thousand deep
            yield Row(row=number, error="not valid JSON (nested too deeply)")
            continue
        except ValueError as exc:  # an integer of more digits than Python converts
            yield Row(row=number, error=f"not valid JSON ({exc})")
            continue
        if not isinstance(record, dict):
            yield Row(row=number, error="not a JSON object")
            continue
        question = record.pop(QUESTION_FIELD, None)
        if not isinstance(question, str):
            reason = "no" if question is None else "a non-text"
            yield Row(row=number, fields=record, error=f"{reason} {QUESTION_FIELD!r} field")
            continue
        yield Row(row=number, question=question, fields=record)


# --- writing ----------------------------------------------------------------------------


class Writer:
    """Writes answered rows to a text stream, in input order."""

    def __init__(self, out: IO[str]) -> None:
        self.out = out

    def write(self, item: Answered) -> None:
        raise NotImplementedError

    def close(self) -> None:
        """Write what the format keeps for its end."""


class JsonlWriter(Writer):
    def write(self, item: Answered) -> None:
        record: dict[str, Any] = {_free(k): v for k, v in item.row.fields.items()}
        record["row"] = item.row.row
        record[QUESTION_FIELD] = item.row.question
        if item.answer is not None:
            record["answer"] = item.answer.model_dump(mode="json")
        else:
            record["error"] = item.error
        self.out.write(valid_unicode(json.dumps(record, ensure_ascii=False)) + "\n")


def _free(name: str) -> str:
    """Carried fields keep their names unless they would overwrite ours."""
    return f"input_{name}" if name in ("row", QUESTION_FIELD, "answer", "error") else name


class CsvWriter(Writer):
    BASE = ("row", "question", "answer", "intent", "confidence", "sources", "error")

    def __init__(self, out: IO[str]) -> None:
        super().__init__(out)
        self.csv = csv.writer(out, lineterminator="\r\n")
        self.columns: list[str] | None = None

    def write(self, item: Answered) -> None:
        if self.columns is None:  # carried columns come from the first row: a table has one header
            self.columns = [_free(k) for k in item.row.fields]
            self.csv.writerow([*self.BASE, *self.columns])
        answer = item.answer
        carried = {_free(k): v for k, v in item.row.fields.items()}
        # Every cell of text is made safe: the answer and its sources quote articles, which
        # anyone may have written ('=HYPERLINK(...)' as a title), as much as the question.
        self.csv.writerow([
            item.row.row,
            spreadsheet_safe(item.row.question),
            spreadsheet_safe(answer.text) if answer else "",
            spreadsheet_safe(answer.intent) if answer else "",
            f"{answer.confidence:.3f}" if answer else "",
            spreadsheet_safe("; ".join(s.place for s in answer.sources)) if answer else "",
            spreadsheet_safe(item.error or ""),
            *(spreadsheet_safe(_cell(carried.get(c, ""))) for c in self.columns),
        ])


def _cell(value: Any) -> str:
    return value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)


def spreadsheet_safe(text: str) -> str:
    """A cell a spreadsheet would run as a formula ('=HYPERLINK(...)') is kept as text, and
    one shown in a terminal carries no escape sequence."""
    text = strip_escapes(valid_unicode(text))
    return "'" + text if text[:1] in ("=", "+", "-", "@", "\t", "\r") else text


_MD_SPECIAL = re.compile(r"([\\`*_{}\[\]<>()#+!|~])")
_URL_COLON = re.compile(r"(?<=\w):(?=//)")  # 'https://…', which GFM would make a link
_WWW_DOT = re.compile(r"(?i)\b(www)\.")  # 'www.…', likewise
_EMAIL_AT = re.compile(r"(?<=[\w.+-])@(?=[\w-])")  # 'name@example.com', which GFM makes a mailto: link


def _unlinked(text: str) -> str:
    """No bare URL or e-mail address that a renderer would make a link."""
    return _EMAIL_AT.sub(r"\\@", _WWW_DOT.sub(r"\1\\.", _URL_COLON.sub(r"\\:", text)))


def markdown_text(text: str) -> str:
    """User text shown literally in Markdown: one line, no escape sequences, every markup
    character escaped, no bare URL or e-mail address that a renderer would make a link."""
    return _unlinked(_MD_SPECIAL.sub(r"\\\1", " ".join(strip_escapes(valid_unicode(text)).split())))


def inert_markdown(text: str) -> str:
    """An answer's Markdown (careerbot's own, quoting articles) with what an article could
    bring in made text: raw HTML ('<script>', '<img onerror=…>'), images (a tracking pixel),
    links ('[text](url)', '[text][ref]', '[ref]: url') and bare URLs and e-mail addresses.
    careerbot's own citations ('[1][2]') stay, for the page's footnotes."""
    text = text.replace("<", "&lt;").replace("![", "!\\[").replace("](", "]\\(").replace("]:", "]\\:")
    return _unlinked(_REFERENCE_LINK.sub("]\\\\[", text))


_REFERENCE_LINK = re.compile(r"\]\[(?!\d+\])")  # '[text][ref]', not a second citation


class MarkdownWriter(Writer):
    """A publishable FAQ page: contents, one heading per question, sources as footnotes,
    and what the articles don't cover listed at the end."""

    def __init__(self, out: IO[str], title: str = "Frequently asked questions") -> None:
        super().__init__(out)
        self.title = title
        # Spooled to disk, not kept in memory; each is closed in close(), once copied to the page.
        self.contents = tempfile.TemporaryFile("w+", encoding="utf-8")  # noqa: SIM115
        self.body = tempfile.TemporaryFile("w+", encoding="utf-8")  # noqa: SIM115
        self.uncovered = tempfile.TemporaryFile("w+", encoding="utf-8")  # noqa: SIM115
        self.answered = 0

    def write(self, item: Answered) -> None:
        question = markdown_text(item.row.question)
        answer = item.answer
        if answer is None:  # a data-entry error, not a question for readers: the summary reports it
            return
        if answer.intent == OUT_OF_SCOPE:
            self.uncovered.write(f"- {question}\n")
            return
        self.answered += 1
        anchor = f"q{self.answered}"
        self.contents.write(f"{self.answered}. [{question}](#{anchor})\n")
        text = re.sub(r"\[(\d+)\]", lambda m: f"[^{anchor}-{m.group(1)}]", inert_markdown(answer.text))
        self.body.write(f'<a id="{anchor}"></a>\n\n## {question}\n\n{text}\n\n')
        for n, source in enumerate(answer.sources, 1):
            place = markdown_text(source.place.rstrip(":"))
            self.body.write(f"[^{anchor}-{n}]: {place}: “{markdown_text(source.text)}”\n")
        self.body.write("\n")

    def close(self) -> None:
        self.out.write(f"# {self.title}\n\n")
        for part, heading in ((self.contents, "Contents"), (self.body, None), (self.uncovered, "Not covered")):
            if part.tell() == 0:
                continue
            part.seek(0)
            if heading == "Not covered":
                self.out.write("## Not covered\n\nThe articles this page was made from do not answer these:\n\n")
            elif heading:
                self.out.write(f"## {heading}\n\n")
            shutil.copyfileobj(part, self.out)
            self.out.write("\n")
            part.close()


WRITERS: dict[str, type[Writer]] = {"jsonl": JsonlWriter, "csv": CsvWriter, "md": MarkdownWriter}
