"""A reference text another reading of the page gives (trafilatura's main text, the JSON-LD
``articleBody``), held as 4-token shingles to test the blocks against: does it say a block?
"""

from __future__ import annotations

from newsdesk.eval.metrics import SHINGLE_SIZE, tokens


class ReferenceText:
    """A reference text as 4-token shingles (and whole short lines), to test blocks against.

    A shingle is kept as one int, not as its words joined by spaces: each distinct word of the
    text has a number (its rank of first appearance) and a shingle is its four numbers as the
    digits of one int, in base the count of distinct words. Tokens hold no space, so two
    shingles join to the same string exactly when their words are the same, which is when
    their numbers are; a block's word the text never says is in none of its shingles.
    Building and hashing ints is a fraction of the cost of building and hashing the joined
    strings (the reference texts run to thousands of words)."""

    def __init__(self, text: str) -> None:
        # The text's tokens are its lines' tokens end to end (no line break is a word
        # character), so each line is tokenized once for both sets.
        lines = [tokens(line) for line in text.splitlines()]
        self.short = {" ".join(line) for line in lines}
        ids: dict[str, int] = {}
        codes: list[int] = []
        for line in lines:
            for word in line:
                code = ids.get(word)
                if code is None:
                    code = len(ids)
                    ids[word] = code
                codes.append(code)
        self.ids = ids
        self.base = max(len(ids), 1)
        # As eval.metrics.shingles counts them: a text shorter than a shingle is one, which no
        # block of a shingle's length or more can be.
        self.grams = _coded_grams(codes, self.base)

    def covers(self, words: list[str]) -> bool:
        """Whether half the block's 4-token shingles are in the text (a block shorter than a
        shingle: whether the text has a line of just its words)."""
        if len(words) < SHINGLE_SIZE:
            return bool(words) and " ".join(words) in self.short
        # hit / total >= 0.5 exactly when hit reaches ceil(total / 2): decided as soon as that
        # many shingles are found, or one more than the rest are missing (about half of each
        # block's shingles are looked up, not all).
        total = len(words) - SHINGLE_SIZE + 1
        need = total - total // 2
        spare = total - need  # misses that still leave `need` possible
        ids = self.ids
        codes = [ids.get(word, -1) for word in words]
        grams = self.grams
        base = self.base
        for i in range(total):
            a, b, c, d = codes[i], codes[i + 1], codes[i + 2], codes[i + 3]
            if (
                a >= 0
                and b >= 0
                and c >= 0
                and d >= 0
                and ((a * base + b) * base + c) * base + d in grams
            ):
                need -= 1
                if need == 0:
                    return True
            else:
                spare -= 1
                if spare < 0:
                    return False
        return need <= 0


# ReferenceText spells a shingle's four words out.
assert SHINGLE_SIZE == 4, "ReferenceText codes shingles of four words"


def _coded_grams(codes: list[int], base: int) -> set[int]:
    """The 4-token shingles of a run of word numbers, each as one int in ``base``."""
    grams: set[int] = set()
    for i in range(len(codes) - SHINGLE_SIZE + 1):
        grams.add(((codes[i] * base + codes[i + 1]) * base + codes[i + 2]) * base + codes[i + 3])
    return grams
