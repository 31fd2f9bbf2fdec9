/** The shape of an IAM identity policy document, as printed by `amipipe iam-policy`. */

export type ConditionBlock = Record<string, Record<string, string | string[]>>;

export interface PolicyStatement {
  Sid: string;
  Effect: "Allow" | "Deny";
  Action: string[];
  Resource: string[];
  Condition?: ConditionBlock;
}

export interface PolicyDocument {
  Version: "2012-10-17";
  Statement: PolicyStatement[];
}

/** Every action the document names (as written, wildcards included), sorted. */
export function actionsOf(policy: PolicyDocument): string[] {
  return [...new Set(policy.Statement.filter((s) => s.Effect === "Allow").flatMap((s) => s.Action))].sort();
}
