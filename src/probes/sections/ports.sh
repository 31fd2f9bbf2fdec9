# Listening TCP sockets and the process behind each (ss -ltnp).

section_ports() {
  local sep="" state listen rest address port process seen=" "
  printf ',"ports":['
  while read -r state _ _ listen _ rest; do
    [ "$state" = LISTEN ] || continue
    port=${listen##*:}
    address=${listen%:*}
    address=${address#[}
    address=${address%]}
    case $seen in *" $address:$port "*) continue ;; esac
    seen="$seen$address:$port "
    process=""
    case $rest in
      *'users:(("'*)
        process=${rest#*'users:(("'}
        process=${process%%'"'*}
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
