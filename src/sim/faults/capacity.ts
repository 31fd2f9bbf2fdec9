import { SimError } from "../sim-error.js";
import { defineFault, nameArgument } from "./fault.js";

export const capacity = defineFault({
  name: "capacity",
  argument: nameArgument("capacity", "SUBNET"),
  help: "RunInstances in SUBNET answers InsufficientInstanceCapacity",
  effects: (where) => ({
    refusesLaunch: (l) =>
      where === l.subnetId || where === l.availabilityZone
        ? new SimError(
            "InsufficientInstanceCapacity",
            `We currently do not have sufficient ${l.instanceType} capacity in the Availability Zone you requested (${l.availabilityZone}). Our system will be working on provisioning additional capacity. You can currently get ${l.instanceType} capacity by not specifying an Availability Zone in your request or choosing ${l.otherZones.join(", ")}.`,
            500,
          )
        : undefined,
  }),
});
