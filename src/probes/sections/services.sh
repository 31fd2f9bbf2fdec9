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
  done <<<"$(unit_states "${names[@]}")"
  printf ']'
}
