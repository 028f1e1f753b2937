"""careerbot on a large generated corpus, beside plain rank-bm25 and bm25s in the same run.

Usage: python bench/bench_scale.py --passages 100000 [--questions 300] [--naive-questions 300]

Prints (and with --markdown FILE appends a row to a Markdown table): index build time,
cold start with a warm cache, peak memory, end-to-end answer latency (CareerBot.ask:
median, p95, p99), the retrieval step alone (top 5), and on the same tokens plain
rank-bm25 (BM25Plus.get_scores over every chunk, then top 5) and bm25s (method bm25+,
retrieve k=5, one thread), with the ratios. bm25s and scipy are needed only here:
`pip install bm25s scipy`; without them that column is left out.
"""

from __future__ import annotations

import argparse
import gc
import resource
import statistics
import subprocess
import sys
import time
from pathlib import Path

from corpus_gen import Writer, generate
from questions import questions as career_questions

from careerbot import CareerBot
from careerbot.retrieval import DELTA, K1, B, chunk_terms

HERE = Path(__file__).parent


def percentile(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(p / 100 * (len(ordered) - 1)))]


def ms(seconds: float) -> str:
    return f"{seconds * 1000:.3f} ms"


def question_set(passages: int, count: int) -> list[str]:
    """Career questions as people ask them, and questions in the corpus's own words."""
    writer = Writer(passages)
    mine = career_questions()
    invented = [f"what is {' '.join(writer.words(writer.rng.randint(1, 4)))}?" for _ in range(count)]
    return (mine + invented)[:count] if count > len(mine) else mine[:count]


def peak_mib() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def cold_start(corpus: Path, runs: int = 3) -> float:
    code = f"from careerbot import CareerBot; CareerBot(corpus_dir={str(corpus)!r}).ask('what is the salary?')"
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run([sys.executable, "-c", code], check=True)
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--passages", type=int, required=True)
    parser.add_argument("--questions", type=int, default=300)
    parser.add_argument("--naive-questions", type=int, default=300, help="fewer for a million passages")
    parser.add_argument("--markdown", type=Path, help="append a result row to this Markdown file")
    args = parser.parse_args()

    corpus = HERE / "corpora" / f"p{args.passages}"
    if not corpus.exists():
        generate(args.passages, corpus)

    start = time.perf_counter()
    bot = CareerBot(corpus_dir=corpus, use_cache=False)
    build = time.perf_counter() - start
    memory = peak_mib()
    chunks = len(bot.index.chunks)
    CareerBot(corpus_dir=corpus)  # writes the cache for the cold start below
    warm = cold_start(corpus)
    print(f"{chunks:,} passages: build {build:.2f} s, peak memory {memory:.0f} MiB, "
          f"cold start with a warm cache {warm * 1000:.0f} ms")

    asked = question_set(args.passages, args.questions)
    answer_times = []
    for question in asked:
        bot.reset()
        t = time.perf_counter()
        bot.ask(question)
        answer_times.append(time.perf_counter() - t)
    tokens = [bot.analyzer.index_terms(q) for q in asked]
    ours = []
    for terms in tokens:
        t = time.perf_counter()
        bot.index.top(terms, 5)
        ours.append(time.perf_counter() - t)
    print(f"CareerBot.ask: median {ms(statistics.median(answer_times))}, p95 {ms(percentile(answer_times, 95))}, "
          f"p99 {ms(percentile(answer_times, 99))}; retrieval top-5 median {ms(statistics.median(ours))}")

    from rank_bm25 import BM25Plus

    term_lists = list(chunk_terms(bot.index.chunks, bot.analyzer))
    gc.collect()
    naive_model = BM25Plus(term_lists, k1=K1, b=B, delta=DELTA)
    naive = []
    for terms in tokens[: args.naive_questions]:
        t = time.perf_counter()
        scores = naive_model.get_scores(terms)
        scores.argsort()[::-1][:5]
        naive.append(time.perf_counter() - t)
    del naive_model
    naive_median = statistics.median(naive)
    print(f"rank-bm25 get_scores + top 5: median {ms(naive_median)} -> careerbot answers "
          f"{naive_median / statistics.median(answer_times):.0f}x faster end to end, "
          f"retrieves {naive_median / statistics.median(ours):.0f}x faster")

    bm25s_median = None
    try:
        import bm25s
    except ImportError:
        print("bm25s: not installed (pip install bm25s scipy)")
    else:
        retriever = bm25s.BM25(method="bm25+", k1=K1, b=B, delta=DELTA)
        retriever.index(term_lists, show_progress=False)
        fast = []
        for terms in tokens:
            known = [t for t in terms if t in retriever.vocab_dict] or ["#none#"]
            t = time.perf_counter()
            if known != ["#none#"]:
                retriever.retrieve([known], k=5, show_progress=False, n_threads=1)
            fast.append(time.perf_counter() - t)
        bm25s_median = statistics.median(fast)
        print(f"bm25s retrieve top 5: median {ms(bm25s_median)} -> careerbot's retrieval is "
              f"{statistics.median(ours) / bm25s_median:.2f}x bm25s's time")

    if args.markdown:
        row = (f"| {chunks:,} | {build:.1f} s | {warm * 1000:.0f} ms | {memory:.0f} MiB | "
               f"{statistics.median(answer_times) * 1000:.3f} / {percentile(answer_times, 99) * 1000:.3f} ms | "
               f"{statistics.median(ours) * 1000:.3f} ms | {naive_median * 1000:.2f} ms | "
               f"{naive_median / statistics.median(answer_times):.0f}x | "
               + (f"{bm25s_median * 1000:.3f} ms | {statistics.median(ours) / bm25s_median:.2f}x |"
                  if bm25s_median else "– | – |"))
        with args.markdown.open("a", encoding="utf-8") as handle:
            handle.write(row + "\n")


if __name__ == "__main__":
    main()
