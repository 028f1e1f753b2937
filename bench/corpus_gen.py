"""Write a deterministic corpus of N passages as a folder of Markdown articles, for the
benchmarks. Usage: python bench/corpus_gen.py --passages 100000 [--out bench/corpora/p100000]

Realistic enough to load an index the way real articles do: headings and paragraphs of
three sentences (one passage each), the embedded articles' own words mixed with invented
ones, Zipf-distributed, and a vocabulary that grows with the size of the corpus (about
50 * sqrt(passages) invented words). Kept out of git (bench/corpora/ is ignored).
"""

from __future__ import annotations

import argparse
import itertools
import math
import random
import re
from pathlib import Path

HERE = Path(__file__).parent
PASSAGES_PER_ARTICLE = 40
SECTIONS_PER_ARTICLE = 8
SYLLABLES = ["ka", "lo", "mi", "ne", "tor", "vi", "zu", "ran", "sel", "dor", "pix", "qua", "bre", "sta", "fen"]


def real_words() -> list[str]:
    corpus = HERE.parent / "corpus"
    text = " ".join(p.read_text(encoding="utf-8") for p in sorted(corpus.glob("*.md")))
    return sorted({w for w in re.findall(r"[a-z]{3,}", text.lower())})


def invented_words(count: int, rng: random.Random) -> list[str]:
    words: set[str] = set()
    while len(words) < count:
        words.add("".join(rng.choice(SYLLABLES) for _ in range(rng.randint(2, 4))))
    return sorted(words)


class Writer:
    def __init__(self, passages: int, seed: int = 2026) -> None:
        self.rng = random.Random(seed)
        self.vocabulary = real_words() + invented_words(int(50 * math.sqrt(passages)), self.rng)
        self.rng.shuffle(self.vocabulary)
        # Zipf: the word of rank r turns up in proportion to 1 / r.
        self.cumulative = list(itertools.accumulate(1 / (r + 1) for r in range(len(self.vocabulary))))

    def words(self, n: int) -> list[str]:
        return self.rng.choices(self.vocabulary, cum_weights=self.cumulative, k=n)

    def sentence(self) -> str:
        words = self.words(self.rng.randint(8, 16))
        return " ".join(words).capitalize() + "."

    def article(self, number: int, passages: int) -> str:
        title = " ".join(self.words(4)).title()
        lines = ["---", f"title: {title}", f"source: generated-{number}", "---", "", f"# {title}", ""]
        per_section = max(1, passages // SECTIONS_PER_ARTICLE)
        written = 0
        while written < passages:
            lines += [f"## {' '.join(self.words(3)).title()}", ""]
            for _ in range(min(per_section, passages - written)):
                lines += [" ".join(self.sentence() for _ in range(3)), ""]
                written += 1
        return "\n".join(lines)


def generate(passages: int, out: Path) -> Path:
    writer = Writer(passages)
    out.mkdir(parents=True, exist_ok=True)
    articles = math.ceil(passages / PASSAGES_PER_ARTICLE)
    for number in range(articles):
        folder = out / f"part{number // 1000:03d}"
        folder.mkdir(exist_ok=True)
        size = min(PASSAGES_PER_ARTICLE, passages - number * PASSAGES_PER_ARTICLE)
        (folder / f"article{number:06d}.md").write_text(writer.article(number, size), encoding="utf-8")
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--passages", type=int, required=True)
    parser.add_argument("--out", type=Path)
    args = parser.parse_args()
    out = generate(args.passages, args.out or HERE / "corpora" / f"p{args.passages}")
    print(out)


if __name__ == "__main__":
    main()
