# amipipe-probe: timezone
# The host's timezone: zone, abbreviation, offset, last change of /etc/localtime.
#@include lib/json.sh
#@include lib/common.sh
#@include sections/timezone.sh
probe_begin timezone
section_timezone
probe_end
