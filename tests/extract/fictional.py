"""Fictional article text shared by the HTML reader's tests (an invented town and guild)."""

from __future__ import annotations

# Four paragraphs of one story, each long enough to read as prose.
LIGHTHOUSE_STORY = [
    "The lighthouse keepers of Cape Morrow voted on Friday to open the tower to visitors "
    "again, three winters after a storm cracked the lantern room and closed the stairs.",
    "The keepers' guild said the repairs, paid for by a harbour levy, had been finished in "
    "the spring and that the stairs were now safer than at any time since they were built.",
    "Visitors will climb in groups of twelve, twice a day, and a small museum of lamps and "
    "logbooks will open in the old oil store beside the tower at the end of the month.",
    "The guild's chair, Orla Penhallow, said the first tickets had sold out within an hour "
    "and that a waiting list would open on the Morrow Courier's site next week.",
]
