"""Which families of keywords a line holds, all found in one scan of the line.

Four tests of line_chrome.py (footer, consent banner, call to subscribe, comments header) and
picture_lines.shop_credit (a price) each need one of their words in the lower-cased line before
their slow pattern can match, and nearly every line holds none. sre tries its keys at every
character of the line (2.4 us a line on the aeb dumps); Hyperscan (a compiled multi-pattern
automaton) answers all five families in one pass over the line's bytes (0.7 us, the call
included).

The answer is exact, not a prefilter: each family is a set of plain substrings of the
lower-cased text, searched as UTF-8 bytes. UTF-8 is self-synchronising, so a key's bytes occur
in the text's bytes exactly where the key occurs in the text. Where Hyperscan is not installed
(it ships wheels for x86-64 only), sre answers the same question the slower way; the tests
check both agree.
"""

from __future__ import annotations

import re

from newsdesk.extract.furniture import any_of
from newsdesk.extract.text.hyperscan_db import database, hyperscan

# The families, as bits of Traits.keys.
FOOTER, CONSENT, PROMO, COMMENTS, MONEY, ADDRESS = 1, 2, 4, 8, 16, 32

FOOTER_WORDS = ("rights", "©", "copyright", "privacy", "terms", "cookie", "about us", "contact",
                "get it on", "app", "store", "play", "свидетельство", "mentions", "aviso",
                "impressum")  # fmt: skip
CONSENT_WORDS = ("cookie", "consent", "gdpr")
PROMO_WORDS = (
    "subscri", "newsletter", "sign", "inbox", "activation", "follow", "download", "app", "click",
    "javascript", "share", "подпис", "abonn", "suscr", "iscriv", "inscrev", "tilaa", "prenumer",
    "abone", "zapisz", "zaprenum", "odběr", "iratkoz", "pretplat", "підпис", "εγγραφ",
    "đăng ký", "berlangganan", "اشترك", "donat", "support", "become a", "free article",
    "reached your", "register", "enter your", "acompanhe", "siga", "síguenos", "siguenos",
    "suivez", "folge", "seguic", "volg ons", "crie uma conta", "diretamente no seu",
    "directamente en tu", "dans votre boîte", "direkt in ihr",
)  # fmt: skip
COMMENT_WORDS = (
    "comment", "repl", "respons", "discussion", "conversation", "thoughts", "kommentar",
    "comentario", "comentário", "reacties", "yorum", "komentar", "коммент", "kommentit",
    "komentá", "comentarii", "коментар", "σχόλια", "bình luận", "תגובות", "टिप्पणि",
    "评论", "評論", "留言", "コメント", "댓글",
    # Blogs' comment threads and forms (line_chrome.COMMENTS_START).
    "gedanken", "antwort", "réflexion", "respuesta", "rispost", "gedachten", "resposta",
    "cancel", "annul", "published", "veröffentlicht", "publiée", "publicad", "pubblicat",
    "gepubliceerd", "ctrl",
    # The stems page_chrome._mark_comment_rules looks for, so that this family gates it exactly.
    "omment", "omentari", "omentári", "reactie", "reageren",
    # A thread's row of actions (line_chrome.thread_line): the reply.
    "répond", "respond", "rispond", "reageer",
)  # fmt: skip
# Words without which no phrase naming the publisher ("Download the Daily8 app", "Fieldnotes
# republishes ...") can match (see read.py): a lead-in in any case, or a verb as written.
SITE_LEADS = ("download", "get", "explore what", "welcome to", "about")
SITE_VERBS = ("publishes", "gathers", "is a", "brings you")
# Words saying the story was published, in many languages, as a header's line of facts says it
# before its date ("Jo Example, The Daily Example Published 7:40 p.m. ET March 17, 2020":
# shapes._cued_date) and a post's signature under the story ("Posted by Ann at 9:05 PM",
# "veröffentlicht: 25.10.2025": signature.py). Each reader adds its own words to these: the
# header's say it was updated (UPDATED_WORDS), or are headers' words only, not seen in a
# signature (Arabic's, Korean's); the signature's say the post was written or saved
# (WRITTEN_WORDS), or published in Turkish.
PUBLISHED_WORDS = (
    "published", "posted", "veröffentlicht", "publié", "publiée", "publicado", "publicada",
    "pubblicato", "opublikowano", "gepubliceerd", "опубликовано",
)  # fmt: skip
UPDATED_WORDS = (
    "updated", "mis à jour", "actualizado", "atualizado", "aktualisiert", "aggiornato",
    "обновлено",
)  # fmt: skip
HEADER_PUBLISHED_WORDS = (*PUBLISHED_WORDS, *UPDATED_WORDS, "تم نشره", "نشر في", "기사입력", "입력")
# The words a header's line of facts says its date is an update's with (fact_line.py's
# _published_first): the header's own and their other forms and languages.
UPDATE_CUE_WORDS = (
    *UPDATED_WORDS, "modified", "actualizada", "atualizada", "aggiornata", "bijgewerkt",
    "zaktualizowano", "оновлено", "güncellendi", "päivitetty", "opdateret", "oppdatert",
    "uppdaterad",
)  # fmt: skip
WRITTEN_WORDS = ("written", "gespeichert", "geschrieben")
# A currency's sign or name, as a price names it (picture_lines.shop_credit's _PRICE).
MONEY_WORDS = ("$", "€", "£", "eur", "usd", "dollar")
# A web address or an e-mail printed on the line (outlet.py's hosts).
ADDRESS_WORDS = ("://", "www.", "@")
SIGNED_WORDS = (*PUBLISHED_WORDS, *WRITTEN_WORDS, "yayınlanma")


