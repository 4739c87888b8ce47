#!/usr/bin/env sh
# Install this commdesk bundle for one user (default prefix ~/.local) or system-wide:
#   ./install.sh                 # ~/.local/lib/commdesk, ~/.local/bin/commdesk, menu entry, icons
#   sudo ./install.sh /usr/local # for everyone
#   ./install.sh --uninstall [PREFIX]
set -eu
here="$(cd "$(dirname "$0")" && pwd)"
app_id="org.commdesk.Commdesk"
uninstall=0
if [ "${1:-}" = "--uninstall" ]; then uninstall=1; shift; fi
prefix="${1:-$HOME/.local}"

remove() {
  rm -rf "$prefix/lib/commdesk"
  rm -f "$prefix/bin/commdesk" "$prefix/share/applications/$app_id.desktop" \
        "$prefix/share/metainfo/$app_id.metainfo.xml"
  find "$prefix/share/icons/hicolor" -name "$app_id.*" -delete 2>/dev/null || true
}

remove
if [ "$uninstall" = 1 ]; then
  echo "commdesk removed from $prefix"
  exit 0
fi
mkdir -p "$prefix/lib" "$prefix/bin"
cp -R "$here" "$prefix/lib/commdesk"
rm -rf "$prefix/lib/commdesk/share" "$prefix/lib/commdesk/install.sh"
ln -s "$prefix/lib/commdesk/commdesk" "$prefix/bin/commdesk"
cp -R "$here/share" "$prefix/"
command -v update-desktop-database >/dev/null && update-desktop-database -q "$prefix/share/applications" || true
command -v gtk-update-icon-cache >/dev/null && gtk-update-icon-cache -q -t "$prefix/share/icons/hicolor" || true
echo "commdesk installed in $prefix (run: $prefix/bin/commdesk)"
case ":$PATH:" in *":$prefix/bin:"*) ;; *) echo "note: $prefix/bin is not on your PATH" ;; esac
