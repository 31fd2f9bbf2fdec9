# Local users from /etc/passwd.

section_users() {
  local sep="" name uid home shell
  printf ',"users":['
  while IFS=: read -r name _ uid _ _ home shell; do
    [ -n "$name" ] || continue
    printf '%s{"name":' "$sep"
    json_str "$name"
    printf ',"uid":%s,"home":' "$(json_num "$uid")"
    json_str "$home"
    printf ',"shell":'
    json_str "$shell"
    printf '}'
    sep=","
  done <"$ROOT/etc/passwd"
  printf ']'
}
