#!/usr/bin/env bash
# Speed and memory of Bitext, measured (not a timed test).
#  1. Synthetic Chinese–English pairs of 1k, 10k and 100k sentences per side (generated
#     from CC-CEDICT words by Benchmarks/Sources/bitext-benchmark, with 1-2 splits and
#     sentences without counterpart), each aligned in its own process: wall time,
#     sentences per second, peak memory, accuracy against the generator's truth, and the
#     growth exponents of time and memory against size.
#     Then the largest size again with repetitive text (`--kind repeated`: half the
#     sentences drawn from a pool of 20, as in legislation or dialogue).
#  2. Many small documents in batch mode: wall time, CPU use (200% = both cores busy)
#     and peak memory for 100,000 sentences per side cut into 2,000 generated document
#     pairs of 50 sentences (one sentence per line), and for a folder of 1,000 copies of
#     Alignments/samples/tea-essay.txt (the whole reader runs).
#  Alignment here uses the dictionary only (no sentence encoder: its cost is measured by
#  `.build/release/bitext-benchmark embed 2000`).
#  3. Reading: 1,000,000 short lines through `bitext segment` (a random mix of Chinese,
#     English, headings, list lines and quotes; and one paragraph of 1,000,000 lines that
#     all join): wall time and peak memory (reading is linear in the number of lines).
# usage: Benchmarks/run.sh [SIZES…]    (default: 1000 10000 100000)
set -euo pipefail
cd "$(dirname "$0")/.."
Scripts/setup.sh
swift build -c release --product bitext-benchmark >/dev/null
swift build -c release --product bitext >/dev/null
sizes=("${@:-1000 10000 100000}")
[ $# -eq 0 ] && sizes=(1000 10000 100000)
results=$(mktemp)
for n in "${sizes[@]}"; do
  .build/release/bitext-benchmark "$n" | tee -a "$results" >&2
done
largest=${sizes[${#sizes[@]}-1]}
.build/release/bitext-benchmark "$largest" --kind repeated | tee -a "$results" >&2
python3 - "$results" <<'PY'
import json, math, sys
rows = [json.loads(l) for l in open(sys.argv[1])]
print("| text | sentences (zh / en) | seconds | sentences/s | peak memory | link P / R |")
print("|---|---|---|---|---|---|")
for r in rows:
    print("| %s | %d / %d | %.1f | %d | %.0f MiB | %.3f / %.3f |" % (
        r["kind"], r["sentences_zh"], r["sentences_en"], r["seconds"], r["sentences_per_second"],
        r["peak_rss_mib"], r["link_precision"], r["link_recall"]))
varied = [r for r in rows if r["kind"] == "varied"]
for a, b in zip(varied, varied[1:]):
    k = math.log(b["sentences_zh"] / a["sentences_zh"])
    print("growth %d→%d: time exponent %.2f, memory exponent %.2f" % (
        a["sentences_zh"], b["sentences_zh"], math.log(b["seconds"] / a["seconds"]) / k,
        math.log(b["peak_rss_mib"] / a["peak_rss_mib"]) / k))
PY
corpus=$(mktemp -d)
out=$(mktemp -d)
trap 'rm -rf "$corpus" "$out" "$results"' EXIT
.build/release/bitext-benchmark documents "$largest" --out "$corpus/documents"
/usr/bin/time -f "$largest sentences a side in 50-sentence documents: %e s wall, %P CPU, %M KB peak" \
  .build/release/bitext align "$corpus/documents" --out-dir "$out/documents" --split lines \
  --model none >/dev/null 2>"$out.log" || true
tail -1 "$out.log"
rm -rf "$corpus/documents"
mkdir -p "$corpus/tea"
for i in $(seq -w 1 1000); do cp Alignments/samples/tea-essay.txt "$corpus/tea/essay-$i.txt"; done
/usr/bin/time -f "1000 copies of tea-essay.txt: %e s wall, %P CPU, %M KB peak" \
  .build/release/bitext align "$corpus/tea" --out-dir "$out/tea" --model none >/dev/null 2>"$out.log" || true
tail -1 "$out.log"
rm -f "$out.log"
python3 - "$corpus/mixed.txt" "$corpus/paragraph.txt" <<'PY'
import random, sys
random.seed(2)
kinds = ["我们今天去了，", "and then we", "猫。", "The cat sat.", "", "x", "第一章", "1.", "- item", "“引号", "』"]
with open(sys.argv[1], "w") as f:
    for _ in range(1_000_000): f.write(random.choice(kinds) + "\n")
with open(sys.argv[2], "w") as f:
    for _ in range(1_000_000): f.write("我们今天去了，\n")
PY
for input in mixed paragraph; do
  /usr/bin/time -f "segment 1,000,000 lines ($input): %e s wall, %M KB peak" \
    .build/release/bitext segment "$corpus/$input.txt" --format jsonl 2>&1 >/dev/null | tail -1
done
echo "machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo), $(uname -m), swift $(swift --version 2>&1 | head -1 | sed 's/.*version \([0-9.]*\).*/\1/')"
