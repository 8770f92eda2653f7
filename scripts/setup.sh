#!/usr/bin/env bash
# Installs what Tally's build and tests need, skipping what is already there.
# Idempotent: safe to run on every serve/test. Nothing here downloads a prebuilt
# binary from outside the package registries (crates.io, npm, Debian).
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
TRUNK_VERSION=0.21.14
BINDGEN_VERSION=$(awk '/^name = "wasm-bindgen"$/{getline; gsub(/[^0-9.]/,""); print; exit}' Cargo.lock 2>/dev/null || true)
BINDGEN_VERSION=${BINDGEN_VERSION:-0.2.130}
BINARYEN_VERSION=132.0.0
WANT_BROWSER=${WANT_BROWSER:-1}

say() { printf '[setup] %s\n' "$*" >&2; }

if ! rustup target list --installed 2>/dev/null | grep -q '^wasm32-unknown-unknown$'; then
  say "adding rust target wasm32-unknown-unknown"
  rustup target add wasm32-unknown-unknown
fi

export PATH="$ROOT/.tools/node_modules/.bin:$HOME/.cargo/bin:$PATH"

if ! wasm-opt --version 2>/dev/null | grep -q "version ${BINARYEN_VERSION%%.*}"; then
  say "installing wasm-opt (npm binaryen@$BINARYEN_VERSION) into .tools/"
  npm install --prefix "$ROOT/.tools" --no-audit --no-fund --loglevel=error "binaryen@$BINARYEN_VERSION" >&2
fi

if ! trunk --version 2>/dev/null | grep -q "$TRUNK_VERSION"; then
  say "installing trunk $TRUNK_VERSION (cargo install, several minutes)"
  cargo install trunk --locked --version "$TRUNK_VERSION" >&2
fi

if ! wasm-bindgen --version 2>/dev/null | grep -q "$BINDGEN_VERSION"; then
  say "installing wasm-bindgen-cli $BINDGEN_VERSION (cargo install, a few minutes)"
  cargo install wasm-bindgen-cli --version "$BINDGEN_VERSION" >&2
fi

if [ "$WANT_BROWSER" = 1 ]; then
  if ! { command -v chromium && command -v chromedriver; } >/dev/null 2>&1; then
    say "installing chromium and chromedriver from Debian"
    SUDO=; [ "$(id -u)" = 0 ] || SUDO=sudo
    $SUDO apt-get update -qq >&2
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq chromium chromium-driver >&2
  fi
fi

if [ -f Cargo.lock ]; then
  cargo fetch --locked >&2
fi
say "tools ready: $(trunk --version), $(wasm-bindgen --version), $(wasm-opt --version)"
