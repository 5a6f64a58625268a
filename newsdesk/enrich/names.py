"""Normalising names: titles, spellings, acronyms, demonyms and a corpus-wide key.

Kept apart from entity clustering because quotes, framing and places all need the same answers
to "is this the same name?" and "which country does 'Iranian' point to?".
"""

from __future__ import annotations

import re
import string
import unicodedata

# Titles and honorifics dropped from a person's canonical name (kept as roles when written).
TITLES = {
    "mr", "mrs", "ms", "miss", "dr", "prof", "professor", "sir", "dame", "lord", "lady",
    "sayyed", "sayyid", "sayed", "seyed", "sheikh", "shaikh", "sheik", "imam", "ayatollah",
    "hajj", "haj", "mullah", "rabbi", "father", "pope", "saint", "st", "king", "queen",
    "prince", "princess", "emir", "sultan", "president", "vice", "prime", "minister",
    "premier", "chancellor", "secretary", "general", "gen", "lt", "col", "colonel", "major",
    "maj", "capt", "captain", "admiral", "adm", "sgt", "sergeant", "commander", "marshal",
    "senator", "sen", "rep", "representative", "gov", "governor", "mayor", "judge",
    "justice", "ambassador", "speaker", "spokesperson", "spokesman", "spokeswoman",
    "former", "late", "deputy", "foreign", "defense", "defence", "security", "interior",
    "leader", "chief", "head", "envoy", "minister's",
}  # fmt: skip

# Nationality or group adjectives to the country (or body) they point to.
DEMONYMS = {
    "american": "United States", "americans": "United States", "us": "United States",
    "u s": "United States",  # "U.S." folded "usa": "United States", "america": "United States",
    "israeli": "Israel", "israelis": "Israel", "syrian": "Syria", "syrians": "Syria",
    "iranian": "Iran", "iranians": "Iran", "iraqi": "Iraq", "iraqis": "Iraq",
    "russian": "Russia", "russians": "Russia", "turkish": "Turkey", "turks": "Turkey",
    "lebanese": "Lebanon", "palestinian": "Palestine", "palestinians": "Palestine",
    "jordanian": "Jordan", "egyptian": "Egypt", "saudi": "Saudi Arabia", "qatari": "Qatar",
    "emirati": "United Arab Emirates", "yemeni": "Yemen", "ukrainian": "Ukraine",
    "ukrainians": "Ukraine", "chinese": "China", "french": "France", "british": "United Kingdom",
    "uk": "United Kingdom", "u k": "United Kingdom", "britain": "United Kingdom",
    "german": "Germany",
    "kurdish": "Kurds", "european": "European Union", "eu": "European Union",
}  # fmt: skip

# Demonyms that are adjectives or peoples ("Israeli"), unlike short names of a place ("US").
ADJECTIVES = {
    d for d in DEMONYMS if d not in {"us", "u s", "usa", "america", "uk", "u k", "britain", "eu"}
}

_QUOTE_MARKS = "'’‘`´ʼʻ\"“”"
# ASCII folding: quote marks dropped, other punctuation (not "_", a word character) to spaces
_ASCII_FOLD = str.maketrans(
    {c: (None if c in "'`\"" else " ") for c in string.punctuation if c != "_"}
)
_NON_WORD = re.compile(r"[^\w\s]+")
_SPACES = re.compile(r"\s+")


def fold(text: str) -> str:
    """Lower case, accents and apostrophes removed, punctuation to spaces:
    "Hay'at Tahrir al-Sham" and "Hayat Tahrir al-Sham" both give "hayat tahrir al sham"."""
    if text.isascii():  # the common case, and every gazetteer name: one table lookup per char
        return " ".join(text.lower().translate(_ASCII_FOLD).split())
    else:
        text = unicodedata.normalize("NFKD", text)
        text = "".join(c for c in text if not unicodedata.combining(c) and c not in _QUOTE_MARKS)
    text = _NON_WORD.sub(" ", text.lower())
    return _SPACES.sub(" ", text).strip()


def clean_name(text: str, kind: str) -> str:
    """A mention as a name: no leading article, possessive, or (for people) titles."""
    text = text.strip().strip(_QUOTE_MARKS + ",.;:()[]").strip()
    text = re.sub(r"^(the|a|an)\s+", "", text, flags=re.I)
    text = re.sub(r"['’]s?$", "", text).strip()
    if kind == "PERSON":
        words = text.split()
        while len(words) > 1 and fold(words[0]).replace(" ", "") in TITLES:
            words.pop(0)
        text = " ".join(words)
    return text


def acronym(name: str) -> str:
    """Initials of a name's capitalised words: "Hayat Tahrir al-Sham" -> "HTS"."""
    parts = re.split(r"[\s\-]+", name)
    return "".join(p[0] for p in parts if p[:1].isupper())


def slug(text: str) -> str:
    return fold(text).replace(" ", "-")


def entity_key(name: str) -> str:
    """The corpus-wide id of a canonical entity: its folded name, the same in every article.
    The type is left out on purpose: the recogniser calls the same group PERSON in one article
    and ORG in the next, and the id must not change with it."""
    return slug(name)
