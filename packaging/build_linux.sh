#!/usr/bin/env bash
# Build the Linux package of commdesk: dist/commdesk/ (one-folder bundle) and
# dist/commdesk-<version>-linux-<arch>.tar.gz. Then check it: bash packaging/smoke_test.sh dist/commdesk
#
#   bash packaging/build_linux.sh
#
# Uses the project's virtual environment (.venv, made by ./dev build when missing) and installs the
# "bundle" extra (PyInstaller) into it. See docs/packaging.md.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
start=$(date +%s)
venv="$root/.venv"
py="$venv/bin/python"
app_id="org.commdesk.Commdesk"

if [ ! -x "$py" ]; then
  echo "build_linux: no .venv yet; creating it with ./dev build" >&2
  ./dev build
fi
stamp="$venv/.commdesk-bundle-installed"
if [ ! -f "$stamp" ] || [ pyproject.toml -nt "$stamp" ] || ! "$py" -c "import PyInstaller" 2>/dev/null; then
  echo "build_linux: installing the bundle extra (PyInstaller) into .venv" >&2
  # editable, like ./dev: the developer's .venv keeps running the sources
  "$py" -m pip install -q -e ".[bundle]"
  touch "$stamp"
fi

version="$("$py" -c 'import tomllib; print(tomllib.load(open("pyproject.toml", "rb"))["project"]["version"])')"
arch="$(uname -m)"
metainfo="packaging/linux/$app_id.metainfo.xml"
if ! grep -q "<release version=\"$version\"" "$metainfo"; then
  echo "build_linux: $metainfo has no <release version=\"$version\">; add the release (and its notes) first" >&2
  exit 1
fi

echo "build_linux: commdesk $version: generated files (translations, fonts, forms)" >&2
"$py" scripts/build.py
echo "build_linux: icons" >&2
"$py" packaging/make_icons.py build/icons
echo "build_linux: PyInstaller (a few minutes)" >&2
"$py" -m PyInstaller --noconfirm --clean --log-level WARN \
  --distpath dist --workpath build/pyinstaller packaging/commdesk.spec

bundle="dist/commdesk"
share="$bundle/share"
install -Dm644 "packaging/linux/$app_id.desktop" "$share/applications/$app_id.desktop"
install -Dm644 "$metainfo" "$share/metainfo/$app_id.metainfo.xml"
install -Dm644 build/icons/commdesk.svg "$share/icons/hicolor/scalable/apps/$app_id.svg"
for size in 16 24 32 48 64 128 256 512; do
  install -Dm644 "build/icons/commdesk-$size.png" "$share/icons/hicolor/${size}x${size}/apps/$app_id.png"
done
install -Dm755 packaging/linux/install.sh "$bundle/install.sh"

if command -v desktop-file-validate >/dev/null; then
  desktop-file-validate "$share/applications/$app_id.desktop"
fi
if command -v appstreamcli >/dev/null; then
  appstreamcli validate --no-net "$share/metainfo/$app_id.metainfo.xml" >/dev/null
fi

tarball="dist/commdesk-$version-linux-$arch.tar.gz"
rm -f "$tarball"
tar -C dist --transform "s,^commdesk,commdesk-$version," --owner=0 --group=0 -czf "$tarball" commdesk

elapsed=$(( $(date +%s) - start ))
echo "build_linux: done in ${elapsed}s"
echo "  bundle  $bundle ($(du -sh "$bundle" | cut -f1))"
echo "  package $tarball ($(du -sh "$tarball" | cut -f1))"
echo "  check:  bash packaging/smoke_test.sh $bundle"
