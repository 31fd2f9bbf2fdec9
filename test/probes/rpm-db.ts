/** An installed package as the fixture's fake `rpm` knows it; epoch undefined when the package has none. */
export interface RpmRecord {
  name: string;
  epoch?: number;
  version: string;
  release: string;
  arch: string;
}

/** The fixture server's packages by default, in rpm database (not name) order. */
export const DEFAULT_RPM_DB: RpmRecord[] = [
  { name: "httpd", version: "2.4.62", release: "1.amzn2", arch: "x86_64" },
  { name: "fluent-package", version: "5.0.4", release: "1.amzn2", arch: "x86_64" },
  { name: "openssl-libs", epoch: 1, version: "1.0.2k", release: "24.amzn2.0.12", arch: "x86_64" },
  { name: "newrelic-infra", version: "1.57.1", release: "1.amazonlinux2", arch: "x86_64" },
  { name: "bash", version: "4.2.46", release: "34.amzn2", arch: "x86_64" },
  { name: "gpg-pubkey", version: "c87f5b1a", release: "593863f8", arch: "(none)" },
];

const WORDS = (
  "acl attr audit bind bzip2 curl cyrus sasl dbus device mapper dracut e2fs elfutils expat file " +
  "findutils gawk gdbm glib glibc gmp gnupg gnutls gpgme grep grub gzip hostname hwdata iproute " +
  "iptables json keyutils kmod krb5 less libcap libffi libgcc libidn libselinux libsepol libssh " +
  "libxml2 lua lz4 ncurses nettle nspr nss openldap openssl pam pcre popt procps readline rpm sed " +
  "setup shadow sqlite systemd tar tzdata util xz yum zlib apr mod ssl mariadb ruby perl python " +
  "pip setuptools six urllib3 requests chardet idna jinja2 markupsafe pyyaml boto botocore jmespath " +
  "dateutil docutils rsa pyasn1 cffi pycparser cryptography certifi dejavu sans mono serif " +
  "liberation noto font fontconfig freetype harfbuzz cairo pango pixman libpng libjpeg turbo " +
  "libtiff giflib libwebp ImageMagick ghostscript poppler cups avahi nfs rpcbind quota lvm2 mdadm " +
  "parted cloud init growpart chrony postfix rsyslog logrotate cronie anacron at sudo vim minimal " +
  "enhanced filesystem emacs nano git subversion make gcc cpp binutils autoconf automake libtool m4 " +
  "bison flex patch diffutils pkgconfig cmake java openjdk tomcat ant maven nodejs npm golang php " +
  "fpm mysqlnd pdo gd mbstring xml intl opcache pecl memcached redis nginx haproxy squid whois " +
  "traceroute tcpdump nmap socat telnet ftp lftp rsync wget openssh server clients askpass"
).split(" ");
const PREFIXES = ["", "", "", "", "perl-", "perl-", "python3-", "python2-", "lib", "rubygem-", "texlive-"];
const SUBPACKAGES = [
  "-devel",
  "-libs",
  "-common",
  "-doc",
  "-tools",
  "-data",
  "-utils",
  "-headless",
  "-static",
];

/** mulberry32: a small seeded generator, so the synthetic server is the same on every run. */
function random(seed: number): () => number {
  let s = seed;
  return () => {
    s = (s + 0x6d2b79f5) | 0;
    let t = Math.imul(s ^ (s >>> 15), 1 | s);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * A big server's rpm database: `count` packages with the default ones among them. As rpm
 * builds them, packages come in families (foo, foo-libs, foo-devel) built from one source
 * and sharing its version and release; one source in twelve carries an epoch.
 */
export function syntheticRpmDb(count: number, seed = 1500): RpmRecord[] {
  const next = random(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)]!;
  const int = (n: number) => Math.floor(next() * n);
  const db = new Map(DEFAULT_RPM_DB.map((p) => [p.name, p]));
  while (db.size < count) {
    const base = `${pick(PREFIXES)}${pick(WORDS)}${next() < 0.4 ? `-${pick(WORDS)}` : ""}`;
    const epoch = next() < 1 / 12 ? 1 + int(3) : undefined;
    const version = [int(20), int(40), ...(next() < 0.6 ? [int(100)] : [])].join(".");
    const release = `${1 + int(300)}.amzn2${next() < 0.5 ? `.0.${1 + int(6)}` : ""}`;
    const arch = base.startsWith("perl-") || next() < 0.25 ? "noarch" : "x86_64";
    const family = 1 + int(4);
    for (let i = 0; i < family && db.size < count; i++) {
      const name = i === 0 ? base : `${base}${pick(SUBPACKAGES)}`;
      if (!db.has(name)) db.set(name, { name, ...(epoch ? { epoch } : {}), version, release, arch });
    }
  }
  return [...db.values()];
}

/** The rpm database file the fake `rpm` reads: NAME, EPOCH (empty for none), VERSION, RELEASE, ARCH. */
export function rpmDbFile(db: readonly RpmRecord[]): string {
  return db.map((p) => `${p.name}\t${p.epoch ?? ""}\t${p.version}\t${p.release}\t${p.arch}\n`).join("");
}

/** `[epoch:]version-release` as the inventory states it: the epoch only when the package has one. */
export function evrOf(p: RpmRecord): string {
  return `${p.epoch ? `${p.epoch}:` : ""}${p.version}-${p.release}`;
}
