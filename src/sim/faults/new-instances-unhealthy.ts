import { defineFault, noArgument } from "./fault.js";

export const newInstancesUnhealthy = defineFault({
  name: "new-instances-unhealthy",
  argument: noArgument,
  help: "instances of the newest AMI fail ALB health checks",
  effects: () => ({ failsHealthChecks: true }),
});
