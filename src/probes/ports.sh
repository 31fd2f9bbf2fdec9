# amipipe-probe: ports
# Listening TCP ports and their processes.
#@include lib/json.sh
#@include lib/common.sh
#@include sections/ports.sh
probe_begin ports
section_ports
probe_end
