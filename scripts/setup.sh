#!/usr/bin/env bash
# One-time set-up of a fresh clone: the system packages the project runs against (SoftHSM2 as the
# PKCS#11 token, opensc's pkcs11-tool, openssl, Chromium for the web-chat test), then `npm ci`.
# Safe to run again: it installs only what is missing.
set -euo pipefail
cd "$(dirname "$0")/.."

need=()
command -v softhsm2-util >/dev/null 2>&1 || need+=(softhsm2)
command -v pkcs11-tool >/dev/null 2>&1 || need+=(opensc)
command -v openssl >/dev/null 2>&1 || need+=(openssl)
command -v chromium >/dev/null 2>&1 || need+=(chromium)
if [ ${#need[@]} -gt 0 ]; then
  echo "setup: installing system packages: ${need[*]}"
  SUDO=""
  [ "$(id -u)" -ne 0 ] && SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
  echo "setup: system packages installed"
else
  echo "setup: system packages present (softhsm2, opensc, openssl, chromium)"
fi

if [ -f node_modules/.package-lock.json ] && [ node_modules/.package-lock.json -nt package-lock.json ] && [ -d generated/prisma-sqlite ]; then
  echo "setup: node modules up to date"
else
  echo "setup: npm ci"
  npm ci --no-audit --no-fund
fi
