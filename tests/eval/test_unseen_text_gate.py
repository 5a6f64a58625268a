"""CI gate: the text reader on renderings of pages it was never tuned on (../shared/bench/dates),
scored against the HTML reader, must not fall below pinned floors (newsdesk.eval.unseen).

Every half is gated: the even half may be studied, the odd half was held out until the twelfth
session and is now split by place into odd-a (studied from then on) and odd-b (still held out),
and a fall in any is a fall on pages like those users bring. Skipped when the benchmark data is
absent; a rendering is skipped where its converter is not installed (.ci/run installs w3m, lynx,
elinks).
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from newsdesk.eval.unseen import evaluate

DATES = Path(__file__).resolve().parents[2].parent / "shared" / "bench" / "dates"

# Measured 2026-11-22, end of the fifteenth session (BENCHMARKS.md, "Text dumps of unseen
# pages"), even / odd (odd-a and odd-b together): inscriptis 0.9669 / 0.9412, w3m 0.9663 /
# 0.9457, w3m-80 0.9618 / 0.9437, lynx 0.9600 / 0.9349, elinks 0.9534 / 0.9266. Floors sit about
# 0.005 under (half a page's loss on either half), never lowered. The even half fell by ~0.003
# that session with its reference, not the text reader (same text on every studied page): the
# HTML reader's second opinion (trafilatura, precision focus) now drops "read also" and feed
# lines the text reader still keeps; the even floors were kept. The fourteenth session's
# figures were 0.9697 / 0.9366, 0.9692 / 0.9388, 0.9650 / 0.9430, 0.9629 / 0.9358, 0.9563 /
# 0.9246; the thirteenth session's odd floors 0.915 / 0.917 / 0.919 / 0.910 / 0.907; the tenth
# session's 0.965 / 0.905, 0.963 / 0.895, 0.958 / 0.908, 0.956 / 0.882, 0.951 / 0.882.
# Sixteenth session's end: even 0.9710 / 0.9707 / 0.9678 / 0.9662 / 0.9622 (floors raised from
# 0.965 / 0.964 / 0.959 / 0.957 / 0.951), odd 0.9413 / 0.9416 / 0.9395 / 0.9316 / 0.9284 (kept:
# the odd-a quarter's reference grew on two pages, where the HTML reader now agrees with
# trafilatura and the text reader reads part of them).
# Seventeenth session's end: even 0.9731 / 0.9725 / 0.9701 / 0.9692 / 0.9648, odd 0.9480 /
# 0.9488 / 0.9471 / 0.9385 / 0.9342 (floors raised from 0.966 / 0.966 / 0.963 / 0.961 / 0.957
# and 0.936 / 0.940 / 0.938 / 0.930 / 0.921; the odd gains are mostly odd-a, studied).
# Eighteenth session's end: even 0.9732 / 0.9724 / 0.9700 / 0.9692 / 0.9648 (floors kept), odd
# 0.9501 / 0.9510 / 0.9492 / 0.9415 / 0.9383 (floors raised from 0.943 / 0.944 / 0.942 / 0.933 /
# 0.929; again odd-a's gain: odd-b did not move).
# Nineteenth session's end: even 0.9739 / 0.9725 / 0.9701 / 0.9700 / 0.9665, odd 0.9487 /
# 0.9498 / 0.9485 / 0.9415 / 0.9378 (floors kept: odd-a fell where its reference keeps a picture's
# credited caption that the aeb gold leaves out; odd-b did not move).
# Twentieth session's end: the same figures to the fourth place (even, odd and odd-b); floors kept.
# Twenty-first session's end: even 0.9745 / 0.9734 / 0.9710 / 0.9705 / 0.9670 (two pages' headers
# now read as facts), odd and odd-b the same to the fourth place; floors kept.
# Twenty-second session's end: even the same to the fourth place; odd 0.9487 / 0.9498 / 0.9485 /
# 0.9469 / 0.9389 (odd-a's lynx and elinks read two pages as the other renderers do: a story
# printed as one paragraph, a description said again); odd-b the same; lynx's odd floor raised
# 0.937 -> 0.942.
# Twenty-third session's end: the silver and the text reader's Page are composed to NFC (w3m
# composes decomposed letters, the page's own text had not): even the same to the fourth place;
# odd 0.9487 / 0.9511 / 0.9498 / 0.9469 / 0.9389; odd-b 0.9218 / 0.9278 / 0.9328 / 0.9172 /
# 0.9133, odd-b sound 0.9523 / 0.9548 / 0.9622 / 0.9455 / 0.9359: w3m's and w3m-80's odd-b
# floors raised 0.920 -> 0.924, 0.924 -> 0.928 (sound 0.947 -> 0.951, 0.954 -> 0.958).
FLOORS = {
    ("inscriptis", "even"): 0.968,
    ("inscriptis", "odd"): 0.946,
    ("w3m", "even"): 0.967,
    ("w3m", "odd"): 0.947,
    ("w3m-80", "even"): 0.965,
    ("w3m-80", "odd"): 0.945,
    ("lynx", "even"): 0.964,
    ("lynx", "odd"): 0.942,
    ("elinks", "even"): 0.960,
    ("elinks", "odd"): 0.934,
    # odd-b (the held-out quarter), measured 2026-11-22 at the split (start of the twelfth
    # session): 0.9226 / 0.8939 / 0.9265 / 0.9163 / 0.8782 on 42 / 42 / 42 / 42 / 40 pages; after
    # that session's rounds (the article header as an anchor; the HTML reader's sub-headings and
    # ledes): 0.9100 / 0.9093 / 0.9275 / 0.9173 / 0.9083. The inscriptis floor was lowered then,
    # knowingly: the same held-out pages rose by 0.007 over the five renderings (w3m +0.015,
    # elinks +0.030) while one inscriptis rendering lost part of its story, and the second blind
    # set (bench/fresh_pages.py) rose on all five. End of the thirteenth session: 0.9101 / 0.9094
    # / 0.9276 / 0.9191 / 0.9085; of the fourteenth: 0.9111 / 0.9104 / 0.9286 / 0.9219 / 0.9113
    # (floors kept); of the fifteenth: 0.9209 / 0.9251 / 0.9298 / 0.9184 / 0.9130 (floors raised
    # from 0.905 / 0.904 / 0.922 / 0.912 / 0.903); of the sixteenth: 0.9220 / 0.9246 / 0.9293 /
    # 0.9184 / 0.9130; of the seventeenth: 0.9218 / 0.9255 / 0.9305 / 0.9172 / 0.9133 (kept); of
    # the eighteenth: the same to the fourth place (kept).
    ("inscriptis", "odd-b"): 0.915,
    ("w3m", "odd-b"): 0.924,
    ("w3m-80", "odd-b"): 0.928,
    ("lynx", "odd-b"): 0.913,
    ("elinks", "odd-b"): 0.908,
    # odd-b's pages whose reference trafilatura agrees with (eval unseen --sound-only, new in the
    # sixteenth session), measured at its end 0.9526 / 0.9524 / 0.9595 / 0.9450 / 0.9355 on
    # 29-30 pages: the text reader's own reading, with the reference's doubt left out. End of
    # the seventeenth: 0.9523 / 0.9531 / 0.9606 / 0.9455 / 0.9359 (kept); of the eighteenth:
    # the same (kept).
    ("inscriptis", "odd-b sound"): 0.947,
    ("w3m", "odd-b sound"): 0.951,
    ("w3m-80", "odd-b sound"): 0.958,
    ("lynx", "odd-b sound"): 0.940,
    ("elinks", "odd-b sound"): 0.930,
}
# pages with a reference and a whole rendering. Even 80 -> 78 in the sixteenth session: two pages
# with no story (a loading page, a blocked regional page) lost their footers as reference when
# footer prose stopped weighing for the HTML reader's container (html_containers).
MIN_PAGES = {"even": 78, "odd": 80, "odd-b": 38, "odd-b sound": 27}
NEEDS = {"w3m": "w3m", "w3m-80": "w3m", "lynx": "lynx", "elinks": "elinks"}  # Debian packages

pytestmark = pytest.mark.skipif(not (DATES / "html").is_dir(), reason=f"absent: {DATES}")


@pytest.mark.parametrize(("renderer", "half"), sorted(FLOORS))
def test_unseen_text_agreement_stays_above_its_floor(renderer: str, half: str) -> None:
    program = NEEDS.get(renderer)
    if program and shutil.which(program) is None:
        pytest.skip(f"{program} not installed (apt-get install {program})")
    sound = half.endswith(" sound")
    result = evaluate(DATES, renderer, half.removesuffix(" sound"), sound_only=sound)
    assert result.pages >= MIN_PAGES[half]
    assert result.errors == 0, f"the text reader failed on {result.failed}"
    floor = FLOORS[(renderer, half)]
    assert result.f1 >= floor, f"{renderer} {half} F1 fell to {result.f1:.4f} (floor {floor})"
