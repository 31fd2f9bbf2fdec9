import { createRequire as __amipipeCreateRequire } from 'node:module'; const require = __amipipeCreateRequire(import.meta.url);

// src/verify/equivalents.ts
var EQUIVALENTS = [
  {
    old: "td-agent",
    new: ["fluentd", "fluent-package"],
    why: "the td-agent successor",
    source: "td-agent v4 reached end of life in Dec 2023; fluent-package (service fluentd) is its successor \u2014 https://www.fluentd.org/blog/td-agent-v4-will-reach-end-of-life-in-dec-2023, https://docs.fluentd.org/installation/upgrade-from-td-agent"
  },
  {
    old: "ntpd",
    new: ["chronyd"],
    why: "Amazon Linux 2's time daemon",
    source: "Amazon Linux 2 and 2023 keep time with chrony \u2014 https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/set-time.html"
  },
  {
    old: "sendmail",
    new: ["postfix", "master"],
    why: "Amazon Linux 2's mail server",
    source: "Amazon Linux 2 ships postfix as its MTA (master is postfix's daemon)"
  },
  {
    old: "messagebus",
    new: ["dbus", "dbus-daemon"],
    why: "D-Bus under systemd",
    source: "the SysV messagebus service is systemd's dbus.service"
  },
  {
    old: "httpd24",
    new: ["httpd"],
    why: "Apache on Amazon Linux 2",
    source: "Amazon Linux AMI's httpd24 packages are httpd on Amazon Linux 2"
  },
  {
    old: "mingetty",
    new: ["agetty"],
    why: "the getty under systemd",
    source: "systemd's getty@ units run agetty"
  },
  {
    old: "udevd",
    new: ["systemd-udevd"],
    why: "udev under systemd",
    source: "udev runs as systemd-udevd under systemd"
  },
  {
    old: "init",
    new: ["systemd"],
    why: "PID 1 under systemd",
    source: "systemd is PID 1 on Amazon Linux 2 and 2023"
  }
];
function satisfiers(name) {
  return [name, ...EQUIVALENTS.filter((e) => e.old === name).flatMap((e) => e.new)];
}
function equivalenceOf(name, used) {
  return EQUIVALENTS.find((e) => e.old === name && e.new.includes(used));
}
function equivalenceSource(name) {
  return EQUIVALENTS.find((e) => e.old === name)?.source;
}
var OS_PLUMBING = /* @__PURE__ */ new Set([
  "acpid",
  "agetty",
  "amazon-ssm-agen",
  "amazon-ssm-agent",
  "atd",
  "auditd",
  "chronyd",
  "dbus",
  "dbus-daemon",
  "dhclient",
  "getty@tty1",
  "gssproxy",
  "init",
  "ip6tables",
  "iptables",
  "irqbalance",
  "kthreadd",
  "lvmetad",
  "messagebus",
  "mingetty",
  "network",
  "rngd",
  "rsyslog",
  "rsyslogd",
  "sshd",
  "systemd",
  "systemd-journal",
  "systemd-journald",
  "systemd-logind",
  "systemd-udevd",
  "udevd",
  "cloud-init",
  "ntpd",
  "rpcbind"
]);

export {
  satisfiers,
  equivalenceOf,
  equivalenceSource,
  OS_PLUMBING
};
