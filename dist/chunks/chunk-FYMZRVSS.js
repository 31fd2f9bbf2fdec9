import { createRequire as __amipipeCreateRequire } from 'node:module'; const require = __amipipeCreateRequire(import.meta.url);
import {
  describeInstancesById
} from "./chunk-DWBDKMQ3.js";
import {
  require_dist_cjs
} from "./chunk-5QRSPSR7.js";
import {
  parseProbeOutput
} from "./chunk-VZN2D5A4.js";
import {
  OperationFailed,
  messageOf
} from "./chunk-WPO6EQZK.js";
import {
  __toESM
} from "./chunk-BQ2HO2OL.js";

// src/verify/ssm-probe.ts
var import_client_ssm = __toESM(require_dist_cjs(), 1);

// src/probes/scripts.ts
var PROBE_SCRIPTS = {
  advisories: `# amipipe-probe: advisories
# Security advisories the package manager reports as not yet applied (yum/dnf updateinfo).
# JSON output helpers. Every string a probe prints goes through json_str.

# Prints $1 as a JSON string: quotes, backslashes and control characters escaped.
json_str() {
  local s=\${1-}
  s=\${s//\\\\/\\\\\\\\}
  s=\${s//\\"/\\\\\\"}
  s=\${s//$'\\n'/\\\\n}
  s=\${s//$'\\r'/\\\\r}
  s=\${s//$'\\t'/\\\\t}
  s=\${s//[$'\\001'-$'\\037']/}
  printf '"%s"' "$s"
}

# Prints $1 as a JSON string, or null when empty.
json_str_or_null() {
  if [ -n "\${1-}" ]; then json_str "$1"; else printf 'null'; fi
}

# Prints $1 as a JSON number, or null when it is not one.
json_num() {
  case \${1-} in
    '' | *[!0-9.-]* | *.*.* | -*-* | ?*-*) printf 'null' ;;
    *) printf '%s' "$1" ;;
  esac
}

# Prints true when $1 is "true" or "0" (an exit status), false otherwise.
json_bool() {
  case \${1-} in
    true | 0) printf 'true' ;;
    *) printf 'false' ;;
  esac
}
# Shared by every probe: the filesystem root (AMIPIPE_ROOT prefixes /etc, /var, /proc for
# tests), the image manifest, and the document frame.
LC_ALL=C
export LC_ALL
ROOT=\${AMIPIPE_ROOT:-}
MANIFEST="$ROOT/etc/amipipe/manifest.json"
SYSTEM_TOOLS_PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin
PATH="$PATH:$SYSTEM_TOOLS_PATH"

have() {
  command -v "$1" >/dev/null 2>&1
}

# The manifest on one line (it may be pretty-printed); empty when the image has none.
manifest_flat() {
  if [ -r "$MANIFEST" ]; then tr -d '\\n' <"$MANIFEST"; fi
}

# First string value of key $1 in the manifest.
manifest_string() {
  manifest_flat | grep -o "\\"$1\\" *: *\\"[^\\"]*\\"" | head -n 1 | sed 's/^.*: *"\\(.*\\)"$/\\1/'
}

# Every number value of key $1 in the manifest, one a line.
manifest_numbers() {
  manifest_flat | grep -o "\\"$1\\" *: *[0-9][0-9]*" | sed 's/^.*: *//'
}

# Names of the services the manifest declares.
manifest_services() {
  manifest_flat | sed -n 's/.*"services" *: *\\[\\([^]]*\\)\\].*/\\1/p' | grep -o '"name" *: *"[^"]*"' | sed 's/^.*: *"\\(.*\\)"$/\\1/'
}

section_host() {
  local hostname os now up
  hostname=$(uname -n)
  os=$(sed -n 's/^PRETTY_NAME=//p' "$ROOT/etc/os-release" 2>/dev/null | tr -d '"')
  if [ -z "$os" ]; then os=$(head -n 1 "$ROOT/etc/system-release" 2>/dev/null); fi
  now=$(date +%s)
  up=$(cut -d ' ' -f 1 "$ROOT/proc/uptime" 2>/dev/null)
  up=\${up%%.*}
  printf '"host":{"hostname":'
  json_str "$hostname"
  printf ',"os":'
  json_str "$os"
  printf ',"collectedAt":%s,"bootedAt":%s}' "$now" "$((now - \${up:-0}))"
}

probe_begin() {
  printf '{"schema":"amipipe.inventory/v1","probe":'
  json_str "$1"
  printf ','
  section_host
}

probe_end() {
  printf '}\\n'
}
# Security updates not yet applied, as the package manager lists them from the repositories'
# updateinfo: \`dnf updateinfo list --security --updates\` (Amazon Linux 2023) or
# \`yum updateinfo list security updates\` (Amazon Linux 2). Each advisory line reads
# \`ID SEVERITY/Sec. NEVRA\`, e.g. \`ALAS2-2026-2712 important/Sec. openssl-1:1.0.2k-24.amzn2.0.12.x86_64\`.

# The package name of an rpm NEVRA (name-[epoch:]version-release.arch).
nevra_name() {
  local n=\${1%.*}
  n=\${n%-*}
  printf '%s' "\${n%-*}"
}

# The advisory objects of updateinfo list output $1, comma-separated.
advisory_items() {
  local sep="" id kind nevra rest severity
  while read -r id kind nevra rest; do
    [ -n "$nevra" ] && [ -z "$rest" ] || continue
    [[ $id =~ ^[A-Z][A-Za-z0-9.-]*-[0-9]{4}-[0-9]+$ ]] || continue
    case $kind in
      */Sec.) severity=\${kind%/Sec.} ;;
      security) severity=unspecified ;;
      *) continue ;;
    esac
    printf '%s{"id":' "$sep"
    json_str "$id"
    printf ',"severity":'
    json_str "\${severity,,}"
    printf ',"package":'
    json_str "$(nevra_name "$nevra")"
    printf ',"fixedIn":'
    json_str "$nevra"
    printf '}'
    sep=","
  done <<<"$1"
}

section_advisories() {
  local tool=none out="" status=0 error=""
  if have dnf; then
    tool=dnf
    out=$(dnf -q updateinfo list --security --updates 2>&1) || status=$?
  elif have yum; then
    tool=yum
    out=$(yum -q updateinfo list security updates 2>&1) || status=$?
  else
    status=127
    error="neither dnf nor yum is installed"
  fi
  if [ "$status" -ne 0 ] && [ -z "$error" ]; then
    # The last line says why (no network to the repositories, a lock held by another yum \u2026).
    error=$(printf '%s\\n' "$out" | sed '/^[[:space:]]*$/d' | tail -n 1)
    error="$tool exited $status: \${error:-no output}"
  fi
  printf ',"advisories":{"tool":'
  json_str "$tool"
  printf ',"listed":'
  json_bool "$status"
  printf ',"error":'
  json_str_or_null "$error"
  printf ',"items":['
  if [ "$status" -eq 0 ]; then advisory_items "$out"; fi
  printf ']}'
}
probe_begin advisories
section_advisories
probe_end
`,
  agents: `# amipipe-probe: agents
# Log shippers and the New Relic agent, and fluentd's monitor_agent counters.
# JSON output helpers. Every string a probe prints goes through json_str.

# Prints $1 as a JSON string: quotes, backslashes and control characters escaped.
json_str() {
  local s=\${1-}
  s=\${s//\\\\/\\\\\\\\}
  s=\${s//\\"/\\\\\\"}
  s=\${s//$'\\n'/\\\\n}
  s=\${s//$'\\r'/\\\\r}
  s=\${s//$'\\t'/\\\\t}
  s=\${s//[$'\\001'-$'\\037']/}
  printf '"%s"' "$s"
}

# Prints $1 as a JSON string, or null when empty.
json_str_or_null() {
  if [ -n "\${1-}" ]; then json_str "$1"; else printf 'null'; fi
}

# Prints $1 as a JSON number, or null when it is not one.
json_num() {
  case \${1-} in
    '' | *[!0-9.-]* | *.*.* | -*-* | ?*-*) printf 'null' ;;
    *) printf '%s' "$1" ;;
  esac
}

# Prints true when $1 is "true" or "0" (an exit status), false otherwise.
json_bool() {
  case \${1-} in
    true | 0) printf 'true' ;;
    *) printf 'false' ;;
  esac
}
# Shared by every probe: the filesystem root (AMIPIPE_ROOT prefixes /etc, /var, /proc for
# tests), the image manifest, and the document frame.
LC_ALL=C
export LC_ALL
ROOT=\${AMIPIPE_ROOT:-}
MANIFEST="$ROOT/etc/amipipe/manifest.json"
SYSTEM_TOOLS_PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin
PATH="$PATH:$SYSTEM_TOOLS_PATH"

have() {
  command -v "$1" >/dev/null 2>&1
}

# The manifest on one line (it may be pretty-printed); empty when the image has none.
manifest_flat() {
  if [ -r "$MANIFEST" ]; then tr -d '\\n' <"$MANIFEST"; fi
}

# First string value of key $1 in the manifest.
manifest_string() {
  manifest_flat | grep -o "\\"$1\\" *: *\\"[^\\"]*\\"" | head -n 1 | sed 's/^.*: *"\\(.*\\)"$/\\1/'
}

# Every number value of key $1 in the manifest, one a line.
manifest_numbers() {
  manifest_flat | grep -o "\\"$1\\" *: *[0-9][0-9]*" | sed 's/^.*: *//'
}

# Names of the services the manifest declares.
manifest_services() {
  manifest_flat | sed -n 's/.*"services" *: *\\[\\([^]]*\\)\\].*/\\1/p' | grep -o '"name" *: *"[^"]*"' | sed 's/^.*: *"\\(.*\\)"$/\\1/'
}

section_host() {
  local hostname os now up
  hostname=$(uname -n)
  os=$(sed -n 's/^PRETTY_NAME=//p' "$ROOT/etc/os-release" 2>/dev/null | tr -d '"')
  if [ -z "$os" ]; then os=$(head -n 1 "$ROOT/etc/system-release" 2>/dev/null); fi
  now=$(date +%s)
  up=$(cut -d ' ' -f 1 "$ROOT/proc/uptime" 2>/dev/null)
  up=\${up%%.*}
  printf '"host":{"hostname":'
  json_str "$hostname"
  printf ',"os":'
  json_str "$os"
  printf ',"collectedAt":%s,"bootedAt":%s}' "$now" "$((now - \${up:-0}))"
}

probe_begin() {
  printf '{"schema":"amipipe.inventory/v1","probe":'
  json_str "$1"
  printf ','
  section_host
}

probe_end() {
  printf '}\\n'
}
# Service state through systemd, or SysV init on hosts without it (the original Amazon Linux AMI).

# Prints "NAME ENABLED ACTIVE" for each unit name given, with one systemctl call.
unit_states() {
  local name
  if have systemctl; then
    local units=()
    for name in "$@"; do units+=("$name.service"); done
    [ "\${#units[@]}" -gt 0 ] || return 0
    systemctl show --property=Id,LoadState,UnitFileState,ActiveState "\${units[@]}" 2>/dev/null |
      awk -F= '
        function flush() { if (id != "") { if (load == "not-found") file = "not-found"; else if (file == "") file = "static"; print id, file, (active == "" ? "inactive" : active) } id = ""; load = ""; file = ""; active = "" }
        /^$/ { flush(); next }
        $1 == "Id" { id = $2; sub(/\\.service$/, "", id) }
        $1 == "LoadState" { load = $2 }
        $1 == "UnitFileState" { file = $2 }
        $1 == "ActiveState" { active = $2 }
        END { flush() }'
  else
    local levels enabled active
    for name in "$@"; do
      levels=$(chkconfig --list "$name" 2>/dev/null)
      case $levels in
        '') enabled=not-found ;;
        *3:on*) enabled=enabled ;;
        *) enabled=disabled ;;
      esac
      if service "$name" status >/dev/null 2>&1; then active=active; else active=inactive; fi
      printf '%s %s %s\\n' "$name" "$enabled" "$active"
    done
  fi
}

# Names of the services worth reporting: enabled at boot, running now, or declared by the image.
unit_names() {
  {
    if have systemctl; then
      systemctl list-unit-files --type=service --no-legend 2>/dev/null | awk '$2 == "enabled" { print $1 }'
      systemctl list-units --type=service --all --no-legend --plain 2>/dev/null | awk '$3 != "inactive" { print $1 }'
    else
      chkconfig --list 2>/dev/null | awk '/3:on/ { print $1 }'
    fi
    manifest_services
  } | sed -e 's/\\.service$//' -e '/@$/d' | sort -u
}
# Log shippers and the New Relic agent: installed, enabled, active; and fluentd's own
# counters from monitor_agent (https://docs.fluentd.org/input/monitor_agent) \u2014 records
# emitted and retries per plugin, which show whether logs are actually delivered.

# name:package of the agents looked for.
AGENT_PACKAGES="fluentd:fluent-package td-agent:td-agent newrelic-infra:newrelic-infra"

section_agents() {
  local sep="" pair name package installed enabled active
  printf ',"agents":['
  for pair in $AGENT_PACKAGES; do
    name=\${pair%%:*}
    package=\${pair#*:}
    installed=false
    if rpm -q "$package" >/dev/null 2>&1; then installed=true; fi
    read -r _ enabled active <<<"$(unit_states "$name")"
    if [ "$installed" = false ] && { [ -z "$enabled" ] || [ "$enabled" = not-found ]; }; then continue; fi
    printf '%s{"name":' "$sep"
    json_str "$name"
    printf ',"package":'
    json_str "$package"
    printf ',"installed":%s,"enabled":' "$installed"
    json_str "\${enabled:-not-found}"
    printf ',"active":'
    json_str "\${active:-inactive}"
    printf '}'
    sep=","
  done
  printf ']'
}

# Value of numeric field $2 in the one-line JSON object $1 (empty when absent).
plugin_number() {
  printf '%s' "$1" | grep -o "\\"$2\\":[0-9.]*" | head -n 1 | sed 's/^[^:]*://'
}

# Value of string field $2 in the one-line JSON object $1.
plugin_string() {
  printf '%s' "$1" | grep -o "\\"$2\\":\\"[^\\"]*\\"" | head -n 1 | sed 's/^[^:]*:"\\(.*\\)"$/\\1/'
}

monitor_plugins() {
  local body=$1 sep="" plugin field
  while IFS= read -r plugin; do
    case $plugin in '{"plugin_id"'*) ;; *) continue ;; esac
    printf '%s{"pluginId":' "$sep"
    json_str "$(plugin_string "$plugin" plugin_id)"
    printf ',"category":'
    json_str "$(plugin_string "$plugin" plugin_category)"
    printf ',"type":'
    json_str "$(plugin_string "$plugin" type)"
    for field in emitRecords:emit_records emitCount:emit_count writeCount:write_count retryCount:retry_count bufferTotalQueuedSize:buffer_total_queued_size; do
      printf ',"%s":' "\${field%%:*}"
      json_num "$(plugin_number "$plugin" "\${field#*:}")"
    done
    printf '}'
    sep=","
  done <<<"$(printf '%s' "$body" | sed 's/{"plugin_id"/\\n{"plugin_id"/g')"
}

section_monitors() {
  local sep="" port body
  printf ',"monitors":['
  for port in $({ echo 24220; manifest_numbers monitorPort; } | sort -un); do
    body=$(curl -s -m 3 "http://127.0.0.1:$port/api/plugins.json?with_config=false&with_retry=false" 2>/dev/null)
    printf '%s{"port":%s,"reachable":' "$sep" "$port"
    case $body in
      '{'*)
        printf 'true,"plugins":['
        monitor_plugins "$body"
        printf ']}'
        ;;
      *) printf 'false,"plugins":[]}' ;;
    esac
    sep=","
  done
  printf ']'
}
probe_begin agents
section_agents
section_monitors
probe_end
`,
  cron: `# amipipe-probe: cron
# crond's start time, the canary entry's last run and every cron entry.
# JSON output helpers. Every string a probe prints goes through json_str.

# Prints $1 as a JSON string: quotes, backslashes and control characters escaped.
json_str() {
  local s=\${1-}
  s=\${s//\\\\/\\\\\\\\}
  s=\${s//\\"/\\\\\\"}
  s=\${s//$'\\n'/\\\\n}
  s=\${s//$'\\r'/\\\\r}
  s=\${s//$'\\t'/\\\\t}
  s=\${s//[$'\\001'-$'\\037']/}
  printf '"%s"' "$s"
}

# Prints $1 as a JSON string, or null when empty.
json_str_or_null() {
  if [ -n "\${1-}" ]; then json_str "$1"; else printf 'null'; fi
}

# Prints $1 as a JSON number, or null when it is not one.
json_num() {
  case \${1-} in
    '' | *[!0-9.-]* | *.*.* | -*-* | ?*-*) printf 'null' ;;
    *) printf '%s' "$1" ;;
  esac
}

# Prints true when $1 is "true" or "0" (an exit status), false otherwise.
json_bool() {
  case \${1-} in
    true | 0) printf 'true' ;;
    *) printf 'false' ;;
  esac
}
# Shared by every probe: the filesystem root (AMIPIPE_ROOT prefixes /etc, /var, /proc for
# tests), the image manifest, and the document frame.
LC_ALL=C
export LC_ALL
ROOT=\${AMIPIPE_ROOT:-}
MANIFEST="$ROOT/etc/amipipe/manifest.json"
SYSTEM_TOOLS_PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin
PATH="$PATH:$SYSTEM_TOOLS_PATH"

have() {
  command -v "$1" >/dev/null 2>&1
}

# The manifest on one line (it may be pretty-printed); empty when the image has none.
manifest_flat() {
  if [ -r "$MANIFEST" ]; then tr -d '\\n' <"$MANIFEST"; fi
}

# First string value of key $1 in the manifest.
manifest_string() {
  manifest_flat | grep -o "\\"$1\\" *: *\\"[^\\"]*\\"" | head -n 1 | sed 's/^.*: *"\\(.*\\)"$/\\1/'
}

# Every number value of key $1 in the manifest, one a line.
manifest_numbers() {
  manifest_flat | grep -o "\\"$1\\" *: *[0-9][0-9]*" | sed 's/^.*: *//'
}

# Names of the services the manifest declares.
manifest_services() {
  manifest_flat | sed -n 's/.*"services" *: *\\[\\([^]]*\\)\\].*/\\1/p' | grep -o '"name" *: *"[^"]*"' | sed 's/^.*: *"\\(.*\\)"$/\\1/'
}

section_host() {
  local hostname os now up
  hostname=$(uname -n)
  os=$(sed -n 's/^PRETTY_NAME=//p' "$ROOT/etc/os-release" 2>/dev/null | tr -d '"')
  if [ -z "$os" ]; then os=$(head -n 1 "$ROOT/etc/system-release" 2>/dev/null); fi
  now=$(date +%s)
  up=$(cut -d ' ' -f 1 "$ROOT/proc/uptime" 2>/dev/null)
  up=\${up%%.*}
  printf '"host":{"hostname":'
  json_str "$hostname"
  printf ',"os":'
  json_str "$os"
  printf ',"collectedAt":%s,"bootedAt":%s}' "$now" "$((now - \${up:-0}))"
}

probe_begin() {
  printf '{"schema":"amipipe.inventory/v1","probe":'
  json_str "$1"
  printf ','
  section_host
}

probe_end() {
  printf '}\\n'
}
# crond's start time (it keeps the zone it read then), the canary entry's last run, and
# every cron entry: /etc/crontab, /etc/cron.d and each user's crontab.

CRON_SEP=""

# Prints the entries of one crontab text ($1) as JSON objects; $2 names the source, $3 the
# user (empty for system files, whose sixth field is the user).
cron_entries_of() {
  local text=$1 source=$2 owner=$3 line schedule rest user command m h dom mon dow
  while IFS= read -r line; do
    line=\${line#"\${line%%[![:space:]]*}"}
    case $line in '' | '#'*) continue ;; esac
    if [[ $line =~ ^[A-Za-z_][A-Za-z0-9_]*[[:space:]]*= ]]; then continue; fi
    if [[ $line == @* ]]; then
      read -r schedule rest <<<"$line"
    else
      read -r m h dom mon dow rest <<<"$line"
      schedule="$m $h $dom $mon $dow"
    fi
    if [ -z "$owner" ]; then
      read -r user command <<<"$rest"
    else
      user=$owner
      command=$rest
    fi
    printf '%s{"source":' "$CRON_SEP"
    json_str "$source"
    printf ',"user":'
    json_str "$user"
    printf ',"schedule":'
    json_str "$schedule"
    printf ',"command":'
    json_str "$command"
    printf '}'
    CRON_SEP=","
  done <<<"$text"
}

cron_entries() {
  local file user text
  CRON_SEP=""
  if [ -r "$ROOT/etc/crontab" ]; then cron_entries_of "$(cat "$ROOT/etc/crontab")" /etc/crontab ""; fi
  for file in "$ROOT"/etc/cron.d/*; do
    [ -f "$file" ] || continue
    cron_entries_of "$(cat "$file")" "/etc/cron.d/\${file##*/}" ""
  done
  if have crontab; then
    while IFS=: read -r user _; do
      [ -n "$user" ] || continue
      text=$(crontab -l -u "$user" 2>/dev/null) || continue
      cron_entries_of "$text" "crontab:$user" "$user"
    done <"$ROOT/etc/passwd"
  fi
}

section_cron() {
  local pid elapsed started="" log_file last_line="" last_run=""
  pid=$(ps -eo pid=,comm= | awk '$2 == "crond" || $2 == "cron" { print $1; exit }')
  if [ -n "$pid" ]; then
    elapsed=$(ps -o etimes= -p "$pid" | tr -d ' ')
    if [ -n "$elapsed" ]; then started=$(($(date +%s) - elapsed)); fi
  fi
  log_file=$(manifest_string logFile)
  if [ -n "$log_file" ] && [ -r "$ROOT$log_file" ]; then
    last_line=$(tail -n 1 "$ROOT$log_file")
    if [[ \${last_line%% *} =~ ^[0-9]+$ ]]; then
      last_run=\${last_line%% *}
    elif [ -n "$last_line" ]; then
      last_run=$(date -d "\${last_line%% *}" +%s 2>/dev/null)
    fi
  fi
  printf ',"cron":{"daemon":{"running":'
  if [ -n "$pid" ]; then printf 'true'; else printf 'false'; fi
  printf ',"startedAt":'
  json_num "$started"
  printf '},"canary":{"logFile":'
  json_str_or_null "$log_file"
  printf ',"lastLine":'
  json_str_or_null "$last_line"
  printf ',"lastRunAt":'
  json_num "$last_run"
  printf '},"entries":['
  cron_entries
  printf ']}'
}
probe_begin cron
section_cron
probe_end
`,
  hardening: `# amipipe-probe: hardening
# SSH password and root login, IMDSv2.
# JSON output helpers. Every string a probe prints goes through json_str.

# Prints $1 as a JSON string: quotes, backslashes and control characters escaped.
json_str() {
  local s=\${1-}
  s=\${s//\\\\/\\\\\\\\}
  s=\${s//\\"/\\\\\\"}
  s=\${s//$'\\n'/\\\\n}
  s=\${s//$'\\r'/\\\\r}
  s=\${s//$'\\t'/\\\\t}
  s=\${s//[$'\\001'-$'\\037']/}
  printf '"%s"' "$s"
}

# Prints $1 as a JSON string, or null when empty.
json_str_or_null() {
  if [ -n "\${1-}" ]; then json_str "$1"; else printf 'null'; fi
}

# Prints $1 as a JSON number, or null when it is not one.
json_num() {
  case \${1-} in
    '' | *[!0-9.-]* | *.*.* | -*-* | ?*-*) printf 'null' ;;
    *) printf '%s' "$1" ;;
  esac
}

# Prints true when $1 is "true" or "0" (an exit status), false otherwise.
json_bool() {
  case \${1-} in
    true | 0) printf 'true' ;;
    *) printf 'false' ;;
  esac
}
# Shared by every probe: the filesystem root (AMIPIPE_ROOT prefixes /etc, /var, /proc for
# tests), the image manifest, and the document frame.
LC_ALL=C
export LC_ALL
ROOT=\${AMIPIPE_ROOT:-}
MANIFEST="$ROOT/etc/amipipe/manifest.json"
SYSTEM_TOOLS_PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin
PATH="$PATH:$SYSTEM_TOOLS_PATH"

have() {
  command -v "$1" >/dev/null 2>&1
}

# The manifest on one line (it may be pretty-printed); empty when the image has none.
manifest_flat() {
  if [ -r "$MANIFEST" ]; then tr -d '\\n' <"$MANIFEST"; fi
}

# First string value of key $1 in the manifest.
manifest_string() {
  manifest_flat | grep -o "\\"$1\\" *: *\\"[^\\"]*\\"" | head -n 1 | sed 's/^.*: *"\\(.*\\)"$/\\1/'
}

# Every number value of key $1 in the manifest, one a line.
manifest_numbers() {
  manifest_flat | grep -o "\\"$1\\" *: *[0-9][0-9]*" | sed 's/^.*: *//'
}

# Names of the services the manifest declares.
manifest_services() {
  manifest_flat | sed -n 's/.*"services" *: *\\[\\([^]]*\\)\\].*/\\1/p' | grep -o '"name" *: *"[^"]*"' | sed 's/^.*: *"\\(.*\\)"$/\\1/'
}

section_host() {
  local hostname os now up
  hostname=$(uname -n)
  os=$(sed -n 's/^PRETTY_NAME=//p' "$ROOT/etc/os-release" 2>/dev/null | tr -d '"')
  if [ -z "$os" ]; then os=$(head -n 1 "$ROOT/etc/system-release" 2>/dev/null); fi
  now=$(date +%s)
  up=$(cut -d ' ' -f 1 "$ROOT/proc/uptime" 2>/dev/null)
  up=\${up%%.*}
  printf '"host":{"hostname":'
  json_str "$hostname"
  printf ',"os":'
  json_str "$os"
  printf ',"collectedAt":%s,"bootedAt":%s}' "$now" "$((now - \${up:-0}))"
}

probe_begin() {
  printf '{"schema":"amipipe.inventory/v1","probe":'
  json_str "$1"
  printf ','
  section_host
}

probe_end() {
  printf '}\\n'
}
# SSH password login and root login (effective sshd settings), and whether the instance
# metadata service requires IMDSv2 session tokens (a GET without a token must be refused:
# https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/configuring-instance-metadata-service.html).

IMDS=http://169.254.169.254

section_ssh() {
  local effective="" source=none password="" root_login="" config="$ROOT/etc/ssh/sshd_config"
  if [ -z "$ROOT" ] && have sshd; then effective=$(sshd -T 2>/dev/null); fi
  if [ -n "$ROOT" ] && have sshd; then effective=$(sshd -T -f "$config" 2>/dev/null); fi
  if [ -n "$effective" ]; then
    source="sshd -T"
    password=$(printf '%s\\n' "$effective" | awk '$1 == "passwordauthentication" { print $2; exit }')
    root_login=$(printf '%s\\n' "$effective" | awk '$1 == "permitrootlogin" { print $2; exit }')
  elif [ -r "$config" ]; then
    source=sshd_config
    # sshd uses the first value it reads for a keyword.
    password=$(awk 'tolower($1) == "passwordauthentication" { print tolower($2); exit }' "$config")
    root_login=$(awk 'tolower($1) == "permitrootlogin" { print tolower($2); exit }' "$config")
  fi
  printf ',"ssh":{"passwordAuthentication":'
  json_str_or_null "$password"
  printf ',"permitRootLogin":'
  json_str_or_null "$root_login"
  printf ',"source":'
  json_str "$source"
  printf '}'
}

section_imds() {
  local token code reachable=false required=null
  token=$(curl -s -m 2 -X PUT -H 'X-aws-ec2-metadata-token-ttl-seconds: 60' "$IMDS/latest/api/token" 2>/dev/null)
  code=$(curl -s -m 2 -o /dev/null -w '%{http_code}' "$IMDS/latest/meta-data/instance-id" 2>/dev/null)
  if [ -n "$token" ] || { [ -n "$code" ] && [ "$code" != 000 ]; }; then reachable=true; fi
  case $code in
    401) required=true ;;
    200) required=false ;;
  esac
  printf ',"imds":{"reachable":%s,"tokenRequired":%s}' "$reachable" "$required"
}
probe_begin hardening
section_ssh
section_imds
probe_end
`,
  instance: `# amipipe-probe: instance
# What the instance checks and parity read: the inventory without the package list, small
# enough for SSM's inline command output (24,000 characters).
# JSON output helpers. Every string a probe prints goes through json_str.

# Prints $1 as a JSON string: quotes, backslashes and control characters escaped.
json_str() {
  local s=\${1-}
  s=\${s//\\\\/\\\\\\\\}
  s=\${s//\\"/\\\\\\"}
  s=\${s//$'\\n'/\\\\n}
  s=\${s//$'\\r'/\\\\r}
  s=\${s//$'\\t'/\\\\t}
  s=\${s//[$'\\001'-$'\\037']/}
  printf '"%s"' "$s"
}

# Prints $1 as a JSON string, or null when empty.
json_str_or_null() {
  if [ -n "\${1-}" ]; then json_str "$1"; else printf 'null'; fi
}

# Prints $1 as a JSON number, or null when it is not one.
json_num() {
  case \${1-} in
    '' | *[!0-9.-]* | *.*.* | -*-* | ?*-*) printf 'null' ;;
    *) printf '%s' "$1" ;;
  esac
}

# Prints true when $1 is "true" or "0" (an exit status), false otherwise.
json_bool() {
  case \${1-} in
    true | 0) printf 'true' ;;
    *) printf 'false' ;;
  esac
}
# Shared by every probe: the filesystem root (AMIPIPE_ROOT prefixes /etc, /var, /proc for
# tests), the image manifest, and the document frame.
LC_ALL=C
export LC_ALL
ROOT=\${AMIPIPE_ROOT:-}
MANIFEST="$ROOT/etc/amipipe/manifest.json"
SYSTEM_TOOLS_PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin
PATH="$PATH:$SYSTEM_TOOLS_PATH"

have() {
  command -v "$1" >/dev/null 2>&1
}

# The manifest on one line (it may be pretty-printed); empty when the image has none.
manifest_flat() {
  if [ -r "$MANIFEST" ]; then tr -d '\\n' <"$MANIFEST"; fi
}

# First string value of key $1 in the manifest.
manifest_string() {
  manifest_flat | grep -o "\\"$1\\" *: *\\"[^\\"]*\\"" | head -n 1 | sed 's/^.*: *"\\(.*\\)"$/\\1/'
}

# Every number value of key $1 in the manifest, one a line.
manifest_numbers() {
  manifest_flat | grep -o "\\"$1\\" *: *[0-9][0-9]*" | sed 's/^.*: *//'
}

# Names of the services the manifest declares.
manifest_services() {
  manifest_flat | sed -n 's/.*"services" *: *\\[\\([^]]*\\)\\].*/\\1/p' | grep -o '"name" *: *"[^"]*"' | sed 's/^.*: *"\\(.*\\)"$/\\1/'
}

section_host() {
  local hostname os now up
  hostname=$(uname -n)
  os=$(sed -n 's/^PRETTY_NAME=//p' "$ROOT/etc/os-release" 2>/dev/null | tr -d '"')
  if [ -z "$os" ]; then os=$(head -n 1 "$ROOT/etc/system-release" 2>/dev/null); fi
  now=$(date +%s)
  up=$(cut -d ' ' -f 1 "$ROOT/proc/uptime" 2>/dev/null)
  up=\${up%%.*}
  printf '"host":{"hostname":'
  json_str "$hostname"
  printf ',"os":'
  json_str "$os"
  printf ',"collectedAt":%s,"bootedAt":%s}' "$now" "$((now - \${up:-0}))"
}

probe_begin() {
  printf '{"schema":"amipipe.inventory/v1","probe":'
  json_str "$1"
  printf ','
  section_host
}

probe_end() {
  printf '}\\n'
}
# The sections of the instance and inventory probes, in document order: what the host runs,
# listens on, schedules and ships. \`instance_sections with-packages\` adds the package list
# after the users (the inventory probe, which includes sections/packages.sh for it).
# Service state through systemd, or SysV init on hosts without it (the original Amazon Linux AMI).

# Prints "NAME ENABLED ACTIVE" for each unit name given, with one systemctl call.
unit_states() {
  local name
  if have systemctl; then
    local units=()
    for name in "$@"; do units+=("$name.service"); done
    [ "\${#units[@]}" -gt 0 ] || return 0
    systemctl show --property=Id,LoadState,UnitFileState,ActiveState "\${units[@]}" 2>/dev/null |
      awk -F= '
        function flush() { if (id != "") { if (load == "not-found") file = "not-found"; else if (file == "") file = "static"; print id, file, (active == "" ? "inactive" : active) } id = ""; load = ""; file = ""; active = "" }
        /^$/ { flush(); next }
        $1 == "Id" { id = $2; sub(/\\.service$/, "", id) }
        $1 == "LoadState" { load = $2 }
        $1 == "UnitFileState" { file = $2 }
        $1 == "ActiveState" { active = $2 }
        END { flush() }'
  else
    local levels enabled active
    for name in "$@"; do
      levels=$(chkconfig --list "$name" 2>/dev/null)
      case $levels in
        '') enabled=not-found ;;
        *3:on*) enabled=enabled ;;
        *) enabled=disabled ;;
      esac
      if service "$name" status >/dev/null 2>&1; then active=active; else active=inactive; fi
      printf '%s %s %s\\n' "$name" "$enabled" "$active"
    done
  fi
}

# Names of the services worth reporting: enabled at boot, running now, or declared by the image.
unit_names() {
  {
    if have systemctl; then
      systemctl list-unit-files --type=service --no-legend 2>/dev/null | awk '$2 == "enabled" { print $1 }'
      systemctl list-units --type=service --all --no-legend --plain 2>/dev/null | awk '$3 != "inactive" { print $1 }'
    else
      chkconfig --list 2>/dev/null | awk '/3:on/ { print $1 }'
    fi
    manifest_services
  } | sed -e 's/\\.service$//' -e '/@$/d' | sort -u
}
# The zone the host is set to, as timedatectl, /etc/localtime and \`date\` see it.

timezone_zone() {
  local zone=""
  if have timedatectl; then
    zone=$(timedatectl status 2>/dev/null | sed -n 's/^ *Time zone: \\([^ ]*\\).*/\\1/p')
  fi
  if [ -z "$zone" ] && [ -L "$ROOT/etc/localtime" ]; then
    zone=$(readlink "$ROOT/etc/localtime")
    zone=\${zone#*zoneinfo/}
  fi
  if [ -z "$zone" ] && [ -r "$ROOT/etc/sysconfig/clock" ]; then
    zone=$(sed -n 's/^ZONE="\\{0,1\\}\\([^"]*\\)"\\{0,1\\}$/\\1/p' "$ROOT/etc/sysconfig/clock")
  fi
  printf '%s' "\${zone:-UTC}"
}

# mtime of /etc/localtime itself (not its target): when the zone was last set.
localtime_changed_at() {
  stat -c %Y "$ROOT/etc/localtime" 2>/dev/null
}

section_timezone() {
  printf ',"timezone":{"zone":'
  json_str "$(timezone_zone)"
  printf ',"abbreviation":'
  json_str "$(date +%Z)"
  printf ',"utcOffset":'
  json_str "$(date +%z)"
  printf ',"localtimeChangedAt":'
  json_num "$(localtime_changed_at)"
  printf '}'
}
# crond's start time (it keeps the zone it read then), the canary entry's last run, and
# every cron entry: /etc/crontab, /etc/cron.d and each user's crontab.

CRON_SEP=""

# Prints the entries of one crontab text ($1) as JSON objects; $2 names the source, $3 the
# user (empty for system files, whose sixth field is the user).
cron_entries_of() {
  local text=$1 source=$2 owner=$3 line schedule rest user command m h dom mon dow
  while IFS= read -r line; do
    line=\${line#"\${line%%[![:space:]]*}"}
    case $line in '' | '#'*) continue ;; esac
    if [[ $line =~ ^[A-Za-z_][A-Za-z0-9_]*[[:space:]]*= ]]; then continue; fi
    if [[ $line == @* ]]; then
      read -r schedule rest <<<"$line"
    else
      read -r m h dom mon dow rest <<<"$line"
      schedule="$m $h $dom $mon $dow"
    fi
    if [ -z "$owner" ]; then
      read -r user command <<<"$rest"
    else
      user=$owner
      command=$rest
    fi
    printf '%s{"source":' "$CRON_SEP"
    json_str "$source"
    printf ',"user":'
    json_str "$user"
    printf ',"schedule":'
    json_str "$schedule"
    printf ',"command":'
    json_str "$command"
    printf '}'
    CRON_SEP=","
  done <<<"$text"
}

cron_entries() {
  local file user text
  CRON_SEP=""
  if [ -r "$ROOT/etc/crontab" ]; then cron_entries_of "$(cat "$ROOT/etc/crontab")" /etc/crontab ""; fi
  for file in "$ROOT"/etc/cron.d/*; do
    [ -f "$file" ] || continue
    cron_entries_of "$(cat "$file")" "/etc/cron.d/\${file##*/}" ""
  done
  if have crontab; then
    while IFS=: read -r user _; do
      [ -n "$user" ] || continue
      text=$(crontab -l -u "$user" 2>/dev/null) || continue
      cron_entries_of "$text" "crontab:$user" "$user"
    done <"$ROOT/etc/passwd"
  fi
}

section_cron() {
  local pid elapsed started="" log_file last_line="" last_run=""
  pid=$(ps -eo pid=,comm= | awk '$2 == "crond" || $2 == "cron" { print $1; exit }')
  if [ -n "$pid" ]; then
    elapsed=$(ps -o etimes= -p "$pid" | tr -d ' ')
    if [ -n "$elapsed" ]; then started=$(($(date +%s) - elapsed)); fi
  fi
  log_file=$(manifest_string logFile)
  if [ -n "$log_file" ] && [ -r "$ROOT$log_file" ]; then
    last_line=$(tail -n 1 "$ROOT$log_file")
    if [[ \${last_line%% *} =~ ^[0-9]+$ ]]; then
      last_run=\${last_line%% *}
    elif [ -n "$last_line" ]; then
      last_run=$(date -d "\${last_line%% *}" +%s 2>/dev/null)
    fi
  fi
  printf ',"cron":{"daemon":{"running":'
  if [ -n "$pid" ]; then printf 'true'; else printf 'false'; fi
  printf ',"startedAt":'
  json_num "$started"
  printf '},"canary":{"logFile":'
  json_str_or_null "$log_file"
  printf ',"lastLine":'
  json_str_or_null "$last_line"
  printf ',"lastRunAt":'
  json_num "$last_run"
  printf '},"entries":['
  cron_entries
  printf ']}'
}
# Services enabled at boot and active now.

section_services() {
  local sep="" name enabled active
  local names=()
  while IFS= read -r name; do names+=("$name"); done <<<"$(unit_names)"
  printf ',"services":['
  while read -r name enabled active; do
    [ -n "$name" ] || continue
    printf '%s{"name":' "$sep"
    json_str "$name"
    printf ',"enabled":'
    json_str "$enabled"
    printf ',"active":'
    json_str "$active"
    printf '}'
    sep=","
  done <<<"$(unit_states "\${names[@]}")"
  printf ']'
}
# Running processes (kernel threads left out): what the server actually does.

section_processes() {
  local sep="" pid user comm args
  printf ',"processes":['
  while read -r pid user comm args; do
    [ -n "$pid" ] || continue
    case $args in '['*) continue ;; esac
    printf '%s{"pid":%s,"user":' "$sep" "$(json_num "$pid")"
    json_str "$user"
    printf ',"comm":'
    json_str "$comm"
    printf ',"args":'
    json_str "$args"
    printf '}'
    sep=","
  done <<<"$(ps -eo pid=,user:32=,comm=,args=)"
  printf ']'
}
# Listening TCP sockets and the process behind each (ss -ltnp).

section_ports() {
  local sep="" state listen rest address port process seen=" "
  printf ',"ports":['
  while read -r state _ _ listen _ rest; do
    [ "$state" = LISTEN ] || continue
    port=\${listen##*:}
    address=\${listen%:*}
    address=\${address#[}
    address=\${address%]}
    case $seen in *" $address:$port "*) continue ;; esac
    seen="$seen$address:$port "
    process=""
    case $rest in
      *'users:(("'*)
        process=\${rest#*'users:(("'}
        process=\${process%%'"'*}
        ;;
    esac
    printf '%s{"address":' "$sep"
    json_str "$address"
    printf ',"port":%s,"process":' "$(json_num "$port")"
    json_str "$process"
    printf '}'
    sep=","
  done <<<"$(ss -ltnp 2>/dev/null)"
  printf ']'
}
# Local users from /etc/passwd, each with the supplementary groups /etc/group lists it in.

section_users() {
  local sep="" name uid home shell group members member gsep
  local -A groups_of=()
  local -a list
  if [ -r "$ROOT/etc/group" ]; then
    while IFS=: read -r group _ _ members; do
      [ -n "$members" ] || continue
      IFS=, read -r -a list <<<"$members"
      for member in "\${list[@]}"; do
        [ -n "$member" ] || continue
        groups_of[$member]="\${groups_of[$member]-}$group "
      done
    done <"$ROOT/etc/group"
  fi
  printf ',"users":['
  while IFS=: read -r name _ uid _ _ home shell; do
    [ -n "$name" ] || continue
    printf '%s{"name":' "$sep"
    json_str "$name"
    printf ',"uid":%s,"home":' "$(json_num "$uid")"
    json_str "$home"
    printf ',"shell":'
    json_str "$shell"
    printf ',"groups":['
    gsep=""
    read -r -a list <<<"\${groups_of[$name]-}"
    for group in "\${list[@]}"; do
      printf '%s' "$gsep"
      json_str "$group"
      gsep=","
    done
    printf ']}'
    sep=","
  done <"$ROOT/etc/passwd"
  printf ']'
}
# Log shippers and the New Relic agent: installed, enabled, active; and fluentd's own
# counters from monitor_agent (https://docs.fluentd.org/input/monitor_agent) \u2014 records
# emitted and retries per plugin, which show whether logs are actually delivered.

# name:package of the agents looked for.
AGENT_PACKAGES="fluentd:fluent-package td-agent:td-agent newrelic-infra:newrelic-infra"

section_agents() {
  local sep="" pair name package installed enabled active
  printf ',"agents":['
  for pair in $AGENT_PACKAGES; do
    name=\${pair%%:*}
    package=\${pair#*:}
    installed=false
    if rpm -q "$package" >/dev/null 2>&1; then installed=true; fi
    read -r _ enabled active <<<"$(unit_states "$name")"
    if [ "$installed" = false ] && { [ -z "$enabled" ] || [ "$enabled" = not-found ]; }; then continue; fi
    printf '%s{"name":' "$sep"
    json_str "$name"
    printf ',"package":'
    json_str "$package"
    printf ',"installed":%s,"enabled":' "$installed"
    json_str "\${enabled:-not-found}"
    printf ',"active":'
    json_str "\${active:-inactive}"
    printf '}'
    sep=","
  done
  printf ']'
}

# Value of numeric field $2 in the one-line JSON object $1 (empty when absent).
plugin_number() {
  printf '%s' "$1" | grep -o "\\"$2\\":[0-9.]*" | head -n 1 | sed 's/^[^:]*://'
}

# Value of string field $2 in the one-line JSON object $1.
plugin_string() {
  printf '%s' "$1" | grep -o "\\"$2\\":\\"[^\\"]*\\"" | head -n 1 | sed 's/^[^:]*:"\\(.*\\)"$/\\1/'
}

monitor_plugins() {
  local body=$1 sep="" plugin field
  while IFS= read -r plugin; do
    case $plugin in '{"plugin_id"'*) ;; *) continue ;; esac
    printf '%s{"pluginId":' "$sep"
    json_str "$(plugin_string "$plugin" plugin_id)"
    printf ',"category":'
    json_str "$(plugin_string "$plugin" plugin_category)"
    printf ',"type":'
    json_str "$(plugin_string "$plugin" type)"
    for field in emitRecords:emit_records emitCount:emit_count writeCount:write_count retryCount:retry_count bufferTotalQueuedSize:buffer_total_queued_size; do
      printf ',"%s":' "\${field%%:*}"
      json_num "$(plugin_number "$plugin" "\${field#*:}")"
    done
    printf '}'
    sep=","
  done <<<"$(printf '%s' "$body" | sed 's/{"plugin_id"/\\n{"plugin_id"/g')"
}

section_monitors() {
  local sep="" port body
  printf ',"monitors":['
  for port in $({ echo 24220; manifest_numbers monitorPort; } | sort -un); do
    body=$(curl -s -m 3 "http://127.0.0.1:$port/api/plugins.json?with_config=false&with_retry=false" 2>/dev/null)
    printf '%s{"port":%s,"reachable":' "$sep" "$port"
    case $body in
      '{'*)
        printf 'true,"plugins":['
        monitor_plugins "$body"
        printf ']}'
        ;;
      *) printf 'false,"plugins":[]}' ;;
    esac
    sep=","
  done
  printf ']'
}
# SSH password login and root login (effective sshd settings), and whether the instance
# metadata service requires IMDSv2 session tokens (a GET without a token must be refused:
# https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/configuring-instance-metadata-service.html).

IMDS=http://169.254.169.254

section_ssh() {
  local effective="" source=none password="" root_login="" config="$ROOT/etc/ssh/sshd_config"
  if [ -z "$ROOT" ] && have sshd; then effective=$(sshd -T 2>/dev/null); fi
  if [ -n "$ROOT" ] && have sshd; then effective=$(sshd -T -f "$config" 2>/dev/null); fi
  if [ -n "$effective" ]; then
    source="sshd -T"
    password=$(printf '%s\\n' "$effective" | awk '$1 == "passwordauthentication" { print $2; exit }')
    root_login=$(printf '%s\\n' "$effective" | awk '$1 == "permitrootlogin" { print $2; exit }')
  elif [ -r "$config" ]; then
    source=sshd_config
    # sshd uses the first value it reads for a keyword.
    password=$(awk 'tolower($1) == "passwordauthentication" { print tolower($2); exit }' "$config")
    root_login=$(awk 'tolower($1) == "permitrootlogin" { print tolower($2); exit }' "$config")
  fi
  printf ',"ssh":{"passwordAuthentication":'
  json_str_or_null "$password"
  printf ',"permitRootLogin":'
  json_str_or_null "$root_login"
  printf ',"source":'
  json_str "$source"
  printf '}'
}

section_imds() {
  local token code reachable=false required=null
  token=$(curl -s -m 2 -X PUT -H 'X-aws-ec2-metadata-token-ttl-seconds: 60' "$IMDS/latest/api/token" 2>/dev/null)
  code=$(curl -s -m 2 -o /dev/null -w '%{http_code}' "$IMDS/latest/meta-data/instance-id" 2>/dev/null)
  if [ -n "$token" ] || { [ -n "$code" ] && [ "$code" != 000 ]; }; then reachable=true; fi
  case $code in
    401) required=true ;;
    200) required=false ;;
  esac
  printf ',"imds":{"reachable":%s,"tokenRequired":%s}' "$reachable" "$required"
}

instance_sections() {
  section_timezone
  section_cron
  section_services
  section_processes
  section_ports
  section_users
  if [ "\${1:-}" = with-packages ]; then section_packages; fi
  section_agents
  section_monitors
  section_ssh
  section_imds
}
probe_begin instance
instance_sections
probe_end
`,
  inventory: `# amipipe-probe: inventory
# Everything the other probes gather, in one document: what a server runs, listens on,
# schedules and ships (used by survey and recipe-from-survey).
# JSON output helpers. Every string a probe prints goes through json_str.

# Prints $1 as a JSON string: quotes, backslashes and control characters escaped.
json_str() {
  local s=\${1-}
  s=\${s//\\\\/\\\\\\\\}
  s=\${s//\\"/\\\\\\"}
  s=\${s//$'\\n'/\\\\n}
  s=\${s//$'\\r'/\\\\r}
  s=\${s//$'\\t'/\\\\t}
  s=\${s//[$'\\001'-$'\\037']/}
  printf '"%s"' "$s"
}

# Prints $1 as a JSON string, or null when empty.
json_str_or_null() {
  if [ -n "\${1-}" ]; then json_str "$1"; else printf 'null'; fi
}

# Prints $1 as a JSON number, or null when it is not one.
json_num() {
  case \${1-} in
    '' | *[!0-9.-]* | *.*.* | -*-* | ?*-*) printf 'null' ;;
    *) printf '%s' "$1" ;;
  esac
}

# Prints true when $1 is "true" or "0" (an exit status), false otherwise.
json_bool() {
  case \${1-} in
    true | 0) printf 'true' ;;
    *) printf 'false' ;;
  esac
}
# Shared by every probe: the filesystem root (AMIPIPE_ROOT prefixes /etc, /var, /proc for
# tests), the image manifest, and the document frame.
LC_ALL=C
export LC_ALL
ROOT=\${AMIPIPE_ROOT:-}
MANIFEST="$ROOT/etc/amipipe/manifest.json"
SYSTEM_TOOLS_PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin
PATH="$PATH:$SYSTEM_TOOLS_PATH"

have() {
  command -v "$1" >/dev/null 2>&1
}

# The manifest on one line (it may be pretty-printed); empty when the image has none.
manifest_flat() {
  if [ -r "$MANIFEST" ]; then tr -d '\\n' <"$MANIFEST"; fi
}

# First string value of key $1 in the manifest.
manifest_string() {
  manifest_flat | grep -o "\\"$1\\" *: *\\"[^\\"]*\\"" | head -n 1 | sed 's/^.*: *"\\(.*\\)"$/\\1/'
}

# Every number value of key $1 in the manifest, one a line.
manifest_numbers() {
  manifest_flat | grep -o "\\"$1\\" *: *[0-9][0-9]*" | sed 's/^.*: *//'
}

# Names of the services the manifest declares.
manifest_services() {
  manifest_flat | sed -n 's/.*"services" *: *\\[\\([^]]*\\)\\].*/\\1/p' | grep -o '"name" *: *"[^"]*"' | sed 's/^.*: *"\\(.*\\)"$/\\1/'
}

section_host() {
  local hostname os now up
  hostname=$(uname -n)
  os=$(sed -n 's/^PRETTY_NAME=//p' "$ROOT/etc/os-release" 2>/dev/null | tr -d '"')
  if [ -z "$os" ]; then os=$(head -n 1 "$ROOT/etc/system-release" 2>/dev/null); fi
  now=$(date +%s)
  up=$(cut -d ' ' -f 1 "$ROOT/proc/uptime" 2>/dev/null)
  up=\${up%%.*}
  printf '"host":{"hostname":'
  json_str "$hostname"
  printf ',"os":'
  json_str "$os"
  printf ',"collectedAt":%s,"bootedAt":%s}' "$now" "$((now - \${up:-0}))"
}

probe_begin() {
  printf '{"schema":"amipipe.inventory/v1","probe":'
  json_str "$1"
  printf ','
  section_host
}

probe_end() {
  printf '}\\n'
}
# Installed packages (rpm -qa): one \`NAME<TAB>EPOCH:VERSION-RELEASE<TAB>ARCH\` line each, sorted,
# gzip-compressed and base64-encoded into one JSON string (decoded by src/probes/package-list.ts).
# As JSON objects a server's 500-1,500 packages would not fit in the 24,000 characters of
# output SSM Run Command returns inline. %{EPOCHNUM} prints 0 for a package without an epoch.

section_packages() {
  local packed
  packed=$(rpm -qa --qf '%{NAME}\\t%{EPOCHNUM}:%{VERSION}-%{RELEASE}\\t%{ARCH}\\n' 2>/dev/null | sort | gzip -9 -n | base64 -w0)
  printf ',"packages":'
  json_str "$packed"
}
# The sections of the instance and inventory probes, in document order: what the host runs,
# listens on, schedules and ships. \`instance_sections with-packages\` adds the package list
# after the users (the inventory probe, which includes sections/packages.sh for it).
# Service state through systemd, or SysV init on hosts without it (the original Amazon Linux AMI).

# Prints "NAME ENABLED ACTIVE" for each unit name given, with one systemctl call.
unit_states() {
  local name
  if have systemctl; then
    local units=()
    for name in "$@"; do units+=("$name.service"); done
    [ "\${#units[@]}" -gt 0 ] || return 0
    systemctl show --property=Id,LoadState,UnitFileState,ActiveState "\${units[@]}" 2>/dev/null |
      awk -F= '
        function flush() { if (id != "") { if (load == "not-found") file = "not-found"; else if (file == "") file = "static"; print id, file, (active == "" ? "inactive" : active) } id = ""; load = ""; file = ""; active = "" }
        /^$/ { flush(); next }
        $1 == "Id" { id = $2; sub(/\\.service$/, "", id) }
        $1 == "LoadState" { load = $2 }
        $1 == "UnitFileState" { file = $2 }
        $1 == "ActiveState" { active = $2 }
        END { flush() }'
  else
    local levels enabled active
    for name in "$@"; do
      levels=$(chkconfig --list "$name" 2>/dev/null)
      case $levels in
        '') enabled=not-found ;;
        *3:on*) enabled=enabled ;;
        *) enabled=disabled ;;
      esac
      if service "$name" status >/dev/null 2>&1; then active=active; else active=inactive; fi
      printf '%s %s %s\\n' "$name" "$enabled" "$active"
    done
  fi
}

# Names of the services worth reporting: enabled at boot, running now, or declared by the image.
unit_names() {
  {
    if have systemctl; then
      systemctl list-unit-files --type=service --no-legend 2>/dev/null | awk '$2 == "enabled" { print $1 }'
      systemctl list-units --type=service --all --no-legend --plain 2>/dev/null | awk '$3 != "inactive" { print $1 }'
    else
      chkconfig --list 2>/dev/null | awk '/3:on/ { print $1 }'
    fi
    manifest_services
  } | sed -e 's/\\.service$//' -e '/@$/d' | sort -u
}
# The zone the host is set to, as timedatectl, /etc/localtime and \`date\` see it.

timezone_zone() {
  local zone=""
  if have timedatectl; then
    zone=$(timedatectl status 2>/dev/null | sed -n 's/^ *Time zone: \\([^ ]*\\).*/\\1/p')
  fi
  if [ -z "$zone" ] && [ -L "$ROOT/etc/localtime" ]; then
    zone=$(readlink "$ROOT/etc/localtime")
    zone=\${zone#*zoneinfo/}
  fi
  if [ -z "$zone" ] && [ -r "$ROOT/etc/sysconfig/clock" ]; then
    zone=$(sed -n 's/^ZONE="\\{0,1\\}\\([^"]*\\)"\\{0,1\\}$/\\1/p' "$ROOT/etc/sysconfig/clock")
  fi
  printf '%s' "\${zone:-UTC}"
}

# mtime of /etc/localtime itself (not its target): when the zone was last set.
localtime_changed_at() {
  stat -c %Y "$ROOT/etc/localtime" 2>/dev/null
}

section_timezone() {
  printf ',"timezone":{"zone":'
  json_str "$(timezone_zone)"
  printf ',"abbreviation":'
  json_str "$(date +%Z)"
  printf ',"utcOffset":'
  json_str "$(date +%z)"
  printf ',"localtimeChangedAt":'
  json_num "$(localtime_changed_at)"
  printf '}'
}
# crond's start time (it keeps the zone it read then), the canary entry's last run, and
# every cron entry: /etc/crontab, /etc/cron.d and each user's crontab.

CRON_SEP=""

# Prints the entries of one crontab text ($1) as JSON objects; $2 names the source, $3 the
# user (empty for system files, whose sixth field is the user).
cron_entries_of() {
  local text=$1 source=$2 owner=$3 line schedule rest user command m h dom mon dow
  while IFS= read -r line; do
    line=\${line#"\${line%%[![:space:]]*}"}
    case $line in '' | '#'*) continue ;; esac
    if [[ $line =~ ^[A-Za-z_][A-Za-z0-9_]*[[:space:]]*= ]]; then continue; fi
    if [[ $line == @* ]]; then
      read -r schedule rest <<<"$line"
    else
      read -r m h dom mon dow rest <<<"$line"
      schedule="$m $h $dom $mon $dow"
    fi
    if [ -z "$owner" ]; then
      read -r user command <<<"$rest"
    else
      user=$owner
      command=$rest
    fi
    printf '%s{"source":' "$CRON_SEP"
    json_str "$source"
    printf ',"user":'
    json_str "$user"
    printf ',"schedule":'
    json_str "$schedule"
    printf ',"command":'
    json_str "$command"
    printf '}'
    CRON_SEP=","
  done <<<"$text"
}

cron_entries() {
  local file user text
  CRON_SEP=""
  if [ -r "$ROOT/etc/crontab" ]; then cron_entries_of "$(cat "$ROOT/etc/crontab")" /etc/crontab ""; fi
  for file in "$ROOT"/etc/cron.d/*; do
    [ -f "$file" ] || continue
    cron_entries_of "$(cat "$file")" "/etc/cron.d/\${file##*/}" ""
  done
  if have crontab; then
    while IFS=: read -r user _; do
      [ -n "$user" ] || continue
      text=$(crontab -l -u "$user" 2>/dev/null) || continue
      cron_entries_of "$text" "crontab:$user" "$user"
    done <"$ROOT/etc/passwd"
  fi
}

section_cron() {
  local pid elapsed started="" log_file last_line="" last_run=""
  pid=$(ps -eo pid=,comm= | awk '$2 == "crond" || $2 == "cron" { print $1; exit }')
  if [ -n "$pid" ]; then
    elapsed=$(ps -o etimes= -p "$pid" | tr -d ' ')
    if [ -n "$elapsed" ]; then started=$(($(date +%s) - elapsed)); fi
  fi
  log_file=$(manifest_string logFile)
  if [ -n "$log_file" ] && [ -r "$ROOT$log_file" ]; then
    last_line=$(tail -n 1 "$ROOT$log_file")
    if [[ \${last_line%% *} =~ ^[0-9]+$ ]]; then
      last_run=\${last_line%% *}
    elif [ -n "$last_line" ]; then
      last_run=$(date -d "\${last_line%% *}" +%s 2>/dev/null)
    fi
  fi
  printf ',"cron":{"daemon":{"running":'
  if [ -n "$pid" ]; then printf 'true'; else printf 'false'; fi
  printf ',"startedAt":'
  json_num "$started"
  printf '},"canary":{"logFile":'
  json_str_or_null "$log_file"
  printf ',"lastLine":'
  json_str_or_null "$last_line"
  printf ',"lastRunAt":'
  json_num "$last_run"
  printf '},"entries":['
  cron_entries
  printf ']}'
}
# Services enabled at boot and active now.

section_services() {
  local sep="" name enabled active
  local names=()
  while IFS= read -r name; do names+=("$name"); done <<<"$(unit_names)"
  printf ',"services":['
  while read -r name enabled active; do
    [ -n "$name" ] || continue
    printf '%s{"name":' "$sep"
    json_str "$name"
    printf ',"enabled":'
    json_str "$enabled"
    printf ',"active":'
    json_str "$active"
    printf '}'
    sep=","
  done <<<"$(unit_states "\${names[@]}")"
  printf ']'
}
# Running processes (kernel threads left out): what the server actually does.

section_processes() {
  local sep="" pid user comm args
  printf ',"processes":['
  while read -r pid user comm args; do
    [ -n "$pid" ] || continue
    case $args in '['*) continue ;; esac
    printf '%s{"pid":%s,"user":' "$sep" "$(json_num "$pid")"
    json_str "$user"
    printf ',"comm":'
    json_str "$comm"
    printf ',"args":'
    json_str "$args"
    printf '}'
    sep=","
  done <<<"$(ps -eo pid=,user:32=,comm=,args=)"
  printf ']'
}
# Listening TCP sockets and the process behind each (ss -ltnp).

section_ports() {
  local sep="" state listen rest address port process seen=" "
  printf ',"ports":['
  while read -r state _ _ listen _ rest; do
    [ "$state" = LISTEN ] || continue
    port=\${listen##*:}
    address=\${listen%:*}
    address=\${address#[}
    address=\${address%]}
    case $seen in *" $address:$port "*) continue ;; esac
    seen="$seen$address:$port "
    process=""
    case $rest in
      *'users:(("'*)
        process=\${rest#*'users:(("'}
        process=\${process%%'"'*}
        ;;
    esac
    printf '%s{"address":' "$sep"
    json_str "$address"
    printf ',"port":%s,"process":' "$(json_num "$port")"
    json_str "$process"
    printf '}'
    sep=","
  done <<<"$(ss -ltnp 2>/dev/null)"
  printf ']'
}
# Local users from /etc/passwd, each with the supplementary groups /etc/group lists it in.

section_users() {
  local sep="" name uid home shell group members member gsep
  local -A groups_of=()
  local -a list
  if [ -r "$ROOT/etc/group" ]; then
    while IFS=: read -r group _ _ members; do
      [ -n "$members" ] || continue
      IFS=, read -r -a list <<<"$members"
      for member in "\${list[@]}"; do
        [ -n "$member" ] || continue
        groups_of[$member]="\${groups_of[$member]-}$group "
      done
    done <"$ROOT/etc/group"
  fi
  printf ',"users":['
  while IFS=: read -r name _ uid _ _ home shell; do
    [ -n "$name" ] || continue
    printf '%s{"name":' "$sep"
    json_str "$name"
    printf ',"uid":%s,"home":' "$(json_num "$uid")"
    json_str "$home"
    printf ',"shell":'
    json_str "$shell"
    printf ',"groups":['
    gsep=""
    read -r -a list <<<"\${groups_of[$name]-}"
    for group in "\${list[@]}"; do
      printf '%s' "$gsep"
      json_str "$group"
      gsep=","
    done
    printf ']}'
    sep=","
  done <"$ROOT/etc/passwd"
  printf ']'
}
# Log shippers and the New Relic agent: installed, enabled, active; and fluentd's own
# counters from monitor_agent (https://docs.fluentd.org/input/monitor_agent) \u2014 records
# emitted and retries per plugin, which show whether logs are actually delivered.

# name:package of the agents looked for.
AGENT_PACKAGES="fluentd:fluent-package td-agent:td-agent newrelic-infra:newrelic-infra"

section_agents() {
  local sep="" pair name package installed enabled active
  printf ',"agents":['
  for pair in $AGENT_PACKAGES; do
    name=\${pair%%:*}
    package=\${pair#*:}
    installed=false
    if rpm -q "$package" >/dev/null 2>&1; then installed=true; fi
    read -r _ enabled active <<<"$(unit_states "$name")"
    if [ "$installed" = false ] && { [ -z "$enabled" ] || [ "$enabled" = not-found ]; }; then continue; fi
    printf '%s{"name":' "$sep"
    json_str "$name"
    printf ',"package":'
    json_str "$package"
    printf ',"installed":%s,"enabled":' "$installed"
    json_str "\${enabled:-not-found}"
    printf ',"active":'
    json_str "\${active:-inactive}"
    printf '}'
    sep=","
  done
  printf ']'
}

# Value of numeric field $2 in the one-line JSON object $1 (empty when absent).
plugin_number() {
  printf '%s' "$1" | grep -o "\\"$2\\":[0-9.]*" | head -n 1 | sed 's/^[^:]*://'
}

# Value of string field $2 in the one-line JSON object $1.
plugin_string() {
  printf '%s' "$1" | grep -o "\\"$2\\":\\"[^\\"]*\\"" | head -n 1 | sed 's/^[^:]*:"\\(.*\\)"$/\\1/'
}

monitor_plugins() {
  local body=$1 sep="" plugin field
  while IFS= read -r plugin; do
    case $plugin in '{"plugin_id"'*) ;; *) continue ;; esac
    printf '%s{"pluginId":' "$sep"
    json_str "$(plugin_string "$plugin" plugin_id)"
    printf ',"category":'
    json_str "$(plugin_string "$plugin" plugin_category)"
    printf ',"type":'
    json_str "$(plugin_string "$plugin" type)"
    for field in emitRecords:emit_records emitCount:emit_count writeCount:write_count retryCount:retry_count bufferTotalQueuedSize:buffer_total_queued_size; do
      printf ',"%s":' "\${field%%:*}"
      json_num "$(plugin_number "$plugin" "\${field#*:}")"
    done
    printf '}'
    sep=","
  done <<<"$(printf '%s' "$body" | sed 's/{"plugin_id"/\\n{"plugin_id"/g')"
}

section_monitors() {
  local sep="" port body
  printf ',"monitors":['
  for port in $({ echo 24220; manifest_numbers monitorPort; } | sort -un); do
    body=$(curl -s -m 3 "http://127.0.0.1:$port/api/plugins.json?with_config=false&with_retry=false" 2>/dev/null)
    printf '%s{"port":%s,"reachable":' "$sep" "$port"
    case $body in
      '{'*)
        printf 'true,"plugins":['
        monitor_plugins "$body"
        printf ']}'
        ;;
      *) printf 'false,"plugins":[]}' ;;
    esac
    sep=","
  done
  printf ']'
}
# SSH password login and root login (effective sshd settings), and whether the instance
# metadata service requires IMDSv2 session tokens (a GET without a token must be refused:
# https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/configuring-instance-metadata-service.html).

IMDS=http://169.254.169.254

section_ssh() {
  local effective="" source=none password="" root_login="" config="$ROOT/etc/ssh/sshd_config"
  if [ -z "$ROOT" ] && have sshd; then effective=$(sshd -T 2>/dev/null); fi
  if [ -n "$ROOT" ] && have sshd; then effective=$(sshd -T -f "$config" 2>/dev/null); fi
  if [ -n "$effective" ]; then
    source="sshd -T"
    password=$(printf '%s\\n' "$effective" | awk '$1 == "passwordauthentication" { print $2; exit }')
    root_login=$(printf '%s\\n' "$effective" | awk '$1 == "permitrootlogin" { print $2; exit }')
  elif [ -r "$config" ]; then
    source=sshd_config
    # sshd uses the first value it reads for a keyword.
    password=$(awk 'tolower($1) == "passwordauthentication" { print tolower($2); exit }' "$config")
    root_login=$(awk 'tolower($1) == "permitrootlogin" { print tolower($2); exit }' "$config")
  fi
  printf ',"ssh":{"passwordAuthentication":'
  json_str_or_null "$password"
  printf ',"permitRootLogin":'
  json_str_or_null "$root_login"
  printf ',"source":'
  json_str "$source"
  printf '}'
}

section_imds() {
  local token code reachable=false required=null
  token=$(curl -s -m 2 -X PUT -H 'X-aws-ec2-metadata-token-ttl-seconds: 60' "$IMDS/latest/api/token" 2>/dev/null)
  code=$(curl -s -m 2 -o /dev/null -w '%{http_code}' "$IMDS/latest/meta-data/instance-id" 2>/dev/null)
  if [ -n "$token" ] || { [ -n "$code" ] && [ "$code" != 000 ]; }; then reachable=true; fi
  case $code in
    401) required=true ;;
    200) required=false ;;
  esac
  printf ',"imds":{"reachable":%s,"tokenRequired":%s}' "$reachable" "$required"
}

instance_sections() {
  section_timezone
  section_cron
  section_services
  section_processes
  section_ports
  section_users
  if [ "\${1:-}" = with-packages ]; then section_packages; fi
  section_agents
  section_monitors
  section_ssh
  section_imds
}
probe_begin inventory
instance_sections with-packages
probe_end
`,
  packages: `# amipipe-probe: packages
# Installed packages.
# JSON output helpers. Every string a probe prints goes through json_str.

# Prints $1 as a JSON string: quotes, backslashes and control characters escaped.
json_str() {
  local s=\${1-}
  s=\${s//\\\\/\\\\\\\\}
  s=\${s//\\"/\\\\\\"}
  s=\${s//$'\\n'/\\\\n}
  s=\${s//$'\\r'/\\\\r}
  s=\${s//$'\\t'/\\\\t}
  s=\${s//[$'\\001'-$'\\037']/}
  printf '"%s"' "$s"
}

# Prints $1 as a JSON string, or null when empty.
json_str_or_null() {
  if [ -n "\${1-}" ]; then json_str "$1"; else printf 'null'; fi
}

# Prints $1 as a JSON number, or null when it is not one.
json_num() {
  case \${1-} in
    '' | *[!0-9.-]* | *.*.* | -*-* | ?*-*) printf 'null' ;;
    *) printf '%s' "$1" ;;
  esac
}

# Prints true when $1 is "true" or "0" (an exit status), false otherwise.
json_bool() {
  case \${1-} in
    true | 0) printf 'true' ;;
    *) printf 'false' ;;
  esac
}
# Shared by every probe: the filesystem root (AMIPIPE_ROOT prefixes /etc, /var, /proc for
# tests), the image manifest, and the document frame.
LC_ALL=C
export LC_ALL
ROOT=\${AMIPIPE_ROOT:-}
MANIFEST="$ROOT/etc/amipipe/manifest.json"
SYSTEM_TOOLS_PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin
PATH="$PATH:$SYSTEM_TOOLS_PATH"

have() {
  command -v "$1" >/dev/null 2>&1
}

# The manifest on one line (it may be pretty-printed); empty when the image has none.
manifest_flat() {
  if [ -r "$MANIFEST" ]; then tr -d '\\n' <"$MANIFEST"; fi
}

# First string value of key $1 in the manifest.
manifest_string() {
  manifest_flat | grep -o "\\"$1\\" *: *\\"[^\\"]*\\"" | head -n 1 | sed 's/^.*: *"\\(.*\\)"$/\\1/'
}

# Every number value of key $1 in the manifest, one a line.
manifest_numbers() {
  manifest_flat | grep -o "\\"$1\\" *: *[0-9][0-9]*" | sed 's/^.*: *//'
}

# Names of the services the manifest declares.
manifest_services() {
  manifest_flat | sed -n 's/.*"services" *: *\\[\\([^]]*\\)\\].*/\\1/p' | grep -o '"name" *: *"[^"]*"' | sed 's/^.*: *"\\(.*\\)"$/\\1/'
}

section_host() {
  local hostname os now up
  hostname=$(uname -n)
  os=$(sed -n 's/^PRETTY_NAME=//p' "$ROOT/etc/os-release" 2>/dev/null | tr -d '"')
  if [ -z "$os" ]; then os=$(head -n 1 "$ROOT/etc/system-release" 2>/dev/null); fi
  now=$(date +%s)
  up=$(cut -d ' ' -f 1 "$ROOT/proc/uptime" 2>/dev/null)
  up=\${up%%.*}
  printf '"host":{"hostname":'
  json_str "$hostname"
  printf ',"os":'
  json_str "$os"
  printf ',"collectedAt":%s,"bootedAt":%s}' "$now" "$((now - \${up:-0}))"
}

probe_begin() {
  printf '{"schema":"amipipe.inventory/v1","probe":'
  json_str "$1"
  printf ','
  section_host
}

probe_end() {
  printf '}\\n'
}
# Installed packages (rpm -qa): one \`NAME<TAB>EPOCH:VERSION-RELEASE<TAB>ARCH\` line each, sorted,
# gzip-compressed and base64-encoded into one JSON string (decoded by src/probes/package-list.ts).
# As JSON objects a server's 500-1,500 packages would not fit in the 24,000 characters of
# output SSM Run Command returns inline. %{EPOCHNUM} prints 0 for a package without an epoch.

section_packages() {
  local packed
  packed=$(rpm -qa --qf '%{NAME}\\t%{EPOCHNUM}:%{VERSION}-%{RELEASE}\\t%{ARCH}\\n' 2>/dev/null | sort | gzip -9 -n | base64 -w0)
  printf ',"packages":'
  json_str "$packed"
}
probe_begin packages
section_packages
probe_end
`,
  ports: `# amipipe-probe: ports
# Listening TCP ports and their processes.
# JSON output helpers. Every string a probe prints goes through json_str.

# Prints $1 as a JSON string: quotes, backslashes and control characters escaped.
json_str() {
  local s=\${1-}
  s=\${s//\\\\/\\\\\\\\}
  s=\${s//\\"/\\\\\\"}
  s=\${s//$'\\n'/\\\\n}
  s=\${s//$'\\r'/\\\\r}
  s=\${s//$'\\t'/\\\\t}
  s=\${s//[$'\\001'-$'\\037']/}
  printf '"%s"' "$s"
}

# Prints $1 as a JSON string, or null when empty.
json_str_or_null() {
  if [ -n "\${1-}" ]; then json_str "$1"; else printf 'null'; fi
}

# Prints $1 as a JSON number, or null when it is not one.
json_num() {
  case \${1-} in
    '' | *[!0-9.-]* | *.*.* | -*-* | ?*-*) printf 'null' ;;
    *) printf '%s' "$1" ;;
  esac
}

# Prints true when $1 is "true" or "0" (an exit status), false otherwise.
json_bool() {
  case \${1-} in
    true | 0) printf 'true' ;;
    *) printf 'false' ;;
  esac
}
# Shared by every probe: the filesystem root (AMIPIPE_ROOT prefixes /etc, /var, /proc for
# tests), the image manifest, and the document frame.
LC_ALL=C
export LC_ALL
ROOT=\${AMIPIPE_ROOT:-}
MANIFEST="$ROOT/etc/amipipe/manifest.json"
SYSTEM_TOOLS_PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin
PATH="$PATH:$SYSTEM_TOOLS_PATH"

have() {
  command -v "$1" >/dev/null 2>&1
}

# The manifest on one line (it may be pretty-printed); empty when the image has none.
manifest_flat() {
  if [ -r "$MANIFEST" ]; then tr -d '\\n' <"$MANIFEST"; fi
}

# First string value of key $1 in the manifest.
manifest_string() {
  manifest_flat | grep -o "\\"$1\\" *: *\\"[^\\"]*\\"" | head -n 1 | sed 's/^.*: *"\\(.*\\)"$/\\1/'
}

# Every number value of key $1 in the manifest, one a line.
manifest_numbers() {
  manifest_flat | grep -o "\\"$1\\" *: *[0-9][0-9]*" | sed 's/^.*: *//'
}

# Names of the services the manifest declares.
manifest_services() {
  manifest_flat | sed -n 's/.*"services" *: *\\[\\([^]]*\\)\\].*/\\1/p' | grep -o '"name" *: *"[^"]*"' | sed 's/^.*: *"\\(.*\\)"$/\\1/'
}

section_host() {
  local hostname os now up
  hostname=$(uname -n)
  os=$(sed -n 's/^PRETTY_NAME=//p' "$ROOT/etc/os-release" 2>/dev/null | tr -d '"')
  if [ -z "$os" ]; then os=$(head -n 1 "$ROOT/etc/system-release" 2>/dev/null); fi
  now=$(date +%s)
  up=$(cut -d ' ' -f 1 "$ROOT/proc/uptime" 2>/dev/null)
  up=\${up%%.*}
  printf '"host":{"hostname":'
  json_str "$hostname"
  printf ',"os":'
  json_str "$os"
  printf ',"collectedAt":%s,"bootedAt":%s}' "$now" "$((now - \${up:-0}))"
}

probe_begin() {
  printf '{"schema":"amipipe.inventory/v1","probe":'
  json_str "$1"
  printf ','
  section_host
}

probe_end() {
  printf '}\\n'
}
# Listening TCP sockets and the process behind each (ss -ltnp).

section_ports() {
  local sep="" state listen rest address port process seen=" "
  printf ',"ports":['
  while read -r state _ _ listen _ rest; do
    [ "$state" = LISTEN ] || continue
    port=\${listen##*:}
    address=\${listen%:*}
    address=\${address#[}
    address=\${address%]}
    case $seen in *" $address:$port "*) continue ;; esac
    seen="$seen$address:$port "
    process=""
    case $rest in
      *'users:(("'*)
        process=\${rest#*'users:(("'}
        process=\${process%%'"'*}
        ;;
    esac
    printf '%s{"address":' "$sep"
    json_str "$address"
    printf ',"port":%s,"process":' "$(json_num "$port")"
    json_str "$process"
    printf '}'
    sep=","
  done <<<"$(ss -ltnp 2>/dev/null)"
  printf ']'
}
probe_begin ports
section_ports
probe_end
`,
  processes: `# amipipe-probe: processes
# Running processes.
# JSON output helpers. Every string a probe prints goes through json_str.

# Prints $1 as a JSON string: quotes, backslashes and control characters escaped.
json_str() {
  local s=\${1-}
  s=\${s//\\\\/\\\\\\\\}
  s=\${s//\\"/\\\\\\"}
  s=\${s//$'\\n'/\\\\n}
  s=\${s//$'\\r'/\\\\r}
  s=\${s//$'\\t'/\\\\t}
  s=\${s//[$'\\001'-$'\\037']/}
  printf '"%s"' "$s"
}

# Prints $1 as a JSON string, or null when empty.
json_str_or_null() {
  if [ -n "\${1-}" ]; then json_str "$1"; else printf 'null'; fi
}

# Prints $1 as a JSON number, or null when it is not one.
json_num() {
  case \${1-} in
    '' | *[!0-9.-]* | *.*.* | -*-* | ?*-*) printf 'null' ;;
    *) printf '%s' "$1" ;;
  esac
}

# Prints true when $1 is "true" or "0" (an exit status), false otherwise.
json_bool() {
  case \${1-} in
    true | 0) printf 'true' ;;
    *) printf 'false' ;;
  esac
}
# Shared by every probe: the filesystem root (AMIPIPE_ROOT prefixes /etc, /var, /proc for
# tests), the image manifest, and the document frame.
LC_ALL=C
export LC_ALL
ROOT=\${AMIPIPE_ROOT:-}
MANIFEST="$ROOT/etc/amipipe/manifest.json"
SYSTEM_TOOLS_PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin
PATH="$PATH:$SYSTEM_TOOLS_PATH"

have() {
  command -v "$1" >/dev/null 2>&1
}

# The manifest on one line (it may be pretty-printed); empty when the image has none.
manifest_flat() {
  if [ -r "$MANIFEST" ]; then tr -d '\\n' <"$MANIFEST"; fi
}

# First string value of key $1 in the manifest.
manifest_string() {
  manifest_flat | grep -o "\\"$1\\" *: *\\"[^\\"]*\\"" | head -n 1 | sed 's/^.*: *"\\(.*\\)"$/\\1/'
}

# Every number value of key $1 in the manifest, one a line.
manifest_numbers() {
  manifest_flat | grep -o "\\"$1\\" *: *[0-9][0-9]*" | sed 's/^.*: *//'
}

# Names of the services the manifest declares.
manifest_services() {
  manifest_flat | sed -n 's/.*"services" *: *\\[\\([^]]*\\)\\].*/\\1/p' | grep -o '"name" *: *"[^"]*"' | sed 's/^.*: *"\\(.*\\)"$/\\1/'
}

section_host() {
  local hostname os now up
  hostname=$(uname -n)
  os=$(sed -n 's/^PRETTY_NAME=//p' "$ROOT/etc/os-release" 2>/dev/null | tr -d '"')
  if [ -z "$os" ]; then os=$(head -n 1 "$ROOT/etc/system-release" 2>/dev/null); fi
  now=$(date +%s)
  up=$(cut -d ' ' -f 1 "$ROOT/proc/uptime" 2>/dev/null)
  up=\${up%%.*}
  printf '"host":{"hostname":'
  json_str "$hostname"
  printf ',"os":'
  json_str "$os"
  printf ',"collectedAt":%s,"bootedAt":%s}' "$now" "$((now - \${up:-0}))"
}

probe_begin() {
  printf '{"schema":"amipipe.inventory/v1","probe":'
  json_str "$1"
  printf ','
  section_host
}

probe_end() {
  printf '}\\n'
}
# Running processes (kernel threads left out): what the server actually does.

section_processes() {
  local sep="" pid user comm args
  printf ',"processes":['
  while read -r pid user comm args; do
    [ -n "$pid" ] || continue
    case $args in '['*) continue ;; esac
    printf '%s{"pid":%s,"user":' "$sep" "$(json_num "$pid")"
    json_str "$user"
    printf ',"comm":'
    json_str "$comm"
    printf ',"args":'
    json_str "$args"
    printf '}'
    sep=","
  done <<<"$(ps -eo pid=,user:32=,comm=,args=)"
  printf ']'
}
probe_begin processes
section_processes
probe_end
`,
  services: `# amipipe-probe: services
# Services enabled at boot and active now, the image's declared services included.
# JSON output helpers. Every string a probe prints goes through json_str.

# Prints $1 as a JSON string: quotes, backslashes and control characters escaped.
json_str() {
  local s=\${1-}
  s=\${s//\\\\/\\\\\\\\}
  s=\${s//\\"/\\\\\\"}
  s=\${s//$'\\n'/\\\\n}
  s=\${s//$'\\r'/\\\\r}
  s=\${s//$'\\t'/\\\\t}
  s=\${s//[$'\\001'-$'\\037']/}
  printf '"%s"' "$s"
}

# Prints $1 as a JSON string, or null when empty.
json_str_or_null() {
  if [ -n "\${1-}" ]; then json_str "$1"; else printf 'null'; fi
}

# Prints $1 as a JSON number, or null when it is not one.
json_num() {
  case \${1-} in
    '' | *[!0-9.-]* | *.*.* | -*-* | ?*-*) printf 'null' ;;
    *) printf '%s' "$1" ;;
  esac
}

# Prints true when $1 is "true" or "0" (an exit status), false otherwise.
json_bool() {
  case \${1-} in
    true | 0) printf 'true' ;;
    *) printf 'false' ;;
  esac
}
# Shared by every probe: the filesystem root (AMIPIPE_ROOT prefixes /etc, /var, /proc for
# tests), the image manifest, and the document frame.
LC_ALL=C
export LC_ALL
ROOT=\${AMIPIPE_ROOT:-}
MANIFEST="$ROOT/etc/amipipe/manifest.json"
SYSTEM_TOOLS_PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin
PATH="$PATH:$SYSTEM_TOOLS_PATH"

have() {
  command -v "$1" >/dev/null 2>&1
}

# The manifest on one line (it may be pretty-printed); empty when the image has none.
manifest_flat() {
  if [ -r "$MANIFEST" ]; then tr -d '\\n' <"$MANIFEST"; fi
}

# First string value of key $1 in the manifest.
manifest_string() {
  manifest_flat | grep -o "\\"$1\\" *: *\\"[^\\"]*\\"" | head -n 1 | sed 's/^.*: *"\\(.*\\)"$/\\1/'
}

# Every number value of key $1 in the manifest, one a line.
manifest_numbers() {
  manifest_flat | grep -o "\\"$1\\" *: *[0-9][0-9]*" | sed 's/^.*: *//'
}

# Names of the services the manifest declares.
manifest_services() {
  manifest_flat | sed -n 's/.*"services" *: *\\[\\([^]]*\\)\\].*/\\1/p' | grep -o '"name" *: *"[^"]*"' | sed 's/^.*: *"\\(.*\\)"$/\\1/'
}

section_host() {
  local hostname os now up
  hostname=$(uname -n)
  os=$(sed -n 's/^PRETTY_NAME=//p' "$ROOT/etc/os-release" 2>/dev/null | tr -d '"')
  if [ -z "$os" ]; then os=$(head -n 1 "$ROOT/etc/system-release" 2>/dev/null); fi
  now=$(date +%s)
  up=$(cut -d ' ' -f 1 "$ROOT/proc/uptime" 2>/dev/null)
  up=\${up%%.*}
  printf '"host":{"hostname":'
  json_str "$hostname"
  printf ',"os":'
  json_str "$os"
  printf ',"collectedAt":%s,"bootedAt":%s}' "$now" "$((now - \${up:-0}))"
}

probe_begin() {
  printf '{"schema":"amipipe.inventory/v1","probe":'
  json_str "$1"
  printf ','
  section_host
}

probe_end() {
  printf '}\\n'
}
# Service state through systemd, or SysV init on hosts without it (the original Amazon Linux AMI).

# Prints "NAME ENABLED ACTIVE" for each unit name given, with one systemctl call.
unit_states() {
  local name
  if have systemctl; then
    local units=()
    for name in "$@"; do units+=("$name.service"); done
    [ "\${#units[@]}" -gt 0 ] || return 0
    systemctl show --property=Id,LoadState,UnitFileState,ActiveState "\${units[@]}" 2>/dev/null |
      awk -F= '
        function flush() { if (id != "") { if (load == "not-found") file = "not-found"; else if (file == "") file = "static"; print id, file, (active == "" ? "inactive" : active) } id = ""; load = ""; file = ""; active = "" }
        /^$/ { flush(); next }
        $1 == "Id" { id = $2; sub(/\\.service$/, "", id) }
        $1 == "LoadState" { load = $2 }
        $1 == "UnitFileState" { file = $2 }
        $1 == "ActiveState" { active = $2 }
        END { flush() }'
  else
    local levels enabled active
    for name in "$@"; do
      levels=$(chkconfig --list "$name" 2>/dev/null)
      case $levels in
        '') enabled=not-found ;;
        *3:on*) enabled=enabled ;;
        *) enabled=disabled ;;
      esac
      if service "$name" status >/dev/null 2>&1; then active=active; else active=inactive; fi
      printf '%s %s %s\\n' "$name" "$enabled" "$active"
    done
  fi
}

# Names of the services worth reporting: enabled at boot, running now, or declared by the image.
unit_names() {
  {
    if have systemctl; then
      systemctl list-unit-files --type=service --no-legend 2>/dev/null | awk '$2 == "enabled" { print $1 }'
      systemctl list-units --type=service --all --no-legend --plain 2>/dev/null | awk '$3 != "inactive" { print $1 }'
    else
      chkconfig --list 2>/dev/null | awk '/3:on/ { print $1 }'
    fi
    manifest_services
  } | sed -e 's/\\.service$//' -e '/@$/d' | sort -u
}
# Services enabled at boot and active now.

section_services() {
  local sep="" name enabled active
  local names=()
  while IFS= read -r name; do names+=("$name"); done <<<"$(unit_names)"
  printf ',"services":['
  while read -r name enabled active; do
    [ -n "$name" ] || continue
    printf '%s{"name":' "$sep"
    json_str "$name"
    printf ',"enabled":'
    json_str "$enabled"
    printf ',"active":'
    json_str "$active"
    printf '}'
    sep=","
  done <<<"$(unit_states "\${names[@]}")"
  printf ']'
}
probe_begin services
section_services
probe_end
`,
  timezone: `# amipipe-probe: timezone
# The host's timezone: zone, abbreviation, offset, last change of /etc/localtime.
# JSON output helpers. Every string a probe prints goes through json_str.

# Prints $1 as a JSON string: quotes, backslashes and control characters escaped.
json_str() {
  local s=\${1-}
  s=\${s//\\\\/\\\\\\\\}
  s=\${s//\\"/\\\\\\"}
  s=\${s//$'\\n'/\\\\n}
  s=\${s//$'\\r'/\\\\r}
  s=\${s//$'\\t'/\\\\t}
  s=\${s//[$'\\001'-$'\\037']/}
  printf '"%s"' "$s"
}

# Prints $1 as a JSON string, or null when empty.
json_str_or_null() {
  if [ -n "\${1-}" ]; then json_str "$1"; else printf 'null'; fi
}

# Prints $1 as a JSON number, or null when it is not one.
json_num() {
  case \${1-} in
    '' | *[!0-9.-]* | *.*.* | -*-* | ?*-*) printf 'null' ;;
    *) printf '%s' "$1" ;;
  esac
}

# Prints true when $1 is "true" or "0" (an exit status), false otherwise.
json_bool() {
  case \${1-} in
    true | 0) printf 'true' ;;
    *) printf 'false' ;;
  esac
}
# Shared by every probe: the filesystem root (AMIPIPE_ROOT prefixes /etc, /var, /proc for
# tests), the image manifest, and the document frame.
LC_ALL=C
export LC_ALL
ROOT=\${AMIPIPE_ROOT:-}
MANIFEST="$ROOT/etc/amipipe/manifest.json"
SYSTEM_TOOLS_PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin
PATH="$PATH:$SYSTEM_TOOLS_PATH"

have() {
  command -v "$1" >/dev/null 2>&1
}

# The manifest on one line (it may be pretty-printed); empty when the image has none.
manifest_flat() {
  if [ -r "$MANIFEST" ]; then tr -d '\\n' <"$MANIFEST"; fi
}

# First string value of key $1 in the manifest.
manifest_string() {
  manifest_flat | grep -o "\\"$1\\" *: *\\"[^\\"]*\\"" | head -n 1 | sed 's/^.*: *"\\(.*\\)"$/\\1/'
}

# Every number value of key $1 in the manifest, one a line.
manifest_numbers() {
  manifest_flat | grep -o "\\"$1\\" *: *[0-9][0-9]*" | sed 's/^.*: *//'
}

# Names of the services the manifest declares.
manifest_services() {
  manifest_flat | sed -n 's/.*"services" *: *\\[\\([^]]*\\)\\].*/\\1/p' | grep -o '"name" *: *"[^"]*"' | sed 's/^.*: *"\\(.*\\)"$/\\1/'
}

section_host() {
  local hostname os now up
  hostname=$(uname -n)
  os=$(sed -n 's/^PRETTY_NAME=//p' "$ROOT/etc/os-release" 2>/dev/null | tr -d '"')
  if [ -z "$os" ]; then os=$(head -n 1 "$ROOT/etc/system-release" 2>/dev/null); fi
  now=$(date +%s)
  up=$(cut -d ' ' -f 1 "$ROOT/proc/uptime" 2>/dev/null)
  up=\${up%%.*}
  printf '"host":{"hostname":'
  json_str "$hostname"
  printf ',"os":'
  json_str "$os"
  printf ',"collectedAt":%s,"bootedAt":%s}' "$now" "$((now - \${up:-0}))"
}

probe_begin() {
  printf '{"schema":"amipipe.inventory/v1","probe":'
  json_str "$1"
  printf ','
  section_host
}

probe_end() {
  printf '}\\n'
}
# The zone the host is set to, as timedatectl, /etc/localtime and \`date\` see it.

timezone_zone() {
  local zone=""
  if have timedatectl; then
    zone=$(timedatectl status 2>/dev/null | sed -n 's/^ *Time zone: \\([^ ]*\\).*/\\1/p')
  fi
  if [ -z "$zone" ] && [ -L "$ROOT/etc/localtime" ]; then
    zone=$(readlink "$ROOT/etc/localtime")
    zone=\${zone#*zoneinfo/}
  fi
  if [ -z "$zone" ] && [ -r "$ROOT/etc/sysconfig/clock" ]; then
    zone=$(sed -n 's/^ZONE="\\{0,1\\}\\([^"]*\\)"\\{0,1\\}$/\\1/p' "$ROOT/etc/sysconfig/clock")
  fi
  printf '%s' "\${zone:-UTC}"
}

# mtime of /etc/localtime itself (not its target): when the zone was last set.
localtime_changed_at() {
  stat -c %Y "$ROOT/etc/localtime" 2>/dev/null
}

section_timezone() {
  printf ',"timezone":{"zone":'
  json_str "$(timezone_zone)"
  printf ',"abbreviation":'
  json_str "$(date +%Z)"
  printf ',"utcOffset":'
  json_str "$(date +%z)"
  printf ',"localtimeChangedAt":'
  json_num "$(localtime_changed_at)"
  printf '}'
}
probe_begin timezone
section_timezone
probe_end
`,
  users: `# amipipe-probe: users
# Local users.
# JSON output helpers. Every string a probe prints goes through json_str.

# Prints $1 as a JSON string: quotes, backslashes and control characters escaped.
json_str() {
  local s=\${1-}
  s=\${s//\\\\/\\\\\\\\}
  s=\${s//\\"/\\\\\\"}
  s=\${s//$'\\n'/\\\\n}
  s=\${s//$'\\r'/\\\\r}
  s=\${s//$'\\t'/\\\\t}
  s=\${s//[$'\\001'-$'\\037']/}
  printf '"%s"' "$s"
}

# Prints $1 as a JSON string, or null when empty.
json_str_or_null() {
  if [ -n "\${1-}" ]; then json_str "$1"; else printf 'null'; fi
}

# Prints $1 as a JSON number, or null when it is not one.
json_num() {
  case \${1-} in
    '' | *[!0-9.-]* | *.*.* | -*-* | ?*-*) printf 'null' ;;
    *) printf '%s' "$1" ;;
  esac
}

# Prints true when $1 is "true" or "0" (an exit status), false otherwise.
json_bool() {
  case \${1-} in
    true | 0) printf 'true' ;;
    *) printf 'false' ;;
  esac
}
# Shared by every probe: the filesystem root (AMIPIPE_ROOT prefixes /etc, /var, /proc for
# tests), the image manifest, and the document frame.
LC_ALL=C
export LC_ALL
ROOT=\${AMIPIPE_ROOT:-}
MANIFEST="$ROOT/etc/amipipe/manifest.json"
SYSTEM_TOOLS_PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin
PATH="$PATH:$SYSTEM_TOOLS_PATH"

have() {
  command -v "$1" >/dev/null 2>&1
}

# The manifest on one line (it may be pretty-printed); empty when the image has none.
manifest_flat() {
  if [ -r "$MANIFEST" ]; then tr -d '\\n' <"$MANIFEST"; fi
}

# First string value of key $1 in the manifest.
manifest_string() {
  manifest_flat | grep -o "\\"$1\\" *: *\\"[^\\"]*\\"" | head -n 1 | sed 's/^.*: *"\\(.*\\)"$/\\1/'
}

# Every number value of key $1 in the manifest, one a line.
manifest_numbers() {
  manifest_flat | grep -o "\\"$1\\" *: *[0-9][0-9]*" | sed 's/^.*: *//'
}

# Names of the services the manifest declares.
manifest_services() {
  manifest_flat | sed -n 's/.*"services" *: *\\[\\([^]]*\\)\\].*/\\1/p' | grep -o '"name" *: *"[^"]*"' | sed 's/^.*: *"\\(.*\\)"$/\\1/'
}

section_host() {
  local hostname os now up
  hostname=$(uname -n)
  os=$(sed -n 's/^PRETTY_NAME=//p' "$ROOT/etc/os-release" 2>/dev/null | tr -d '"')
  if [ -z "$os" ]; then os=$(head -n 1 "$ROOT/etc/system-release" 2>/dev/null); fi
  now=$(date +%s)
  up=$(cut -d ' ' -f 1 "$ROOT/proc/uptime" 2>/dev/null)
  up=\${up%%.*}
  printf '"host":{"hostname":'
  json_str "$hostname"
  printf ',"os":'
  json_str "$os"
  printf ',"collectedAt":%s,"bootedAt":%s}' "$now" "$((now - \${up:-0}))"
}

probe_begin() {
  printf '{"schema":"amipipe.inventory/v1","probe":'
  json_str "$1"
  printf ','
  section_host
}

probe_end() {
  printf '}\\n'
}
# Local users from /etc/passwd, each with the supplementary groups /etc/group lists it in.

section_users() {
  local sep="" name uid home shell group members member gsep
  local -A groups_of=()
  local -a list
  if [ -r "$ROOT/etc/group" ]; then
    while IFS=: read -r group _ _ members; do
      [ -n "$members" ] || continue
      IFS=, read -r -a list <<<"$members"
      for member in "\${list[@]}"; do
        [ -n "$member" ] || continue
        groups_of[$member]="\${groups_of[$member]-}$group "
      done
    done <"$ROOT/etc/group"
  fi
  printf ',"users":['
  while IFS=: read -r name _ uid _ _ home shell; do
    [ -n "$name" ] || continue
    printf '%s{"name":' "$sep"
    json_str "$name"
    printf ',"uid":%s,"home":' "$(json_num "$uid")"
    json_str "$home"
    printf ',"shell":'
    json_str "$shell"
    printf ',"groups":['
    gsep=""
    read -r -a list <<<"\${groups_of[$name]-}"
    for group in "\${list[@]}"; do
      printf '%s' "$gsep"
      json_str "$group"
      gsep=","
    done
    printf ']}'
    sep=","
  done <"$ROOT/etc/passwd"
  printf ']'
}
probe_begin users
section_users
probe_end
`
};

