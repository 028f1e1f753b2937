"""A few hundred varied questions for the benchmarks: every kind the bot answers, typos, and
questions it should refuse."""

from __future__ import annotations

import itertools

ROLES = ["data scientist", "ML engineer", "data analyst", "BI developer", "NLP engineer", "data engineer",
         "AI ethicist", "computer vision specialist", "deep learning engineer", "MLOps engineer", "team lead"]
TEMPLATES = ["how much does a {r} earn?", "what skills does a {r} need?", "what does a {r} do?",
             "{r} salary for senior level", "how do I become a {r}?", "is a {r} well paid?"]
OTHERS = [
    "How do I get started in machine learning?", "Do I need a degree for ML?", "which industries hire ML people?",
    "what are the challenges of an ML career?", "is machine learning a good career for the future?",
    "what jobs exist in machine learning?", "data scientist vs data analyst", "hello", "thanks!",
    "what's the weather like?", "give me a pancake recipe", "machine lerning engneer anual pay??",
    "Are Facebook groups useful for making contacts in machine learning?", "is data privacy a concern?",
]


def questions() -> list[str]:
    return [t.format(r=r) for t, r in itertools.product(TEMPLATES, ROLES)] + OTHERS * 3
