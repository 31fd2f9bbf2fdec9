/**
 * What a stock Amazon Linux instance already has before any recipe: packages from the
 * minimal AMI, services it enables, daemons it runs and the users it ships. Used to model
 * new instances in the simulator and to leave base-OS defaults out of a recipe drafted
 * from a survey. Lists are representative of the x86_64 AMIs (amzn2-ami-kernel-5.10-hvm,
 * al2023-ami), not exhaustive.
 */
export type BaseOsName = "amazon-linux-2" | "amazon-linux-2023";

export interface BaseProcess {
  user: string;
  comm: string;
  args: string;
  /** The systemd unit that runs it; omitted for kernel and init processes. */
  service?: string;
  port?: number;
  address?: string;
}

export interface BaseOs {
  prettyName: string;
  packages: string[];
  enabledServices: string[];
  processes: BaseProcess[];
  users: Array<{ name: string; uid: number; home: string; shell: string }>;
}

const commonPackages = [
  "acl",
  "amazon-ec2-net-utils",
  "amazon-ssm-agent",
  "audit",
  "basesystem",
  "bash",
  "bind-libs",
  "bzip2",
  "ca-certificates",
  "chrony",
  "cloud-init",
  "coreutils",
  "cpio",
  "cronie",
  "cronie-anacron",
  "crontabs",
  "curl",
  "cyrus-sasl-lib",
  "dbus",
  "device-mapper",
  "diffutils",
  "dracut",
  "e2fsprogs",
  "ec2-hibinit-agent",
  "ec2-instance-connect",
  "ec2-utils",
  "ethtool",
  "file",
  "filesystem",
  "findutils",
  "gawk",
  "gdisk",
  "glib2",
  "glibc",
  "glibc-common",
  "gnupg2",
  "gpgme",
  "grep",
  "groff-base",
  "grub2",
  "gzip",
  "hostname",
  "hwdata",
  "info",
  "iproute",
  "iptables",
  "iputils",
  "kbd",
  "kernel",
  "keyutils",
  "kmod",
  "krb5-libs",
  "less",
  "libacl",
  "libattr",
  "libcap",
  "libcurl",
  "libgcc",
  "libselinux",
  "libstdc++",
  "libuuid",
  "libxml2",
  "logrotate",
  "lsof",
  "lua",
  "make",
  "man-db",
  "man-pages",
  "ncurses",
  "nss",
  "openssh",
  "openssh-clients",
  "openssh-server",
  "openssl",
  "openssl-libs",
  "pam",
  "passwd",
  "pcre",
  "policycoreutils",
  "procps-ng",
  "python3",
  "rng-tools",
  "rpm",
  "rsync",
  "sed",
  "setup",
  "shadow-utils",
  "sudo",
  "systemd",
  "systemd-libs",
  "tar",
  "tzdata",
  "util-linux",
  "vim-minimal",
  "wget",
  "which",
  "xfsprogs",
  "xz",
  "yum",
  "zlib",
];

const baseUsers = [
  { name: "root", uid: 0, home: "/root", shell: "/bin/bash" },
  { name: "bin", uid: 1, home: "/bin", shell: "/sbin/nologin" },
  { name: "daemon", uid: 2, home: "/sbin", shell: "/sbin/nologin" },
  { name: "adm", uid: 3, home: "/var/adm", shell: "/sbin/nologin" },
  { name: "lp", uid: 4, home: "/var/spool/lpd", shell: "/sbin/nologin" },
  { name: "sync", uid: 5, home: "/sbin", shell: "/bin/sync" },
  { name: "shutdown", uid: 6, home: "/sbin", shell: "/sbin/shutdown" },
  { name: "halt", uid: 7, home: "/sbin", shell: "/sbin/halt" },
  { name: "mail", uid: 8, home: "/var/spool/mail", shell: "/sbin/nologin" },
  { name: "operator", uid: 11, home: "/root", shell: "/sbin/nologin" },
  { name: "nobody", uid: 65534, home: "/", shell: "/sbin/nologin" },
  { name: "sshd", uid: 74, home: "/var/empty/sshd", shell: "/sbin/nologin" },
  { name: "chrony", uid: 994, home: "/var/lib/chrony", shell: "/sbin/nologin" },
  { name: "ec2-user", uid: 1000, home: "/home/ec2-user", shell: "/bin/bash" },
];

