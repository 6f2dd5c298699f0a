"""Matching what registrants typed ("zarzadzanie uslugami", "Warsztat 3 – Indywidualne plany…") to titles.

Form answers are retyped, shortened, misspelt and without Polish letters, and workshop titles share most of
their words ("usług społecznych" is in all three of the congress's). So an answer is matched word by word,
each word to its closest title word (typos and Polish endings tolerated), and a word counts by how rare it is
among the titles: a word every title has decides nothing. A title is taken only when it clearly leads: an
answer that fits two titles, or none, is reported to the organisers, never guessed.
"""

from __future__ import annotations

import math
from collections.abc import Sequence

from rapidfuzz import fuzz, process

from checkin.text import fold, words

WORD_CUTOFF = 80
"""How close (0-100, rapidfuzz's ratio) an answer's word must be to a title's word to count as it."""
NAMING_CUTOFF = 90
"""Closer than WORD_CUTOFF: a word that names a title, not a Polish ending of some other word."""
MIN_WORD_LENGTH = 3
"""Shorter words ("w", "i", "na", "1") are glue or numbering, not content."""
MIN_COVERAGE = 0.5
"""At least this share of the answer's words must be in the title, or of the title's words in the answer
("nie wiem" matches nothing)."""
CLEAR_LEAD = 1.5
"""The best title's score must be this many times the runner-up's."""


class AnswerMatcher:
    """Best title for each answer, remembered per answer: a 100,000-row list repeats a few answers."""

    def __init__(
        self, titles: Sequence[str], *, min_coverage: float = MIN_COVERAGE, min_title_share: float = 0.0
    ) -> None:
        """`min_coverage` 0 with `min_title_share` 1 lets a long question ("Czy weźmie Pan udział w uroczystej
        kolacji?") name a title by having all of its words."""
        self._titles = [" ".join(fold(title).split()) for title in titles]
        self._words = [_content_words(title) for title in self._titles]
        self._min_coverage, self._min_title_share = min_coverage, min_title_share
        spread = {word: self._titles_with(word) for title in self._words for word in title}
        self._weight = {word: math.log((len(titles) + 1) / count) for word, count in spread.items()}
        self._own = {word for word, count in spread.items() if count == 1}
        """Words of one title only: an answer with such words of two titles names two sessions."""
        self._known: dict[str, int | None] = {}

    def _titles_with(self, word: str) -> int:
        """In how many titles `word` appears, in any of its forms ("usług", "usługi", "usługami" are one)."""
        return sum(
            process.extractOne(word, title, scorer=fuzz.ratio, score_cutoff=WORD_CUTOFF) is not None
            for title in self._words
        )

    def match(self, answer: str) -> int | None:
        """The index of the title `answer` names, or None (blank, no title close, or two titles alike)."""
        if answer not in self._known:
            folded = " ".join(fold(answer).split())
            self._known[answer] = self._best(folded) if folded and self._titles else None
        return self._known[answer]

    def _best(self, folded: str) -> int | None:
        if folded in self._titles:
            return self._titles.index(folded)
        answer_words = _content_words(folded)
        if not answer_words:
            return None
        if sum(self._names(answer_words, i) for i in range(len(self._titles))) > 1:
            return None  # "zarządzanie usługami, organizowanie społeczności": two workshops named
        matched = [self._matched(answer_words, i) for i in range(len(self._titles))]
        scores = sorted(((self._score(answer_words, m, i), i) for i, m in enumerate(matched)), reverse=True)
        (best, index), runner_up = scores[0], scores[1][0] if len(scores) > 1 else 0.0
        if best <= 0 or best < CLEAR_LEAD * runner_up:
            return None
        return index

    def _names(self, answer_words: list[str], title: int) -> bool:
        """Whether the answer has, near exactly, a word that only this title has ("zarządzanie")."""
        own = [word for word in self._words[title] if word in self._own]
        return any(
            process.extractOne(word, own, scorer=fuzz.ratio, score_cutoff=NAMING_CUTOFF)
            for word in answer_words
        )

    def _matched(self, answer_words: list[str], title: int) -> set[str]:
        """The title's words the answer has, each answer word taken as its closest title word."""
        found = (process.extractOne(word, self._words[title], scorer=fuzz.ratio, score_cutoff=WORD_CUTOFF)
                 for word in answer_words)  # fmt: skip
        return {hit[0] for hit in found if hit is not None}

    def _score(self, answer_words: list[str], matched: set[str], title: int) -> float:
        """The summed rarity of the title words the answer has; 0 when too little of either is in the other
        (an answer may be shorter than the title, or longer: the full title where the programme has a short
        one)."""
        title_share = len(matched) / max(1, len(set(self._words[title])))
        answer_share = sum(
            process.extractOne(word, matched, scorer=fuzz.ratio, score_cutoff=WORD_CUTOFF) is not None
            for word in answer_words
        ) / len(answer_words)
        if (
            not matched
            or max(answer_share, title_share) < self._min_coverage
            or title_share < self._min_title_share
        ):
            return 0.0
        return sum(self._weight[word] for word in matched)


def _content_words(text: str) -> list[str]:
    return [word for word in words(text) if len(word) >= MIN_WORD_LENGTH and not word.isdigit()]
