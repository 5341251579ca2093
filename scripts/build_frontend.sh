#!/usr/bin/env bash
# Rebuild the web app's vendored files (src/eventwire/serve/static/vendor) from npm at pinned versions. Run by
# hand when a version changes; the results are committed, so installing eventwire never needs npm or a network.
set -euo pipefail
cd "$(dirname "$0")/.."
LEAFLET=1.9.4
MARKERCLUSTER=1.5.3
WORLD_ATLAS=2.0.2
TOPOJSON_CLIENT=3.1.0
OUT=src/eventwire/serve/static/vendor
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
(cd "$WORK" && npm init -y >/dev/null && npm install --silent --no-audit --no-fund --ignore-scripts \
    "leaflet@$LEAFLET" "leaflet.markercluster@$MARKERCLUSTER" "world-atlas@$WORLD_ATLAS" \
    "topojson-client@$TOPOJSON_CLIENT")
M="$WORK/node_modules"
rm -rf "$OUT"
mkdir -p "$OUT/images"
cp "$M/leaflet/dist/leaflet.js" "$M/leaflet/dist/leaflet.css" "$OUT/"
cp "$M/leaflet/dist/images/"*.png "$OUT/images/"
cp "$M/leaflet.markercluster/dist/leaflet.markercluster.js" "$M/leaflet.markercluster/dist/MarkerCluster.css" \
   "$M/leaflet.markercluster/dist/MarkerCluster.Default.css" "$OUT/"
cp "$M/topojson-client/dist/topojson-client.min.js" "$OUT/"
# Natural Earth 1:50m countries as TopoJSON (about 740 KB): borders readable at the zoom analysts use
cp "$M/world-atlas/countries-50m.json" "$OUT/countries-50m.json"
cp "$M/leaflet/LICENSE" "$OUT/LICENSE.leaflet"
cp "$M/leaflet.markercluster/MIT-LICENCE.txt" "$OUT/LICENSE.leaflet.markercluster"
cp "$M/world-atlas/LICENSE" "$OUT/LICENSE.world-atlas"
cp "$M/topojson-client/LICENSE" "$OUT/LICENSE.topojson-client"
echo "vendored into $OUT:"; ls -la "$OUT"
