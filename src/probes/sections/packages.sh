# Installed packages (rpm -qa): one `NAME<TAB>EPOCH:VERSION-RELEASE<TAB>ARCH` line each, sorted,
# gzip-compressed and base64-encoded into one JSON string (decoded by src/probes/package-list.ts).
# As JSON objects a server's 500-1,500 packages would not fit in the 24,000 characters of
# output SSM Run Command returns inline. %{EPOCHNUM} prints 0 for a package without an epoch.

section_packages() {
  local packed
  packed=$(rpm -qa --qf '%{NAME}\t%{EPOCHNUM}:%{VERSION}-%{RELEASE}\t%{ARCH}\n' 2>/dev/null | sort | gzip -9 -n | base64 -w0)
  printf ',"packages":'
  json_str "$packed"
}
