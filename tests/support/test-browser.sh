#!/usr/bin/env bash
# The person's own browser in the tests of browser sign-in: Debian's chromium, headless, with its
# profile and DevTools endpoint where the test says (TRELLO_TEST_BROWSER_PROFILE,
# TRELLO_TEST_BROWSER_PORT). The program starts it as it starts anyone's browser: through
# xdg-open, which the test points here (a desktop file as the default http handler, and BROWSER).
# A headless Chromium does not hand a second start to the running one: the tests stop it after
# each case.
set -eu
args=(--headless=new "--user-data-dir=$TRELLO_TEST_BROWSER_PROFILE" "--remote-debugging-port=$TRELLO_TEST_BROWSER_PORT"
      --no-first-run --no-default-browser-check --disable-gpu --password-store=basic)
# Chromium refuses to run as root with its sandbox on; only the tests turn it off.
[ "$(id -u)" -ne 0 ] || args+=(--no-sandbox)
exec chromium "${args[@]}" "$@"
