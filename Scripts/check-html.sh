#!/usr/bin/env bash
# Renders an HTML report in headless Chromium (Debian `chromium`) and fails on any console
# error or when the page does not render its alignment table and plot.
# usage: Scripts/check-html.sh REPORT.html
set -euo pipefail
page=${1:?usage: Scripts/check-html.sh REPORT.html}
browser=$(command -v chromium || command -v chromium-browser || true)
if [ -z "$browser" ]; then
  echo "check-html: chromium is not installed (apt-get install chromium); nothing checked" >&2
  exit 2
fi
profile=$(mktemp -d)
log=$(mktemp)
trap 'rm -rf "$profile" "$log"' EXIT
dom=$(timeout 60 "$browser" --headless=new --no-sandbox --disable-gpu --no-first-run \
  --user-data-dir="$profile" --enable-logging=stderr --v=0 --virtual-time-budget=2000 \
  --dump-dom "file://$(realpath "$page")" 2>"$log")
if grep -E "CONSOLE|Uncaught|console\(" "$log" | grep -viE "dbus|gcm|vaapi" >/dev/null; then
  echo "check-html: console errors in $page:" >&2
  grep -E "CONSOLE|Uncaught" "$log" >&2
  exit 1
fi
for needle in '<table class="align">' '<svg' '<circle' 'id="lowonly"'; do
  if ! grep -qF "$needle" <<<"$dom"; then
    echo "check-html: $page did not render $needle" >&2
    exit 1
  fi
done
echo "check-html: $page renders in $("$browser" --version 2>/dev/null | head -1) with no console errors"
