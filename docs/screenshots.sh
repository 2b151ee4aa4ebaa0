#!/usr/bin/env bash
# Regenerates docs/report-ja.png and docs/report-en.png: the sample HTML report, rendered by headless
# Chromium (Debian package `chromium`) at 1280x2000. Run from anywhere; needs Maven, /usr/bin/chromium and a
# Japanese font (Debian: fonts-ipafont-gothic or fonts-noto-cjk), or the Japanese page shows empty boxes.
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -B -q install -pl core -DskipTests
mvn -B -q test -pl core -Dtest=ReportScreenshots -Dsurefire.failIfNoSpecifiedTests=false -Dkizuki.screenshots=true
ls -l docs/report-ja.png docs/report-en.png
