# The zone the host is set to, as timedatectl, /etc/localtime and `date` see it.

timezone_zone() {
  local zone=""
  if have timedatectl; then
    zone=$(timedatectl status 2>/dev/null | sed -n 's/^ *Time zone: \([^ ]*\).*/\1/p')
  fi
  if [ -z "$zone" ] && [ -L "$ROOT/etc/localtime" ]; then
    zone=$(readlink "$ROOT/etc/localtime")
    zone=${zone#*zoneinfo/}
  fi
  if [ -z "$zone" ] && [ -r "$ROOT/etc/sysconfig/clock" ]; then
    zone=$(sed -n 's/^ZONE="\{0,1\}\([^"]*\)"\{0,1\}$/\1/p' "$ROOT/etc/sysconfig/clock")
  fi
  printf '%s' "${zone:-UTC}"
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
