#!/bin/sh
# `npm start`: builds the web app, then *becomes* the server (exec). npm forwards SIGTERM/SIGINT to
# its child only, so the server must be that child: a shell in between would die and leave the
# server running without its parent. SKIP_WEB_BUILD=1 serves the web/dist already built.
set -e
cd "$(dirname "$0")/.."
if [ -z "${SKIP_WEB_BUILD:-}" ]; then
  # In the background so a signal during the build is handled here (and the build stopped) at once.
  npm run build:web &
  build=$!
  trap 'kill "$build" 2>/dev/null; wait "$build"; exit 143' TERM
  trap 'kill "$build" 2>/dev/null; wait "$build"; exit 130' INT
  wait "$build"
  trap - TERM INT
fi
exec node --import tsx functions/api/server.ts
