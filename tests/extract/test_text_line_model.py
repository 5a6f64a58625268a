"""The text reader's learned line scores (newsdesk/extract/text/line_model.py): the model file,
the features it is applied to (line_features.py), and the net it draws under the hand-scored
choice of the story and its trims (model_choice.py, model_trim.py; pages written here, about
fictional outlets)."""

from __future__ import annotations

import json
import math
from pathlib import Path

import pytest

from newsdesk.extract.text import line_features, line_model, model_choice, model_trim, page_scan
from newsdesk.extract.text.line_score import line_score
from newsdesk.extract.text.lines import Line, normalise
from newsdesk.extract.text.region import choose_region
from newsdesk.extract.text.weigh import weigh
from tests.extract.test_text_body import STORY, body_of, page, para

MENU = [f"Section {name}" for name in ("Harbour", "Weather", "Ferries", "Markets", "Opinion")]


def _read(text: str) -> tuple[list[Line], list[float], list[float]]:
    """The lines of a page with their hand scores and weighed scores, as the reader has them."""
    lines = normalise(text)
    page_scan.scan_page(lines)
    scores = [line_score(line) for line in lines]
    return lines, scores, weigh(lines, scores)


def test_the_model_file_loads_and_weighs_the_readers_features() -> None:
    model = line_model.load()
    assert len(model.text_weights) == len(line_features.TEXT_FEATURES + line_features.WORD_FEATURES)
    assert len(model.line_weights) == len(line_features.LINE_FEATURES)
    data = json.loads(line_model.MODEL_FILE.read_text(encoding="utf-8"))
    assert data["features"] == list(line_features.FEATURES)
    assert "bench/train_line_model.py fit" in data["trained"]["command"]


def test_every_line_gets_every_feature_and_a_log_odds() -> None:
    text = page("Harbour Times", *MENU, "Harbour reopens after the storm", "3 March 2025",
                *STORY, "Most Read", "Crane breaks down at dawn")  # fmt: skip
    lines, scores, weighed = _read(text)
    rows = line_model.features(lines, scores, weighed)
    assert len(rows) == len(lines)
    assert all(len(row) == len(line_features.FEATURES) for row in rows)
    assert all(math.isfinite(v) for row in rows for v in row)
    learned = model_choice.learned_scores(lines, scores, weighed)
    by_text = dict(zip((line.text for line in lines), learned, strict=True))
    # A paragraph of the story is likelier the story's than a menu item or a list header.
    assert by_text[STORY[2]] > 0 > by_text["Section Weather"]
    assert by_text[STORY[2]] > by_text["Most Read"]


def test_a_chrome_stretch_the_hand_choice_takes_gives_way_to_the_story() -> None:
    """However the hand scores went wrong, a stretch the model weighs as no story gives way to
    one apart from it that the model weighs as a story by far."""
    text = page("Harbour Times", *MENU, *MENU[::-1], "Harbour reopens after the storm",
                "By Ann Example", "3 March 2025", *STORY, "Most Read")  # fmt: skip
    lines, scores, weighed = _read(text)
    menu = (1, 1 + 2 * len(MENU))

    def wrong_hand(lines: list[Line], values: list[float]) -> tuple[int, int] | None:
        # The hand scores' choice gone wrong (a menu); over the model's values, the same rules.
        return menu if values is weighed else choose_region(lines, values)

    assert wrong_hand(lines, weighed) == menu
    chosen = model_choice.choose(lines, scores, weighed, wrong_hand)
    assert chosen is not None and chosen != menu
    texts = [line.text for line in lines[chosen[0] : chosen[1]]]
    assert all(paragraph in texts for paragraph in STORY)
    assert chosen[0] > len(MENU)  # the first menu, at least, stays out


def test_the_hand_choice_stands_where_the_model_sees_a_story_in_it() -> None:
    """A short story the model doubts line by line is still the story when nothing apart from
    it reads as one: the net changes only choices the model finds no story in."""
    headlines = [f"Headline {n} of the day" for n in range(8)]
    text = page("Harbour Times", *MENU, "Harbour reopens after the storm", "3 March 2025",
                *STORY[:2], "Most Read", *headlines)  # fmt: skip
    lines, scores, weighed = _read(text)
    hand = choose_region(lines, weighed)
    assert hand is not None
    assert model_choice.choose(lines, scores, weighed, choose_region) == hand


