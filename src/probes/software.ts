/**
 * How known services look on a running server: the processes a unit runs (as `ps` shows
 * them). Used to model instances in the simulator and to name services from a survey's
 * processes. A service not listed here runs one process named like the unit.
 */
export interface ServiceProcess {
  user: string;
  comm: string;
  args: string;
}

const KNOWN: Record<string, ServiceProcess[]> = {
  httpd: [
    { user: "root", comm: "httpd", args: "/usr/sbin/httpd -DFOREGROUND" },
    { user: "apache", comm: "httpd", args: "/usr/sbin/httpd -DFOREGROUND" },
  ],
  crond: [{ user: "root", comm: "crond", args: "/usr/sbin/crond -n" }],
  fluentd: [
    {
      user: "_fluentd",
      comm: "fluentd",
      args: "/opt/fluent/bin/ruby /opt/fluent/bin/fluentd --log /var/log/fluent/fluentd.log --daemon /var/run/fluent/fluentd.pid",
    },
  ],
  "td-agent": [
    {
      user: "td-agent",
      comm: "td-agent",
      args: "/opt/td-agent/bin/ruby /opt/td-agent/bin/fluentd --log /var/log/td-agent/td-agent.log --daemon /var/run/td-agent/td-agent.pid",
    },
  ],
  "newrelic-infra": [
    { user: "root", comm: "newrelic-infra-", args: "/usr/bin/newrelic-infra-service" },
    { user: "root", comm: "newrelic-infra", args: "/usr/bin/newrelic-infra" },
  ],
  mysqld: [{ user: "mysql", comm: "mysqld", args: "/usr/sbin/mysqld" }],
  nginx: [{ user: "root", comm: "nginx", args: "nginx: master process /usr/sbin/nginx" }],
};

/** Passenger's own processes, present while httpd runs with mod_passenger. */
export const PASSENGER_PROCESSES: ServiceProcess[] = [
  { user: "root", comm: "PassengerWatchd", args: "Passenger watchdog" },
  { user: "root", comm: "PassengerAgent", args: "Passenger core" },
];

export function processesOfService(service: string): ServiceProcess[] {
  return KNOWN[service] ?? [{ user: "root", comm: service.slice(0, 15), args: `/usr/sbin/${service}` }];
}

/** The unit a process belongs to, when the process is one a known service runs. */
export function serviceOfProcess(comm: string): string | undefined {
  for (const [service, processes] of Object.entries(KNOWN))
    if (processes.some((p) => p.comm === comm)) return service;
  return undefined;
}
