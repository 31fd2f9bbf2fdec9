import type { Architecture, BaseOs } from "./schema.js";

/** A package that cannot be installed on an architecture, with where that fact comes from. */
export interface MissingPackage {
  /** Exact package name, or a prefix ending in '*'. */
  name: string;
  arch: Architecture;
  /** Base OSes the fact applies to; all when absent. */
  os?: BaseOs[];
  why: string;
  instead: string;
  source: string;
}

export const MISSING_ON_ARCH: readonly MissingPackage[] = [
  {
    name: "mysql-community-*",
    arch: "arm64",
    why: "the MySQL 5.7 community yum repository publishes EL7 packages for x86_64 and i686 only",
    instead:
      "use the MariaDB client ('mariadb' on Amazon Linux 2, 'mariadb105' on Amazon Linux 2023) or MySQL 8.0+ community packages",
    source: "https://repo.mysql.com/yum/mysql-5.7-community/el/7/",
  },
  {
    name: "mysql57-community-release",
    arch: "arm64",
    why: "the MySQL 5.7 repository it enables has no aarch64 packages",
    instead: "use the MariaDB client or the MySQL 8.0 repository (mysql80-community-release)",
    source: "https://repo.mysql.com/yum/mysql-5.7-community/el/7/",
  },
];

export function missingOnArch(
  pkg: string,
  arch: Architecture,
  os: BaseOs | "custom",
): MissingPackage | undefined {
  return MISSING_ON_ARCH.find(
    (m) =>
      m.arch === arch &&
      (m.os === undefined || (os !== "custom" && m.os.includes(os))) &&
      (m.name.endsWith("*") ? pkg.startsWith(m.name.slice(0, -1)) : pkg === m.name),
  );
}
