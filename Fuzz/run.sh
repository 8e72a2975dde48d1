#!/usr/bin/env bash
# Fuzzes every reader with random mutations of valid inputs (TMX, JSON Lines, text,
# reference, manifest): a reader may refuse a mutant with an error, never crash.
# usage: Fuzz/run.sh [COUNT per target, default 2000] [SEED, default 1]
# A crash stops the run and leaves its input in .cache/fuzz/last-TARGET.bin.
set -euo pipefail
cd "$(dirname "$0")/.."
swift build -c release --product bitext-fuzz >/dev/null
.build/release/bitext-fuzz --count "${1:-2000}" --seed "${2:-1}" --folder .cache/fuzz 2>/dev/null
