"""Read articles into sections, and cut sections into chunks of a few whole sentences.

Two kinds of file are read: Markdown with an optional front matter (the embedded corpus,
written that way on purpose), and plain text or Markdown as a user drops it in, where the
title is the first line and headings are inferred from short lines that stand alone.
"""

from __future__ import annotations

import codecs
import os
import re
import stat
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

from careerbot.errors import DataFileError
from careerbot.models import Chunk, Document, Section
from careerbot.text import strip_escapes

ARTICLE_SUFFIXES = (".md", ".markdown", ".txt")

MAX_ARTICLE_BYTES = 20_000_000  # an article larger than this is more likely a mistake than an article

# A chunk answers a question: a few sentences, never more than one section.
CHUNK_MAX_UNITS = 3
CHUNK_MAX_CHARS = 480

# A sentence's end mark, then a closing quote or bracket, spaces, and an opening (the first
# character of the mark ends the sentence). Found from the mark rather than after it behind a
# look-behind, which the regular expression engine would try at every character: half the time.
_SENTENCE_END = re.compile(r"[.!?][\"”’)]?\s+(?=[\"“(A-Z0-9])")
_LIST_ITEM = re.compile(r"^\s*(?:[-*+•]|\d{1,2}[.)])\s+")
_HEADING = re.compile(r"^(#{1,6})\s+(.*?)\s*#*\s*$")
_TABLE_RULE = re.compile(r"^\|?\s*:?-{3,}")


def split_sentences(paragraph: str) -> list[str]:
    """Split on sentence ends followed by a capital; keeps 'Ph.D., are' and '4.5' whole."""
    sentences = []
    start = 0
    for end in _SENTENCE_END.finditer(paragraph):
        if sentence := paragraph[start:end.start() + 1].strip():
            sentences.append(sentence)
        start = end.end()
    if sentence := paragraph[start:].strip():
        sentences.append(sentence)
    return sentences


def read_article(path: Path, doc_id: str, folder: Path | None = None) -> Document:
    """One article, UTF-8 or UTF-16 with its BOM (as Windows Notepad saves); a file that is not
    a readable text article raises DataFileError.
    With `folder`, the file is read only if its real path is inside it (see read_inside)."""
    data = read_inside(path, folder)
    encoding = "utf-16" if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)) else "utf-8-sig"
    if encoding != "utf-16" and b"\x00" in data[:8192]:
        raise DataFileError(path, "looks like a binary file, not text, skipped")
    try:
        raw = data.decode(encoding)
    except UnicodeDecodeError as exc:
        name = "UTF-16" if encoding == "utf-16" else "UTF-8"
        raise DataFileError(path, f"not {name} text ({exc.reason} at byte {exc.start}), skipped") from exc
    # Text from anywhere is shown in terminals: escape sequences and control characters go.
    raw = strip_escapes(raw.replace("\r\n", "\n").replace("\r", "\n"))
    return parse_article(raw, doc_id, path.name)


_NOT_REGULAR = ((stat.S_ISFIFO, "a FIFO"), (stat.S_ISSOCK, "a socket"), (stat.S_ISCHR, "a device"),
                (stat.S_ISBLK, "a device"), (stat.S_ISDIR, "a folder"))


def read_inside(path: Path, folder: Path | None) -> bytes:
    """The bytes of a regular file of at most MAX_ARTICLE_BYTES whose real path is inside
    `folder`: a folder of articles is a boundary, so a link out of it (to /etc/passwd) is not
    followed, and a FIFO, socket or device is never opened for reading (a FIFO would block)."""
    real = path.resolve()
    if folder is not None and not real.is_relative_to(folder.resolve()):
        raise DataFileError(path, f"links outside the folder (to {real}), skipped")
    try:
        _regular(path, os.stat(real, follow_symlinks=False))  # a socket cannot even be opened
        # O_NOFOLLOW: what was checked is what is opened; O_NONBLOCK: a FIFO put there since does not block.
        fd = os.open(real, os.O_RDONLY | os.O_NONBLOCK | os.O_NOFOLLOW | os.O_CLOEXEC)
    except OSError as exc:
        raise DataFileError(path, f"cannot be read ({exc.strerror}), skipped") from exc
    with open(fd, "rb") as handle:
        status = _regular(path, os.fstat(fd))
        if status.st_size > MAX_ARTICLE_BYTES:
            raise DataFileError(path, f"larger than {MAX_ARTICLE_BYTES // 1_000_000} MB, skipped")
        try:
            # The size it has, and what it may have grown by since: a buffer of the limit for
            # each of thousands of small files costs more than reading them.
            data = handle.read(status.st_size + 1)
            if len(data) > status.st_size:
                data += handle.read(MAX_ARTICLE_BYTES + 1 - len(data))
        except OSError as exc:
            raise DataFileError(path, f"cannot be read ({exc.strerror}), skipped") from exc
    if len(data) > MAX_ARTICLE_BYTES:  # it grew since fstat
        raise DataFileError(path, f"larger than {MAX_ARTICLE_BYTES // 1_000_000} MB, skipped")
    return data


