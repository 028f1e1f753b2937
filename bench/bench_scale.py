"""careerbot on a large generated corpus, beside rank-bm25 and bm25s in the same run.

Usage: python bench/bench_scale.py --passages 100000 [--markdown bench/scale.md] [--questions 300]
       [--naive-questions 100] [--jobs 2] [--no-rank-bm25]

For one corpus size (bench/corpus_gen.py writes it once, into bench/corpora/), it measures:

- build: careerbot's whole build (read the articles, chunk, index) in a fresh process, with its
  peak memory, and with --jobs N the same build on N processes; bm25s's tokenize (its English
  stopwords and PyStemmer's Snowball stemmer) + index of the same passages' texts, already in
  memory; rank-bm25's BM25Plus constructor on careerbot's tokens;
- the cache's size on disk, and cold start: a one-shot `careerbot ask` with a warm cache on
  this corpus (with the embedded pack's intents) beside the same on the embedded one (fresh
  processes, interleaved, medians);
- answer latency: CareerBot.ask p50/p95/p99; retrieval alone (Index.top, k=5); rank-bm25's
  get_scores + top 5; bm25s's retrieve k=5 (one thread).

It prints the figures and the ratios the issue asks about, and with --markdown appends a row
to a Markdown table (the header is written with the first row). bm25s, PyStemmer and scipy are
needed only here (`pip install '.[bench]'`); without them their columns say so.
"""

from __future__ import annotations

import argparse
import gc
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from corpus_gen import Writer, generate
from questions import questions as career_questions

HERE = Path(__file__).parent
# The embedded pack's intents, given to the generated corpus too: the same bot on a larger
# library (a folder of articles alone gets the base intents, and tries questions made of its
# headings at every start).
INTENTS = HERE.parent / "corpus" / "intents"
QUESTION = "How much does a data scientist earn?"
COLUMNS = ["passages", "build (reading files)", "bm25s tokenize+index", "rank-bm25 build", "build / bm25s", "peak MiB",
           "cache MiB", "ask, warm cache", "/ embedded", "answer p50 / p95 / p99", "retrieval p50",
           "bm25s retrieve p50", "rank-bm25 p50", "answer p50 / bm25s"]


def percentile(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(p / 100 * (len(ordered) - 1)))]


def question_set(passages: int, count: int) -> list[str]:
    """Career questions as people ask them, and questions in the corpus's own words."""
    writer = Writer(passages)
    mine = career_questions()
    invented = [f"what is {' '.join(writer.words(writer.rng.randint(1, 4)))}?" for _ in range(count)]
    return (mine + invented)[:count] if count > len(mine) else mine[:count]


BUILD = """
import json, resource, sys, time
from pathlib import Path
from careerbot.bot import CareerBot
from careerbot.library import build
analyzer = CareerBot().analyzer
start = time.perf_counter()
library = build(Path(sys.argv[1]), analyzer, jobs=int(sys.argv[2]))
seconds = time.perf_counter() - start
peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
from careerbot.corpus import chunk_documents, load_corpus
start = time.perf_counter()
chunk_documents(load_corpus(Path(sys.argv[1])))
reading = time.perf_counter() - start
print(json.dumps({"seconds": seconds, "peak": peak, "passages": len(library.chunks), "reading": reading}))
"""


def build_in_child(corpus: Path, jobs: int) -> dict[str, float]:
    """careerbot's build in a fresh process, so that its peak memory is its own (with --jobs,
    the workers' peak is reported by the parent's RUSAGE_CHILDREN, added)."""
    code = BUILD if jobs == 1 else BUILD.replace("peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024",
                                                 "peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024 + "
                                                 "resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024")
    done = subprocess.run([sys.executable, "-c", code, str(corpus), str(jobs)], capture_output=True, text=True,
                          check=True)
    result: dict[str, float] = json.loads(done.stdout.splitlines()[-1])
    return result


