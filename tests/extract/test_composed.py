"""A page's strings come out in Unicode NFC, whichever reader read it and however it spelt them."""

from __future__ import annotations

import unicodedata

from newsdesk.extract import extract, extract_text_page
from newsdesk.records import Capture

DECOMPOSED_CAFE = "cafe\u0301"  # e + COMBINING ACUTE ACCENT
DECOMPOSED_VIET = "Vie\u0323\u0302t"  # e + dot below + circumflex: "Việt"
PROSE = (
    f"The {DECOMPOSED_CAFE} on the Tarn quay reopened on Monday after a winter of repairs, "
    "and the owners said the terrace would follow once the river went down. "
)


def _strings(page) -> list[str]:
    article = page.articles[0]
    return [article.title, article.body, *article.authors]


def test_html_page_with_decomposed_letters_comes_out_composed() -> None:
    html = (
        f"<html><head><title>{DECOMPOSED_CAFE} reopens | Tarn Ledger</title></head><body>"
        f"<article><h1>The {DECOMPOSED_CAFE} reopens</h1>"
        f"<p class='byline'>By Anh {DECOMPOSED_VIET}</p>"
        + "".join(f"<p>{PROSE * 2}</p>" for _ in range(4))
        + "</article></body></html>"
    )
    page = extract(Capture(source="tarn.html", data=html.encode("utf-8")))
    strings = _strings(page)
    assert all(unicodedata.is_normalized("NFC", s) for s in strings)
    assert "café" in page.articles[0].body
    assert "\u0301" not in page.articles[0].body


def test_text_dump_with_decomposed_letters_comes_out_composed() -> None:
    paragraphs = [
        f"Day {n} at the quay. {PROSE}Regulars came back by the {n + 2} o'clock ferry."
        for n in range(1, 5)
    ]
    dump = f"Tarn Ledger\n\nThe {DECOMPOSED_CAFE} reopens\n\n" + "\n\n".join(paragraphs)
    page = extract_text_page(dump, source="tarn.txt")
    assert page.articles, "the dump should read as an article"
    assert all(unicodedata.is_normalized("NFC", s) for s in _strings(page))
    assert "café" in page.articles[0].body
