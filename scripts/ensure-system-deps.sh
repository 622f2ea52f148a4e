#!/usr/bin/env bash
# Check the Debian packages the test suite needs; install the missing ones with apt-get when running as root,
# otherwise print the exact command and fail. Add a package here as: check + its name in PACKAGES.
set -euo pipefail

# fonts-liberation: Liberation Sans, the Arial-metric face the printed step sheet asks for (tests/print measures it).
PACKAGES=(chromium fonts-noto-cjk fonts-liberation poppler-utils graphviz)

missing_packages() {
  local missing=()
  [[ -x /usr/bin/chromium ]] || missing+=(chromium)
  if ! command -v fc-list >/dev/null 2>&1; then
    missing+=(fontconfig fonts-noto-cjk)
  else
    fc-list :lang=ja family | grep -q "Noto Sans CJK" || missing+=(fonts-noto-cjk)
    fc-list : family | grep -q "Liberation Sans" || missing+=(fonts-liberation)
  fi
  command -v pdftotext >/dev/null 2>&1 || missing+=(poppler-utils)
  command -v dot >/dev/null 2>&1 || missing+=(graphviz)
  echo "${missing[*]}"
}

missing="$(missing_packages)"
if [[ -z "$missing" ]]; then
  echo "System packages present: chromium, Noto Sans CJK, Liberation Sans, pdftotext, dot."
  exit 0
fi

to_install=("${PACKAGES[@]}")
[[ " $missing " == *" fontconfig "* ]] && to_install+=(fontconfig)

if [[ "$(id -u)" -ne 0 ]]; then
  echo "Missing system packages: $missing" >&2
  echo "Install them as root, then run make test again:" >&2
  echo "  apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y ${to_install[*]}" >&2
  exit 1
fi

echo "Installing missing system packages ($missing) with apt-get..."
apt-get update
DEBIAN_FRONTEND=noninteractive apt-get install -y "${to_install[@]}"

still_missing="$(missing_packages)"
if [[ -n "$still_missing" ]]; then
  echo "Still missing after apt-get install: $still_missing" >&2
  exit 1
fi
