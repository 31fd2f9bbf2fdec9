# amipipe-probe: instance
# What the instance checks and parity read: the inventory without the package list, small
# enough for SSM's inline command output (24,000 characters).
#@include lib/json.sh
#@include lib/common.sh
#@include lib/units.sh
#@include sections/timezone.sh
#@include sections/cron.sh
#@include sections/services.sh
#@include sections/processes.sh
#@include sections/ports.sh
#@include sections/users.sh
#@include sections/agents.sh
#@include sections/hardening.sh
probe_begin instance
section_timezone
section_cron
section_services
section_processes
section_ports
section_users
section_agents
section_monitors
section_ssh
section_imds
probe_end
