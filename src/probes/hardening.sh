# amipipe-probe: hardening
# SSH password and root login, IMDSv2.
#@include lib/json.sh
#@include lib/common.sh
#@include sections/hardening.sh
probe_begin hardening
section_ssh
section_imds
probe_end
