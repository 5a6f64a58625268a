"""The cheap tests put in front of slow searches in session 20 let through every text the search
matches: checked on lines written for each of the pattern's words (in other cases, with the
letters sre folds onto ASCII and Cyrillic ones: "İ", "ı", "ſ", "K", "ᲂ"), then on every line
of the sample and seed dumps."""

from __future__ import annotations

from newsdesk.extract import facts
from tests.extract.dump_lines import dump_lines

# A line for each word of facts._SHARE_WORD, in several cases and spellings.
SHARE_CRAFTED = [
    "Share this story", "SHARING IS CARING", "ſhare on Harbour", "Email this to someone",
    "E-MAIL", "Tweet", "facebook", "FaceBook Twitter", "Twİtter", "twıtter", "WhatsApp",
    "LİNKEDİN", "lınkedın", "Pinterest", "Telegram", "reddit", "Messenger", "Flipboard",
    "Tumblr", "Google Plus", "google+", "Googleplus", "BlogThis!", "Teilen", "Partager",
    "Partagez", "Compartir", "Compartilhe", "compartilhar", "Condividi", "Delen via Whatsapp",
    "Udostępnij", "Поделиться", "ПОДЕЛИТЬСЯ", "пᲂделиться", "Share on FacebookShare on Twitter",
]  # fmt: skip


def test_share_gate_lets_through_every_match() -> None:
    texts = dump_lines(SHARE_CRAFTED)
    missed = [t for t in texts if facts._SHARE_WORD.search(t) and not facts._may_share(t)]
    assert missed == []


def test_share_crafted_lines_match_the_pattern() -> None:
    """Every crafted line is one the pattern matches (else it checks nothing)."""
    assert [t for t in SHARE_CRAFTED if not facts._SHARE_WORD.search(t)] == []


def test_share_gate_rules_out_lines_without_the_words() -> None:
    assert not facts._may_share("The council voted on Tuesday to repair the old harbour bridge.")
    assert facts.is_share_bar("ſhare on FACEBOOK")
    assert facts.is_share_bar("Twİtter")
    assert not facts.is_share_bar("Harbour Times quits Facebook over the cost of its adverts")