def ask_seconds(corpus: Path | None, runs: int) -> float:
    command = [sys.executable, "-m", "careerbot", "ask", QUESTION]
    if corpus is not None:
        command[4:4] = ["--corpus", str(corpus), "--intents", str(INTENTS)]
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run(command, check=True, stdout=subprocess.DEVNULL)
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def cold_starts(corpus: Path, runs: int = 5) -> tuple[float, float]:
    """Median `careerbot ask` on this corpus and on the embedded one, interleaved, warm caches."""
    ask_seconds(corpus, 1), ask_seconds(None, 1)  # make sure both caches are there
    ours, embedded = [], []
    for _ in range(runs):
        ours.append(ask_seconds(corpus, 1))
        embedded.append(ask_seconds(None, 1))
    return statistics.median(ours), statistics.median(embedded)


def folder_mib(folder: Path) -> float:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file()) / (1 << 20)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--passages", type=int, required=True)
    parser.add_argument("--questions", type=int, default=300)
    parser.add_argument("--naive-questions", type=int, default=100, help="fewer for a million passages")
    parser.add_argument("--jobs", type=int, default=1, help="also time the build on this many processes")
    parser.add_argument("--no-rank-bm25", action="store_true", help="skip rank-bm25 (minutes at a million)")
    parser.add_argument("--markdown", type=Path, help="append a result row to this Markdown file")
    args = parser.parse_args()

    corpus = HERE / "corpora" / f"p{args.passages}"
    if not corpus.exists():
        generate(args.passages, corpus)
    with tempfile.TemporaryDirectory() as cache:
        os.environ["CAREERBOT_CACHE_DIR"] = cache  # the children's too
        run(args, corpus, Path(cache))


