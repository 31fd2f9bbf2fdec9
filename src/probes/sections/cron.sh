# crond's start time (it keeps the zone it read then), the canary entry's last run, and
# every cron entry: /etc/crontab, /etc/cron.d and each user's crontab.

CRON_SEP=""

# Prints the entries of one crontab text ($1) as JSON objects; $2 names the source, $3 the
# user (empty for system files, whose sixth field is the user).
cron_entries_of() {
  local text=$1 source=$2 owner=$3 line schedule rest user command m h dom mon dow
  while IFS= read -r line; do
    line=${line#"${line%%[![:space:]]*}"}
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
    cron_entries_of "$(cat "$file")" "/etc/cron.d/${file##*/}" ""
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
    if [[ ${last_line%% *} =~ ^[0-9]+$ ]]; then
      last_run=${last_line%% *}
    elif [ -n "$last_line" ]; then
      last_run=$(date -d "${last_line%% *}" +%s 2>/dev/null)
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
