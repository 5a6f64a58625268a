"""Scores summed (micro F1), the best option of a page, and the reports of `oracle` and
`bounds-report`."""

from __future__ import annotations


def f1_of(tp: int, fp: int, fn: int) -> float:
    return 2 * tp / (2 * tp + fp + fn) if tp else 0.0


def errors_of(score: tuple[int, int, int]) -> int:
    return score[1] + score[2]


def micro(scores: list[tuple[int, int, int]]) -> float:
    tp = sum(s[0] for s in scores)
    fp = sum(s[1] for s in scores)
    fn = sum(s[2] for s in scores)
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return 2 * p * r / (p + r) if p + r else 0.0


def best_option(row: dict) -> int | None:  # type: ignore[type-arg]
    """The option of the fewest errors (fp + fn; the picked one on a tie)."""
    opts = row["options"]
    if not opts:
        return None
    return min(range(len(opts)), key=lambda k: (errors_of(opts[k]["score"]), not opts[k]["picked"]))


def by_set(rows: list[dict]) -> dict[tuple[str, str], list[dict]]:  # type: ignore[type-arg]
    groups: dict[tuple[str, str], list[dict]] = {}  # type: ignore[type-arg]
    for r in rows:
        groups.setdefault((r["set"], r["renderer"]), []).append(r)
    return groups


def oracle(rows: list[dict], only_candidates: bool = False) -> None:  # type: ignore[type-arg]
    groups = by_set(rows)
    print(f"{'set':6} {'renderer':10} pages  F1 now  oracle  hand-only  missed  (multi)")
    for key in sorted(groups):
        now, best, hand, missed, multi = [], [], [], 0, 0
        for r in groups[key]:
            now.append(tuple(r["now"]))
            opts = r["options"]
            if only_candidates:
                opts = [o for o in opts if o["hand"] or o["span"] in _cands(r)]
            if not opts:
                best.append(tuple(r["now"]))
                hand.append(tuple(r["now"]))
                continue
            multi += len(opts) > 1
            k = best_option({"options": opts}) or 0
            best.append(tuple(opts[k]["score"]))
            h = [o for o in opts if o["hand"]]
            hand.append(tuple(h[0]["score"]) if h else tuple(r["now"]))
            if errors_of(opts[k]["score"]) < errors_of(r["now"]) - 0.02:
                missed += 1
        print(f"{key[0]:6} {key[1]:10} {len(groups[key]):5}  {micro(now):.4f}  {micro(best):.4f}"
              f"  {micro(hand):.4f}  {missed:6}  ({multi})")  # fmt: skip


def _cands(row: dict) -> list:  # type: ignore[type-arg]
    return [o["span"] for o in row["options"][: row.get("candidates", len(row["options"]))]]


def bounds_report(rows: list[dict], found: list[dict]) -> None:  # type: ignore[type-arg]
    """Per set and renderer: F1 now and with the best of each kind of moved edge (pages not
    read by `bounds` keep their score)."""
    by_page = {(b["set"], b["renderer"], b["page"]): b for b in found if "options" in b}
    kinds = {
        "start+-15": lambda b, o: o["kind"] == "start",
        "start+-5": lambda b, o: o["kind"] == "start" and abs(o["span"][0] - b["picked"][0]) <= 5,
        "start@edge": lambda b, o: o["kind"] == "start" and _at_edge(b["marks"], o["span"][0]),
        "end+-15": lambda b, o: o["kind"] == "end",
        "end+-5": lambda b, o: o["kind"] == "end" and abs(o["span"][1] - b["picked"][1]) <= 5,
        "merge": lambda b, o: o["kind"] == "merge",
        "any": lambda b, o: True,
    }
    groups = by_set(rows)
    print(f"{'set':6} {'renderer':10}   now " + " ".join(f"{k:>10}" for k in kinds))
    for key in sorted(groups):
        line = f"{key[0]:6} {key[1]:10} {micro([tuple(r['now']) for r in groups[key]]):.4f}"
        for test in kinds.values():
            scores = []
            for r in groups[key]:
                b = by_page.get((r["set"], r["renderer"], r["page"]))
                opts = [o["score"] for o in b["options"] if test(b, o)] if b else []
                scores.append(min([tuple(r["now"]), *opts], key=errors_of))
            line += f" {micro(scores):10.4f}"
        print(line)


def _at_edge(marks: dict, i: int) -> bool:  # type: ignore[type-arg]
    """A start where a story may begin: below a barrier, a headline, a header or a list."""
    above, here = marks.get(i - 1, {}), marks.get(i, {})
    edge = ("barrier", "edge", "heads", "header", "title", "list")
    return any(above.get(k) for k in edge) or bool(here.get("heads"))
