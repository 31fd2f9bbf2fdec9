import { createRequire as __amipipeCreateRequire } from 'node:module'; const require = __amipipeCreateRequire(import.meta.url);

// src/config/publish.ts
function publishedParameter(env) {
  const configured = env.publish.parameter;
  if (configured === false) return void 0;
  return configured ?? `/amipipe/${env.name}/ami`;
}

export {
  publishedParameter
};
