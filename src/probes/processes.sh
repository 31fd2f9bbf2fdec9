# amipipe-probe: processes
# Running processes.
#@include lib/json.sh
#@include lib/common.sh
#@include sections/processes.sh
probe_begin processes
section_processes
probe_end
