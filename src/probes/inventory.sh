# amipipe-probe: inventory
# Everything the other probes gather, in one document: what a server runs, listens on,
# schedules and ships (used by survey and recipe-from-survey).
#@include lib/json.sh
#@include lib/common.sh
#@include lib/units.sh
#@include sections/timezone.sh
#@include sections/cron.sh
#@include sections/services.sh
#@include sections/processes.sh
#@include sections/ports.sh
#@include sections/users.sh
#@include sections/packages.sh
#@include sections/agents.sh
#@include sections/hardening.sh
probe_begin inventory
section_timezone
section_cron
section_services
section_processes
section_ports
section_users
section_packages
section_agents
section_monitors
section_ssh
section_imds
probe_end
