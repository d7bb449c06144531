#!/usr/bin/env bash
# Installs what loom needs to build and test on Debian 12, and nothing when everything is already there.
# Safe to run any number of times. Needs root (or sudo) only when something is missing.
set -euo pipefail

# libclang-rt-14-dev holds clang's sanitizer runtimes and libFuzzer (the asan, tsan and fuzz presets); clang
# only recommends it, and recommendations are not installed here.
packages=(cmake make g++ pkg-config libmozjs-102-dev libuv1-dev libjemalloc-dev libgtest-dev googletest clang
          libclang-rt-14-dev)

missing=()
for pkg in "${packages[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$pkg")
  fi
done

if [ ${#missing[@]} -eq 0 ]; then
  echo "setup: all dependencies present"
  exit 0
fi

echo "setup: installing ${missing[*]}"
sudo_cmd=()
if [ "$(id -u)" != 0 ]; then sudo_cmd=(sudo); fi
export DEBIAN_FRONTEND=noninteractive
"${sudo_cmd[@]}" apt-get update
"${sudo_cmd[@]}" apt-get install -y --no-install-recommends "${missing[@]}"
