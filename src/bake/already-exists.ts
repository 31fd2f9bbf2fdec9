/**
 * The ARN of the resource a ResourceAlreadyExistsException names. Image Builder words it
 * "The following resource 'ImageRecipe' already exists: 'arn:aws:imagebuilder:…'"; the ARN is
 * the quoted `arn:` token, whatever the sentence around it.
 */
export function existingArnOf(error: unknown): string | undefined {
  const message = error instanceof Error ? error.message : String(error);
  return /(arn:aws[\w-]*:imagebuilder:[^'"\s]+)/.exec(message)?.[1]?.replace(/\.$/, "");
}
