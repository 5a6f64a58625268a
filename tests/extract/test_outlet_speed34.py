"""The copyright line's pieces are the same whichever of _NOT_NAME's two forms reads them."""

from __future__ import annotations

import pytest

from newsdesk.extract.text import outlet_names as names

LINES = [
    " 2031 Harbour Times Ltd. All rights reserved.",
    " 2031-2033 Harbour Times | Privacy",
    " Harbour Times, a Fenwick Media company",
    " 2031 Harbour Times. Powered by Quillpress",
    " Copyright 2031 Gazette of Lornholm • Tous droits réservés",
    " 2031 Valdera Post: alle Rechte vorbehalten",
    " Valdera Diário - todos os direitos reservados 2031",
    " Tutti i diritti riservati, Corriere di Brena 2031",
    " 2031 The Wall Street Porter",  # "all" inside a word: the full form reads it
    " 2031 Lornholm Radio; ALL RIGHTS RESERVED",
    " 2031 RİGHTS Ledger",  # a dotted capital I, which IGNORECASE reads as "i"
    " 2031 Kıyı Haber, rıghts reserved",  # a dotless i, which IGNORECASE reads as "i"
    " 2031 Fieldnotes Weekly. Site by Inkwell Studio",
]


@pytest.mark.parametrize("text", LINES)
def test_pieces_are_the_full_patterns(text: str) -> None:
    full = [m.span() for m in names._NOT_NAME.finditer(text)]
    assert [m.span() for m in names._not_name(text).finditer(text)] == full
    assert names._pieces(text) == [p.strip(names._STRIP) for p in names._NOT_NAME.split(text)]


def test_a_plain_line_is_read_without_the_words() -> None:
    assert names._not_name(" 2031 Harbour Times Ltd. | Privacy") is names._NOT_NAME_PLAIN
    assert names._not_name(" 2031 Harbour Times. Rights reserved") is names._NOT_NAME
    assert names._first_piece(" 2031 Harbour Times Ltd. | Privacy") == "Harbour Times Ltd"