def word_search(words: tuple[str, ...], after: str = "") -> re.Pattern[str]:
    """A search for any of `words` as a whole word (any case), `after` it what must follow."""
    return re.compile(r"\b(?:" + "|".join(map(re.escape, words)) + r")\b" + after, re.I)


FAMILIES = (
    (FOOTER, FOOTER_WORDS), (CONSENT, CONSENT_WORDS), (PROMO, PROMO_WORDS),
    (COMMENTS, COMMENT_WORDS), (MONEY, MONEY_WORDS), (ADDRESS, ADDRESS_WORDS),
)  # fmt: skip


def _key_search(keys: tuple[str, ...]) -> re.Pattern[str]:
    """An sre search for any of `keys` in a lower-cased line, grouped by first letter."""
    return re.compile(any_of(*map(re.escape, keys)))


# sre's way: one search for any word of any family (most lines stop there), then one a family.
_ANY_WORD = _key_search(tuple(key for _, keys in FAMILIES for key in keys))
_FAMILY_SEARCHES = tuple((bit, _key_search(keys)) for bit, keys in FAMILIES)
_FAMILY_SEARCH = dict(_FAMILY_SEARCHES)


def holds(low: str, family: int) -> bool:
    """Whether the lower-cased `low` holds a word of one family (sre)."""
    return _FAMILY_SEARCH[family].search(low) is not None


def families_by_sre(low: str) -> int:
    """The families whose words the lower-cased `low` holds, as bits."""
    if _ANY_WORD.search(low) is None:
        return 0
    return sum(bit for bit, search in _FAMILY_SEARCHES if search.search(low) is not None)


SCANNED = hyperscan is not None  # families() is one scan, whatever the line's length


def byte_literal(key: str) -> bytes:
    """The key's UTF-8 bytes as a Hyperscan expression, every byte escaped: no regex syntax,
    no case folding, no UTF-8 decoding on Hyperscan's side (bytes equal or not)."""
    return b"".join(b"\\x%02x" % byte for byte in key.encode())


def _collect(family: int, _start: int, _end: int, _flags: int, found: list[int]) -> None:
    found.append(family)


if hyperscan is not None:
    # One expression a family, reported once at most (SINGLEMATCH): the bits add up. The
    # binding holds a global lock around each scan, so threads may share the database.
    _DATABASE = database(
        "keywords",
        [b"|".join(map(byte_literal, keys)) for _, keys in FAMILIES],
        [bit for bit, _ in FAMILIES],
        [hyperscan.HS_FLAG_SINGLEMATCH] * len(FAMILIES),
    )

    def families(low: str) -> int:
        """The families whose words the lower-cased `low` holds, as bits."""
        found: list[int] = []
        # surrogatepass: a lone surrogate (never a key's) must not stop the scan.
        _DATABASE.scan(low.encode("utf-8", "surrogatepass"), _collect, context=found)
        return sum(found)

else:
    families = families_by_sre
