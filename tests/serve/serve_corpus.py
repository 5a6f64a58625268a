"""Fill a fresh corpus for the reader tests through the corpus's public store API.

The bundled samples go through the real extractor; one hand-written enriched page and two stories
give the reader enrichment and stories to show without depending on those stages' heuristics;
a set of hostile captures carries script, event-handler, javascript: and SVG payloads.
"""

from __future__ import annotations

from pathlib import Path

from newsdesk.capture.files import iter_captures
from newsdesk.corpus import Store
from newsdesk.extract.core import EXTRACT_VERSION, ExtractError, extract
from newsdesk.records import (
    Article,
    Capture,
    Count,
    Entity,
    Event,
    Label,
    Mention,
    Page,
    Place,
    Quote,
    TickerItem,
)

SAMPLES = Path(__file__).resolve().parents[2] / "newsdesk" / "samples"

XSS = "<script>window.__pwned=1</script>"
ONERROR = '<img src=x onerror="window.__pwned=2">'
JS_URL = '<a href="javascript:window.__pwned=3">click</a>'
SVG = '<svg onload="window.__pwned=4"><script>window.__pwned=5</script></svg>'
PAYLOADS = (XSS, ONERROR, JS_URL, SVG)


def add_capture(store: Store, source: str, data: bytes, **kw: object) -> str:
    """Store one capture and its page, or its extract error, as ingest does."""
    capture = Capture(source=source, data=data, **kw)  # type: ignore[arg-type]
    sha, _ = store.add_capture(capture)
    try:
        page = extract(capture)
    except ExtractError as exc:
        store.add_error(source=source, stage="extract", stage_version=EXTRACT_VERSION,
                        error=str(exc), capture_sha256=sha)  # fmt: skip
        return sha
    store.add_page(sha, page, extract_version=EXTRACT_VERSION)
    return sha


def enriched_page() -> Page:
    body = (
        "Dravina Casualty Watch said 57 people were killed in the shelling of Brask market.\n\n"
        'Lev Orsolin, spokesman of the Northern Front, said: "The Front did not fire a single '
        'shell." He called the accusation a lie.\n\n'
        "Aftermath\n\n"
        'Residents of Brask described the "rebels" as terrorists.'
    )
    start = body.index("Lev Orsolin")
    quote_start = body.index('"The Front')
    quote_end = body.index(" He called")
    return Page(
        source="synthetic/enriched.json",
        format="newsplease",
        kind="article",
        site="Hollow Bay Herald",
        captured_at="2026-03-14T09:00:00",
        articles=[
            Article(
                role="main",
                title="Brask market toll rises as Northern Front denies shelling",
                body=body,
                standfirst="Casualty monitors raise the toll; the Front denies firing.",
                authors=["Mara Quell"],
                outlet="Hollow Bay Herald",
                published="2026-03-14T08:30:00",
                section="World",
                tags=["Veloria", "Brask"],
                headings=["Aftermath"],
                entities=[
                    Entity("e1", "Lev Orsolin", "PERSON", ["Orsolin"],
                           [Mention("Lev Orsolin", start, start + 11)], ["spokesman"]),
                    Entity("e2", "Northern Front", "ORG", [], [
                        Mention("Northern Front", body.index("Northern Front"),
                                body.index("Northern Front") + 14)]),
                    Entity("e3", "Brask", "GPE", [], [
                        Mention("Brask", body.index("Brask"), body.index("Brask") + 5)]),
                ],
                quotes=[Quote("Lev Orsolin", "Lev Orsolin", "said",
                              "The Front did not fire a single shell.", True,
                              quote_start, quote_end)],
                counts=[Count("killed", 57, "57", None, "people", "Brask",
                              "Dravina Casualty Watch", 0, 80)],
                places=[Place("Brask", 61.2, 24.9, "Veloria", body.index("Brask"),
                              body.index("Brask") + 5)],
                events=[Event("shelling", ["unknown"], ["Brask market"], "Brask",
                              "2026-03-13", 57, None, 0, 80)],
                labels=[Label("Northern Front", "rebels", "scare-quotes",
                              body.index('"rebels"'), body.index('"rebels"') + 8),
                        Label("Northern Front", "terrorists", "loaded",
                              body.index("terrorists"), body.index("terrorists") + 10)],
                summary="The Brask market toll rose to 57; the Northern Front denied firing.",
            )
        ],
        ticker=[TickerItem("Toll in Brask rises to 57", "Dravina Casualty Watch")],
    )  # fmt: skip


