# SSH password login and root login (effective sshd settings), and whether the instance
# metadata service requires IMDSv2 session tokens (a GET without a token must be refused:
# https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/configuring-instance-metadata-service.html).

IMDS=http://169.254.169.254

section_ssh() {
  local effective="" source=none password="" root_login="" config="$ROOT/etc/ssh/sshd_config"
  if [ -z "$ROOT" ] && have sshd; then effective=$(sshd -T 2>/dev/null); fi
  if [ -n "$ROOT" ] && have sshd; then effective=$(sshd -T -f "$config" 2>/dev/null); fi
  if [ -n "$effective" ]; then
    source="sshd -T"
    password=$(printf '%s\n' "$effective" | awk '$1 == "passwordauthentication" { print $2; exit }')
    root_login=$(printf '%s\n' "$effective" | awk '$1 == "permitrootlogin" { print $2; exit }')
  elif [ -r "$config" ]; then
    source=sshd_config
    # sshd uses the first value it reads for a keyword.
    password=$(awk 'tolower($1) == "passwordauthentication" { print tolower($2); exit }' "$config")
    root_login=$(awk 'tolower($1) == "permitrootlogin" { print tolower($2); exit }' "$config")
  fi
  printf ',"ssh":{"passwordAuthentication":'
  json_str_or_null "$password"
  printf ',"permitRootLogin":'
  json_str_or_null "$root_login"
  printf ',"source":'
  json_str "$source"
  printf '}'
}

section_imds() {
  local token code reachable=false required=null
  token=$(curl -s -m 2 -X PUT -H 'X-aws-ec2-metadata-token-ttl-seconds: 60' "$IMDS/latest/api/token" 2>/dev/null)
  code=$(curl -s -m 2 -o /dev/null -w '%{http_code}' "$IMDS/latest/meta-data/instance-id" 2>/dev/null)
  if [ -n "$token" ] || { [ -n "$code" ] && [ "$code" != 000 ]; }; then reachable=true; fi
  case $code in
    401) required=true ;;
    200) required=false ;;
  esac
  printf ',"imds":{"reachable":%s,"tokenRequired":%s}' "$reachable" "$required"
}
