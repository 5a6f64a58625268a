"""The text reader keeping too little (session 16): lines the body reader set aside inside the
story's stretch."""

from __future__ import annotations

from newsdesk.extract.text.boxes import _keep_inner_lists

# A walker's diary written without spaces (our own words): two paragraphs, then the short
# lines under each photo, with no sentence end, then a paragraph again.
_OPENING = ("p", "朝早く駅を出て川沿いの道をゆっくり歩きながら小さな山の頂上を目指しました")
_MIDDLE = ("p", "途中の茶屋で少し休んでから石の階段を登り続けて昼前には尾根に着きました")
_CAPTIONS = [
    ("h", "橋を渡ると登山口の看板が見えてきます"),
    ("h", "杉の林の中は少しひんやりしています"),
    ("h", "見晴らしの良い岩の上で一休み"),
]


def test_short_lines_between_unspaced_paragraphs_are_the_story():
    kept = [_OPENING, *_CAPTIONS, _MIDDLE]
    out = _keep_inner_lists(kept)
    assert [kind for kind, _ in out] == ["p", "p", "p", "p", "p"]


def test_a_closing_run_of_unspaced_lines_is_the_story():
    kept = [_OPENING, _MIDDLE, *_CAPTIONS]
    out = _keep_inner_lists(kept)
    assert [kind for kind, _ in out[2:]] == ["p", "p", "p"]


def test_short_unspaced_labels_closing_the_story_are_not_kept():
    # Tags (one or two words each) under the story stay out, as in spaced scripts.
    kept = [_OPENING, _MIDDLE, ("h", "登山"), ("h", "日帰り"), ("h", "写真")]
    out = _keep_inner_lists(kept)
    assert [kind for kind, _ in out[2:]] == ["h", "h", "h"]
