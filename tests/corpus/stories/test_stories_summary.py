"""What a story holds: central title, collapsed copies, figures side by side, framing table."""

from __future__ import annotations

from newsdesk.corpus.read import StoredArticle
from newsdesk.corpus.stories.summary import build_story, central_headline
from newsdesk.records import Article, Count, Entity, Event, Label, Place, Quote


def stored(
    aid: str,
    outlet: str,
    title: str,
    date: str,
    *,
    canonical: str | None = None,
    **enrichment: object,
) -> StoredArticle:
    body = "Shells hit the Vessa grain market, killing 14 people, hospital staff said."
    article = Article(role="main", title=title, body=body, outlet=outlet, **enrichment)  # type: ignore[arg-type]
    return StoredArticle(
        id=aid,
        capture_sha256=aid * 4,
        source=f"{outlet}/{aid}.html",
        site=outlet,
        page_kind="article",
        captured_at=date,
        position=0,
        date=date,
        article=article,
        canonical_id=canonical,
        relation="syndicated" if canonical else None,
    )


def count(number: int, reporter: str | None) -> Count:
    return Count("killed", number, str(number), None, "civilians", "Vessa", reporter, 30, 40)


def dost(*labels: str) -> dict[str, object]:
    return {
        "entities": [Entity("e1", "Ilvar Dost", "PERSON"), Entity("e2", "Vessa", "GPE")],
        "labels": [Label("Ilvar Dost", lab, "descriptor", 0, 5) for lab in labels],
    }


def members() -> list[StoredArticle]:
    return [
        stored(
            "a",
            "Meridian Wire",
            "Shelling kills 14 at Vessa grain market",
            "2031-03-03T09:00:00",
            counts=[count(14, "hospital staff")],
            places=[Place("Vessa", 47.1, 28.2, "Orlenn", 20, 25)],
            quotes=[Quote("Mira Talven", "she", "said", "We buried them", True, 0, 10)],
            events=[Event("attack", ["army"], ["market"], "Vessa", "2031-03-03", 14, 30, 0, 20)],
            **dost("rebel commander"),
        ),
        stored(
            "b",
            "Northwind Herald",
            "Rebel artillery hits crowded Vessa market",
            "2031-03-03T11:00:00",
            counts=[count(14, "Ministry of Defence")],
            **dost("terrorist leader"),
        ),
        stored(
            "c",
            "Free Orlenn Radio",
            "Vessa market massacre: 16 dead",
            "2031-03-04T08:00:00",
            counts=[count(16, "volunteer medics")],
            quotes=[Quote("Mira Talven", "she", "told", "Sixteen now", True, 0, 10)],
            **dost("commander", "resistance leader"),
        ),
        stored(
            "d",
            "Lakeside Daily",
            "Shelling kills 14 at Vessa grain market",
            "2031-03-03T10:00:00",
            canonical="a",
        ),
    ]


def test_central_headline_is_the_one_most_like_the_others() -> None:
    titles = ["Orchestra tour ends", "Vessa market shelled", "Shelling of Vessa market kills 14"]
    titles.append("Vessa market shelling toll rises")
    assert titles[central_headline(titles)] in titles[1:]
    assert central_headline(["only one"]) == 0


def test_story_record_collapses_copies_and_keeps_figures_and_framing_apart() -> None:
    story = build_story(
        "st-1",
        members(),
        ticker=[{"id": "t1", "text": "Vessa: curfew", "first_seen": "2031-03-03T12:00:00"}],
    )
    assert story["id"] == "st-1"
    assert "Vessa" in story["title"]
    assert story["first_seen"] == "2031-03-03T09:00:00"
    assert story["last_seen"] == "2031-03-04T08:00:00"
    assert story["outlets"] == sorted(
        ["Meridian Wire", "Northwind Herald", "Free Orlenn Radio", "Lakeside Daily"]
    )
    # The syndicated copy is listed under the article it copies, not as an article of its own.
    ids = [a["id"] for a in story["articles"]]
    assert ids == ["a", "b", "c"]
    assert story["articles"][0]["copies"][0]["outlet"] == "Lakeside Daily"
    # Conflicting death tolls side by side, each with who reports it, through which outlet.
    killed = story["counts"][0]
    assert killed["kind"] == "killed" and killed["conflicting"]
    figures = {f["number"]: f["reported_by"] for f in killed["figures"]}
    assert {r["outlet"] for r in figures[14]} == {"Meridian Wire", "Northwind Herald"}
    assert figures[16][0]["reporter"] == "volunteer medics"
    # Framing: for the main actor, the labels each outlet uses.
    # Named by as many articles each: ties go by name, the same order on every run.
    assert story["actors"][:2] == ["Ilvar Dost", "Vessa"]
    framing = story["framing"]["Ilvar Dost"]
    assert framing["Northwind Herald"] == ["terrorist leader"]
    assert framing["Free Orlenn Radio"] == ["commander", "resistance leader"]
    assert framing["Meridian Wire"] == ["rebel commander"]
    # Quotes by speaker, timeline with events and ticker items in time order, places.
    assert len(story["quotes"]["Mira Talven"]) == 2
    kinds = [(t["kind"], t["date"][:10]) for t in story["timeline"]]
    assert kinds == [("event", "2031-03-03"), ("ticker", "2031-03-03")]
    assert story["places"][0]["name"] == "Vessa"
