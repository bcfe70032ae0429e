#!/usr/bin/env python3
"""Authoring aid: lists citations whose quote is not found word for word in its seed file or in
facts.md. The same check runs as a Rust test (tests/quotes.rs)."""
import re, sys, pathlib
root = pathlib.Path(__file__).resolve().parent.parent
shared = root.parent / "shared"
def norm(t):
    t = re.sub(r"\[([^\]]*)\]\([^)]*\)", r"\1", t)  # markdown links keep their text
    t = t.replace("*", "").replace("’", "'").replace("\u00a0", " ")
    return re.sub(r"\s+", " ", t).strip()
seeds = {p.name: norm(p.read_text()) for p in (shared / "seeds").glob("*.txt")}
facts = norm((shared / "domain" / "facts.md").read_text())
src = (root / "assets/rules/sources.ron").read_text()
seed_of = {}
for m in re.finditer(r'id: "([^"]+)",(.*?)\n    \),', src, re.S):
    s = re.search(r'seed: "([^"]+)"', m.group(2))
    seed_of[m.group(1)] = s.group(1) if s else None
bad = 0
for f in sorted((root / "assets/rules").rglob("*.ron")):
    text = f.read_text()
    for m in re.finditer(r'\(source: "([^"]+)", quote: "((?:[^"\\]|\\.)*)"\)', text):
        sid, quote = m.group(1), m.group(2).replace('\\"', '"').replace("\\\\", "\\")
        hay = seeds.get(seed_of.get(sid) or "", None) if seed_of.get(sid) else facts
        if hay is None or norm(quote) not in hay:
            bad += 1
            line = text[:m.start()].count("\n") + 1
            print(f"{f.relative_to(root)}:{line}: {sid}: {quote[:90]}")
print(f"{bad} quote(s) not found")
sys.exit(1 if bad else 0)
