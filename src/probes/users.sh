# amipipe-probe: users
# Local users.
#@include lib/json.sh
#@include lib/common.sh
#@include sections/users.sh
probe_begin users
section_users
probe_end