def _regular(path: Path, status: os.stat_result) -> os.stat_result:
    if not stat.S_ISREG(status.st_mode):
        kind = next((name for test, name in _NOT_REGULAR if test(status.st_mode)), "something else")
        raise DataFileError(path, f"is not a regular file ({kind}), skipped")
    return status


def parse_article(text: str, doc_id: str, source: str) -> Document:
    meta, body = _split_front_matter(text)
    lines = body.split("\n")
    has_markdown_headings = any(_HEADING.match(line) for line in lines)
    title = meta.get("title", "")
    if not has_markdown_headings:
        lines = _mark_inferred_headings(lines)
    sections: list[Section] = []
    path: list[tuple[int, str]] = []
    blocks: list[str] = []
    table_header: list[str] | None = None
    paragraph: list[str] = []

    def flush_paragraph() -> None:
        if paragraph:
            blocks.append(" ".join(paragraph))
            paragraph.clear()

    def flush_section() -> None:
        flush_paragraph()
        if blocks:
            sections.append(Section(tuple(name for _, name in path), tuple(blocks)))
            blocks.clear()

    for line in lines:
        stripped = " ".join(line.split())  # also folds the no-break spaces web pages carry
        heading = _HEADING.match(stripped)
        if heading:
            level, name = len(heading.group(1)), heading.group(2)
            if level == 1 and not title:
                title = name
                continue
            if level == 1:
                continue
            flush_section()
            path = [(lvl, n) for lvl, n in path if lvl < level] + [(level, name)]
            table_header = None
            continue
        if stripped.startswith("|"):
            flush_paragraph()
            cells = [c.strip() for c in stripped.strip("|").split("|")]
            if _TABLE_RULE.match(stripped):
                continue
            if table_header is None:
                table_header = cells
            else:
                blocks.append(table_row(table_header, cells))
            continue
        table_header = None
        if not stripped:
            flush_paragraph()
            continue
        if not title:
            title = stripped
            continue
        if _LIST_ITEM.match(stripped):
            flush_paragraph()
            blocks.append(_LIST_ITEM.sub("", stripped))
            continue
        paragraph.append(stripped)
    flush_section()
    return Document(doc_id=doc_id, title=title or doc_id, source=meta.get("source", source),
                    sections=tuple(sections))


def _split_front_matter(text: str) -> tuple[dict[str, str], str]:
    if not text.startswith("---\n"):
        return {}, text
    end = text.find("\n---", 4)
    if end < 0:
        return {}, text
    meta: dict[str, str] = {}
    for line in text[4:end].split("\n"):
        key, sep, value = line.partition(":")
        if sep:
            meta[key.strip().lower()] = value.strip()
    return meta, text[end + 4 :].lstrip("-\n")


def _mark_inferred_headings(lines: list[str]) -> list[str]:
    """In plain text, a short line standing alone, not ending like a sentence, is a heading."""
    marked = list(lines)
    first_text = next((i for i, line in enumerate(lines) if line.strip()), None)
    for i, line in enumerate(lines):
        stripped = line.strip()
        if i == first_text or not _looks_like_heading(stripped):
            continue
        before = lines[i - 1].strip() if i > 0 else ""
        after = lines[i + 1].strip() if i + 1 < len(lines) else ""
        if not before and not after:
            marked[i] = "## " + stripped
    return marked


def _looks_like_heading(line: str) -> bool:
    return (
        0 < len(line) <= 80
        and len(line.split()) <= 10
        and not line.endswith((".", ",", ";"))
        and not _LIST_ITEM.match(line)
        and not line.startswith("|")
    )


def find_articles(folder: Path) -> list[Path]:
    """Names of articles below folder, whatever they are (read_inside tells a file from a FIFO
    or a link out); symlinked folders are not followed, so a link loop is harmless."""
    return [Path(name) for name in article_names(folder)]


