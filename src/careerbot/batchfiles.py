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
from collections.abc import Iterable, Iterator
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
    line ending (CRLF, LF, a lone CR). A line that is not UTF-8 keeps its bad bytes as
    surrogates, so that its row can be reported and skipped.

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
    decoder = codecs.getincrementaldecoder(encoding)(errors="surrogateescape")
    pending = ""
    while True:
        lines = (pending + decoder.decode(data, final=not data)).split("\n")
        pending = lines.pop()
        for line in lines:
            yield from line.removesuffix("\r").split("\r")
        if not data:
            break
        data = read(READ_BLOCK)
    if pending:
        yield from pending.split("\r")


def _undecodable(text: str) -> bool:
    return any("\udc80" <= ch <= "\udcff" for ch in text)


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
    return row.model_copy(update={"question": text})


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


def _table_rows(lines: Iterable[str], delimiter: str) -> Iterator[Row]:
    counted = _LineCounter(lines)
    reader = csv.reader(counted, delimiter=delimiter)
    try:
        header = next(reader, None)
    except csv.Error as exc:
        raise InputError(f"the header cannot be read ({exc})") from exc
    if header is None:
        return
    names = column_names(header)
    lowered = [name.lower() for name in names]
    if QUESTION_FIELD not in lowered:
        raise InputError(f"no {QUESTION_FIELD!r} column in the header (columns: {', '.join(names) or 'none'})")
    at = lowered.index(QUESTION_FIELD)
    start = counted.number + 1
    while True:
        try:
            record = next(reader)
        except StopIteration:
            return
        except csv.Error as exc:  # a field past the csv module's limit, a stray quote
            yield Row(row=start, error=f"cannot be read as {'TSV' if delimiter == chr(9) else 'CSV'} ({exc})")
            start = counted.number + 1
            continue
        row_number, start = start, counted.number + 1
        if not any(cell.strip() for cell in record):
            continue
        fields = {name: value for n, (name, value) in enumerate(zip(names, record, strict=False)) if n != at}
        if at >= len(record):
            yield Row(row=row_number, fields=fields, error=f"no value in the {QUESTION_FIELD!r} column")
            continue
        yield Row(row=row_number, question=record[at], fields=fields)


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


class _LineCounter:
    """Counts the lines the csv module takes, so a row knows the line it starts on."""

    def __init__(self, lines: Iterable[str]) -> None:
        self._lines = iter(lines)
        self.number = 0

    def __iter__(self) -> _LineCounter:
        return self

    def __next__(self) -> str:
        line = next(self._lines)
        self.number += 1
        return line


def _jsonl_rows(lines: Iterable[str]) -> Iterator[Row]:
    for number, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            yield Row(row=number, error=f"not valid JSON ({exc.msg} at column {exc.colno})")
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
        self.csv.writerow([
            item.row.row,
            spreadsheet_safe(item.row.question),
            answer.text if answer else "",
            answer.intent if answer else "",  # answers are valid text already: the bot made them
            f"{answer.confidence:.3f}" if answer else "",
            "; ".join(s.place for s in answer.sources) if answer else "",
            valid_unicode(item.error or ""),
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


def markdown_text(text: str) -> str:
    """User text shown literally in Markdown: one line, no escape sequences, every markup
    character escaped."""
    return _MD_SPECIAL.sub(r"\\\1", " ".join(strip_escapes(valid_unicode(text)).split()))


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
        text = re.sub(r"\[(\d+)\]", lambda m: f"[^{anchor}-{m.group(1)}]", answer.text)
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
