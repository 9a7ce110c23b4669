#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 Tsunagu contributors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Sets up a Debian 12 machine for Tsunagu and builds it, then:
#   setup.sh demo   starts the desktop app on the demo branch file
#   setup.sh test   runs every test (fails when none ran)
#   setup.sh build  only installs and builds
#   setup.sh install  only installs the packages (and TSUNAGU_EXTRA_PACKAGES)
# Works as root and as a user with sudo. Set TSUNAGU_BUILD_DIR to build elsewhere.
set -euo pipefail

action=${1:-build}
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
build_dir=${TSUNAGU_BUILD_DIR:-$root/build}

packages=(
    build-essential cmake ninja-build pkg-config
    qt6-base-dev qt6-base-dev-tools qt6-charts-dev libqt6opengl6-dev libgl-dev
    libqt6sql6-sqlite libsqlite3-dev qt6-tools-dev qt6-l10n-tools qt6-translations-l10n
    catch2 sqlite3 poppler-utils fonts-morisawa-bizud-gothic
    xvfb xauth
)
# shellcheck disable=SC2206 # a space-separated list on purpose
packages+=(${TSUNAGU_EXTRA_PACKAGES:-})

as_root() {
    if [ "$(id -u)" -eq 0 ]; then
        "$@"
    elif command -v sudo >/dev/null 2>&1; then
        sudo "$@"
    else
        echo "setup.sh: installing packages needs root or sudo" >&2
        exit 1
    fi
}

install_packages() {
    local missing=()
    for package in "${packages[@]}"; do
        if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed"; then
            missing+=("$package")
        fi
    done
    if [ ${#missing[@]} -gt 0 ]; then
        echo "Installing: ${missing[*]}"
        as_root apt-get update
        as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
    fi
}

build() {
    local options=(-G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo)
    if [ "${CI:-}" = "true" ]; then
        options+=(-DTSUNAGU_WARNINGS_AS_ERRORS=ON)
    fi
    cmake -S "$root" -B "$build_dir" "${options[@]}"
    cmake --build "$build_dir" --parallel "$(nproc)"
}

case "$action" in
    install)
        install_packages
        ;;
    build)
        install_packages
        build
        ;;
    demo)
        install_packages
        build
        exec "$build_dir/app/tsunagu" --demo
        ;;
    test)
        install_packages
        build
        ctest --test-dir "$build_dir" --no-tests=error --output-on-failure --parallel "$(nproc)"
        ;;
    *)
        echo "usage: $0 {install|build|demo|test}" >&2
        exit 2
        ;;
esac