def test_a_page_read_whole_keeps_its_story() -> None:
    teasers = [para(300 + n, f"teaser {n}") for n in range(3)]
    text = page("Harbour Times", *MENU, "Harbour reopens after the storm", "By Ann Example",
                "3 March 2025", *STORY, "More stories", *teasers)  # fmt: skip
    body = body_of(text)
    assert body.startswith("Paragraph 1 about the harbour") and "teaser" not in body


def test_a_missing_model_file_is_a_clear_error(tmp_path: Path) -> None:
    missing = tmp_path / "line_model.json"
    with pytest.raises(line_model.LineModelError, match=r"line_model\.json.*missing"):
        line_model.load(missing)


_FEATURES = list(line_features.FEATURES)
_WRONG_FEATURES = {"format": line_model.FORMAT, "features": ["words"], "weights": [1.0]}
_WORD_WEIGHTS = {"format": line_model.FORMAT, "features": _FEATURES, "weights": ["heavy"] * 47}
_GOOD_WEIGHTS = {"format": line_model.FORMAT, "features": _FEATURES, "weights": [0.0] * 51}


@pytest.mark.parametrize(
    "content, problem",
    [
        ("{not json", "not readable JSON"),
        ('{"format": "something-else"}', "not a line model"),
        (json.dumps({**_WRONG_FEATURES, "intercept": 0.0}), "features are not the reader's"),
        (json.dumps({**_WORD_WEIGHTS, "intercept": 0.0}), "not finite numbers"),
        (
            json.dumps({**_GOOD_WEIGHTS, "intercept": 0.0, "lexicon": {"subscribe": "chrome"}}),
            "lexicon is not words with finite numbers",
        ),
        (json.dumps({**_GOOD_WEIGHTS, "intercept": 0.0, "lexicon": ["subscribe"]}), "lexicon"),
    ],
)
def test_a_malformed_model_file_is_a_clear_error(tmp_path: Path, content: str, problem: str):
    path = tmp_path / "line_model.json"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(line_model.LineModelError, match=problem) as caught:
        line_model.load(path)
    assert str(path) in str(caught.value)


def test_the_early_answer_about_a_stretch_is_that_of_the_full_sum() -> None:
    """_story_by_model stops asking once the lines left could not change its answer: the same
    answer as summing every line's value, whatever the stretch."""
    text = page("Harbour Times", *MENU, "Harbour reopens after the storm", "3 March 2025",
                *STORY, "Most Read", *[f"Headline {n} of the day" for n in range(8)])  # fmt: skip
    lines, scores, weighed = _read(text)
    values = model_choice.stretch_values(
        lines, weighed, model_choice.learned_scores(lines, scores, weighed)
    )
    spans = [(a, b) for a in range(len(lines)) for b in range(a + 1, len(lines) + 1)]
    spans = [span for span in spans if min(weighed[span[0] : span[1]]) > -60]
    assert any(sum(values[a:b]) > 0 for a, b in spans)
    assert any(sum(values[a:b]) <= 0 for a, b in spans)
    for floor in (0.0, model_choice.SURE):
        for a, b in spans:
            early = model_choice._story_by_model(lines, scores, weighed, (a, b), floor)
            assert early is (sum(values[a:b]) > floor), (a, b, floor)


def _span_of(lines: list[Line], first: str, last: str) -> tuple[int, int]:
    texts = [line.text for line in lines]
    return texts.index(first), texts.index(last) + 1


def test_a_stretch_cut_short_grows_where_the_model_sees_the_story_go_on() -> None:
    """A stretch the hand scores stopped at a short line inside the story (here a caption)
    grows over the paragraphs beyond it, both ways; the menu and the list stay out."""
    text = page("Harbour Times", *MENU, "Harbour reopens after the storm", "By Ann Example",
                "3 March 2025", *STORY[:3], "Photo: the quay at dawn", *STORY[3:],
                "Most Read", *[f"Headline {n} of the day" for n in range(8)])  # fmt: skip
    lines, scores, weighed = _read(text)
    head = _span_of(lines, STORY[0], STORY[2])
    tail = _span_of(lines, STORY[3], STORY[5])
    whole = (head[0], tail[1])
    assert model_choice.extend(lines, scores, weighed, head) == whole
    first, last = model_choice.extend(lines, scores, weighed, tail)
    assert len(MENU) < first <= head[0] and last == tail[1]  # the date may come along
    assert model_choice.extend(lines, scores, weighed, whole) == whole


