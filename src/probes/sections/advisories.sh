# Security updates not yet applied, as the package manager lists them from the repositories'
# updateinfo: `dnf updateinfo list --security --updates` (Amazon Linux 2023) or
# `yum updateinfo list security updates` (Amazon Linux 2). Each advisory line reads
# `ID SEVERITY/Sec. NEVRA`, e.g. `ALAS2-2026-2712 important/Sec. openssl-1:1.0.2k-24.amzn2.0.12.x86_64`.

# The package name of an rpm NEVRA (name-[epoch:]version-release.arch).
nevra_name() {
  local n=${1%.*}
  n=${n%-*}
  printf '%s' "${n%-*}"
}

# The advisory objects of updateinfo list output $1, comma-separated.
advisory_items() {
  local sep="" id kind nevra rest severity
  while read -r id kind nevra rest; do
    [ -n "$nevra" ] && [ -z "$rest" ] || continue
    [[ $id =~ ^[A-Z][A-Za-z0-9.-]*-[0-9]{4}-[0-9]+$ ]] || continue
    case $kind in
      */Sec.) severity=${kind%/Sec.} ;;
      security) severity=unspecified ;;
      *) continue ;;
    esac
    printf '%s{"id":' "$sep"
    json_str "$id"
    printf ',"severity":'
    json_str "${severity,,}"
    printf ',"package":'
    json_str "$(nevra_name "$nevra")"
    printf ',"fixedIn":'
    json_str "$nevra"
    printf '}'
    sep=","
  done <<<"$1"
}

section_advisories() {
  local tool=none out="" status=0 error=""
  if have dnf; then
    tool=dnf
    out=$(dnf -q updateinfo list --security --updates 2>&1) || status=$?
  elif have yum; then
    tool=yum
    out=$(yum -q updateinfo list security updates 2>&1) || status=$?
  else
    status=127
    error="neither dnf nor yum is installed"
  fi
  if [ "$status" -ne 0 ] && [ -z "$error" ]; then
    # The last line says why (no network to the repositories, a lock held by another yum …).
    error=$(printf '%s\n' "$out" | sed '/^[[:space:]]*$/d' | tail -n 1)
    error="$tool exited $status: ${error:-no output}"
  fi
  printf ',"advisories":{"tool":'
  json_str "$tool"
  printf ',"listed":'
  json_bool "$status"
  printf ',"error":'
  json_str_or_null "$error"
  printf ',"items":['
  if [ "$status" -eq 0 ]; then advisory_items "$out"; fi
  printf ']}'
}
