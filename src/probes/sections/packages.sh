# Installed packages (rpm -qa).

section_packages() {
  local sep="" name version arch
  printf ',"packages":['
  while IFS=$'\t' read -r name version arch; do
    [ -n "$name" ] || continue
    printf '%s{"name":' "$sep"
    json_str "$name"
    printf ',"version":'
    json_str "$version"
    printf ',"arch":'
    json_str "$arch"
    printf '}'
    sep=","
  done <<<"$(rpm -qa --qf '%{NAME}\t%{VERSION}-%{RELEASE}\t%{ARCH}\n' 2>/dev/null | sort)"
  printf ']'
}