def test_a_stretch_grows_over_two_paragraphs_left_below_a_caption() -> None:
    """Two paragraphs of the story below a caption, then the page's list: the model weighs
    them at less than 40 words' evidence, enough to be the story going on."""
    text = page("Harbour Times", *MENU, "Harbour reopens after the storm", "By Ann Example",
                "3 March 2025", *STORY[:3], "Photo: the quay at dawn", *STORY[3:5],
                "Most Read", *[f"Headline {n} of the day" for n in range(8)])  # fmt: skip
    lines, scores, weighed = _read(text)
    head = _span_of(lines, STORY[0], STORY[2])
    assert model_choice.extend(lines, scores, weighed, head) == (head[0], head[1] + 3)


def test_a_stretch_does_not_grow_into_readers_comments_or_past_a_footer() -> None:
    comments = [para(200 + n, f"comment {n}") for n in range(4)]
    text = page("Harbour Times", "Harbour reopens after the storm", "3 March 2025",
                *STORY, "Comments", *comments, "Copyright 2025 Harbour Times",
                *[para(400 + n, "the footer") for n in range(3)])  # fmt: skip
    lines, scores, weighed = _read(text)
    story = _span_of(lines, STORY[0], STORY[5])
    assert model_choice.extend(lines, scores, weighed, story) == story
    replies = _span_of(lines, comments[0], comments[3])
    assert model_choice.extend(lines, scores, weighed, replies)[1] == replies[1]


def test_growth_can_be_turned_off(monkeypatch: pytest.MonkeyPatch) -> None:
    text = page("Harbour Times", "Harbour reopens after the storm", "3 March 2025",
                *STORY[:3], "Photo: the quay at dawn", *STORY[3:])  # fmt: skip
    lines, scores, weighed = _read(text)
    head = _span_of(lines, STORY[0], STORY[2])
    monkeypatch.setattr(model_choice, "REACH", 0)
    assert model_choice.extend(lines, scores, weighed, head) == head


_BOX = ["Trending Stories", "Crane breaks down at dawn", "Gulls return to the pier",
        "More from Harbour Times", "Tide tables for the week",
        "Story continues below advertisement"]  # fmt: skip


def test_a_story_split_by_a_box_of_other_stories_grows_back_across_it() -> None:
    """The hand scores stop at a list's header dropped into the story; walking up, the model
    sees the story's first paragraphs beyond the box and the stretch takes them in."""
    story = STORY + [para(n) for n in range(7, 10)]
    text = page("Harbour Times", *MENU, "Harbour reopens after the storm", "By Ann Example",
                "3 March 2025", *story[:5], *_BOX, *story[5:], "Most Read",
                *[f"Headline {n} of the day" for n in range(8)])  # fmt: skip
    lines, scores, weighed = _read(text)
    tail = _span_of(lines, story[5], story[8])
    first, last = model_choice.extend(lines, scores, weighed, tail)
    assert len(MENU) < first <= _span_of(lines, story[0], story[0])[0] and last == tail[1]
    body = body_of(text)
    assert all(paragraph in body for paragraph in story) and "Gulls return" not in body


def test_a_stretch_does_not_grow_down_across_a_list_nor_up_across_the_pages_own() -> None:
    """Below the story, past a list, stand the page's closing lists and its legal notes; above
    it, past "Most Read", never the story's own start."""
    notes = [para(500 + n, "the legal notes") for n in range(6)]
    story = STORY + [para(n) for n in range(7, 10)]
    text = page("Harbour Times", *story[:5], "Most Read", "Crane breaks down at dawn",
                *story[5:], *_BOX, *notes)  # fmt: skip
    lines, scores, weighed = _read(text)
    tail = _span_of(lines, story[5], story[8])
    assert model_choice.extend(lines, scores, weighed, tail) == tail


