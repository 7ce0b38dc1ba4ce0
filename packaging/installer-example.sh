#!/bin/sh
# A worked example: the last step of a desktop installer that needs a Trello token.
#
# The installer ships its settings in a config file (same keys as the command-line options) and
# runs the wizard in installer mode: it opens at the first page that still needs the person
# (normally Trello's consent page), closes itself as soon as the outcome is final, and prints
# the outcome as one JSON object (never the token) on stdout.
set -u

config=${1:-/usr/share/my-app/trello-onboard.conf}   # e.g. "key = …", "app-name = My App", "scope = read,write"
outcome=$(trello-onboard setup --first-run --close-when-done --json --config "$config")
status=$?

case $status in
    0) echo "Trello is connected: $outcome" ;;                        # stored and verified, or already set up
    1) echo "Skipped: the person cancelled or denied access." ;;       # offer it again later
    2) echo "Trello refused the token; run 'trello-onboard setup' again." ;;
    3) echo "No usable keychain: start GNOME Keyring or KWallet, then run 'trello-onboard setup'." ;;
    4) echo "Trello could not be reached; the setup can be repeated later." ;;
    64) echo "The installer's trello-onboard options are wrong: $config" >&2 ;;
    *) echo "trello-onboard ended with $status" >&2 ;;
esac

# To run the setup at the next login instead (for example when installing as root), enable the
# autostart entry that the package ships:
#   cp /usr/share/trello-onboard/autostart/trello-onboard-firstrun.desktop /etc/xdg/autostart/
exit 0
