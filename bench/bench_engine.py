"""CareerBot build time and answer latency on the embedded corpus, beside plain rank-bm25.

Prints medians and percentiles; the ratio against rank-bm25's own get_scores over the same
chunks and the same question terms, timed in the same run, is the figure to quote (machines
here are shared and noisy). Usage: python bench/bench_engine.py [--builds 7] [--rounds 3]
"""

from __future__ import annotations

import argparse
import statistics
import time

from questions import questions

from careerbot import CareerBot
from careerbot.retrieval import DELTA, K1, B, chunk_terms


def percentile(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(p / 100 * (len(ordered) - 1)))]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--builds", type=int, default=7)
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()

    builds, cached = [], []
    for _ in range(args.builds):
        start = time.perf_counter()
        bot = CareerBot(use_cache=False)
        builds.append(time.perf_counter() - start)
        start = time.perf_counter()
        bot = CareerBot()
        cached.append(time.perf_counter() - start)

    from rank_bm25 import BM25Plus

    naive_model = BM25Plus(list(chunk_terms(bot.index.chunks, bot.analyzer)), k1=K1, b=B, delta=DELTA)
    qs = questions()
    answer_times: list[float] = []
    naive_times: list[float] = []
    query_terms = [bot.analyzer.index_terms(q) for q in qs]
    for _ in range(args.rounds):
        for q, terms in zip(qs, query_terms, strict=True):
            bot.reset()
            start = time.perf_counter()
            bot.ask(q)
            answer_times.append(time.perf_counter() - start)
            start = time.perf_counter()
            scores = naive_model.get_scores(terms)
            scores.argsort()[::-1][:5]
            naive_times.append(time.perf_counter() - start)

    ms = 1000
    print(f"corpus: {len(bot.index.chunks)} chunks; {len(qs)} questions x {args.rounds} rounds")
    print(f"CareerBot() build        median {statistics.median(builds) * ms:8.2f} ms   (n={len(builds)}, no cache)")
    print(f"CareerBot() from cache   median {statistics.median(cached) * ms:8.2f} ms")
    print(f"CareerBot.ask            median {statistics.median(answer_times) * ms:8.3f} ms   "
          f"p95 {percentile(answer_times, 95) * ms:.3f} ms   p99 {percentile(answer_times, 99) * ms:.3f} ms")
    print(f"rank-bm25 get_scores+top5 median {statistics.median(naive_times) * ms:8.3f} ms   "
          f"p99 {percentile(naive_times, 99) * ms:.3f} ms")
    ratio = statistics.median(answer_times) / statistics.median(naive_times)
    print(f"ratio ask / naive retrieval (medians): {ratio:.1f}x")


if __name__ == "__main__":
    main()