def _pipes_model() -> line_model.LineModel:
    """A model that rates a line with " | " in it (a row of links) clearly not the story and
    any other line likely the story's: to see what trim_head does with what a model says."""
    weights = [0.0] * len(line_features.FEATURES)
    weights[line_features.FEATURES.index("pipes")] = -12.0
    return line_model.LineModel(weights, 3.0)


_LINKS = ["Photos | Video | Live", "Harbour | Ferries | Weather", "Share | Print | Email"]


def test_the_head_of_a_stretch_gives_up_the_lines_the_model_rates_clearly_not_the_story(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(line_model, "model", _pipes_model)
    text = page("Harbour Times", "Harbour reopens after the storm", *_LINKS, *STORY)
    lines, scores, weighed = _read(text)
    span = _span_of(lines, _LINKS[0], STORY[5])
    known = model_choice.page_values(lines, scores, weighed)
    assert model_trim.trim_head(span, known) == _span_of(lines, STORY[0], STORY[5])
    assert model_trim.trim_head(None, known) is None
    story = _span_of(lines, STORY[0], STORY[5])
    assert model_trim.trim_head(story, known) == story  # nothing to give up
    # Beyond its reach, or with fewer than three lines left, the stretch stays as it is.
    monkeypatch.setattr(model_trim, "TRIM_REACH", 2)
    assert model_trim.trim_head(span, known) == span
    monkeypatch.setattr(model_trim, "TRIM_REACH", 8)
    short = _span_of(lines, _LINKS[0], STORY[1])
    assert model_trim.trim_head(short, known) == short


def test_a_paragraph_at_the_head_stays_whatever_the_model_says(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A lead the model doubts (here: it has a pipe in it) is prose: the trim stops there."""
    monkeypatch.setattr(line_model, "model", _pipes_model)
    lead = para(300, "the lead") + " Harbour | Ferries."
    text = page("Harbour Times", "Harbour reopens after the storm", _LINKS[0], lead, *STORY)
    lines, scores, weighed = _read(text)
    span = _span_of(lines, _LINKS[0], STORY[5])
    assert model_trim.trim_head(span, model_choice.page_values(lines, scores, weighed)) == span
    # Unless the model rates it below TRIM_PROSE (off by default: cross-validation did not take
    # it, bench/train_line_model.py cv --set TRIM_PROSE=0.2).
    monkeypatch.setattr(model_trim, "TRIM_PROSE", 0.2)
    trimmed = model_trim.trim_head(span, model_choice.page_values(lines, scores, weighed))
    assert trimmed == _span_of(lines, STORY[0], STORY[5])


def test_the_tail_of_a_stretch_is_trimmed_only_when_asked(monkeypatch: pytest.MonkeyPatch) -> None:
    """trim_tail mirrors trim_head from the last line up; TAIL_REACH 0 (as shipped: tail trims
    lost pages under cross-validation) leaves the stretch as it is."""
    monkeypatch.setattr(line_model, "model", _pipes_model)
    text = page("Harbour Times", "Harbour reopens after the storm", *STORY, *_LINKS, "Most Read")
    lines, scores, weighed = _read(text)
    span = _span_of(lines, STORY[0], _LINKS[2])
    known = model_choice.page_values(lines, scores, weighed)
    assert model_trim.trim_tail(span, known) == span
    monkeypatch.setattr(model_trim, "TAIL_REACH", 8)
    assert model_trim.trim_tail(span, known) == _span_of(lines, STORY[0], STORY[5])
    assert model_trim.trim_tail(None, known) is None


def test_features_a_model_does_not_weigh_are_not_worked_out() -> None:
    """The shipped model weighs neither the words nor cohesion (cross-validation by site did
    not take them): reading does not tokenise for them. A model that weighs them does."""
    weights = [0.0] * len(line_features.FEATURES)
    plain = line_model.LineModel(weights, 0.0, {"newsletter": 3.0})
    assert not plain.words and not plain.cohesion
    weights[line_features.FEATURES.index("chrome_words")] = 1.0
    weights[line_features.FEATURES.index("cohesion")] = 1.0
    both = line_model.LineModel(weights, 0.0, {"newsletter": 3.0})
    assert both.words and both.cohesion
    assert not line_model.LineModel(weights, 0.0, {}).words  # no lexicon, no words


def test_cohesion_is_the_share_of_a_lines_words_the_pages_core_uses_too() -> None:
    teasers = ["Lottery numbers announced for Saturday", "Celebrity chef opens bistro"]
    text = page("Harbour Times", *MENU, "Harbour reopens after the storm", *STORY, *teasers)
    lines, scores, weighed = _read(text)
    rows = line_model.features(lines, scores, weighed)
    cohesion = {
        line.text: row[line_features.FEATURES.index("cohesion")]
        for line, row in zip(lines, rows, strict=True)
    }
    assert cohesion[STORY[1]] > 0.5  # the story's paragraphs share their words
    assert cohesion[teasers[1]] == 0.0


def test_a_lines_words_are_read_against_the_lexicon() -> None:
    """Letters only, lowercased, in any script; a word the lexicon does not know counts 0."""
    assert line_features.words_of("Sign up: the Daily8 newsletter, Москва 2025") == [
        "sign", "up", "the", "daily", "newsletter", "москва",
    ]  # fmt: skip
    lexicon = {"sign": 1.5, "newsletter": 2.5, "the": -1.2, "москва": 0.2}
    chrome_words, chrome_share, story_share, top = line_features.word_features(
        "Sign up for the newsletter", lexicon
    )
    assert chrome_words == pytest.approx((1.5 + 2.5 - 1.2) / 5)
    assert (chrome_share, story_share, top) == (2 / 5, 1 / 5, 2.5 / 4)
    assert line_features.word_features("2025 — 10:45", lexicon) == [0.0] * 4
    assert line_features.word_features("Sign up", {}) == [0.0] * 4


def test_the_model_files_lexicon_is_generic_words_only() -> None:
    """The lexicon ships with the model: words, each with a bounded value, no page text."""
    lexicon = line_model.load().lexicon
    assert all(line_features.words_of(word) == [word] for word in lexicon)
    assert all(-3.0 <= value <= 3.0 for value in lexicon.values())


@pytest.mark.parametrize(
    ("between", "hand_stands"),
    [("More News Stories", True), ("Editor's Picks", True), ("Our Harbour Sidebar Today", False)],
)
def test_the_net_does_not_swap_the_story_for_leads_under_the_pages_list(
    monkeypatch: pytest.MonkeyPatch, between: str, hand_stands: bool
) -> None:
    """A short story, then under the page's list of other stories the leads of longer ones:
    however little the model makes of the short story, a lead below the list is not it. With
    no such list between (a sidebar's heading), the net may still take the stretch below."""
    leads = [para(300 + n, "the cape") for n in range(4)]
    text = page("Harbour Times", "Harbour reopens after the storm", "By Ann Example",
                "3 March 2025", *STORY[:2], "Suggest a Correction", between,
                "Cape road closed", *leads)  # fmt: skip
    lines, scores, weighed = _read(text)
    ours = _span_of(lines, STORY[0], STORY[1])
    theirs = _span_of(lines, leads[0], leads[-1])

    def hand(lines: list[Line], values: list[float]) -> tuple[int, int] | None:
        return ours if values is weighed else theirs

    # The model doubts the short story (as it does some real ones).
    monkeypatch.setattr(model_choice, "_story_by_model", lambda *args: False)
    monkeypatch.setattr(model_choice, "extend", lambda lines, s, w, chosen, known: chosen)
    chosen = model_choice.choose(lines, scores, weighed, hand)
    assert (chosen == ours) is hand_stands, chosen


def _training_script(monkeypatch: pytest.MonkeyPatch):  # type: ignore[no-untyped-def]
    """bench/train_line_model.py as a module (its setting of NEWSDESK_PURE_PYTHON undone after);
    its parts are the modules of bench/line_model_fit (script.data, script.settings, ...)."""
    import importlib.util

    monkeypatch.setenv("NEWSDESK_PURE_PYTHON", "1")
    path = Path(__file__).resolve().parents[2] / "bench" / "train_line_model.py"
    spec = importlib.util.spec_from_file_location("train_line_model", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_training_script_reads_the_studied_parts_of_dates_only(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """odd-b stays held out: asked for it (or the whole odd half), the script refuses before
    reading a page."""
    script = _training_script(monkeypatch)
    for half in ("odd-b", "odd", "all"):
        with pytest.raises(ValueError, match="studied"):
            script.data.dates_dumps(half)


def test_odd_a_pages_are_grouped_by_their_site_like_the_even_halfs(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """With --with-odd-a, an odd-a page's fold is its site, from the dates set's urls."""
    script = _training_script(monkeypatch)
    truth_file = script.data.BENCH / "dates" / "ground-truth.json"
    if not truth_file.is_file():
        pytest.skip(f"{truth_file} absent")
    from newsdesk.eval import unseen

    name = unseen.load_pages(unseen.DEFAULT_DIR, "odd-a")[0][0]
    url = json.loads(truth_file.read_text(encoding="utf-8"))[name]["url"]
    found = script.sites.sites([("odd-a", name, "w3m", "", b"")])
    assert found == {("odd-a", name): script.sites.site_of(url)}
    assert "." in found[("odd-a", name)]


def test_fresh_pages_are_grouped_by_the_host_their_file_name_opens_with(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """With --with fresh-a, a fresh page's fold is the site its file name names (two pages of
    one site fall in one fold); a name with no host goes by its first word."""
    script = _training_script(monkeypatch)
    assert (
        script.sites.fresh_site("trafilatura__tidings-weekly.de.harvest.html")
        == "tidings-weekly.de"
    )
    assert script.sites.fresh_site("htmldate__blog.quillpost.com.html") == "quillpost.com"
    assert script.sites.fresh_site("trafilatura__blog.quillpost.com.notes.html") == "quillpost.com"
    assert script.sites.fresh_site("trafilatura__meadowgazette.co.uk.goats.html") == (
        "meadowgazette.co.uk"
    )
    assert script.sites.fresh_site("newspaper4k__harbourtimes.com1.html") == "harbourtimes.com"
    assert script.sites.fresh_site("newspaper4k__harbour_002.html") == "fresh-a/harbour"
    assert script.sites.fresh_site("newspaper4k__harbour_main_site.html") == "fresh-a/harbour"


def test_the_training_script_reads_the_fresh_sets_studied_half_only(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """fresh-b stays held out: the fresh pages are asked for by their even places alone."""
    script = _training_script(monkeypatch)
    asked = []

    def pages(directory: Path, half: str) -> list[tuple[str, bytes]]:
        asked.append(half)
        return []

    monkeypatch.setattr(script.data.unseen, "load_pages", pages)
    assert script.data.fresh_dumps() == []
    assert script.data.pages_of("fresh-a") == []
    assert asked == ["even", "even"]


def test_a_sound_only_sets_doubtful_pages_are_read_but_never_fitted_on(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """--sound-only fresh-a: a fresh page whose reference trafilatura disputes gives no line to
    the fits; --no-train keeps a whole set out of them; the rest is fitted on."""
    script = _training_script(monkeypatch)
    row = ([0.0], 1, 1.0, "A line of the story.")
    rows = [
        (("aeb", "a1", "w3m", "", b""), [row, row]),
        (("fresh-a", "f1", "w3m", "", b""), [row]),
        (("fresh-a", "f2", "w3m", "", b""), [row]),
        (("odd-a", "o1", "w3m", "", b""), [row]),
    ]
    sound = {("aeb", "a1"): True, ("fresh-a", "f1"): True, ("fresh-a", "f2"): False}
    sound[("odd-a", "o1")] = False
    monkeypatch.setattr(script.settings, "SOUND_ONLY", ("fresh-a",))
    monkeypatch.setattr(script.settings, "NO_TRAIN", ())
    kinds, fitted = script.fitting.line_parts(rows, sound)
    assert list(kinds) == ["aeb", "aeb", "fresh-a", "fresh-a", "odd-a"]
    assert list(fitted) == [True, True, True, False, True]
    monkeypatch.setattr(script.settings, "NO_TRAIN", ("odd-a",))
    assert list(script.fitting.line_parts(rows, sound)[1]) == [True, True, True, False, False]
