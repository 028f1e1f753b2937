"""A corpus folder made ready to answer from: its chunks, their impact lists, the words it
uses and its checked facts. Built once, then cached on disk so that the next start is fast.

The cache is one folder per corpus in the user's cache folder (see cachedir.py), keyed by
every setting that shapes the index and each article's path, size, modification and change
time: change a file and the key changes. It holds JSON and flat binary arrays, never pickle:
meta.json is sealed with its key and checksum, and holds the sizes and checksum of the
arrays, so every byte an answer depends on is verified (the arrays' checksum once, and again
whenever their files are not the very ones written), and no file is read past the size it
should have. Anything that does not match is rebuilt, never trusted, with a one-line notice.
Two processes building at once each finish; the first rename wins.
"""

from __future__ import annotations

import contextlib
import gc
import hashlib
import itertools
import mmap
import multiprocessing
import os
import shutil
import sys
import tempfile
import zlib
from array import array
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, overload

from pydantic import BaseModel

from careerbot import cachedir, corpus, retrieval
from careerbot.corpus import ARTICLE_SUFFIXES, article_names, chunk_documents, load_corpus
from careerbot.knowledge import FACTS_FILE, combined, load_facts
from careerbot.models import Chunk, Document, Facts
from careerbot.retrieval import Postings, as_view
from careerbot.text import Analyzer, WordCounts, remember_stems, stem

if TYPE_CHECKING:
    from careerbot.indexing import Reader, Reading

    # A chunk store's parts, to send from a worker process: sections, chunk_doc, chunk_section, offsets, texts.
    StoreParts = tuple[list[str], array[int], array[int], array[int], bytes]

FORMAT = 9  # bump when the layout of the cache or of the index changes
# Each array starts at a multiple of this many bytes in arrays.bin, as a mapped view of it must.
ALIGN = 8
Buffer = bytes | mmap.mmap  # the chunk texts: built in memory, or mapped from the cache
Progress = Callable[[int, int], None]  # (articles read, articles in all)


class ChunkStore(Sequence[Chunk]):
    """Chunks kept as one UTF-8 blob with offsets, made into Chunk objects when asked for:
    a million of them cost their text, not a million Python objects."""

    def __init__(self, docs: list[tuple[str, str]], sections: list[str], chunk_doc: memoryview[int],
                 chunk_section: memoryview[int], offsets: memoryview[int], blob: Buffer) -> None:
        self.docs, self.sections = docs, sections
        self.chunk_doc, self.chunk_section, self.offsets, self.blob = chunk_doc, chunk_section, offsets, blob

    @classmethod
    def from_chunks(cls, chunks: Iterable[Chunk], titles: dict[str, str], reader: Reader | None = None) -> ChunkStore:
        """The store of these chunks; with a reader, each is also read for the index on its way
        in, so that its text is put together once."""
        doc_numbers = {doc_id: n for n, doc_id in enumerate(titles)}
        section_numbers: dict[str, int] = {}
        chunk_doc, chunk_section, offsets = array("i"), array("i"), array("q", [0])
        parts: list[bytes] = []
        size = 0
        for chunk in chunks:
            chunk_doc.append(doc_numbers[chunk.doc_id])
            chunk_section.append(section_numbers.setdefault(chunk.section, len(section_numbers)))
            text = "\n".join(chunk.sentences)  # sentences never hold a newline
            if reader is not None:
                reader.add(chunk.section, text)
            encoded = text.encode("utf-8")
            parts.append(encoded)
            size += len(encoded)
            offsets.append(size)
        return cls(list(titles.items()), list(section_numbers), memoryview(chunk_doc), memoryview(chunk_section),
                   memoryview(offsets), b"".join(parts))

    def parts(self) -> StoreParts:
        """What the store is made of, as objects that pickle (a memoryview does not)."""
        return (self.sections, array("i", self.chunk_doc), array("i", self.chunk_section),
                array("q", self.offsets), bytes(self.blob))

    @classmethod
    def joined(cls, stores: list[StoreParts], titles: dict[str, str]) -> ChunkStore:
        """One store of the chunks of these, in order (their doc numbers are all of titles')."""
        section_numbers: dict[str, int] = {}
        chunk_doc, chunk_section, offsets = array("i"), array("i"), array("q", [0])
        for sections, docs, numbers, ends, _ in stores:
            renumbered = [section_numbers.setdefault(s, len(section_numbers)) for s in sections]
            chunk_doc.extend(docs)
            chunk_section.extend(renumbered[n] for n in numbers)
            base = offsets[-1]
            offsets.extend(base + end for end in ends[1:])
        return cls(list(titles.items()), list(section_numbers), memoryview(chunk_doc), memoryview(chunk_section),
                   memoryview(offsets), b"".join(parts[4] for parts in stores))

    def __len__(self) -> int:
        return len(self.chunk_doc)

    @overload
    def __getitem__(self, i: int) -> Chunk: ...
    @overload
    def __getitem__(self, i: slice) -> Sequence[Chunk]: ...

    def __getitem__(self, i: int | slice) -> Chunk | Sequence[Chunk]:
        if isinstance(i, slice):
            return [self[j] for j in range(*i.indices(len(self)))]
        if i < 0:
            i += len(self)
        doc_id, title = self.docs[self.chunk_doc[i]]
        text = self.blob[self.offsets[i] : self.offsets[i + 1]].decode("utf-8")
        return Chunk(i, doc_id, title, self.sections[self.chunk_section[i]], tuple(text.split("\n")))

    def __iter__(self) -> Iterator[Chunk]:
        return (self[i] for i in range(len(self)))

    @property
    def titles(self) -> dict[str, str]:
        return dict(self.docs)


