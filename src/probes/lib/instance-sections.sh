# The sections of the instance and inventory probes, in document order: what the host runs,
# listens on, schedules and ships. `instance_sections with-packages` adds the package list
# after the users (the inventory probe, which includes sections/packages.sh for it).
#@include lib/units.sh
#@include sections/timezone.sh
#@include sections/cron.sh
#@include sections/services.sh
#@include sections/processes.sh
#@include sections/ports.sh
#@include sections/users.sh
#@include sections/agents.sh
#@include sections/hardening.sh

instance_sections() {
  section_timezone
  section_cron
  section_services
  section_processes
  section_ports
  section_users
  if [ "${1:-}" = with-packages ]; then section_packages; fi
  section_agents
  section_monitors
  section_ssh
  section_imds
}
