import type {
  DisableEbsEncryptionByDefaultCommandInput,
  DisableEbsEncryptionByDefaultCommandOutput,
  EnableEbsEncryptionByDefaultCommandInput,
  EnableEbsEncryptionByDefaultCommandOutput,
  GetEbsEncryptionByDefaultCommandInput,
  GetEbsEncryptionByDefaultCommandOutput,
} from "@aws-sdk/client-ec2";
import type { SimCallContext } from "../engine.js";

type Out<T> = Omit<T, "$metadata">;

/**
 * EC2's per-region account settings: "always encrypt new EBS volumes" (off until turned on).
 * https://docs.aws.amazon.com/ebs/latest/userguide/encryption-by-default.html
 */
export function getEbsEncryptionByDefault(
  _input: GetEbsEncryptionByDefaultCommandInput,
  { r }: SimCallContext,
): Out<GetEbsEncryptionByDefaultCommandOutput> {
  return { EbsEncryptionByDefault: r.ebsEncryptionByDefault === true };
}

export function enableEbsEncryptionByDefault(
  _input: EnableEbsEncryptionByDefaultCommandInput,
  { r }: SimCallContext,
): Out<EnableEbsEncryptionByDefaultCommandOutput> {
  r.ebsEncryptionByDefault = true;
  return { EbsEncryptionByDefault: true };
}

export function disableEbsEncryptionByDefault(
  _input: DisableEbsEncryptionByDefaultCommandInput,
  { r }: SimCallContext,
): Out<DisableEbsEncryptionByDefaultCommandOutput> {
  r.ebsEncryptionByDefault = false;
  return { EbsEncryptionByDefault: false };
}