@dataclass
class Library:
    chunks: ChunkStore
    postings: Postings
    word_counts: WordCounts  # with the words that may be typo targets
    facts: Facts
    problems: list[str]  # articles that were skipped, and why
    cached: bool = False  # read from the disk cache, not built
    stems: list[str] = field(default_factory=list)  # of the words of word_counts, in order
    headings: dict[str, str] = field(default_factory=dict)  # each heading's terms, space-separated

    def teach(self, analyzer: Analyzer) -> None:
        """Hand the analyzer what the build already worked out, so it need not again."""
        remember_stems(zip(self.word_counts, self.stems, strict=True))
        analyzer.remember_headings(self.headings)


# --- building ---------------------------------------------------------------------------------


@contextlib.contextmanager
def _collector_paused() -> Iterator[None]:
    """Python's cycle collector off for a while: a build makes millions of objects (sections,
    sentences, words) that hold no cycles, and the collector would walk all of them again and
    again as they pile up (a tenth of the build of 100,000 passages)."""
    was_on = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_on:
            gc.enable()


def build(corpus_dir: Path, analyzer: Analyzer, progress: Progress | None = None,
          added: Sequence[Path] = (), jobs: int = 1) -> Library:
    """The library of a pack's articles, and of the folders added to it (their facts are
    checked against their own articles; an article whose name is taken is skipped)."""
    with _collector_paused():
        return _build(corpus_dir, analyzer, progress, added, jobs)


def _build(corpus_dir: Path, analyzer: Analyzer, progress: Progress | None, added: Sequence[Path],
           jobs: int) -> Library:
    problems: list[str] = []
    documents: list[Document] = []
    facts: list[Facts] = []
    for folder in [corpus_dir, *added]:
        taken = {d.doc_id for d in documents}
        found = load_corpus(folder, progress=progress, problems=problems)
        problems += [f"{folder}: an article {d.doc_id!r} is already in the pack; skipped" for d in found
                     if d.doc_id in taken]
        found = [d for d in found if d.doc_id not in taken]
        section_texts = {(d.doc_id, " › ".join(s.path)): " ".join(s.blocks) for d in found for s in d.sections}
        facts.append(load_facts(folder, section_texts))
        documents += found
    titles = {d.doc_id: d.title for d in documents}
    from careerbot import indexing  # numpy: a start from the cache does without it

    chunks, reading = _chunk_and_read(documents, titles, jobs)
    del documents, section_texts
    built = indexing.index(reading, analyzer, retrieval.K1, retrieval.B)
    postings = Postings({t: i for i, t in enumerate(built.terms)}, as_view(built.idf, "d"),
                        as_view(built.starts, "q"), as_view(built.ids, "i"), as_view(built.weights, "d"), len(chunks))
    headings = {h: " ".join(analyzer.terms(h)) for section in chunks.sections for h in section.split(" › ")}
    word_counts = WordCounts(built.word_counts, analyzer.typo_targets(built.word_counts))
    return Library(chunks, postings, word_counts, combined(facts), problems,
                   stems=[stem(w) for w in built.word_counts], headings=headings)


