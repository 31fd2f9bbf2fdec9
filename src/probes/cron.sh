# amipipe-probe: cron
# crond's start time, the canary entry's last run and every cron entry.
#@include lib/json.sh
#@include lib/common.sh
#@include sections/cron.sh
probe_begin cron
section_cron
probe_end
