# JSON output helpers. Every string a probe prints goes through json_str.

# Prints $1 as a JSON string: quotes, backslashes and control characters escaped.
json_str() {
  local s=${1-}
  s=${s//\\/\\\\}
  s=${s//\"/\\\"}
  s=${s//$'\n'/\\n}
  s=${s//$'\r'/\\r}
  s=${s//$'\t'/\\t}
  s=${s//[$'\001'-$'\037']/}
  printf '"%s"' "$s"
}

# Prints $1 as a JSON string, or null when empty.
json_str_or_null() {
  if [ -n "${1-}" ]; then json_str "$1"; else printf 'null'; fi
}

# Prints $1 as a JSON number, or null when it is not one.
json_num() {
  case ${1-} in
    '' | *[!0-9.-]* | *.*.* | -*-* | ?*-*) printf 'null' ;;
    *) printf '%s' "$1" ;;
  esac
}

# Prints true when $1 is "true" or "0" (an exit status), false otherwise.
json_bool() {
  case ${1-} in
    true | 0) printf 'true' ;;
    *) printf 'false' ;;
  esac
}
