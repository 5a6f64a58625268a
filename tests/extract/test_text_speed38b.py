"""Session 38's speed changes (helper b) give the answers of the code they replaced: each old
form is kept here as the reference and asked of varied inputs (ASCII, marks, other scripts,
spaces of every kind, empty, long)."""

from __future__ import annotations

import dataclasses
import random
import re
from bisect import bisect_left
from itertools import accumulate

import pytest

from newsdesk.extract import composed, language
from newsdesk.extract.dates import opens_month_year
from newsdesk.extract.text import lines, scan_answers, unwrap, wrap_width
from newsdesk.extract.text.lines import (
    _BARE,
    _BULLET,
    _BULLET_FIRST,
    _BUTTON,
    _IMAGE_PREFIX,
    Line,
    _buttons_off,
    _shape,
    _split_glued,
    traits_of,
)
from newsdesk.extract.text.plain_patterns import is_plain
from newsdesk.extract.text.scan_answers import DATABLE_HIT
from newsdesk.extract.text.unwrap import WRAP_JOIN, _unwrap_blocks, line_indent

_OLD_BARE_BULLET = re.compile(r"^[•*□+\-▪◦·○●■‣–]$")


def _old_shape(s: str, wrapped: bool):
    """lines._shape before session 38 (normalise made no-break spaces spaces first)."""
    stripped = s.strip()
    if not stripped:
        return None
    if _BUTTON in stripped:
        stripped = _buttons_off(stripped)
    first = stripped[0]
    if first in _BULLET_FIRST:
        if len(stripped) == 1 and _OLD_BARE_BULLET.match(stripped):
            return _BARE
        if first.isdigit() and stripped[1:2] not in ".)" and stripped[2:3] not in ".)":
            m = None
        else:
            m = _BULLET.match(stripped)
        if m and first.isdigit() and opens_month_year(stripped[m.end() :]):
            m = None
    else:
        m = None
    if "\t" in s:
        s = s.expandtabs(4)
    indent = len(s) - len(s.lstrip())
    marked = False
    if m:
        marked = True
        stripped = stripped[m.end() :].strip()
        while (stripped[0] in _BULLET_FIRST or stripped[0].isdigit()) and (
            m := _BULLET.match(stripped)
        ):
            stripped = stripped[m.end() :].strip()
    if stripped[0] == "[":
        stripped = _IMAGE_PREFIX.sub("", stripped)
    # (the rest as it stands in lines._shape, written here in another form)
    joins = tuple(i for i, ch in enumerate(stripped) if wrapped and ch == WRAP_JOIN)
    stripped = stripped.replace(WRAP_JOIN, " ") if joins else stripped
    parts = _split_glued(stripped) if stripped.endswith("ago") else [stripped]
    date = traits_of(parts[1]) if len(parts) == 2 else None
    return traits_of(parts[0]), indent, marked, () if date else joins, date


def _plain(shape):
    """A shape with its Traits as their texts."""
    if not isinstance(shape, tuple):
        return shape
    traits, indent, marked, joins, date = shape
    return traits.text, indent, marked, joins, None if date is None else date.text


_SPACES = [" ", "  ", "\t", "\u00a0", "\u2003", "\u3000", "\x1c", "\x85", " \t "]
_MARKS = [*"•*□+-▪◦·○●■‣–—", "1.", "12)", "3", "14.", "7:", "1)"]
_WORDS = [
    "Share",
    "LIVE",
    "news",
    "Über uns",
    "Новости дня",
    "東京",
    "Mai 2019",
    "[photo.jpg]",
    "[12]Ports",
    "(BUTTON)",
    "time4 hours ago",
    "Al Mayadeen4 days ago",
    "x",
    "é",
    "’quoted’",
    "a\x01b",
    "",
]


def _random_lines(count: int, seed: int) -> list[str]:
    rng = random.Random(seed)
    out = []
    for _ in range(count):
        parts = []
        for _ in range(rng.randint(0, 6)):
            kind = rng.random()
            if kind < 0.4:
                parts.append(rng.choice(_MARKS))
            elif kind < 0.8:
                parts.append(rng.choice(_WORDS))
            else:
                parts.append(rng.choice(_SPACES))
            if rng.random() < 0.7:
                parts.append(rng.choice(_SPACES))
        line = "".join(parts)
        if rng.random() < 0.05:
            line = line * 40  # long
        out.append(line)
    return out


