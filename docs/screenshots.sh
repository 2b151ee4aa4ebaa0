#!/usr/bin/env bash
# Regenerates docs/report-ja.png and docs/report-en.png: the HTML report of the bundled sample operator
# (as of 2026-11-30), rendered by headless Chromium (Debian package `chromium`) at 1280x2000. Run from
# anywhere; needs Maven, /usr/bin/chromium and a Japanese font (Debian: fonts-ipafont-gothic or
# fonts-noto-cjk), or the Japanese page shows empty boxes.
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -B -q -DskipTests package
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
for lang in ja en; do
  java -jar examples/cli/target/kizuki.jar assess examples/data/sample-operator --as-of 2026-11-30 \
    --format html --lang "$lang" --out "$work/report-$lang.html"
  chromium --headless --no-sandbox --disable-gpu --disable-quic --no-first-run \
    --disable-background-networking --disable-component-update --disable-sync \
    --user-data-dir="$work/profile-$lang" --hide-scrollbars --window-size=1280,2000 \
    --screenshot="$PWD/docs/report-$lang.png" "file://$work/report-$lang.html" 2>/dev/null
done
ls -l docs/report-ja.png docs/report-en.png
