import { execFileSync } from "node:child_process";
import { chmodSync, mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { canaryCronFile } from "../../src/recipe/canary.js";
import { webManifest } from "./fixtures.js";
import { DEFAULT_RPM_DB, type RpmRecord, rpmDbFile } from "./rpm-db.js";

/**
 * A fake server for running the real probe scripts here: a filesystem root (AMIPIPE_ROOT)
 * and small shims for the commands the probes call, answering as a correct instance of
 * the example recipe would.
 */
export interface ProbeFixture {
  dir: string;
  root: string;
  bin: string;
  now: number;
  localtimeChangedAt: number;
  crondStartedAt: number;
  lastCanaryRun: number;
  run(script: string, env?: Record<string, string>): { stdout: string; stderr: string; status: number };
}

const sh = (body: string) => `#!/bin/bash\n${body}\n`;

/** Security updates the fixture's package manager lists (`updateinfo list`), as yum and dnf print them. */
export const YUM_UPDATEINFO = [
  "ALAS2-2026-2712 important/Sec. openssl-1:1.0.2k-24.amzn2.0.12.x86_64",
  "ALAS2-2026-2712 important/Sec. openssl-libs-1:1.0.2k-24.amzn2.0.12.x86_64",
  "ALAS2-2026-2715 medium/Sec.    curl-8.3.0-1.amzn2.0.4.x86_64",
  "ALAS2KERNEL-5.10-2026-061 critical/Sec. kernel-5.10.230-223.885.amzn2.x86_64",
  "updateinfo list done",
];
export const DNF_UPDATEINFO = [
  "ALAS2023-2026-1001 Important/Sec. curl-minimal-8.5.0-1.amzn2023.0.4.x86_64",
  "ALAS2023-2026-1003 Low/Sec.       tzdata-2026a-1.amzn2023.0.1.noarch",
];

export function createProbeFixture(
  o: {
    crondElapsed?: number;
    fluentdRetries?: number;
    imdsCode?: string;
    /** The package manager on the host (yum, as on Amazon Linux 2, by default); offline: yum cannot reach its repositories. */
    packageManager?: "yum" | "dnf" | "offline";
    /** What rpm has installed (DEFAULT_RPM_DB by default). */
    packages?: readonly RpmRecord[];
  } = {},
): ProbeFixture {
  const dir = mkdtempSync(path.join(tmpdir(), "amipipe-probe-"));
  const root = path.join(dir, "root");
  const bin = path.join(dir, "bin");
  const write = (file: string, content: string, mode = 0o644) => {
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, content);
    chmodSync(file, mode);
  };
  const now = Math.floor(Date.now() / 1000);
  const uptime = 3600;
  const crondElapsed = o.crondElapsed ?? uptime - 5;
  const localtimeChangedAt = now - 30 * 86400;

  write(
    path.join(root, "etc/os-release"),
    'NAME="Amazon Linux"\nVERSION="2"\nPRETTY_NAME="Amazon Linux 2"\n',
  );
  mkdirSync(path.join(root, "etc"), { recursive: true });
  symlinkSync("../usr/share/zoneinfo/Asia/Tokyo", path.join(root, "etc/localtime"));
  execFileSync("touch", ["-h", "-d", `@${localtimeChangedAt}`, path.join(root, "etc/localtime")]);
  write(path.join(root, "etc/amipipe/manifest.json"), JSON.stringify(webManifest, null, 2));
  write(path.join(root, "proc/uptime"), `${uptime}.52 7000.11\n`);
  write(
    path.join(root, "etc/crontab"),
    "SHELL=/bin/bash\nPATH=/sbin:/bin:/usr/sbin:/usr/bin\nMAILTO=root\n\n# For details see man 4 crontabs\n",
  );
  write(
    path.join(root, "etc/cron.d/0hourly"),
    "# Run the hourly jobs\nSHELL=/bin/bash\n01 * * * * root run-parts /etc/cron.hourly\n",
  );
  write(
    path.join(root, "etc/cron.d/daily-mail"),
    "CRON_TZ=Asia/Tokyo\n0 9 * * * deploy /var/www/app/current/bin/cron-run daily_mail\n",
  );
  write(path.join(root, "etc/cron.d/amipipe-canary"), canaryCronFile());
  write(
    path.join(root, "etc/passwd"),
    [
      "root:x:0:0:root:/root:/bin/bash",
      "sshd:x:74:74:Privilege-separated SSH:/var/empty/sshd:/sbin/nologin",
      "apache:x:48:48:Apache:/usr/share/httpd:/sbin/nologin",
      "_fluentd:x:995:995::/var/lib/fluent:/sbin/nologin",
      'deploy:x:1001:1001:Deploy "bot"\\n:/home/deploy:/bin/bash',
      "",
    ].join("\n"),
  );
  write(
    path.join(root, "etc/group"),
    ["root:x:0:", "wheel:x:10:deploy", "apache:x:48:deploy,", "docker:x:990:", "deploy:x:1001:", ""].join(
      "\n",
    ),
  );
  write(
    path.join(root, "etc/ssh/sshd_config"),
    "#PasswordAuthentication yes\nPasswordAuthentication no\nPermitRootLogin no\nPasswordAuthentication yes\n",
  );
  const lastCanary = now - (now % 60) + 1;
  const local = (t: number) => `${new Date((t + 9 * 3600) * 1000).toISOString().slice(0, 19)}+0900`;
  const hour = (t: number) => new Date((t + 9 * 3600) * 1000).getUTCHours();
  write(
    path.join(root, "var/log/amipipe/cron-canary.log"),
    `${local(lastCanary - 60)} cron-hour=${hour(lastCanary - 60)}\n${local(lastCanary)} cron-hour=${hour(lastCanary)}\n`,
  );

  const units: Record<string, [string, string]> = {
    httpd: ["enabled", "active"],
    crond: ["enabled", "active"],
    fluentd: ["enabled", "active"],
    "newrelic-infra": ["enabled", "active"],
    sshd: ["enabled", "active"],
    "amazon-ssm-agent": ["enabled", "active"],
    "getty@": ["enabled", "inactive"],
  };
  write(
    path.join(bin, "systemctl"),
    sh(`case "$1" in
  list-unit-files) ${Object.entries(units)
    .map(([n, [e]]) => `echo "${n}.service ${e} disabled"`)
    .join("; ")} ;;
  list-units) echo "httpd.service loaded active running The Apache HTTP Server"; echo "postfix.service loaded inactive dead Postfix" ;;
  show)
    shift
    for arg in "$@"; do
      case $arg in --property=*) continue ;; esac
      name=\${arg%.service}
      case $name in
${Object.entries(units)
  .map(
    ([n, [e, a]]) =>
      `        ${n}) printf 'Id=%s\\nLoadState=loaded\\nUnitFileState=${e}\\nActiveState=${a}\\n\\n' "$arg" ;;`,
  )
  .join("\n")}
        *) printf 'Id=%s\\nLoadState=not-found\\nUnitFileState=\\nActiveState=inactive\\n\\n' "$arg" ;;
      esac
    done ;;
esac`),
    0o755,
  );
  write(
    path.join(bin, "timedatectl"),
    sh(
      `echo "      Local time: Wed 2026-07-01 09:00:00 JST"; echo "       Time zone: Asia/Tokyo (JST, +0900)"`,
    ),
    0o755,
  );
  write(
    path.join(bin, "ps"),
    sh(`case "$*" in
  "-eo pid=,comm=") printf '    1 systemd\\n    2 kthreadd\\n  412 crond\\n' ;;
  "-o etimes= -p 412") echo "  ${crondElapsed}" ;;
  "-eo pid=,user:32=,comm=,args=")
    printf '    1 root systemd /usr/lib/systemd/systemd --switched-root\\n'
    printf '    2 root kthreadd [kthreadd]\\n'
    printf '  412 root crond /usr/sbin/crond -n\\n'
    printf '  500 root httpd /usr/sbin/httpd -DFOREGROUND\\n'
    printf '  501 apache httpd /usr/sbin/httpd -DFOREGROUND\\n'
    printf '  600 _fluentd fluentd /opt/fluent/bin/ruby /opt/fluent/bin/fluentd --log "/var/log/fluent/fluentd.log"\\n'
    ;;
  *) echo "ps shim: unexpected $*" >&2; exit 2 ;;
esac`),
    0o755,
  );
  write(
    path.join(bin, "ss"),
    sh(`echo 'State  Recv-Q Send-Q Local Address:Port Peer Address:Port Process'
echo 'LISTEN 0      128          0.0.0.0:22        0.0.0.0:*     users:(("sshd",pid=300,fd=3))'
echo 'LISTEN 0      511                *:80              *:*     users:(("httpd",pid=501,fd=4),("httpd",pid=500,fd=4))'
echo 'LISTEN 0      1024         0.0.0.0:24220     0.0.0.0:*     users:(("fluentd",pid=600,fd=11))'
echo 'LISTEN 0      128             [::]:22           [::]:*     users:(("sshd",pid=300,fd=4))'`),
    0o755,
  );
  write(
    path.join(bin, "crontab"),
    sh(
      `if [ "$1 $2 $3" = "-l -u deploy" ]; then printf '# daily jobs\\nMAILTO=ops@example.jp\\n30 9 * * * /var/www/app/current/bin/cron-run "daily_notice" >/dev/null 2>&1\\n@reboot /usr/local/bin/warm-cache\\n'; else echo "no crontab for $3" >&2; exit 1; fi`,
    ),
    0o755,
  );
  write(path.join(bin, "rpmdb.tsv"), rpmDbFile(o.packages ?? DEFAULT_RPM_DB));
  // rpm -q NAME, and rpm -qa --qf FORMAT rendering the tags the probes use (in database order).
  write(
    path.join(bin, "rpm"),
    sh(`db="$(dirname "$0")/rpmdb.tsv"
if [ "$1" = -q ]; then
  if awk -F '\\t' -v n="$2" '$1 == n { found = 1 } END { exit !found }' "$db"; then echo "$2"; exit 0; fi
  echo "package $2 is not installed"; exit 1
fi
if [ "$1 $2" != "-qa --qf" ]; then echo "rpm shim: unexpected $*" >&2; exit 2; fi
FORMAT=$3 exec awk -F '\\t' '
  function put(s, tag, value,   i) {
    while ((i = index(s, tag)) > 0) s = substr(s, 1, i - 1) value substr(s, i + length(tag))
    return s
  }
  {
    out = put(ENVIRON["FORMAT"], "\\\\t", "\\t")
    out = put(out, "\\\\n", "\\n")
    out = put(out, "%{NAME}", $1)
    out = put(out, "%{EPOCHNUM}", $2 == "" ? 0 : $2)
    out = put(out, "%{EPOCH}", $2 == "" ? "(none)" : $2)
    out = put(out, "%{VERSION}", $3)
    out = put(out, "%{RELEASE}", $4)
    out = put(out, "%{ARCH}", $5)
    if (index(out, "%{") > 0) { print "rpm shim: unsupported tag in " ENVIRON["FORMAT"] > "/dev/stderr"; exit 1 }
    printf "%s", out
  }' "$db"`),
    0o755,
  );
  const packageManager = o.packageManager ?? "yum";
  if (packageManager === "dnf")
    write(
      path.join(bin, "dnf"),
      sh(`if [ "$*" = "-q updateinfo list --security --updates" ]; then
printf '%s\\n' ${DNF_UPDATEINFO.map((l) => `'${l}'`).join(" ")}
else echo "dnf shim: unexpected $*" >&2; exit 2; fi`),
      0o755,
    );
  else
    write(
      path.join(bin, "yum"),
      packageManager === "offline"
        ? sh(`echo "One of the configured repositories failed (Unknown)," >&2
echo "" >&2
echo "Cannot retrieve repository metadata (repomd.xml) for repository: amzn2-core. Please verify its path and try again" >&2
exit 1`)
        : sh(`if [ "$*" = "-q updateinfo list security updates" ]; then
printf '%s\\n' ${YUM_UPDATEINFO.map((l) => `'${l}'`).join(" ")}
else echo "yum shim: unexpected $*" >&2; exit 2; fi`),
      0o755,
    );
  const retries = o.fluentdRetries ?? 0;
  const plugins = JSON.stringify({
    plugins: [
      {
        plugin_id: "in_tail_access",
        plugin_category: "input",
        type: "tail",
        output_plugin: false,
        emit_records: 5120,
        emit_count: 512,
      },
      {
        plugin_id: "out_access",
        plugin_category: "output",
        type: "bigquery_insert",
        output_plugin: true,
        buffer_queue_length: 0,
        buffer_total_queued_size: retries > 0 ? 88_000 : 0,
        retry_count: retries,
        emit_records: 5120,
        emit_count: 512,
        write_count: 60,
      },
    ],
  });
  write(path.join(bin, "plugins.json"), plugins);
  write(
    path.join(bin, "curl"),
    sh(`url=""; wcode=""
for a in "$@"; do case $a in http*) url=$a ;; '%{http_code}') wcode=1 ;; esac; done
case $url in
  *127.0.0.1:24220/api/plugins.json*) cat "$(dirname "$0")/plugins.json" ;;
  */latest/api/token) printf 'AQAEAtoken==' ;;
  */latest/meta-data/*) if [ -n "$wcode" ]; then printf '%s' "${o.imdsCode ?? "401"}"; fi ;;
  *) exit 7 ;;
esac`),
    0o755,
  );

  return {
    dir,
    root,
    bin,
    now,
    localtimeChangedAt,
    crondStartedAt: now - crondElapsed,
    lastCanaryRun: lastCanary,
    run(script, env = {}) {
      const file = path.join(dir, "probe.sh");
      writeFileSync(file, script);
      try {
        const stdout = execFileSync("bash", [file], {
          env: { PATH: `${bin}:/usr/bin:/bin`, AMIPIPE_ROOT: root, TZ: "Asia/Tokyo", ...env },
          encoding: "utf8",
          stdio: ["ignore", "pipe", "pipe"],
        });
        return { stdout, stderr: "", status: 0 };
      } catch (error) {
        const e = error as { stdout: string; stderr: string; status: number };
        return { stdout: e.stdout, stderr: e.stderr, status: e.status };
      }
    },
  };
}
