#!/usr/bin/env bash
# Refreshes translations/cartera_es.ts and cartera_en.ts from every tr() in core/, ui/ and app/.
# Run it after adding or changing user-visible strings, then translate what it reports as
# unfinished (Qt Linguist: `linguist translations/cartera_es.ts`, or edit the XML), and run
# `ctest -R tst_translationfiles`, which fails while a Spanish translation is missing.
# cartera_en.ts only needs the plural forms ("%n debt(s)" -> "1 debt" / "2 debts").
set -euo pipefail
cd "$(dirname "$0")/.."

LUPDATE="${LUPDATE:-}"
if [ -z "$LUPDATE" ]; then
  for candidate in /usr/lib/qt6/bin/lupdate "$(command -v lupdate6 || true)" "$(command -v lupdate || true)"; do
    if [ -n "$candidate" ] && [ -x "$candidate" ]; then LUPDATE="$candidate"; break; fi
  done
fi
if [ -z "$LUPDATE" ]; then
  echo "lupdate not found: install qt6-l10n-tools (scripts/install-deps.sh) or set LUPDATE." >&2
  exit 1
fi

mkdir -p translations
"$LUPDATE" -silent -locations relative -source-language en -target-language es \
  core ui app -ts translations/cartera_es.ts
"$LUPDATE" -silent -locations relative -pluralonly -source-language en -target-language en \
  core ui app -ts translations/cartera_en.ts

for ts in translations/cartera_es.ts translations/cartera_en.ts; do
  unfinished=$(grep -c 'type="unfinished"' "$ts" || true)
  echo "$ts: $unfinished unfinished"
done
