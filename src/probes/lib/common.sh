# Shared by every probe: the filesystem root (AMIPIPE_ROOT prefixes /etc, /var, /proc for
# tests), the image manifest, and the document frame.
LC_ALL=C
export LC_ALL
ROOT=${AMIPIPE_ROOT:-}
MANIFEST="$ROOT/etc/amipipe/manifest.json"
SYSTEM_TOOLS_PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin
PATH="$PATH:$SYSTEM_TOOLS_PATH"

have() {
  command -v "$1" >/dev/null 2>&1
}

# The manifest on one line (it may be pretty-printed); empty when the image has none.
manifest_flat() {
  if [ -r "$MANIFEST" ]; then tr -d '\n' <"$MANIFEST"; fi
}

# First string value of key $1 in the manifest.
manifest_string() {
  manifest_flat | grep -o "\"$1\" *: *\"[^\"]*\"" | head -n 1 | sed 's/^.*: *"\(.*\)"$/\1/'
}

# Every number value of key $1 in the manifest, one a line.
manifest_numbers() {
  manifest_flat | grep -o "\"$1\" *: *[0-9][0-9]*" | sed 's/^.*: *//'
}

# Names of the services the manifest declares.
manifest_services() {
  manifest_flat | sed -n 's/.*"services" *: *\[\([^]]*\)\].*/\1/p' | grep -o '"name" *: *"[^"]*"' | sed 's/^.*: *"\(.*\)"$/\1/'
}

section_host() {
  local hostname os now up
  hostname=$(uname -n)
  os=$(sed -n 's/^PRETTY_NAME=//p' "$ROOT/etc/os-release" 2>/dev/null | tr -d '"')
  if [ -z "$os" ]; then os=$(head -n 1 "$ROOT/etc/system-release" 2>/dev/null); fi
  now=$(date +%s)
  up=$(cut -d ' ' -f 1 "$ROOT/proc/uptime" 2>/dev/null)
  up=${up%%.*}
  printf '"host":{"hostname":'
  json_str "$hostname"
  printf ',"os":'
  json_str "$os"
  printf ',"collectedAt":%s,"bootedAt":%s}' "$now" "$((now - ${up:-0}))"
}

probe_begin() {
  printf '{"schema":"amipipe.inventory/v1","probe":'
  json_str "$1"
  printf ','
  section_host
}

probe_end() {
  printf '}\n'
}
