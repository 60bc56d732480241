#!/usr/bin/env bash
# Make the macOS disk image of the built app, with an Applications link to drag it onto.
#
#   packaging/macos/make-dmg.sh [VERSION]
#
# Run after `python3 dev.py build` on a Mac. VERSION defaults to the bundle's
# CFBundleShortVersionString. Output: dist/agenda-desktop-VERSION-macos-ARCH.dmg
#
# Signing and notarisation happen when these are set (see docs/packaging.md):
#   CODESIGN_IDENTITY  e.g. "Developer ID Application: Exempelkommun (TEAMID1234)":
#                      the app is signed (hardened runtime, entitlements), then the image
#   NOTARY_PROFILE     a notarytool keychain profile (xcrun notarytool store-credentials):
#                      the app and then the image are notarised and the tickets stapled
set -euo pipefail

cd "$(dirname "$0")/../.."
APP_NAME="Agenda Desktop"
APP="dist/${APP_NAME}.app"
ENTITLEMENTS="packaging/macos/entitlements.plist"

if [[ ! -d "$APP" ]]; then
    echo "FEL: $APP saknas; bygg först med python3 dev.py build" >&2
    exit 1
fi
VERSION="${1:-$(/usr/libexec/PlistBuddy -c 'Print :CFBundleShortVersionString' "$APP/Contents/Info.plist")}"
ARCH="$(lipo -archs "$APP/Contents/MacOS/agenda-desktop" | tr ' ' '-')"
DMG="dist/agenda-desktop-${VERSION}-macos-${ARCH}.dmg"

notarise() {  # notarise FILE: submit it and wait for Apple's verdict (fails if rejected)
    xcrun notarytool submit "$1" --keychain-profile "$NOTARY_PROFILE" --wait
}

if [[ -n "${CODESIGN_IDENTITY:-}" ]]; then
    codesign --force --deep --options runtime --timestamp \
        --entitlements "$ENTITLEMENTS" --sign "$CODESIGN_IDENTITY" "$APP"
    codesign --verify --deep --strict --verbose=2 "$APP"
    if [[ -n "${NOTARY_PROFILE:-}" ]]; then
        # The app gets its own ticket, so it passes Gatekeeper offline once copied out.
        ZIP="$(mktemp -d)/app.zip"
        ditto -c -k --keepParent "$APP" "$ZIP"
        notarise "$ZIP"
        xcrun stapler staple "$APP"
    fi
fi

STAGING="$(mktemp -d)"
trap 'rm -rf "$STAGING"' EXIT
ditto "$APP" "$STAGING/${APP_NAME}.app"  # keeps symlinks, permissions and signatures
ln -s /Applications "$STAGING/Applications"
rm -f "$DMG"
# hdiutil now and then fails with "Resource busy" (Spotlight, XProtect): try again.
for attempt in 1 2 3; do
    if hdiutil create -volname "${APP_NAME} ${VERSION}" -srcfolder "$STAGING" \
        -fs HFS+ -format UDZO -imagekey zlib-level=9 -ov "$DMG"; then
        break
    fi
    [[ $attempt -lt 3 ]] || exit 1
    sleep 5
done

if [[ -n "${CODESIGN_IDENTITY:-}" ]]; then
    codesign --force --timestamp --sign "$CODESIGN_IDENTITY" "$DMG"
    if [[ -n "${NOTARY_PROFILE:-}" ]]; then
        notarise "$DMG"
        xcrun stapler staple "$DMG"
        spctl --assess --type open --context context:primary-signature --verbose "$DMG"
    fi
fi
hdiutil verify "$DMG"
echo "$DMG"
