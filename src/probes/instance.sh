# amipipe-probe: instance
# What the instance checks and parity read: the inventory without the package list, small
# enough for SSM's inline command output (24,000 characters).
#@include lib/json.sh
#@include lib/common.sh
#@include lib/instance-sections.sh
probe_begin instance
instance_sections
probe_end
