# Log shippers and the New Relic agent: installed, enabled, active; and fluentd's own
# counters from monitor_agent (https://docs.fluentd.org/input/monitor_agent) — records
# emitted and retries per plugin, which show whether logs are actually delivered.

# name:package of the agents looked for.
AGENT_PACKAGES="fluentd:fluent-package td-agent:td-agent newrelic-infra:newrelic-infra"

section_agents() {
  local sep="" pair name package installed enabled active
  printf ',"agents":['
  for pair in $AGENT_PACKAGES; do
    name=${pair%%:*}
    package=${pair#*:}
    installed=false
    if rpm -q "$package" >/dev/null 2>&1; then installed=true; fi
    read -r _ enabled active <<<"$(unit_states "$name")"
    if [ "$installed" = false ] && { [ -z "$enabled" ] || [ "$enabled" = not-found ]; }; then continue; fi
    printf '%s{"name":' "$sep"
    json_str "$name"
    printf ',"package":'
    json_str "$package"
    printf ',"installed":%s,"enabled":' "$installed"
    json_str "${enabled:-not-found}"
    printf ',"active":'
    json_str "${active:-inactive}"
    printf '}'
    sep=","
  done
  printf ']'
}

# Value of numeric field $2 in the one-line JSON object $1 (empty when absent).
plugin_number() {
  printf '%s' "$1" | grep -o "\"$2\":[0-9.]*" | head -n 1 | sed 's/^[^:]*://'
}

# Value of string field $2 in the one-line JSON object $1.
plugin_string() {
  printf '%s' "$1" | grep -o "\"$2\":\"[^\"]*\"" | head -n 1 | sed 's/^[^:]*:"\(.*\)"$/\1/'
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
      printf ',"%s":' "${field%%:*}"
      json_num "$(plugin_number "$plugin" "${field#*:}")"
    done
    printf '}'
    sep=","
  done <<<"$(printf '%s' "$body" | sed 's/{"plugin_id"/\n{"plugin_id"/g')"
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
