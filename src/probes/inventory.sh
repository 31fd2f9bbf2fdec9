# amipipe-probe: inventory
# Everything the other probes gather, in one document: what a server runs, listens on,
# schedules and ships (used by survey and recipe-from-survey).
#@include lib/json.sh
#@include lib/common.sh
#@include sections/packages.sh
#@include lib/instance-sections.sh
probe_begin inventory
instance_sections with-packages
probe_end
