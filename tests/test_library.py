"""The corpus library and its disk cache: hit, miss after a change, corrupt or foreign caches
rebuilt, two builders at once."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from careerbot import CareerBot
from careerbot.bot import embedded
from careerbot.corpus import chunk_documents, load_corpus
from careerbot.intents import load_intents
from careerbot.library import ChunkStore, cache_folder, open_library
from careerbot.text import Analyzer
from conftest import FIXTURES


@pytest.fixture
def corpus(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("CAREERBOT_CACHE_DIR", str(tmp_path / "cache"))
    folder = tmp_path / "articles"
    shutil.copytree(FIXTURES / "tiny_corpus", folder)
    return folder


def analyzer() -> Analyzer:
    return Analyzer(load_intents(embedded("intents"))[1])


def test_chunk_store_gives_back_the_chunks() -> None:
    documents = load_corpus(embedded("corpus"))
    chunks = chunk_documents(documents)
    store = ChunkStore.from_chunks(chunks, {d.doc_id: d.title for d in documents})
    assert list(store) == chunks and store[-1] == chunks[-1] and len(store) == len(chunks)


def test_second_open_reads_the_cache(corpus: Path) -> None:
    first = open_library(corpus, analyzer())
    second = open_library(corpus, analyzer())
    assert not first.cached and second.cached
    assert list(second.chunks) == list(first.chunks)
    assert second.postings == first.postings and second.word_counts == first.word_counts
    assert second.word_counts.targets == first.word_counts.targets and first.word_counts.targets
    assert second.facts == first.facts


def test_a_changed_file_is_read_again(corpus: Path) -> None:
    open_library(corpus, analyzer())
    article = corpus / "gardening.md"
    article.write_text(article.read_text(encoding="utf-8") + "\n## Beekeeper\n\nA beekeeper tends hives.\n")
    again = open_library(corpus, analyzer())
    assert not again.cached
    assert any("beekeeper tends hives" in chunk.text.lower() for chunk in again.chunks)


@pytest.mark.parametrize(
    ("damage", "file"),
    [(b"garbage", "meta.json"), (None, "arrays.bin"), (None, "text.bin"), (b"", "arrays.bin")],
)
def test_a_corrupt_cache_is_rebuilt(corpus: Path, damage: bytes | None, file: str,
                                    capsys: pytest.CaptureFixture[str]) -> None:
    built = open_library(corpus, analyzer())
    target = cache_folder(corpus) / file
    data = target.read_bytes()
    target.write_bytes(damage if damage is not None else data[:-8] + bytes(8 - 1) + b"\x01")
    again = open_library(corpus, analyzer())
    assert not again.cached and list(again.chunks) == list(built.chunks)
    [notice] = capsys.readouterr().err.splitlines()
    assert notice.startswith(f"careerbot: the cache {cache_folder(corpus)} was damaged (") and \
        notice.endswith("); rebuilding it")
    assert open_library(corpus, analyzer()).cached  # and the cache is sound again
    assert capsys.readouterr().err == ""


@pytest.mark.parametrize("file", ["arrays.bin", "text.bin"])
def test_the_checksum_is_read_only_for_files_not_as_written(corpus: Path, file: str, tmp_path: Path,
                                                            monkeypatch: pytest.MonkeyPatch,
                                                            capsys: pytest.CaptureFixture[str]) -> None:
    """A start skips the checksum of a cache whose files are the very ones written (a million
    passages: 0.4 s); a file copied back is checked and served, and one written to in place,
    with its size and modification time kept, is checked, found damaged and rebuilt."""
    import zlib

    from careerbot import library

    open_library(corpus, analyzer())
    checked: list[int] = []
    crc32 = zlib.crc32
    monkeypatch.setattr(library.zlib, "crc32", lambda data, value=0: checked.append(len(data)) or crc32(data, value))
    assert open_library(corpus, analyzer()).cached and checked == []
    target = cache_folder(corpus) / file
    shutil.copy2(target, tmp_path / file)
    target.unlink()
    shutil.copy2(tmp_path / file, target)  # another inode, the same bytes and times
    assert open_library(corpus, analyzer()).cached and checked
    status = target.stat()
    data = bytearray(target.read_bytes())
    data[-1] ^= 1
    with open(target, "r+b") as handle:
        handle.write(data)
    os.utime(target, ns=(status.st_atime_ns, status.st_mtime_ns))
    again = open_library(corpus, analyzer())
    assert not again.cached and "was damaged (arrays.bin or text.bin does not match its checksum)" in \
        capsys.readouterr().err


def test_an_edited_meta_is_not_served(corpus: Path, capsys: pytest.CaptureFixture[str]) -> None:
    open_library(corpus, analyzer())
    meta = cache_folder(corpus) / "meta.json"
    meta.write_bytes(meta.read_bytes().replace(b"Careers in Gardening", b"Careers in Hackering"))
    again = open_library(corpus, analyzer())
    assert not again.cached and again.chunks.titles == {"gardening": "Careers in Gardening"}
    assert "meta.json does not match its checksum); rebuilding it" in capsys.readouterr().err


def test_an_edited_intents_cache_is_not_served(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                               capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setenv("CAREERBOT_CACHE_DIR", str(tmp_path / "cache"))
    intents = tmp_path / "intents"
    shutil.copytree(embedded("intents"), intents)
    load_intents(intents)
    [cached] = (tmp_path / "cache").glob("intents-*.json")
    cached.write_bytes(cached.read_bytes().replace(b'"name":"outlook"', b'"name":"hacked"'))
    names = {spec.name for spec in load_intents(intents)[0]}
    assert "outlook" in names and "hacked" not in names
    assert f"careerbot: the cache {cached} was damaged ({cached.name} does not match its checksum); rebuilding it" \
        in capsys.readouterr().err


def test_an_edit_that_keeps_size_and_modification_time_is_read_again(corpus: Path) -> None:
    open_library(corpus, analyzer())
    article = corpus / "gardening.md"
    before = article.stat()
    article.write_bytes(article.read_bytes().replace(b"humidity", b"dampness"))  # the same length
    os.utime(article, ns=(before.st_atime_ns, before.st_mtime_ns))
    assert article.stat().st_size == before.st_size and article.stat().st_mtime_ns == before.st_mtime_ns
    again = open_library(corpus, analyzer())
    assert not again.cached and any("dampness" in chunk.text for chunk in again.chunks)


@pytest.mark.parametrize("file", ["meta.json", "arrays.bin", "text.bin"])
@pytest.mark.parametrize("replacement", ["/dev/zero", "fifo"])
def test_a_cache_file_replaced_by_a_device_or_fifo_is_not_read(corpus: Path, tmp_path: Path, file: str,
                                                                replacement: str) -> None:
    """In a child process with a memory limit and a timeout: read, /dev/zero would fill memory
    and a FIFO would block forever."""
    open_library(corpus, analyzer())
    target = cache_folder(corpus) / file
    target.unlink()
    if replacement == "fifo":
        os.mkfifo(target)
    else:
        target.symlink_to(replacement)
    code = ("import resource, sys; from pathlib import Path; "
            "resource.setrlimit(resource.RLIMIT_AS, (4 << 30, 4 << 30)); "
            "from careerbot.bot import embedded; from careerbot.intents import load_intents; "
            "from careerbot.library import open_library; from careerbot.text import Analyzer; "
            "library = open_library(Path(sys.argv[1]), Analyzer(load_intents(embedded('intents'))[1])); "
            "print(library.cached, len(library.chunks))")
    done = subprocess.run([sys.executable, "-c", code, str(corpus)], capture_output=True, text=True, timeout=60,
                          check=False)
    assert done.returncode == 0 and done.stdout.split()[0] == "False", done.stderr[-2000:]
    kind = "cannot be opened (Too many levels of symbolic links)" if replacement == "/dev/zero" else \
        "is not a regular file"
    assert f"was damaged ({file} {kind}); rebuilding it" in done.stderr
    assert open_library(corpus, analyzer()).cached  # rebuilt sound


def test_a_foreign_cache_is_not_trusted(corpus: Path, tmp_path: Path) -> None:
    other = tmp_path / "other"
    shutil.copytree(FIXTURES / "plain_corpus", other)
    open_library(other, analyzer())
    shutil.copytree(cache_folder(other), cache_folder(corpus))
    library = open_library(corpus, analyzer())
    assert not library.cached and library.chunks.titles == {"gardening": "Careers in Gardening"}


def test_an_unwritable_cache_folder_still_answers(corpus: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                 capsys: pytest.CaptureFixture[str]) -> None:
    blocked = tmp_path / "blocked"
    blocked.write_text("a file where the cache folder should be")
    monkeypatch.setenv("CAREERBOT_CACHE_DIR", str(blocked / "cache"))
    bot = CareerBot(corpus_dir=corpus)
    assert "humidity" in bot.ask("what do greenhouse technicians check every morning?").text
    assert "could not cache the index" in capsys.readouterr().err


def test_two_processes_building_at_once(corpus: Path) -> None:
    code = ("import sys; from careerbot import CareerBot; "
            "print(CareerBot(corpus_dir=sys.argv[1]).ask('what does a landscape gardener design?').text)")
    processes = [subprocess.Popen([sys.executable, "-c", code, str(corpus)], stdout=subprocess.PIPE, text=True,
                                  env=os.environ.copy()) for _ in range(2)]
    outputs = [p.communicate(timeout=60)[0] for p in processes]
    assert all(p.returncode == 0 for p in processes)
    assert all("outdoor spaces" in out for out in outputs)
    assert open_library(corpus, Analyzer(load_intents(None)[1])).cached  # a pack without intents: the base's
    assert [p.name for p in cache_folder(corpus).parent.iterdir() if p.name.startswith(".")] == []


def test_intents_are_read_again_when_a_file_changes(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from careerbot.intents import load_intents

    monkeypatch.setenv("CAREERBOT_CACHE_DIR", str(tmp_path / "cache"))
    intents = tmp_path / "intents"
    shutil.copytree(embedded("intents"), intents)
    first, _, _ = load_intents(intents)
    assert list((tmp_path / "cache").glob("intents-*.json"))
    path = intents / "outlook.toml"
    path.write_text(path.read_text(encoding="utf-8").replace('name = "outlook"', 'name = "future"'), encoding="utf-8")
    again, _, _ = load_intents(intents)
    assert "outlook" in {s.name for s in first} and "future" in {s.name for s in again}
    (tmp_path / "cache" / next((tmp_path / "cache").glob("intents-*.json")).name).write_text("{not json")
    assert {s.name for s in load_intents(intents)[0]} == {s.name for s in again}


def test_a_lexicon_cache_replaced_by_a_fifo_does_not_block(tmp_path: Path) -> None:
    from careerbot.lexicon import CACHE_NAME

    cache = tmp_path / "cache"
    cache.mkdir()
    os.mkfifo(cache / CACHE_NAME)
    done = subprocess.run([sys.executable, "-m", "careerbot", "ask", "How much does a data scientist earn?"],
                          capture_output=True, text=True, timeout=60, check=False,
                          env={**os.environ, "CAREERBOT_CACHE_DIR": str(cache)})
    assert done.returncode == 0 and "$119,413" in done.stdout, done.stderr


def test_a_staging_folder_left_by_a_killed_build_is_removed(corpus: Path) -> None:
    open_library(corpus, analyzer())
    orphan = cache_folder(corpus).parent / f".{cache_folder(corpus).name}-killed"
    orphan.mkdir()
    (orphan / "arrays.bin").write_bytes(b"half")
    (orphan / ".building").write_bytes(b"")  # its lock, no longer held by anyone
    os.utime(orphan, (0, 0))
    (corpus / "gardening.md").write_text("# Gardening\n\n## Florist\n\nA florist arranges flowers.\n")
    assert not open_library(corpus, analyzer()).cached  # a rebuild, which cleans up
    assert [p.name for p in cache_folder(corpus).parent.iterdir() if p.name.startswith(".")] == []
    assert ".building" not in [p.name for p in cache_folder(corpus).iterdir()]
