#!/usr/bin/env bash
# Make sure the browser tests have a Chromium: Debian's package when we can
# install it (Playwright's own download is unreachable on our machines),
# Playwright's download otherwise. Usage: provision-browser.sh VENV_BIN
set -euo pipefail
venv_bin=${1:?usage: provision-browser.sh VENV_BIN}

have_apt_root() { [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; }
missing_debs() {
  for pkg in "$@"; do
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q 'install ok installed' || echo "$pkg"
  done
}

if have_apt_root; then
  wanted=$(missing_debs chromium fonts-noto-cjk)
  if [ -n "$wanted" ]; then
    echo "Installing Debian packages: $wanted"
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $wanted >/dev/null
  fi
fi

if command -v chromium >/dev/null; then
  echo "Browser tests use $(command -v chromium) ($(chromium --version 2>/dev/null || echo 'version unknown'))"
else
  echo "No system chromium: downloading Playwright's own build"
  "$venv_bin/python" -m playwright install chromium
fi