_FIXED = [
    "",
    " ",
    "\t",
    "•",
    "  •  ",
    "• x",
    "•x",
    "•\u00a0Item",
    "• • LIVE",
    "•   - 1. nested",
    "- ",
    "-- rule",
    "– dash item",
    "5",
    "5.",
    "14. Mai 2019",
    "14. Dezember: Termin",
    "1. First item",
    "12) Twelfth",
    "123. no item",
    "2024 was a year",
    "\t• tabbed",
    " \t  mixed indent",
    "   [photo.jpg] Caption here",
    "[image] • text",
    "(BUTTON) Share",
    "Share (BUTTON) Email (BUTTON)",
    "The end. (BUTTON)",
    "Al Mayadeen4 days ago",
    "• time9 hours ago",
    "   Новости • дня",
    "•\u00a0\u00a0Item\u00a0with no-break spaces\u00a0",
    "\u00a0•\u00a0nested\u00a0•\u00a0items",
    "14.\u00a0Mai\u00a02019",
    "3.\u00a0Juni\u00a02020 Termin",
    "[photo.jpg]\u00a0Caption",
    "(BUTTON)\u00a0Teilen",
    "Share\u00a0(BUTTON)\u00a0Email (BUTTON)",
    "Ende.\u00a0(BUTTON)",
    "Al\u00a0Mayadeen4\u00a0days\u00a0ago",
    "time\u00a09 hours ago",
    "a\u00a0b\x01c\u00a0d",
    "\u3000\u3000東京の天気",
    "\u00a0\u00a0indented by no-break spaces",
    "a" * 5000,
    "•\u2003" + "word " * 300,
]


@pytest.mark.parametrize("wrapped", [False, True])
def test_shape_as_before(wrapped: bool) -> None:
    for s in _FIXED + _random_lines(3000, 38 + wrapped):
        # normalise made a page's no-break spaces spaces before the shapes were read
        old = _old_shape(s.replace("\u00a0", " "), wrapped)
        assert _plain(_shape(s, wrapped)) == _plain(old), repr(s)


@pytest.mark.parametrize("wrapped", [False, True])
def test_shape_without_the_page_s_tabs_and_no_break_spaces(wrapped: bool) -> None:
    """normalise tells _shape the page holds no tab, no no-break space: a line of it then
    reads as it does when they are looked for."""
    for s in _FIXED + _random_lines(3000, 380 + wrapped):
        if "\t" not in s and "\u00a0" not in s:
            assert _plain(_shape(s, wrapped, False, False)) == _plain(_shape(s, wrapped)), repr(s)
        if "\t" not in s:
            assert _plain(_shape(s, wrapped, False, True)) == _plain(_shape(s, wrapped)), repr(s)
        if "\u00a0" not in s:
            assert _plain(_shape(s, wrapped, True, False)) == _plain(_shape(s, wrapped)), repr(s)


def _old_line_indent(s: str) -> int:
    return len(s) - len(s.lstrip()) if s[:1].isspace() else 0


def test_line_indent_as_before() -> None:
    for code in range(0x110000):
        if not 0xD800 <= code <= 0xDFFF:
            for s in (chr(code), chr(code) + "x", chr(code) + " x"):
                assert line_indent(s) == _old_line_indent(s), hex(code)
    for s in [*_FIXED, "\x7fdel", "\x80x", "\x85next", "\xa0nbsp", "é", *_random_lines(2000, 7)]:
        assert line_indent(s) == _old_line_indent(s), repr(s)


def _old_unwrap_blocks(raw: list[str]) -> tuple[list[str], bool]:
    blocks = []  # (start, end) of each block the old loop asked
    i = 0
    while i < len(raw):
        s, end, lower = raw[i], i + 1, False
        if s and not s.isspace():
            indent = _old_line_indent(s)
            while end < len(raw) and len(raw[end]) > indent:
                t = raw[end]
                if t[indent].isspace() or (indent and not t[:indent].isspace()):
                    break
                lower = lower or t[indent].islower()
                end += 1
        if lower:
            blocks.append((i, end))
        i = end
    out = list(raw)
    joined = False
    for start, end in reversed(blocks):
        block = unwrap._unwrap_block(raw[start:end])
        joined = joined or len(block) < end - start
        out[start:end] = block
    return (out if blocks else raw), joined