def hostile_capture() -> bytes:
    paragraphs = "".join(
        f"<p>Witnesses describe the scene {p} in Brask today.</p>" for p in PAYLOADS
    )
    return (
        "<!doctype html><html><head><title>Hostile "
        + XSS
        + ' report</title><meta property="og:site_name" content="Evil '
        + ONERROR
        + ' Gazette"></head><body><article><h1>Brask report '
        + XSS
        + ONERROR
        + '</h1><p class="byline">By '
        + JS_URL
        + "</p>"
        + paragraphs * 3
        + "<p>The council said the market would reopen next week after repairs, officials "
        "said, and traders counted their losses while the army patrolled the streets of the "
        "old town for a second day.</p></article></body></html>"
    ).encode()


def hostile_page() -> Page:
    """An enriched page whose every field carries a payload (what a hostile extractor result
    or a poisoned capture could put anywhere)."""
    body = "\n\n".join(f"Paragraph {p} with text." for p in PAYLOADS)
    return Page(
        source="synthetic/hostile-" + XSS,
        format="html",
        kind="article",
        site="Evil " + ONERROR,
        captured_at="2026-03-12T10:00:00",
        articles=[Article(
            role="main", title="Hostile " + SVG, body=body, standfirst=JS_URL,
            authors=[ONERROR], outlet="Evil " + ONERROR, published="2026-03-12",
            section=XSS, tags=[SVG, JS_URL], headings=[],
            entities=[Entity("x1", "Evil " + XSS, "ORG", [JS_URL],
                             [Mention("Paragraph", 0, 9)], [ONERROR])],
            quotes=[Quote(XSS, ONERROR, SVG, JS_URL, True, 10, 30)],
            counts=[Count("killed", 3, "3", XSS, ONERROR, SVG, JS_URL, 0, 5)],
            places=[Place(SVG, None, None, XSS, 0, 5)],
            events=[Event(XSS, [ONERROR], [SVG], JS_URL, "2026-03-12", 1, 1, 0, 5)],
            labels=[Label("Evil " + XSS, SVG, "loaded", 0, 5)],
            summary=XSS,
        )],
        ticker=[TickerItem("Breaking " + SVG, ONERROR)],
    )  # fmt: skip


def fill(store: Store, *, hostile: bool = True) -> dict[str, str]:
    """Samples + enriched page + stories (+ hostile captures); returns ids the tests use."""
    ids: dict[str, str] = {}
    for capture in iter_captures([SAMPLES]):
        assert isinstance(capture, Capture), capture
        add_capture(store, capture.source, capture.data)
    sha, _ = store.add_capture(Capture(source="synthetic/enriched.json", data=b"{enriched}"))
    [ids["enriched"]] = store.add_page(sha, enriched_page(), extract_version="test",
                                       enrich_version="test")  # fmt: skip
    add_capture(store, "broken/empty.html", b"   \n")
    ids["broken_sha"] = Capture(source="x", data=b"   \n").sha256
    if hostile:
        ids["hostile_capture"] = add_capture(store, "hostile/report.html", hostile_capture())
        sha, _ = store.add_capture(
            Capture(source="synthetic/hostile", data=hostile_capture() + b"!")
        )
        [ids["hostile"]] = store.add_page(sha, hostile_page(), extract_version="test",
                                          enrich_version="test")  # fmt: skip
    brask = [a.id for a in store.articles(with_body=False) if "Brask" in a.article.title
             or "brask" in a.source]  # fmt: skip
    store.save_stories([
        {"id": "s-brask", "title": "Shelling of Brask market", "first_seen": "2026-03-12",
         "last_seen": "2026-03-14", "article_count": len(brask),
         "summary": "Shells hit Brask market; outlets disagree on who fired.",
         "timeline": [{"date": "2026-03-14T09:00:00", "kind": "ticker", "text": "Toll in Brask "
                       "rises to 57", "attribution": "Dravina Casualty Watch"}]},
        {"id": "s-empty", "title": "A story " + XSS, "first_seen": "2026-03-01",
         "last_seen": "2026-03-01", "article_count": 0},
    ])  # fmt: skip
    store.assign_stories([(aid, "s-brask", 1.0) for aid in brask], method_version="test")
    ids["story"] = "s-brask"
    return ids