def _chunk_and_read(documents: list[Document], titles: dict[str, str], jobs: int) -> tuple[ChunkStore, Reading]:
    """The documents chunked into a store and read for the index; with jobs > 1, in that many
    forked processes, each a run of the documents, joined in order: the same store and the
    same reading as one process makes (tests/test_indexing.py)."""
    from careerbot import indexing

    if jobs <= 1 or len(documents) < 2 * jobs or "fork" not in multiprocessing.get_all_start_methods():
        reader = indexing.Reader()
        return ChunkStore.from_chunks(chunk_documents(documents), titles, reader), reader.reading()
    global _parts_source
    _parts_source = (documents, titles)  # the workers see it through the fork, unpickled
    cuts = [len(documents) * i // jobs for i in range(jobs + 1)]
    try:
        with multiprocessing.get_context("fork").Pool(jobs) as pool:
            parts = pool.map(_chunk_and_read_part, list(itertools.pairwise(cuts)))
    finally:
        _parts_source = None
    return ChunkStore.joined([store for store, _ in parts], titles), indexing.Reading.joined([r for _, r in parts])


_parts_source: tuple[list[Document], dict[str, str]] | None = None


def _chunk_and_read_part(bounds: tuple[int, int]) -> tuple[StoreParts, Reading]:
    assert _parts_source is not None
    documents, titles = _parts_source
    store, reading = _chunk_and_read(documents[bounds[0]:bounds[1]], titles, 1)
    return store.parts(), reading


# --- the cache --------------------------------------------------------------------------------

ARRAYS = ("idf", "starts", "ids", "weights", "chunk_doc", "chunk_section", "offsets", "counts", "targets")


STAGING_LOCK = ".building"  # held in a staging folder while it is being written
META_LIMIT = 1 << 30  # bytes: meta.json of a corpus at the limits is far smaller


class CacheMeta(BaseModel):
    format: int
    checksum: str  # CRC-32 of arrays.bin then text.bin, checked unless both files are as stamped
    stamps: dict[str, list[int]]  # arrays.bin and text.bin as written (cachedir.file_stamp)
    arrays_bytes: int
    text_bytes: int
    chunk_count: int
    docs: list[tuple[str, str]]
    # The long lists, one line each (none holds a newline): a JSON string parses many times
    # faster than as many strings, and a library of a million passages has 200,000 sections.
    sections: str
    terms: str
    words: str
    stems: str
    headings: str  # each heading, then its terms
    facts: Facts
    problems: list[str]
    arrays: dict[str, tuple[str, int, int]]  # name: (typecode, items, offset in arrays.bin), in ARRAYS order


def cache_key(corpus_dir: Path, analyzer: Analyzer, added: Sequence[Path] = ()) -> str:
    """Everything that shapes the index: settings, the vocabulary table, and each file's stamp."""
    from careerbot import __version__

    settings: dict[str, Any] = {
        "format": FORMAT, "version": __version__, "bm25": [retrieval.K1, retrieval.B, retrieval.DELTA],
        "chunks": [corpus.CHUNK_MAX_UNITS, corpus.CHUNK_MAX_CHARS], "suffixes": ARTICLE_SUFFIXES,
        "vocabulary": analyzer.vocabulary.model_dump(mode="json"),
    }
    if added:
        settings["added"] = [[str(folder.resolve()), cachedir.key({}, pack_files(folder), folder)] for folder in added]
    return cachedir.key(settings, pack_files(corpus_dir), corpus_dir)


def pack_files(folder: Path) -> list[str]:
    return [*article_names(folder), str(folder / FACTS_FILE)]


def cache_folder(corpus_dir: Path, added: Sequence[Path] = ()) -> Path:
    """One cache per pack, and one per pack with the same folders added."""
    if not added:
        return cachedir.entry("corpus", corpus_dir)
    others = hashlib.sha256("\n".join(str(folder.resolve()) for folder in added).encode()).hexdigest()[:8]
    return cachedir.entry(f"corpus+{others}", corpus_dir)


def open_library(corpus_dir: Path, analyzer: Analyzer, progress: Progress | None = None,
                 use_cache: bool = True, added: Sequence[Path] = (), jobs: int = 1) -> Library:
    """The corpus's library (with the folders added to it): from the cache when it is there
    and sound, else built (and cached)."""
    library = _open_library(corpus_dir, analyzer, progress, use_cache, added, jobs)
    library.teach(analyzer)
    return library


def _open_library(corpus_dir: Path, analyzer: Analyzer, progress: Progress | None, use_cache: bool,
                  added: Sequence[Path], jobs: int) -> Library:
    if not use_cache:
        return build(corpus_dir, analyzer, progress, added, jobs)
    key = cache_key(corpus_dir, analyzer, added)
    folder = cache_folder(corpus_dir, added)
    try:
        return read_cache(folder, key)
    except cachedir.Damaged as exc:
        cachedir.say_rebuilt(folder, exc)
    except (cachedir.Stale, OSError):
        pass  # none yet, or made from other files or settings: build it
    library = build(corpus_dir, analyzer, progress, added, jobs)
    try:
        write_cache(folder, key, library)
    except OSError as exc:  # a read-only home or a full disk costs speed, not answers
        print(f"careerbot: could not cache the index in {folder}: {exc.strerror}", file=sys.stderr)
    return library


def write_cache(folder: Path, key: str, library: Library) -> None:
    folder.parent.mkdir(parents=True, exist_ok=True)
    postings, chunks = library.postings, library.chunks
    words_list = list(library.word_counts)
    arrays: dict[str, memoryview[Any]] = {
        "idf": postings.idf, "starts": postings.starts, "ids": postings.ids, "weights": postings.weights,
        "chunk_doc": chunks.chunk_doc, "chunk_section": chunks.chunk_section, "offsets": chunks.offsets,
        "counts": memoryview(array("q", library.word_counts.values())),
        "targets": memoryview(array("i", map({w: i for i, w in enumerate(words_list)}.__getitem__,
                                             library.word_counts.targets))),
    }
    cachedir.remove_orphans(folder.parent, f".{folder.name}-*", lock_name=STAGING_LOCK)  # left by a kill -9
    staging = Path(tempfile.mkdtemp(prefix=f".{folder.name}-", dir=folder.parent))
    lock = os.open(staging / STAGING_LOCK, os.O_WRONLY | os.O_CREAT | os.O_CLOEXEC, 0o600)
    try:
        cachedir.hold(lock)
        checksum = 0
        layout: dict[str, tuple[str, int, int]] = {}
        with open(staging / "arrays.bin", "wb") as handle:
            at = 0
            for name in ARRAYS:
                data = arrays[name].cast("B")
                padding = bytes(-at % ALIGN)
                checksum = zlib.crc32(data, zlib.crc32(padding, checksum))
                handle.write(padding)
                handle.write(data)
                layout[name] = (arrays[name].format, len(arrays[name]), at + len(padding))
                at += len(padding) + len(data)
        (staging / "text.bin").write_bytes(chunks.blob)
        checksum = zlib.crc32(chunks.blob, checksum)
        stamps = {name: cachedir.file_stamp(os.stat(staging / name)) for name in ("arrays.bin", "text.bin")}
        meta = CacheMeta(format=FORMAT, checksum=f"{checksum:08x}", stamps=stamps, arrays_bytes=at,
                         text_bytes=len(chunks.blob), chunk_count=len(chunks),
                         docs=chunks.docs, sections=_as_lines(chunks.sections), terms=_as_lines(postings.terms),
                         words=_as_lines(words_list), stems=_as_lines(library.stems),
                         headings=_as_lines(itertools.chain.from_iterable(library.headings.items())),
                         facts=library.facts, problems=library.problems, arrays=layout)
        cachedir.seal(staging / "meta.json", key, meta.model_dump_json().encode())
        (staging / STAGING_LOCK).unlink()  # the lock stays held; the cache folder holds no lock file
        if folder.exists():
            shutil.rmtree(folder, ignore_errors=True)
        with contextlib.suppress(OSError):  # another process renamed its build into place first: as good
            os.rename(staging, folder)
    finally:
        os.close(lock)
        shutil.rmtree(staging, ignore_errors=True)


def read_cache(folder: Path, key: str) -> Library:
    """The library cached in folder under key, its arrays and texts mapped, not read: a start
    costs the small parts (meta.json), and the checksum over the rest only if its files are
    not the ones written (see cachedir.file_stamp). Raises
    FileNotFoundError (no cache), cachedir.Stale (one for other files) or cachedir.Damaged
    (anything not as written)."""
    try:
        meta = CacheMeta.model_validate_json(cachedir.unseal(folder / "meta.json", key, META_LIMIT))
        if meta.format != FORMAT or list(meta.arrays) != list(ARRAYS):
            raise cachedir.Damaged("meta.json has another layout")
        ends = [offset + items * array(typecode).itemsize for typecode, items, offset in meta.arrays.values()]
    except (cachedir.Stale, cachedir.Damaged):
        raise
    except ValueError as exc:  # a ValidationError (its message is many lines), a bad typecode
        raise cachedir.Damaged("meta.json does not parse") from exc
    try:
        raw, raw_unchanged = cachedir.map_regular(folder / "arrays.bin", meta.arrays_bytes,
                                                  meta.stamps.get("arrays.bin"))
        blob, blob_unchanged = cachedir.map_regular(folder / "text.bin", meta.text_bytes, meta.stamps.get("text.bin"))
    except FileNotFoundError as exc:
        raise cachedir.Damaged(f"{Path(str(exc.filename)).name} is missing") from exc
    # The checksum reads every byte (0.4 s for a million passages): only for a file that is not
    # the very one written (copied, restored, or written to since: its change time moved).
    if not (raw_unchanged and blob_unchanged) and zlib.crc32(blob, zlib.crc32(raw)) != int(meta.checksum, 16):
        raise cachedir.Damaged("arrays.bin or text.bin does not match its checksum")
    whole = memoryview(raw)
    if any(offset % ALIGN or end > len(raw) for (_, _, offset), end in zip(meta.arrays.values(), ends, strict=True)):
        raise cachedir.Damaged("inconsistent sizes")
    arrays = {name: as_view(whole[offset:end], typecode)
              for (name, (typecode, _, offset)), end in zip(meta.arrays.items(), ends, strict=True)}
    n = meta.chunk_count
    terms, words, stems, sections = (_from_lines(text) for text in (meta.terms, meta.words, meta.stems, meta.sections))
    headings = _from_lines(meta.headings)
    targets = arrays["targets"].tolist()
    if (len(arrays["starts"]) != len(terms) + 1 or len(arrays["offsets"]) != n + 1
            or arrays["offsets"][-1] != len(blob) or not len(arrays["counts"]) == len(words) == len(stems)
            or len(headings) % 2 or not all(0 <= i < len(words) for i in targets)):
        raise cachedir.Damaged("inconsistent sizes")
    postings = Postings(dict(zip(terms, range(len(terms)), strict=True)), arrays["idf"],
                        arrays["starts"], arrays["ids"], arrays["weights"], n)
    chunks = ChunkStore(meta.docs, sections, arrays["chunk_doc"],
                        arrays["chunk_section"], arrays["offsets"], blob)
    counts = WordCounts(zip(words, arrays["counts"].tolist(), strict=True), [words[i] for i in targets])
    return Library(chunks, postings, counts, meta.facts, meta.problems, cached=True, stems=stems,
                   headings=dict(zip(headings[::2], headings[1::2], strict=True)))


def _as_lines(items: Iterable[str]) -> str:
    """Each item ended by a newline: [] and [""] stay apart. No item holds one: sections are
    headings read line by line, terms and words are runs of letters."""
    return "".join(f"{item}\n" for item in items)


def _from_lines(text: str) -> list[str]:
    if text and not text.endswith("\n"):
        raise cachedir.Damaged("meta.json does not parse")
    return text.split("\n")[:-1]
