"""A corpus folder made ready to answer from: its chunks, their impact lists, the words it
uses and its checked facts. Built once, then cached on disk so that the next start is fast.

The cache is one folder per corpus in the user's cache folder (see cachedir.py), keyed by
every setting that shapes the index and each article's path, size, modification and change
time: change a file and the key changes. It holds JSON and flat binary arrays, never pickle:
meta.json is sealed with its key and checksum, and holds the sizes and checksum of the
arrays, so every byte an answer depends on is verified, and no file is read past the size it
should have. Anything that does not match is rebuilt, never trusted, with a one-line notice.
Two processes building at once each finish; the first rename wins.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import shutil
import sys
import tempfile
from array import array
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, overload

from pydantic import BaseModel

from careerbot import cachedir, corpus, retrieval
from careerbot.corpus import ARTICLE_SUFFIXES, chunk_documents, find_articles, load_corpus
from careerbot.knowledge import FACTS_FILE, load_facts
from careerbot.models import Chunk, Facts
from careerbot.retrieval import Postings, chunk_terms
from careerbot.text import Analyzer, words

FORMAT = 4  # bump when the layout of the cache or of the index changes
Progress = Callable[[int, int], None]  # (articles read, articles in all)


class ChunkStore(Sequence[Chunk]):
    """Chunks kept as one UTF-8 blob with offsets, made into Chunk objects when asked for:
    a million of them cost their text, not a million Python objects."""

    def __init__(self, docs: list[tuple[str, str]], sections: list[str], chunk_doc: array[int],
                 chunk_section: array[int], offsets: array[int], blob: bytes) -> None:
        self.docs, self.sections = docs, sections
        self.chunk_doc, self.chunk_section, self.offsets, self.blob = chunk_doc, chunk_section, offsets, blob

    @classmethod
    def from_chunks(cls, chunks: Iterable[Chunk], titles: dict[str, str]) -> ChunkStore:
        doc_numbers = {doc_id: n for n, doc_id in enumerate(titles)}
        section_numbers: dict[str, int] = {}
        chunk_doc, chunk_section, offsets = array("i"), array("i"), array("q", [0])
        parts: list[bytes] = []
        size = 0
        for chunk in chunks:
            chunk_doc.append(doc_numbers[chunk.doc_id])
            chunk_section.append(section_numbers.setdefault(chunk.section, len(section_numbers)))
            encoded = "\n".join(chunk.sentences).encode("utf-8")  # sentences never hold a newline
            parts.append(encoded)
            size += len(encoded)
            offsets.append(size)
        return cls(list(titles.items()), list(section_numbers), chunk_doc, chunk_section, offsets, b"".join(parts))

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
    word_counts: dict[str, int]
    facts: Facts
    problems: list[str]  # articles that were skipped, and why
    cached: bool = False  # read from the disk cache, not built


# --- building ---------------------------------------------------------------------------------


def build(corpus_dir: Path, analyzer: Analyzer, progress: Progress | None = None) -> Library:
    problems: list[str] = []
    documents = load_corpus(corpus_dir, progress=progress, problems=problems)
    titles = {d.doc_id: d.title for d in documents}
    section_texts = {(d.doc_id, " › ".join(s.path)): " ".join(s.blocks) for d in documents for s in d.sections}
    facts = load_facts(corpus_dir, section_texts)
    chunks = ChunkStore.from_chunks(chunk_documents(documents), titles)
    del documents, section_texts
    counts: Counter[str] = Counter()
    for chunk in chunks:
        counts.update(words(chunk.text))
    counts.update(w for section in chunks.sections for w in words(section))
    return Library(chunks, Postings.build(chunk_terms(chunks, analyzer)), dict(counts), facts, problems)


# --- the cache --------------------------------------------------------------------------------

ARRAYS = ("idf", "starts", "ids", "weights", "chunk_doc", "chunk_section", "offsets", "counts")


STAGING_LOCK = ".building"  # held in a staging folder while it is being written
META_LIMIT = 1 << 30  # bytes: meta.json of a corpus at the limits is far smaller


class CacheMeta(BaseModel):
    format: int
    checksum: str  # of arrays.bin and text.bin
    text_bytes: int
    chunk_count: int
    docs: list[tuple[str, str]]
    sections: list[str]
    terms: list[str]
    words: list[str]
    facts: Facts
    problems: list[str]
    arrays: dict[str, tuple[str, int]]  # name: (array typecode, items), in ARRAYS order


def cache_key(corpus_dir: Path, analyzer: Analyzer) -> str:
    """Everything that shapes the index: settings, the vocabulary table, and each file's stamp."""
    from careerbot import __version__

    settings = {
        "format": FORMAT, "version": __version__, "bm25": [retrieval.K1, retrieval.B, retrieval.DELTA],
        "chunks": [corpus.CHUNK_MAX_UNITS, corpus.CHUNK_MAX_CHARS], "suffixes": ARTICLE_SUFFIXES,
        "vocabulary": analyzer.vocabulary.model_dump(mode="json"),
    }
    return cachedir.key(settings, [*find_articles(corpus_dir), corpus_dir / FACTS_FILE], corpus_dir)


def cache_folder(corpus_dir: Path) -> Path:
    return cachedir.entry("corpus", corpus_dir)


