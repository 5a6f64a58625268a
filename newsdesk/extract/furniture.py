"""The words pages use for their own furniture, in the languages the readers know: shared by
the HTML reader and the text-dump reader, so both leave out the same "Read also" boxes.
"""

from __future__ import annotations

import re


def any_of(*alternatives: str) -> str:
    """The alternatives as one regular expression, grouped by their first letter. sre tries a
    plain alternation's branches one by one: a hundred headers made a line 0.8 us to fail; in
    groups, only the branches of the line's own first letter are tried (0.4 us)."""
    groups: dict[str, list[str]] = {}
    for alternative in alternatives:
        first = alternative[0]
        # A group, a class or an escape first: a branch of its own.
        key = first.lower() if first.isalpha() else alternative
        groups.setdefault(key, []).append(alternative)
    branches = []
    for key, members in groups.items():
        if len(members) == 1:
            branches.append(members[0])
        else:
            branches.append(re.escape(key) + "(?:" + "|".join(m[1:] for m in members) + ")")
    return "|".join(branches)


# "Read also" in the languages the readers know: over a box of other stories' titles, or in
# front of one title inside the body ("Lire aussi : ...").
READ_ALSO = (
    "related news", "related", "read also", "also read", "see also", "read more",
    "more on this", "related reading", "recommended reading", "suggested reading",
    # The same in other languages: German, French, Spanish, Portuguese, Italian, Dutch,
    # Indonesian, Turkish, Russian, Arabic ...
    "lesen sie auch", "mehr zum thema", "à lire aussi", "a lire aussi", "lire aussi", "voir aussi",
    "lea también", "lee también", "mira también", "leia também", "veja também", "leggi anche",
    "lees ook", "baca juga", "ayrıca oku", "читайте также", "إقرأ أيضا", "اقرأ أيضا", "إقرأ أيضاً",
    "اقرأ أيضاً",
    # ... Finnish, Swedish, Danish, Norwegian, Polish, Czech, Slovak, Romanian, Croatian
    # and Serbian, Slovenian, Ukrainian, Bulgarian, Greek, Vietnamese, Albanian, Hebrew,
    # Persian, Urdu, Hindi, Chinese, Japanese, Korean, Armenian, Thai.
    "lue myös", "läs (?:också|även)", "læs også", "les også",
    "czytaj (?:także|też|również)", "zobacz (?:także|też|również)", "čtěte (?:také|též)",
    "přečtěte si (?:také|též)", "čítajte (?:aj|tiež)", "citește și", "citeste si",
    "pročitajte (?:još|i)", "preberite še", "читайте також", "прочетете още",
    "διαβάστε (?:επίσης|ακόμη)", "xem thêm", "đọc thêm", "lexo (?:edhe|më shumë)",
    "lexoni (?:edhe|më shumë)", "קראו (?:עוד|גם)", "بیشتر بخوانید", "یہ بھی پڑھیں",
    "यह भी पढ़ें", "ये भी पढ़ें", "相关阅读", "延伸阅读", "相關閱讀", "関連記事", "관련 ?기사",
    "կարդացեք նաև", "อ่านเพิ่มเติม",
)  # fmt: skip
# A block that opens with "Read also", alone or before a title (the HTML reader's test).
READ_ALSO_START = re.compile(r"^(?:" + any_of(*READ_ALSO) + r")(?:\s*[:|>»-]|$)", re.I)