def run(args: argparse.Namespace, corpus: Path, cache: Path) -> None:
    from careerbot import CareerBot
    from careerbot.library import cache_folder
    from careerbot.retrieval import DELTA, K1, B, chunk_terms

    built = build_in_child(corpus, 1)
    print(f"{built['passages']:,.0f} passages: careerbot build {built['seconds']:.2f} s, of which about "
          f"{built['reading']:.2f} s reading and chunking the article files (bm25s below starts from the passages' "
          f"texts); peak memory {built['peak']:.0f} MiB")
    if args.jobs > 1:
        parallel = build_in_child(corpus, args.jobs)
        print(f"careerbot build --jobs {args.jobs}: {parallel['seconds']:.2f} s, peak memory "
              f"{parallel['peak']:.0f} MiB (all processes)")

    bot = CareerBot(corpus_dir=corpus, intents_dir=INTENTS)  # builds and writes the cache
    cache_mib = folder_mib(cache_folder(corpus))
    warm, embedded = cold_starts(corpus)
    print(f"cache {cache_mib:.0f} MiB; `careerbot ask` with a warm cache {warm * 1000:.0f} ms, on the embedded "
          f"corpus {embedded * 1000:.0f} ms: {warm / embedded:.2f}x")

    asked = question_set(args.passages, args.questions)
    answer_times = []
    for question in asked:
        bot.reset()
        start = time.perf_counter()
        bot.ask(question)
        answer_times.append(time.perf_counter() - start)
    tokens = [bot.analyzer.index_terms(q) for q in asked]
    ours = []
    for terms in tokens:
        start = time.perf_counter()
        bot.index.top(terms, 5)
        ours.append(time.perf_counter() - start)
    p50 = statistics.median(answer_times)
    print(f"CareerBot.ask p50 {p50 * 1000:.2f} ms, p95 {percentile(answer_times, 95) * 1000:.2f} ms, "
          f"p99 {percentile(answer_times, 99) * 1000:.2f} ms; retrieval (top 5) p50 "
          f"{statistics.median(ours) * 1000:.3f} ms")

    chunks = list(bot.index.chunks)
    texts = [f"{c.section} {c.text}" for c in chunks]
    term_lists = list(chunk_terms(chunks, bot.analyzer))
    del chunks
    bm25s_build = bm25s_p50 = naive_build = naive_p50 = None
    try:
        import bm25s
        import Stemmer
    except ImportError:
        print("bm25s: not installed (pip install '.[bench]')")
    else:
        gc.collect()
        start = time.perf_counter()
        tokenized = bm25s.tokenize(texts, stopwords="en", stemmer=Stemmer.Stemmer("english"), show_progress=False)
        retriever = bm25s.BM25(method="bm25+", k1=K1, b=B, delta=DELTA)
        retriever.index(tokenized, show_progress=False)
        bm25s_build = time.perf_counter() - start
        del tokenized
        retriever = bm25s.BM25(method="bm25+", k1=K1, b=B, delta=DELTA)
        retriever.index(term_lists, show_progress=False)  # careerbot's tokens: the same question terms
        fast = []
        for terms in tokens:
            known = [t for t in terms if t in retriever.vocab_dict]
            start = time.perf_counter()
            if known:
                retriever.retrieve([known], k=5, show_progress=False, n_threads=1)
            fast.append(time.perf_counter() - start)
        bm25s_p50 = statistics.median(fast)
        del retriever
        print(f"bm25s: tokenize + index {bm25s_build:.2f} s (careerbot's build is "
              f"{built['seconds'] / bm25s_build:.2f}x that); retrieve p50 {bm25s_p50 * 1000:.3f} ms "
              f"(careerbot's whole answer p50 is "
              f"{p50 / bm25s_p50:.2f}x that)")
    del texts
    if not args.no_rank_bm25:
        from rank_bm25 import BM25Plus

        gc.collect()
        start = time.perf_counter()
        naive_model = BM25Plus(term_lists, k1=K1, b=B, delta=DELTA)
        naive_build = time.perf_counter() - start
        naive = []
        for terms in tokens[: args.naive_questions]:
            start = time.perf_counter()
            naive_model.get_scores(terms).argsort()[::-1][:5]
            naive.append(time.perf_counter() - start)
        naive_p50 = statistics.median(naive)
        print(f"rank-bm25: BM25Plus() {naive_build:.2f} s; get_scores + top 5 p50 {naive_p50 * 1000:.2f} ms")

    if args.markdown:
        def seconds(value: float | None) -> str:
            return "–" if value is None else f"{value:.1f} s"

        def millis(value: float | None) -> str:
            return "–" if value is None else f"{value * 1000:.2f} ms"

        build_cell = f"{built['seconds']:.1f} s ({built['reading']:.1f} s)" + (
            f"; {parallel['seconds']:.1f} s on {args.jobs}" if args.jobs > 1 else "")
        row = [f"{built['passages']:,.0f}", build_cell, seconds(bm25s_build), seconds(naive_build),
               f"{built['seconds'] / bm25s_build:.2f}x" if bm25s_build else "–", f"{built['peak']:.0f}",
               f"{cache_mib:.0f}", f"{warm * 1000:.0f} ms", f"{warm / embedded:.2f}x",
               f"{p50 * 1000:.2f} / {percentile(answer_times, 95) * 1000:.2f} / "
               f"{percentile(answer_times, 99) * 1000:.2f} ms",
               millis(statistics.median(ours)), millis(bm25s_p50), millis(naive_p50),
               f"{p50 / bm25s_p50:.2f}x" if bm25s_p50 else "–"]
        new = not args.markdown.exists()
        with args.markdown.open("a", encoding="utf-8") as handle:
            if new:
                handle.write("| " + " | ".join(COLUMNS) + " |\n|" + "---|" * len(COLUMNS) + "\n")
            handle.write("| " + " | ".join(row) + " |\n")
    shutil.rmtree(cache_folder(corpus), ignore_errors=True)


if __name__ == "__main__":
    main()
