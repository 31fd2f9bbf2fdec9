# Local users from /etc/passwd, each with the supplementary groups /etc/group lists it in.

section_users() {
  local sep="" name uid home shell group members member gsep
  local -A groups_of=()
  local -a list
  if [ -r "$ROOT/etc/group" ]; then
    while IFS=: read -r group _ _ members; do
      [ -n "$members" ] || continue
      IFS=, read -r -a list <<<"$members"
      for member in "${list[@]}"; do
        [ -n "$member" ] || continue
        groups_of[$member]="${groups_of[$member]-}$group "
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
    read -r -a list <<<"${groups_of[$name]-}"
    for group in "${list[@]}"; do
      printf '%s' "$gsep"
      json_str "$group"
      gsep=","
    done
    printf ']}'
    sep=","
  done <"$ROOT/etc/passwd"
  printf ']'
}
