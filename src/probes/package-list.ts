import { gunzipSync, gzipSync } from "node:zlib";

/**
 * The package list as the probes print it: `rpm -qa --qf '%{NAME}\t%{EPOCHNUM}:%{VERSION}-%{RELEASE}\t%{ARCH}\n'`
 * sorted, gzip-compressed and base64-encoded into one JSON string. A server's 500–1,500
 * packages as JSON objects (~60–100 characters each) would not fit in the 24,000 characters
 * of output SSM Run Command returns inline; compressed, a typical 1,500 take about 16,000.
 */

/** A package as the rest of the toolkit sees it: version is `[epoch:]version-release`, epoch only when not 0. */
export interface ListedPackage {
  name: string;
  version: string;
  arch: string;
}

/** Decompressed text larger than this is not a package list (a 1,500-package list is ~70 kB). */
const MAX_TEXT_BYTES = 16 * 1024 * 1024;
const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;
const EVR = /^(\d+):(\S+)$/;

/** One `rpm -qa --qf` line: the epoch always present, as %{EPOCHNUM} prints it (0 when the package has none). */
function rpmLine(p: ListedPackage): string {
  const evr = /^\d+:/.test(p.version) ? p.version : `0:${p.version}`;
  return `${p.name}\t${evr}\t${p.arch}\n`;
}

/** What the probe prints for these packages (the simulator's answer): sorted as `LC_ALL=C sort` sorts. */
export function encodePackageList(packages: readonly ListedPackage[]): string {
  const lines = packages.map(rpmLine).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  return gzipSync(lines.join(""), { level: 9 }).toString("base64");
}

/** The packages of an encoded list; the error says what is wrong with it. */
export function decodePackageList(
  encoded: string,
): { ok: true; packages: ListedPackage[] } | { ok: false; error: string } {
  if (encoded === "")
    return {
      ok: false,
      error:
        "the package list is empty instead of gzip+base64 text (gzip or base64 missing on the instance?)",
    };
  if (!BASE64.test(encoded)) return { ok: false, error: "the package list is not base64 text" };
  let text: string;
  try {
    text = gunzipSync(Buffer.from(encoded, "base64"), { maxOutputLength: MAX_TEXT_BYTES }).toString("utf8");
  } catch (error) {
    return {
      ok: false,
      error: `the package list is not gzip data: ${error instanceof Error ? error.message : String(error)}`,
    };
  }
  const packages: ListedPackage[] = [];
  const lines = text.split("\n");
  if (lines.at(-1) === "") lines.pop();
  for (const [i, line] of lines.entries()) {
    const fields = line.split("\t");
    const evr = EVR.exec(fields[1] ?? "");
    const [name, , arch] = fields;
    if (fields.length !== 3 || !name || !arch || !evr) {
      return {
        ok: false,
        error: `package list line ${i + 1} is not NAME<TAB>EPOCH:VERSION-RELEASE<TAB>ARCH: ${JSON.stringify(line.slice(0, 120))}`,
      };
    }
    const [, epoch, versionRelease] = evr;
    const n = Number(epoch);
    packages.push({ name, version: n === 0 ? versionRelease! : `${n}:${versionRelease}`, arch });
  }
  return { ok: true, packages };
}
