import { createRequire as __amipipeCreateRequire } from 'node:module'; const require = __amipipeCreateRequire(import.meta.url);

// src/config/asg.ts
function autoScalingGroupName(env) {
  return env.fleet.autoScalingGroup ?? env.fleet.launchTemplate;
}

export {
  autoScalingGroupName
};
