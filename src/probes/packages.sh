# amipipe-probe: packages
# Installed packages.
#@include lib/json.sh
#@include lib/common.sh
#@include sections/packages.sh
probe_begin packages
section_packages
probe_end
