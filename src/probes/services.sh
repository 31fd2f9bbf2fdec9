# amipipe-probe: services
# Services enabled at boot and active now, the image's declared services included.
#@include lib/json.sh
#@include lib/common.sh
#@include lib/units.sh
#@include sections/services.sh
probe_begin services
section_services
probe_end
