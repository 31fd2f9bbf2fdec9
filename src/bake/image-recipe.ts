import {
  CreateImageRecipeCommand,
  type CreateImageRecipeCommandInput,
  type ImagebuilderClient,
  paginateListImageRecipes,
} from "@aws-sdk/client-imagebuilder";
import { canonicalJson, semanticVersionFromHash, sha256 } from "../recipe/hash.js";
import { existingArnOf } from "./already-exists.js";

export interface EnsuredImageRecipe {
  arn: string;
  name: string;
  version: string;
  created: boolean;
}

/** What makes one image recipe version: everything but its name, version, tags and token. */
function recipeContent(input: CreateImageRecipeCommandInput): unknown {
  const { name: _n, semanticVersion: _v, tags: _t, clientToken: _c, ...content } = input;
  return content;
}

/**
 * The image recipe for one architecture. Recipes are immutable per version, so the version
 * is derived from the recipe's content (component versions, parent AMI, volumes): the same
 * content finds its existing version, a change (a component, a new base AMI) makes a new one.
 */
export async function ensureImageRecipe(o: {
  client: ImagebuilderClient;
  input: CreateImageRecipeCommandInput;
  tags: Record<string, string>;
}): Promise<EnsuredImageRecipe> {
  const name = o.input.name!;
  const contentHash = sha256(canonicalJson(recipeContent(o.input)));
  // compile's version for this content (src/recipe/compile.ts imageRecipeVersion): what
  // `compile` printed is what is created.
  const version = o.input.semanticVersion ?? semanticVersionFromHash(contentHash);
  for await (const page of paginateListImageRecipes(
    { client: o.client },
    { owner: "Self", filters: [{ name: "name", values: [name] }] },
  )) {
    const found = (page.imageRecipeSummaryList ?? []).find(
      (r) => r.name === name && r.arn?.endsWith(`/${version}`),
    );
    if (found?.arn) return { arn: found.arn, name, version, created: false };
  }
  try {
    const out = await o.client.send(
      new CreateImageRecipeCommand({
        ...o.input,
        semanticVersion: version,
        tags: { ...(o.input.tags ?? {}), ...o.tags, "amipipe:content-hash": contentHash },
      }),
    );
    return { arn: out.imageRecipeArn!, name, version, created: true };
  } catch (error) {
    if ((error as { name?: string }).name !== "ResourceAlreadyExistsException") throw error;
    const arn = existingArnOf(error);
    if (!arn) throw error;
    return { arn, name, version, created: false };
  }
}
