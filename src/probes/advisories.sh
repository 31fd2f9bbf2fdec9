# amipipe-probe: advisories
# Security advisories the package manager reports as not yet applied (yum/dnf updateinfo).
#@include lib/json.sh
#@include lib/common.sh
#@include sections/advisories.sh
probe_begin advisories
section_advisories
probe_end
