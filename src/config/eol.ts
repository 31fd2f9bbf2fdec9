import type { BaseOs } from "./schema.js";

/**
 * Support dates of the base operating systems.
 * Source: https://aws.amazon.com/amazon-linux-2/faqs/ (AL2 end of support 2026-06-30) and
 * https://docs.aws.amazon.com/linux/al2023/ug/release-cadence.html (AL2023 until 2029-06-30).
 */
export const END_OF_SUPPORT: Record<BaseOs, string> = {
  "amazon-linux-2": "2026-06-30",
  "amazon-linux-2023": "2029-06-30",
};

export const OS_LABEL: Record<BaseOs, string> = {
  "amazon-linux-2": "Amazon Linux 2",
  "amazon-linux-2023": "Amazon Linux 2023",
};

export function eolMessage(os: BaseOs): string | undefined {
  if (os !== "amazon-linux-2") return undefined;
  return (
    `${OS_LABEL[os]} reached end of support on ${END_OF_SUPPORT[os]}; ` +
    `change 'base: amazon-linux-2' to 'base: amazon-linux-2023' (supported until ${END_OF_SUPPORT["amazon-linux-2023"]}) ` +
    "and run validate again for the migration lint"
  );
}
