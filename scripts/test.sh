#!/usr/bin/env bash
# The one gate: type-check, lint, layering rule, then every vitest suite (unit, storage on SQLite
# and PostgreSQL, PKCS#11 on SoftHSM2, openssl as outside client, Chromium end-to-end, replays).
set -euo pipefail
cd "$(dirname "$0")/.."
echo "== type-check (tsc)"
npx tsc --noEmit
echo "== lint (biome)"
npx biome check .
echo "== layering (dependency-cruiser)"
npx depcruise --config .dependency-cruiser.cjs core bot adapters
echo "== tests (vitest)"
npx vitest run "$@"