/** Units both releases enable. */
const baseServices = [
  "amazon-ssm-agent",
  "atd",
  "auditd",
  "chronyd",
  "cloud-init",
  "crond",
  "getty@tty1",
  "sshd",
  "systemd-journald",
  "systemd-udevd",
];

/** The units a release enables: the common ones and `extra`, in name order. */
const enabled = (...extra: string[]): string[] => [...baseServices, ...extra].sort();

const baseProcesses: BaseProcess[] = [
  {
    user: "root",
    comm: "systemd",
    args: "/usr/lib/systemd/systemd --switched-root --system --deserialize 21",
  },
  {
    user: "root",
    comm: "systemd-journal",
    args: "/usr/lib/systemd/systemd-journald",
    service: "systemd-journald",
  },
  { user: "root", comm: "systemd-udevd", args: "/usr/lib/systemd/systemd-udevd", service: "systemd-udevd" },
  { user: "root", comm: "sshd", args: "/usr/sbin/sshd -D", service: "sshd", port: 22, address: "0.0.0.0" },
  { user: "chrony", comm: "chronyd", args: "/usr/sbin/chronyd", service: "chronyd" },
  { user: "root", comm: "amazon-ssm-agen", args: "/usr/bin/amazon-ssm-agent", service: "amazon-ssm-agent" },
  // SSM Agent 3.x runs its worker beside the agent on every managed host.
  { user: "root", comm: "ssm-agent-worke", args: "/usr/bin/ssm-agent-worker", service: "amazon-ssm-agent" },
  { user: "root", comm: "auditd", args: "/sbin/auditd", service: "auditd" },
  { user: "root", comm: "agetty", args: "/sbin/agetty --noclear tty1 linux", service: "getty@tty1" },
];

export const BASE_OS: Record<BaseOsName, BaseOs> = {
  "amazon-linux-2": {
    prettyName: "Amazon Linux 2",
    packages: [
      ...commonPackages,
      "amazon-linux-extras",
      "postfix",
      "rsyslog",
      "yum-utils",
      "python",
      "dhclient",
      "rpcbind",
      "system-release",
    ],
    enabledServices: enabled("postfix", "rpcbind", "rsyslog"),
    processes: [
      ...baseProcesses,
      { user: "root", comm: "rsyslogd", args: "/usr/sbin/rsyslogd -n", service: "rsyslog" },
      {
        user: "root",
        comm: "master",
        args: "/usr/libexec/postfix/master -w",
        service: "postfix",
        port: 25,
        address: "127.0.0.1",
      },
      {
        user: "rpc",
        comm: "rpcbind",
        args: "/sbin/rpcbind -w",
        service: "rpcbind",
        port: 111,
        address: "0.0.0.0",
      },
      { user: "root", comm: "atd", args: "/usr/sbin/atd -f", service: "atd" },
    ],
    users: [
      ...baseUsers,
      { name: "rpc", uid: 32, home: "/var/lib/rpcbind", shell: "/sbin/nologin" },
      { name: "postfix", uid: 89, home: "/var/spool/postfix", shell: "/sbin/nologin" },
    ],
  },
  "amazon-linux-2023": {
    prettyName: "Amazon Linux 2023",
    packages: [
      ...commonPackages,
      "dnf",
      "dnf-utils",
      "systemd-resolved",
      "amazon-linux-repo-s3",
      "system-release",
    ],
    enabledServices: enabled("systemd-resolved"),
    processes: [
      ...baseProcesses,
      {
        user: "systemd-resolve",
        comm: "systemd-resolve",
        args: "/usr/lib/systemd/systemd-resolved",
        service: "systemd-resolved",
      },
      { user: "root", comm: "atd", args: "/usr/sbin/atd -f", service: "atd" },
    ],
    users: [...baseUsers, { name: "systemd-resolve", uid: 193, home: "/", shell: "/usr/sbin/nologin" }],
  },
};

/** Every package any supported base OS ships (for leaving defaults out of drafted recipes). */
export function basePackageNames(): Set<string> {
  return new Set(Object.values(BASE_OS).flatMap((os) => os.packages));
}