def open_library(corpus_dir: Path, analyzer: Analyzer, progress: Progress | None = None,
                 use_cache: bool = True) -> Library:
    """The corpus's library: from the cache when it is there and sound, else built (and cached)."""
    if not use_cache:
        return build(corpus_dir, analyzer, progress)
    key = cache_key(corpus_dir, analyzer)
    folder = cache_folder(corpus_dir)
    try:
        return read_cache(folder, key)
    except cachedir.Damaged as exc:
        cachedir.say_rebuilt(folder, exc)
    except (cachedir.Stale, OSError):
        pass  # none yet, or made from other files or settings: build it
    library = build(corpus_dir, analyzer, progress)
    try:
        write_cache(folder, key, library)
    except OSError as exc:  # a read-only home or a full disk costs speed, not answers
        print(f"careerbot: could not cache the index in {folder}: {exc.strerror}", file=sys.stderr)
    return library


def write_cache(folder: Path, key: str, library: Library) -> None:
    folder.parent.mkdir(parents=True, exist_ok=True)
    postings, chunks = library.postings, library.chunks
    words_list = list(library.word_counts)
    arrays: dict[str, array[Any]] = {
        "idf": postings.idf, "starts": postings.starts, "ids": postings.ids, "weights": postings.weights,
        "chunk_doc": chunks.chunk_doc, "chunk_section": chunks.chunk_section, "offsets": chunks.offsets,
        "counts": array("q", (library.word_counts[w] for w in words_list)),
    }
    cachedir.remove_orphans(folder.parent, f".{folder.name}-*", lock_name=STAGING_LOCK)  # left by a kill -9
    staging = Path(tempfile.mkdtemp(prefix=f".{folder.name}-", dir=folder.parent))
    lock = os.open(staging / STAGING_LOCK, os.O_WRONLY | os.O_CREAT | os.O_CLOEXEC, 0o600)
    try:
        cachedir.hold(lock)
        digest = hashlib.blake2b(digest_size=16)
        with open(staging / "arrays.bin", "wb") as handle:
            for name in ARRAYS:
                data = arrays[name].tobytes()
                digest.update(data)
                handle.write(data)
        (staging / "text.bin").write_bytes(chunks.blob)
        digest.update(chunks.blob)
        meta = CacheMeta(format=FORMAT, checksum=digest.hexdigest(), text_bytes=len(chunks.blob),
                         chunk_count=len(chunks),
                         docs=chunks.docs, sections=chunks.sections, terms=list(postings.terms), words=words_list,
                         facts=library.facts, problems=library.problems,
                         arrays={n: (arrays[n].typecode, len(arrays[n])) for n in ARRAYS})
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
    """The library cached in folder under key. Raises FileNotFoundError (no cache), cachedir.Stale
    (one for other files) or cachedir.Damaged (anything not as written)."""
    try:
        meta = CacheMeta.model_validate_json(cachedir.unseal(folder / "meta.json", key, META_LIMIT))
        if meta.format != FORMAT or list(meta.arrays) != list(ARRAYS):
            raise cachedir.Damaged("meta.json has another layout")
        sizes = [items * array(typecode).itemsize for typecode, items in meta.arrays.values()]
    except (cachedir.Stale, cachedir.Damaged):
        raise
    except ValueError as exc:  # a ValidationError (its message is many lines), a bad typecode
        raise cachedir.Damaged("meta.json does not parse") from exc
    try:
        raw = cachedir.read_regular(folder / "arrays.bin", sum(sizes))
        blob = cachedir.read_regular(folder / "text.bin", meta.text_bytes)
    except FileNotFoundError as exc:
        raise cachedir.Damaged(f"{Path(str(exc.filename)).name} is missing") from exc
    digest = hashlib.blake2b(raw, digest_size=16)
    digest.update(blob)
    if len(raw) != sum(sizes) or len(blob) != meta.text_bytes or digest.hexdigest() != meta.checksum:
        raise cachedir.Damaged("arrays.bin or text.bin does not match its checksum")
    arrays: dict[str, array[Any]] = {}
    at = 0
    for name in ARRAYS:
        typecode, items = meta.arrays[name]
        values: array[Any] = array(typecode)
        end = at + items * values.itemsize
        values.frombytes(raw[at:end])
        if len(values) != items:
            raise cachedir.Damaged(f"{name} is short")
        arrays[name] = values
        at = end
    n = meta.chunk_count
    if (at != len(raw) or len(arrays["starts"]) != len(meta.terms) + 1 or len(arrays["offsets"]) != n + 1
            or arrays["offsets"][-1] != len(blob) or len(arrays["counts"]) != len(meta.words)):
        raise cachedir.Damaged("inconsistent sizes")
    postings = Postings(dict(zip(meta.terms, range(len(meta.terms)), strict=True)), arrays["idf"],
                        arrays["starts"], arrays["ids"], arrays["weights"], n)
    chunks = ChunkStore([(d, t) for d, t in meta.docs], meta.sections, arrays["chunk_doc"],
                        arrays["chunk_section"], arrays["offsets"], blob)
    counts = dict(zip(meta.words, arrays["counts"], strict=True))
    return Library(chunks, postings, counts, meta.facts, meta.problems, cached=True)
