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
