"""Word lists the quote rules match: verbs and nouns that attribute speech or thought.

Forms are spelled out (not lemmatised) because the pipeline runs without spaCy's lemmatizer;
``inflect`` builds the regular forms and the irregular ones are listed by hand.
"""

from __future__ import annotations

# Verbs whose clause complement (``that ...`` or a quotation) is what a source said or thought.
SPEECH_VERBS = """
say tell add state note explain claim argue insist warn announce report write confirm deny
acknowledge admit assert affirm stress emphasize emphasise underscore reiterate declare reveal
suggest believe think predict promise vow pledge urge demand ask reply respond answer tweet post
recall complain accuse charge allege contend maintain proclaim highlight indicate estimate show
find conclude hope fear worry expect agree question doubt wonder concede signal hint comment
observe remark mention testify boast counter retort inform assure feel know caution point
criticize criticise praise blame mock describe dismiss reject cite propose recommend continue
explain joke quip lament speculate acknowledge tout decry denounce condemn welcome slam
accuse call charge discuss consider support oppose endorse defend want refuse seek
""".split()  # noqa: SIM905  (a word list reads better as text)

# Irregular past forms (past tense and participle) the regular rules would miss.
IRREGULAR = {
    "say": ["said"],
    "tell": ["told"],
    "write": ["wrote", "written"],
    "think": ["thought"],
    "find": ["found"],
    "feel": ["felt"],
    "know": ["knew", "known"],
    "show": ["shown"],
    "see": ["saw", "seen"],
}

# Verbs whose direct object is the message ("denied the report"), not the addressee ("told him").
OBJECT_MESSAGE_VERBS = {
    "announce", "deny", "confirm", "report", "claim", "reveal", "acknowledge", "admit",
    "criticize", "criticise", "praise", "reiterate", "stress", "emphasize", "emphasise",
    "underscore", "highlight", "predict", "propose", "suggest", "promise", "pledge", "demand",
    "question", "reject", "welcome", "condemn", "decry", "denounce", "dismiss", "describe",
    "cite", "recommend", "tout", "mock", "slam", "blame", "say", "write", "tweet", "post",
    "accuse", "call", "charge", "discuss", "consider", "support", "oppose", "endorse", "defend",
    "show",
}  # fmt: skip

# Verbs whose infinitive complement is the message ("urged Israel to ...", "vowed to ...").
INFINITIVE_MESSAGE_VERBS = {
    "urge", "promise", "vow", "pledge", "warn", "ask", "call", "demand", "threaten", "refuse",
    "want", "hope", "expect", "plan", "seek", "decline", "agree", "propose",
}  # fmt: skip

# Nouns that carry a ``that`` clause of speech: "his claim that ...", "a statement that ...".
SPEECH_NOUNS = {
    "claim", "claims", "statement", "statements", "assertion", "belief", "warning", "announcement",
    "promise", "suggestion", "argument", "allegation", "allegations", "insistence", "report",
    "reports", "view", "remarks", "comments", "pledge", "vow", "assessment", "message",
}  # fmt: skip

# Nouns for one unnamed person who speaks: "our correspondent", "a senior official".
PERSON_NOUNS = {
    "correspondent", "source", "official", "spokesperson", "spokesman", "spokeswoman",
    "minister", "reporter", "diplomat", "analyst", "commander", "officer", "witness", "expert",
    "lawmaker", "envoy", "aide", "adviser", "advisor", "president", "leader", "chief", "he", "she",
}  # fmt: skip

PRONOUNS = {"he", "she", "him", "her", "they", "them", "it", "i", "we", "you"}


def inflect(verb: str) -> set[str]:
    """The regular inflected forms of an English verb, plus its listed irregular ones."""
    forms = {verb}
    if verb.endswith("e"):
        forms |= {verb + "s", verb + "d", verb[:-1] + "ing"}
    elif verb.endswith("y") and verb[-2] not in "aeiou":
        forms |= {verb[:-1] + "ies", verb[:-1] + "ied", verb + "ing"}
    elif verb.endswith(("s", "sh", "ch", "x", "z")):
        forms |= {verb + "es", verb + "ed", verb + "ing"}
    else:
        forms |= {verb + "s", verb + "ed", verb + "ing"}
        # one-syllable consonant-vowel-consonant verbs double the final consonant
        if len(verb) <= 4 and verb[-1] not in "aeiouwy" and verb[-2] in "aeiou":
            forms |= {verb + verb[-1] + "ed", verb + verb[-1] + "ing"}
    forms |= set(IRREGULAR.get(verb, []))
    return forms


def _table(verbs: set[str] | list[str]) -> dict[str, str]:
    return {form: verb for verb in verbs for form in inflect(verb)}


SPEECH_FORMS: dict[str, str] = _table(SPEECH_VERBS)
INFINITIVE_FORMS: dict[str, str] = _table(INFINITIVE_MESSAGE_VERBS)
