# Service state through systemd, or SysV init on hosts without it (the original Amazon Linux AMI).

# Prints "NAME ENABLED ACTIVE" for each unit name given, with one systemctl call.
unit_states() {
  local name
  if have systemctl; then
    local units=()
    for name in "$@"; do units+=("$name.service"); done
    [ "${#units[@]}" -gt 0 ] || return 0
    systemctl show --property=Id,LoadState,UnitFileState,ActiveState "${units[@]}" 2>/dev/null |
      awk -F= '
        function flush() { if (id != "") { if (load == "not-found") file = "not-found"; else if (file == "") file = "static"; print id, file, (active == "" ? "inactive" : active) } id = ""; load = ""; file = ""; active = "" }
        /^$/ { flush(); next }
        $1 == "Id" { id = $2; sub(/\.service$/, "", id) }
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
      printf '%s %s %s\n' "$name" "$enabled" "$active"
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
  } | sed -e 's/\.service$//' -e '/@$/d' | sort -u
}