_PROSE = [
    *[
        "the",
        "harbour",
        "reopened",
        "on",
        "monday",
        "after",
        "a",
        "week",
        "of",
        "repairs",
        "to",
        "the",
        "quay",
        "and",
        "the",
        "first",
    ],
    *[
        "ferries",
        "ran",
        "to",
        "the",
        "islands",
        "with",
        "few",
        "passengers",
        "aboard",
        "while",
        "crews",
        "checked",
    ],
    *[
        "moorings",
        "again.",
        "Officials",
        "said",
        "the",
        "work",
        "would",
        "go",
        "on.",
        "élan",
        "über",
        "ñandú",
        "Ärger",
    ],
]


def _random_dump(seed: int) -> list[str]:
    rng = random.Random(seed)
    out = []
    for _ in range(rng.randint(0, 60)):
        margin = rng.choice(["", "", "   ", "\u00a0\u00a0\u00a0", " \t ", "  "])
        if rng.random() < 0.15:
            out.append(rng.choice(["", "   ", margin]))
            continue
        words = [rng.choice(_PROSE) for _ in range(rng.randint(1, 14))]
        if rng.random() < 0.3:
            words[0] = words[0].capitalize()
        out.append(margin + " ".join(words))
    return out


def test_unwrap_blocks_as_before() -> None:
    for seed in range(400):
        raw = _random_dump(seed)
        assert _unwrap_blocks(list(raw)) == _old_unwrap_blocks(list(raw)), seed


class _FakeDatabase:
    """Reports each (bit, end) of `hits` through the callback, in the order given."""

    def __init__(self, hits: list[tuple[int, int]]) -> None:
        self.hits = hits

    def scan(self, data: bytes, callback, context) -> None:
        for bit, end in self.hits:
            assert 0 < end <= len(data)
            callback(bit, 0, end, 0, context)


def test_scan_answers_lines_as_bisect() -> None:
    """Each match's bits go to the line bisect_left(past ends, end + 1) names, whatever order
    the ends are reported in (Hyperscan's is by end; shuffled here too)."""
    rng = random.Random(38)
    bits = [1 << k for k in range(12)] + [1 << scan_answers.SCAN_KEYS_SHIFT, DATABLE_HIT]
    for round_ in range(60):
        texts = [
            f"{round_} {k} " + "".join(rng.choice("ab ’é—x") for _ in range(rng.randint(0, 30)))
            for k in range(rng.randint(1, 25))
        ]
        texts = [t for t in dict.fromkeys(texts) if is_plain(t)]  # the scan's: plain ones
        if not texts:
            continue
        data = b"\n".join(t.encode() for t in texts)
        past_ends = list(accumulate(len(t.encode()) + 1 for t in texts))
        hits = []
        for _ in range(rng.randint(0, 40)):
            end = rng.randint(1, len(data))
            if data[end - 1 : end] != b"\n":  # a match never ends past its line's newline
                hits.append((rng.choice(bits), end))
        if round_ % 2:
            rng.shuffle(hits)
        else:
            hits.sort(key=lambda hit: hit[1])
        expected = [0] * len(texts)
        for bit, end in hits:
            expected[bisect_left(past_ends, end + 1)] |= bit
        made = [Line(t) for t in texts]
        scan_answers.scan_traits(made, _FakeDatabase(hits))
        for line, answer in zip(made, expected, strict=True):
            assert line.traits.marks == answer & 0xFFF
            assert line.traits.keys == (answer >> scan_answers.SCAN_KEYS_SHIFT) & 1
            assert line.traits.datable == (answer & DATABLE_HIT != 0)


def _run_complements(run: re.Pattern[str], search: re.Pattern[str], texts: list[str]) -> None:
    """`run` (a possessive run matched whole) matches a character exactly where `search` does
    not (every code point), and a text whole exactly where `search` finds nothing in it."""
    for code in range(0x110000):
        ch = chr(code)
        assert (run.fullmatch(ch) is None) == (search.match(ch) is not None), hex(code)
    for s in texts:
        assert (run.fullmatch(s) is None) == (search.search(s) is not None), s


def test_no_wide_run_is_the_complement_of_wide() -> None:
    texts = ["", "abc", "東京 news", "a\U0001f600b", "\uff61x", "Новости — дня", "a" * 3000]
    _run_complements(wrap_width._NO_WIDE, wrap_width._WIDE, texts)


class _Recorder:
    def __init__(self, fail: bool = False) -> None:
        self.data: list[bytes] = []
        self.fail = fail

    def scan(self, data: bytes, callback, context) -> None:
        self.data.append(data)
        if self.fail:
            raise RuntimeError("scan failed")


