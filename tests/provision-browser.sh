#!/usr/bin/env bash
# Make sure the browser tests have a Chromium: Debian's package when we can
# install it (Playwright's own download is unreachable on our machines),
# Playwright's download otherwise. Then the checkers the accessibility and
# HTML validity tests run (axe-core, Nu HTML Checker) in .tools/.
# Usage: provision-browser.sh VENV_BIN
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
  # The HTML validity checker runs on Java; its and axe-core's packages come with npm.
  command -v java >/dev/null || wanted="$wanted default-jre-headless"
  command -v npm >/dev/null || wanted="$wanted npm"
  wanted=$(echo $wanted)
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

# The accessibility (axe-core) and HTML validity (Nu HTML Checker) tests use
# npm packages kept in .tools/ (git-ignored), at exact versions. Install
# only when a pinned version is missing; --ignore-scripts skips vnu-jar's
# postinstall, which would try to download a JDK from GitHub (the jar itself
# ships in the package and runs on the system Java).
AXE_CORE_VERSION=4.14.1
VNU_JAR_VERSION=26.9.27
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
tools="$root/.tools"
installed_version() {  # prints the version of an npm package in .tools, if any
  "$venv_bin/python" - "$tools/node_modules/$1/package.json" <<'PY'
import json, sys
try:
    with open(sys.argv[1], encoding="utf-8") as manifest:
        print(json.load(manifest)["version"])
except (OSError, ValueError, KeyError):
    pass
PY
}
wanted_npm=()
[ "$(installed_version axe-core)" = "$AXE_CORE_VERSION" ] && [ -f "$tools/node_modules/axe-core/axe.min.js" ] \
  || wanted_npm+=("axe-core@$AXE_CORE_VERSION")
[ "$(installed_version vnu-jar)" = "$VNU_JAR_VERSION" ] && [ -f "$tools/node_modules/vnu-jar/build/dist/vnu.jar" ] \
  || wanted_npm+=("vnu-jar@$VNU_JAR_VERSION")
if [ ${#wanted_npm[@]} -gt 0 ]; then
  if ! command -v npm >/dev/null; then
    echo "npm is needed to install ${wanted_npm[*]} into .tools/ for the accessibility and HTML validity tests" >&2
    exit 1
  fi
  echo "Installing into .tools/: ${wanted_npm[*]}"
  # Both packages are always named so that npm keeps the one already there.
  npm install --prefix "$tools" --no-save --no-audit --no-fund --ignore-scripts --loglevel=error \
    "axe-core@$AXE_CORE_VERSION" "vnu-jar@$VNU_JAR_VERSION"
  if [ "$(installed_version axe-core)" != "$AXE_CORE_VERSION" ] || [ "$(installed_version vnu-jar)" != "$VNU_JAR_VERSION" ]; then
    echo "npm did not leave axe-core@$AXE_CORE_VERSION and vnu-jar@$VNU_JAR_VERSION in .tools/" >&2
    exit 1
  fi
fi
echo "Accessibility tests use axe-core $(installed_version axe-core) (.tools/node_modules/axe-core/axe.min.js)"
if command -v java >/dev/null; then
  java_version=$(java -version 2>&1 | head -n 1)
  echo "HTML validity tests use vnu-jar $(installed_version vnu-jar) (.tools/node_modules/vnu-jar/build/dist/vnu.jar) on $java_version"
else
  echo "HTML validity tests will be skipped: no java on PATH (install a Java 11+ runtime, e.g. Debian default-jre-headless)"
fi
