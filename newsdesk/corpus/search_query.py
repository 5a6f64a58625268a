"""The search box's query language: words, "phrases", prefix* words, OR and -exclusions.

A query is parsed here into terms, then rebuilt for the backend with every word quoted (FTS5) or
bound as a parameter (PostgreSQL), so no query text is ever interpreted as syntax by the
database: a malformed query gets a `QueryError` naming the problem.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from typing import Any

import regex
from sqlalchemy import Text, func, literal, literal_column
from sqlalchemy.sql.expression import UnaryExpression
from sqlalchemy.sql.operators import custom_op

from newsdesk.corpus.read import QueryError

_ENGLISH = literal_column("'english'::regconfig")  # a constant, never user text


@dataclass
class Term:
    text: str  # one word or a phrase of words
    prefix: bool = False


@dataclass
class ParsedQuery:
    groups: list[list[Term]]  # AND of ORs
    excluded: list[Term]


_TOKEN = re.compile(r'"[^"]*"|\S+')
# A word runs on through its marks: Python's \w stops at a Devanagari vowel sign or a combining
# accent, which would split one word into fragments no index holds.
_WORD = regex.compile(r"[\w\p{M}]+")
_WORD_PIECES = regex.compile(f"({_WORD.pattern})")  # the same words, kept by split


def word_pieces(text: str) -> list[str]:
    """`text` cut at its words, as the query's words are cut: gaps at even places, words at odd."""
    return _WORD_PIECES.split(text)


def parse_query(query: str) -> ParsedQuery:
    """Parse the small query language; raises QueryError with a message for bad queries."""
    query = unicodedata.normalize("NFC", query)  # as the stored text is (extract/composed.py)
    if query.count('"') % 2:
        raise QueryError(f"{query!r}: unbalanced double quote")
    groups: list[list[Term]] = []
    excluded: list[Term] = []
    pending_or = False
    for token in _TOKEN.findall(query):
        if token == "OR":
            if not groups or pending_or:
                raise QueryError(f"{query!r}: OR needs a word on each side")
            pending_or = True
            continue
        negate = token.startswith("-") and len(token) > 1
        token = token[1:] if negate else token
        prefix = token.endswith("*") and not token.startswith('"')
        words = _WORD.findall(token)
        if not words:
            continue
        term = Term(" ".join(words), prefix=prefix and len(words) == 1)
        if negate:
            excluded.append(term)
        elif pending_or:
            groups[-1].append(term)
        else:
            groups.append([term])
        pending_or = False
    if pending_or:
        raise QueryError(f"{query!r}: OR needs a word on each side")
    if not groups:
        raise QueryError(f"{query!r}: nothing to search for (give at least one word)")
    return ParsedQuery(groups, excluded)


def fts5_query(parsed: ParsedQuery) -> str:
    def term(t: Term) -> str:
        return f'"{t.text}"' + ("*" if t.prefix else "")

    positive = " AND ".join("(" + " OR ".join(term(t) for t in g) + ")" for g in parsed.groups)
    return positive + "".join(f" NOT {term(t)}" for t in parsed.excluded)


def pg_query(parsed: ParsedQuery) -> Any:
    """A tsquery expression built from bound parameters only."""

    def term(t: Term) -> Any:
        if t.prefix:
            return func.to_tsquery(_ENGLISH, literal(t.text, Text) + literal(":*", Text))
        return func.phraseto_tsquery(_ENGLISH, literal(t.text, Text))

    query: Any = None
    for group in parsed.groups:
        alternatives = term(group[0])
        for t in group[1:]:
            alternatives = alternatives.op("||")(term(t))
        query = alternatives if query is None else query.op("&&")(alternatives)
    for t in parsed.excluded:
        query = query.op("&&")(UnaryExpression(term(t), operator=custom_op("!!")))
    return query