def test_scan_asks_each_text_once_in_order_and_undoes_a_failed_scan() -> None:
    texts = ["speed38b one", "speed38b two", "speed38b one", "speed38b – three", "speed38b two"]
    made = [Line(t) for t in texts]
    made.append(Line("speed38b é not plain"))
    recorder = _Recorder()
    scan_answers.scan_traits(made, recorder)
    assert recorder.data == ["speed38b one\nspeed38b two\nspeed38b – three".encode()]
    assert all(line.traits.marks == 0 for line in made[:5])
    assert made[5].traits.marks is None
    # asked again: nothing left to ask
    scan_answers.scan_traits(made, recorder)
    assert len(recorder.data) == 1
    failing = [Line("speed38b four"), Line("speed38b five"), Line("speed38b four")]
    with pytest.raises(RuntimeError):
        scan_answers.scan_traits(failing, _Recorder(fail=True))
    assert all(line.traits.marks is None for line in failing)
    newline = [Line("speed38b six"), Line("speed38b seven\nand more")]
    scan_answers.scan_traits(newline, _Recorder())
    assert all(line.traits.marks is None for line in newline)


def test_spaced_only_is_the_complement_of_unspaced_or_split() -> None:
    texts = ["", "été", "Новости дня", "a\u00a0b", "東京 x", "x\u3000y", "’quoted’ " * 500]
    _run_complements(lines._SPACED_ONLY, lines._UNSPACED_OR_SPLIT, texts)
    for s in texts:  # count_words as it was: split, and the unspaced runs' words added
        words = len(s.split()) + sum(
            len(run) // (2 if run[0] >= "\u3040" else 4) for run in lines._UNSPACED.findall(s)
        )
        assert lines.count_words(s) == words, s


@dataclasses.dataclass
class _Record:
    name: str = "x"


def test_is_record_as_is_dataclass() -> None:
    values = [_Record(), _Record, 3, 2.5, True, (1, 2), {"a": 1}, b"x", type, object(), _Record()]
    for value in values * 2:  # the second time from the cache
        expected = dataclasses.is_dataclass(value) and not isinstance(value, type)
        assert composed._is_record(value) == expected, value


def _old_guess(text: str, sample: int = 6_000) -> str | None:
    """language.guess_language as it was: _settled asked after every piece but the last."""
    start = max(0, len(text) // 3 - sample // 2)
    end = min(len(text), start + sample)
    tokens: dict[str, int] = {}
    at = start
    while at < end:
        stop = text.find(" ", at + language._PIECE, end)
        stop = end if stop < 0 else stop
        for word in filter(None, map(language._FUNCTION_FORMS.get, text[at:stop].split())):
            tokens[word] = tokens.get(word, 0) + 1
        at = stop
        if at < end and language._settled(tokens):
            break
    scores = language._scores(tokens)
    best = max(scores.values(), default=0)
    leader = next((lang for lang, score in scores.items() if score == best), None)
    return leader if tokens and best >= 5 else None


def test_guess_language_as_before() -> None:
    """guess_language asks _settled only once as many function words as it needs were read
    (the leading language has no more): the same guesses."""
    rng = random.Random(3)
    words = [w for ws in language._WORDS.values() for w in ws]
    fillers = ["Haus", "news", "x" * 9, "Zeitung", "данные", "2024", "—"]
    for n in range(400):
        few = rng.sample(words, rng.randint(1, 12))  # pages of few function words too
        share = rng.choice([0.02, 0.1, 0.3, 0.8])  # and of few among other words
        pool = few if n % 2 else words
        text = " ".join(
            rng.choice(pool) if rng.random() < share else rng.choice(fillers)
            for _ in range(rng.randint(0, 4000))
        )
        assert language.guess_language(text) == _old_guess(text)


def test_settled_needs_as_many_function_words() -> None:
    """The premise of guess_language's count: _settled is False while fewer than _SETTLED
    function words were read (the leader's score is at most their number)."""
    rng = random.Random(30)
    words = sorted(language._LANGUAGES_OF)
    for _ in range(3000):
        tokens: dict[str, int] = {}
        for _ in range(rng.randint(0, 12)):
            word = rng.choice(words)
            tokens[word] = tokens.get(word, 0) + rng.randint(1, 6)
        if sum(tokens.values()) < language._SETTLED:
            assert not language._settled(tokens)