def article_names(folder: Path | str) -> list[str]:
    """find_articles as strings, in the same order (a path's parts compared one by one: each
    folder's names sorted, a subfolder's files at its name's place). A start from the cache
    only stats them, and would spend longer making 25,000 Path objects than that. As os.walk
    without following links: a link to a folder is not entered, an unreadable folder is passed."""
    try:
        with os.scandir(folder) as listing:
            entries = sorted(listing, key=lambda entry: entry.name)
    except OSError:
        return []
    found = []
    for entry in entries:
        try:
            is_folder = entry.is_dir()
        except OSError:
            is_folder = False
        if is_folder:
            if not entry.is_symlink():
                found += article_names(entry.path)
        elif entry.name.lower().endswith(ARTICLE_SUFFIXES) and entry.name.rfind(".") > 0:  # Path.suffix's rule
            found.append(entry.path)
    return found


def doc_ids(folder: Path, paths: list[Path]) -> list[str]:
    """Each file's doc id: its path in the folder without the extension, or with it where two
    files would share one ('a.md' and 'a.txt'), so that no answer cites the wrong file."""
    stems = [path.relative_to(folder).with_suffix("").as_posix() for path in paths]
    shared = {stem for stem, count in Counter(stems).items() if count > 1}
    return [path.relative_to(folder).as_posix() if stem in shared else stem for stem, path in zip(stems, paths,
                                                                                                   strict=True)]


def table_row(header: list[str], cells: list[str]) -> str:
    """A row read on its own: its first cell, then each other cell under its column's name
    ("Data Scientist — Experience Level: Entry to Senior"), not a bare "Entry to Senior"."""
    label, *values = cells
    named = [f"{name}: {value}" if name else value
             for name, value in zip(header[1:], values, strict=False) if value]
    return " — ".join(part for part in [label, "; ".join(named)] if part)


# A named cell of a row as table_row writes it: "Label: value", after " — " or "; ".
_NAMED_CELL = re.compile(r"(?:^|; | — )([^;:—]+): ([^;]+)")


def table_cells(sentence: str) -> list[tuple[str, str]]:
    """The named cells of a row written by table_row: [("Experience Level", "Entry to Senior"), ...]."""
    return [(name.strip(), value.strip()) for name, value in _NAMED_CELL.findall(sentence)]


def load_corpus(folder: Path, progress: Callable[[int, int], None] | None = None,
                problems: list[str] | None = None) -> list[Document]:
    """Every usable article of the folder. A file that cannot be used is skipped and described
    in problems (naming the file); only a folder with no usable article at all is an error."""
    if not folder.is_dir():
        raise DataFileError(folder, "is not a folder of articles")
    paths = find_articles(folder)
    if not paths:
        raise DataFileError(folder, f"holds no articles (files ending in {', '.join(ARTICLE_SUFFIXES)})")
    documents = []
    skipped: list[str] = []
    for done, (path, doc_id) in enumerate(zip(paths, doc_ids(folder, paths), strict=True), 1):
        if progress:
            progress(done, len(paths))
        try:
            document = read_article(path, doc_id, folder)
        except DataFileError as exc:
            skipped.append(str(exc))
            continue
        if document.sections:
            documents.append(document)
        else:
            skipped.append(f"{path}: no text, skipped")
    if problems is not None:
        problems += skipped
    if not documents:
        raise DataFileError(folder, "holds no usable article: " + "; ".join(skipped[:3]))
    return documents


def chunk_documents(documents: Iterable[Document]) -> list[Chunk]:
    chunks: list[Chunk] = []
    for document in documents:
        for section in document.sections:
            for sentences in _group_units(_units(section.blocks)):
                chunks.append(Chunk(len(chunks), document.doc_id, document.title,
                                    " › ".join(section.path), tuple(sentences)))
    return chunks


def _units(blocks: Iterable[str]) -> Iterator[str]:
    """Sentences are the units: a chunk keeps them whole, and answers quote them."""
    for block in blocks:
        yield from split_sentences(block)


def _group_units(units: Iterable[str]) -> Iterator[list[str]]:
    group: list[str] = []
    size = 0
    for unit in units:
        if group and (len(group) >= CHUNK_MAX_UNITS or size + len(unit) > CHUNK_MAX_CHARS):
            yield group
            group, size = [], 0
        group.append(unit)
        size += len(unit) + 1
    if group:
        yield group
