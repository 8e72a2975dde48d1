#!/usr/bin/env bash
# Extracts the MAC-Dev set (6 literary chapters, Chinese and English one sentence per
# line, gold beads; from github:bfsujason/bertalign, data/mac/dev) into .cache/mac-dev/,
# which git ignores. Only the dev split is extracted: the test split of that repository
# (corpus/mac/test, eval/mac/test) is a held-out measure and is never read.
#
# The repository is brought by the workplace search tool's fetch
# (github:bfsujason/bertalign → /work/.mirror/bfsujason+bertalign/repo); give another
# git directory as the first argument, or let the script clone it when the network allows.
# usage: Scripts/get-mac-dev.sh [GIT_DIR]
set -euo pipefail
cd "$(dirname "$0")/.."
out=.cache/mac-dev
if [ -s "$out/gold/006.align" ]; then exit 0; fi
repo=${1:-/work/.mirror/bfsujason+bertalign/repo}
if ! git --git-dir="$repo" rev-parse --verify -q HEAD >/dev/null 2>&1; then
  repo=$(mktemp -d)/bertalign.git
  echo "get-mac-dev: cloning github.com/bfsujason/bertalign" >&2
  git clone -q --bare https://github.com/bfsujason/bertalign "$repo"
fi
# The newest commit that still has the dev data (later commits removed data/).
commit=$(git --git-dir="$repo" log --all -n 1 --format=%H -- data/mac/dev/gold/001.align)
if git --git-dir="$repo" cat-file -e "$commit:data/mac/dev/gold/001.align" 2>/dev/null; then
  :
else
  commit=$(git --git-dir="$repo" rev-parse "$commit^")
fi
mkdir -p "$out/zh" "$out/en" "$out/gold"
for i in 001 002 003 004 005 006; do
  git --git-dir="$repo" show "$commit:data/mac/dev/zh/$i" >"$out/zh/$i"
  git --git-dir="$repo" show "$commit:data/mac/dev/en/$i" >"$out/en/$i"
  git --git-dir="$repo" show "$commit:data/mac/dev/gold/$i.align" >"$out/gold/$i.align"
done
git --git-dir="$repo" show "$commit:data/mac/dev/meta_data.tsv" >"$out/meta_data.tsv"
echo "get-mac-dev: MAC-Dev (commit ${commit:0:12}) in $out" >&2
