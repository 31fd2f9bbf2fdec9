# amipipe-probe: agents
# Log shippers and the New Relic agent, and fluentd's monitor_agent counters.
#@include lib/json.sh
#@include lib/common.sh
#@include lib/units.sh
#@include sections/agents.sh
probe_begin agents
section_agents
section_monitors
probe_end
