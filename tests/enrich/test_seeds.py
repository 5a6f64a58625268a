"""What a careful reader finds in the seeds, checked on the enrichment output."""

from __future__ import annotations

from newsdesk.records import Article


def _count(article: Article, number: int):
    hits = [c for c in article.counts or [] if c.number == number]
    assert hits, f"no count of {number}: {[(c.number, c.kind) for c in article.counts or []]}"
    return hits[0]


def test_sweida_toll_and_breakdown(sweida: Article) -> None:
    toll = _count(sweida, 940)
    assert toll.kind == "killed"
    assert toll.place and "Sweida" in toll.place
    assert toll.reporter == "a war monitor"
    expected = {
        326: ("killed", "Druze fighters"),
        262: ("killed", "Druze civilians"),
        182: ("executed", "Druze civilians"),
        312: ("killed", "government security personnel"),
        21: ("killed", "Sunni Bedouin"),
        15: ("killed", "government troops"),
    }
    for number, (kind, group) in expected.items():
        c = _count(sweida, number)
        assert (c.kind, c.group) == (kind, group)
        assert sweida.body[c.start : c.end].startswith(c.number_text)
    assert "Observatory" in (_count(sweida, 326).reporter or "")


def test_digest_refugees_and_children(newarab: Article) -> None:
    refugees = _count(newarab, 111)
    assert (refugees.kind, refugees.qualifier, refugees.group) == ("killed", "at least", "refugees")
    children = _count(newarab, 39)
    assert (children.kind, children.group) == ("killed", "children")


def _quote(article: Article, words: str):
    hits = [q for q in article.quotes or [] if words in q.content]
    assert hits, f"no quote with {words!r}"
    return hits[0]


def test_kremlin_and_pentagon_quotes_in_austin_article(austin: Article) -> None:
    kremlin = _quote(austin, "unlikely to help stabilize")
    assert kremlin.speaker == "Dmitry Peskov"
    assert kremlin.direct
    pentagon = _quote(austin, "Secretary Austin emphasized the importance")
    assert pentagon.speaker == "Pentagon" and pentagon.cue == "according to"
    heading = _quote(austin, "Israel's actions not helping Syria stability quest")
    assert heading.speaker == "Kremlin"
    # pronouns and roles lead back to the person
    assert _quote(austin, "The more pressure it faces").speaker == "Ali Khamenei"
    assert _quote(austin, "weakening the Resistance does not equate").speaker == "Ali Khamenei"
    for q in austin.quotes or []:
        assert austin.body[q.start : q.end].strip()


def test_bogdanov_and_peskov_quotes(bases: Article) -> None:
    assert _quote(bases, "The bases are still there").speaker == "Mikhail Bogdanov"
    assert _quote(bases, "constructive").speaker == "Mikhail Bogdanov"
    assert _quote(bases, "his personal decision").speaker == "Dmitry Peskov"
    assert _quote(bases, "We will continue this dialogue").speaker == "Dmitry Peskov"


def test_entities_are_canonical_with_roles(austin: Article, bases: Article) -> None:
    by_name = {e.name: e for e in austin.entities or []}
    assert "Austin" in by_name["Lloyd Austin"].aliases
    assert "Khamenei" in by_name["Ali Khamenei"].aliases  # "Sayyed" stripped
    assert "Kremlin spokesperson" in by_name["Dmitry Peskov"].roles
    peskov_ids = {
        e.id for a in (austin, bases) for e in a.entities or [] if e.name == "Dmitry Peskov"
    }
    assert len(peskov_ids) == 1  # the same Peskov in every article
    hts = [e for e in bases.entities or [] if "Tahrir" in e.name]
    assert hts and any(m.text == "HTS" for m in hts[0].mentions)


def test_places_geocoded_and_framing(bases: Article, austin: Article) -> None:
    tartus = [p for p in bases.places or [] if p.name == "Tartus"]
    assert tartus and tartus[0].country == "Syria" and tartus[0].lat is not None
    scare = [lab for lab in austin.labels or [] if lab.kind == "scare-quotes"]
    assert any(lab.entity == "Israel" for lab in scare) or not scare
    loaded = {lab.label for lab in austin.labels or [] if lab.kind == "loaded"}
    assert "occupation" in loaded or "aggression" in loaded
    assert (austin.summary and austin.summary in austin.body) or austin.summary.split(". ")[
        0
    ] in austin.body


def test_hts_is_one_group_labelled_terrorist(talks: Article, bases: Article) -> None:
    hts = [e for e in talks.entities or [] if e.id == "hayat-tahrir-al-sham"]
    assert hts and hts[0].type == "ORG" and "HTS" in hts[0].aliases
    assert any(e.id == "hayat-tahrir-al-sham" for e in bases.entities or [])  # same id elsewhere
    labels = {(lab.entity, lab.label) for lab in talks.labels or [] if lab.kind == "descriptor"}
    assert ("Hay'at Tahrir al-Sham", "terrorist group") in labels


def test_events_typed_with_resolved_dates(talks: Article) -> None:
    call = next(e for e in talks.events or [] if e.type == "talks-or-call")
    assert {"Hakan Fidan", "Fuad Hussein"} <= set(call.actors + call.targets)
    assert call.date == "2024-12-01"  # "on Sunday", published Sunday 1 Dec 2024
    kinds = {e.type for e in talks.events or []}
    assert "seizure-of-territory" in kinds and "air-or-drone-strike" in kinds
    killed = next(c for c in talks.counts or [] if c.number == 1000)
    assert (killed.kind, killed.qualifier, killed.group) == ("killed", "around", "militants")
