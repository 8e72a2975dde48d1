#!/usr/bin/env python3
"""Share of reference sentences whose boundaries `bitext segment` reproduces.

usage: Scripts/segcheck.py GOLD.json SEEDS_DIR [--show]
A reference string agrees when a unit starts and ends where it does in the source
(whitespace ignored; markup and punctuation at the edges tolerated).
"""
import json, os, subprocess, sys
sys.path.insert(0, os.path.join(os.path.dirname(__file__), "..", "..", "shared", "eval"))
from goldcheck import strip_ws, resolve

gold = json.load(open(sys.argv[1], encoding="utf-8"))
seeds = sys.argv[2]
path = os.path.join(seeds, gold["source"])
raw = open(path, "rb").read()
text = raw.decode("utf-8")
# Map byte offsets -> stripped-source char index.
stripped_index, b2s, n = [], {}, 0
byte = 0
for ch in text:
    b2s[byte] = n
    if not ch.isspace():
        n += 1
    byte += len(ch.encode("utf-8"))
b2s[byte] = n
import re
src = strip_ws(text)
masked = re.sub(r"</?su[pb]>", lambda m: "#" * len(m.group()), src)
out = subprocess.run([".build/debug/bitext", "segment", path, "--format", "jsonl"], capture_output=True, text=True).stdout
starts, ends = set(), set()
def norm(pos, direction):
    # skip non-alphanumeric characters at the edge
    while 0 <= pos < len(src) and direction > 0 and not masked[pos].isalnum():
        pos += 1
    while 0 < pos <= len(src) and direction < 0 and not masked[pos - 1].isalnum():
        pos -= 1
    return pos
units = [json.loads(l) for l in out.splitlines()]
for u in units:
    starts.add(norm(b2s[u["start"]], 1)); ends.add(norm(b2s[u["end"]], -1))
total = ok = 0
bad = []
for b in gold["beads"]:
    for e in b["zh"] + b["en"]:
        s, t = resolve(src, e)
        total += 1
        if norm(s, 1) in starts and norm(t, -1) in ends:
            ok += 1
        else:
            bad.append(e if isinstance(e, str) else e["text"])
print("%s: %d/%d reference sentences agree (%.1f%%)" % (gold["source"], ok, total, 100.0 * ok / total))
if "--show" in sys.argv:
    for x in bad: print("  MISS:", x[:150])