// src/verify/plugin-output.ts
var PLUGIN_OUTPUT_LIMIT = 2500;
var ERROR_TITLE = "\n----------ERROR-------\n";
var CUT_MARKERS = ["\n---Output truncated---", "\n---Error truncated----"];
function readPluginOutput(output) {
  if (Buffer.byteLength(output, "utf8") >= PLUGIN_OUTPUT_LIMIT) return void 0;
  if (CUT_MARKERS.some((marker) => output.includes(marker))) return void 0;
  const title = output.indexOf(ERROR_TITLE);
  if (title < 0) return { stdout: output, stderr: "" };
  return { stdout: output.slice(0, title), stderr: output.slice(title + ERROR_TITLE.length) };
}

// src/verify/ssm-probe.ts
var SSM_INLINE_STDOUT_LIMIT = 24e3;
var BATCH = 50;
var POLL_MS = 5e3;
var TIMEOUT_MS = 10 * 6e4;
var DONE = /* @__PURE__ */ new Set([
  "Success",
  "Failed",
  "Cancelled",
  "TimedOut",
  "Undeliverable",
  "Terminated",
  "DeliveryTimedOut",
  "ExecutionTimedOut"
]);
async function runProbe(ctx, o) {
  const ssm = ctx.aws.ssm(o.region);
  const outcomes = /* @__PURE__ */ new Map();
  const commands = [];
  for (let i = 0; i < o.instanceIds.length; i += BATCH) {
    const ids = o.instanceIds.slice(i, i + BATCH);
    const sent = await sendWhenOnline(ctx, o, ids);
    const commandId = sent.Command?.CommandId;
    if (!commandId)
      throw new OperationFailed(`SSM SendCommand returned no command id for probe ${o.probe}`, "ssm");
    commands.push({ commandId, instanceIds: ids });
  }
  const started = ctx.clock.now();
  const pending = new Map(commands.map((c) => [c.commandId, new Set(c.instanceIds)]));
  while ([...pending.values()].some((s) => s.size > 0)) {
    await ctx.clock.sleep(POLL_MS);
    for (const [commandId, waiting] of pending) {
      if (waiting.size === 0) continue;
      const cut = [];
      let token;
      do {
        const page = await ssm.send(
          new import_client_ssm.ListCommandInvocationsCommand({
            CommandId: commandId,
            Details: true,
            MaxResults: BATCH,
            ...token ? { NextToken: token } : {}
          })
        );
        for (const inv of page.CommandInvocations ?? []) {
          const id = inv.InstanceId;
          if (!id || !waiting.has(id) || !DONE.has(inv.Status ?? "")) continue;
          waiting.delete(id);
          const listed = outcomeFromListing(inv);
          if (listed) outcomes.set(id, listed);
          else cut.push(id);
        }
        token = page.NextToken;
      } while (token);
      for (const id of cut) outcomes.set(id, await fetchOutput(ctx, { ...o, commandId, instanceId: id }));
    }
    const left = [...pending.values()].reduce((n, s) => n + s.size, 0);
    if (left > 0)
      ctx.progress.waiting(
        o.phase,
        `probe ${o.probe}: ${o.instanceIds.length - left}/${o.instanceIds.length} answered`,
        "SSM command results"
      );
    if (ctx.clock.now() - started > TIMEOUT_MS) {
      for (const waiting of pending.values())
        for (const id of waiting)
          outcomes.set(id, {
            ok: false,
            error: `probe ${o.probe} got no answer within 10 minutes (SSM agent not running?)`
          });
      break;
    }
  }
  return outcomes;
}
function outcomeFromListing(inv) {
  const plugin = inv.CommandPlugins?.[0];
  const output = readPluginOutput(plugin?.Output ?? "");
  if (!output) return void 0;
  if (inv.Status !== "Success") return failedRun(inv.Status, plugin?.ResponseCode, output.stderr);
  const parsed = parseProbeOutput(output.stdout);
  return parsed.ok ? { ok: true, inventory: parsed.inventory } : void 0;
}
function failedRun(status, code, stderr) {
  return {
    ok: false,
    error: `probe ${status ?? "failed"} (exit ${code ?? "?"}): ${stderr.trim().slice(0, 300)}`
  };
}
var AGENT_WAIT_MS = 5 * 6e4;
var AGENT_RETRY_MS = 15e3;
async function sendWhenOnline(ctx, o, ids) {
  const started = ctx.clock.now();
  let stateChecked = false;
  for (; ; ) {
    try {
      return await ctx.aws.ssm(o.region).send(
        new import_client_ssm.SendCommandCommand({
          DocumentName: "AWS-RunShellScript",
          InstanceIds: ids,
          Parameters: { commands: [PROBE_SCRIPTS[o.probe]], executionTimeout: ["120"] },
          Comment: `amipipe probe ${o.probe}`,
          TimeoutSeconds: 300
        })
      );
    } catch (error) {
      if (error.name !== "InvalidInstanceId") throw error;
      if (!stateChecked) {
        stateChecked = true;
        await failUnlessRunning(ctx, o, ids);
      }
      if (ctx.clock.now() - started >= AGENT_WAIT_MS) {
        throw new OperationFailed(
          `SSM cannot reach ${ids.join(", ")} after ${AGENT_WAIT_MS / 6e4} minutes (is the SSM agent running, and does the instance profile allow Systems Manager?): ${messageOf(error)}`,
          "ssm-unreachable",
          { instanceIds: ids }
        );
      }
      ctx.progress.waiting(
        o.phase,
        `probe ${o.probe}: SSM agent not online yet on ${ids.length} instance(s)`,
        "the SSM agent to register"
      );
      await ctx.clock.sleep(AGENT_RETRY_MS);
    }
  }
}
async function failUnlessRunning(ctx, o, ids) {
  const down = [];
  try {
    const found = await describeInstancesById(ctx.aws, o.region, ids);
    for (const id of ids) {
      const state = found.get(id)?.State?.Name;
      if (state !== "running" && state !== "pending") down.push(`${id} is ${state ?? "not found"}`);
    }
  } catch (error) {
    if (error.name !== "InvalidInstanceID.NotFound") throw error;
    down.push(messageOf(error));
  }
  if (down.length > 0)
    throw new OperationFailed(
      `cannot run probe ${o.probe}: ${down.join(", ")} (only a running instance's SSM agent answers)`,
      "instance-not-running",
      { instanceIds: ids }
    );
}
async function fetchOutput(ctx, o) {
  const out = await ctx.aws.ssm(o.region).send(new import_client_ssm.GetCommandInvocationCommand({ CommandId: o.commandId, InstanceId: o.instanceId }));
  if (out.Status !== "Success")
    return failedRun(out.Status, out.ResponseCode, out.StandardErrorContent ?? "");
  const stdout = out.StandardOutputContent ?? "";
  const parsed = parseProbeOutput(stdout);
  if (parsed.ok) return { ok: true, inventory: parsed.inventory };
  if (stdout.length >= SSM_INLINE_STDOUT_LIMIT)
    return {
      ok: false,
      truncated: true,
      error: `the ${o.probe} probe printed more than the ${SSM_INLINE_STDOUT_LIMIT.toLocaleString("en-US")} characters of output SSM Run Command returns inline, so its answer arrived cut off`
    };
  return { ok: false, error: parsed.error };
}

export {
  SSM_INLINE_STDOUT_LIMIT,
  runProbe
};
