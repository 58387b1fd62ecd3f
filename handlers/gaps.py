"""The gaps queue: declined questions, near-duplicates grouped, most asked first."""

from dataclasses import dataclass, field
from typing import Any

from rapidfuzz import fuzz

from content.text import stem, words
from handlers.lexicon import STOP

SIMILAR = 85  # similarity (0-100) of sorted stems above which two questions are one gap


@dataclass
class Gap:
    question: str  # the most recent wording
    count: int = 0
    last_at: str = ""
    key: str = ""
    wordings: set[str] = field(default_factory=set)


def group(rows: list[dict[str, Any]]) -> list[Gap]:
    """Group declined-question rows (`question`, `at`); most asked, then latest, first."""
    gaps: list[Gap] = []
    for row in sorted(rows, key=lambda r: r["at"]):
        key = _key(row["question"])
        gap = next((g for g in gaps if _similar(g.key, key)), None)
        if gap is None:
            gap = Gap(question=row["question"], key=key)
            gaps.append(gap)
        gap.count += row.get("count") or 1
        gap.last_at = max(gap.last_at, row.get("last_at") or row["at"])
        gap.question = row["question"]
        gap.wordings.add(row["question"])
    gaps.sort(key=lambda g: g.last_at, reverse=True)
    return sorted(gaps, key=lambda g: -g.count)  # stable: equal counts stay latest first


def _key(question: str) -> str:
    return " ".join(sorted({stem(w) for w in words(question) if w not in STOP}))


def _similar(a: str, b: str) -> bool:
    if a == b:
        return True
    return bool(a and b) and fuzz.token_sort_ratio(a, b) >= SIMILAR


def same_gap(a: str, b: str) -> bool:
    """Would these two questions be one gap?"""
    return _similar(_key(a), _key(b))
