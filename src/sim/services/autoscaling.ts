import type { SimEngine } from "../engine.js";
import {
  createAutoScalingGroup,
  describeAutoScalingGroups,
  updateAutoScalingGroup,
} from "./autoscaling-groups.js";
import { ACTIVE, advanceRefresh } from "./autoscaling-refresh.js";
import {
  cancelInstanceRefresh,
  describeInstanceRefreshes,
  rollbackInstanceRefresh,
  startInstanceRefresh,
} from "./autoscaling-refresh-calls.js";

/** Auto Scaling: groups that launch from a launch template into target groups, and instance refresh. */
export function register(engine: SimEngine): void {
  engine.onCall(async (ctx) => {
    for (const asg of Object.values(ctx.r.autoScalingGroups)) {
      for (const refresh of asg.refreshes)
        if (ACTIVE.includes(refresh.status)) await advanceRefresh(ctx, asg, refresh);
    }
  });
  engine.register("autoscaling", {
    CreateAutoScalingGroup: createAutoScalingGroup,
    UpdateAutoScalingGroup: updateAutoScalingGroup,
    DescribeAutoScalingGroups: describeAutoScalingGroups,
    StartInstanceRefresh: startInstanceRefresh,
    DescribeInstanceRefreshes: describeInstanceRefreshes,
    CancelInstanceRefresh: cancelInstanceRefresh,
    RollbackInstanceRefresh: rollbackInstanceRefresh,
  });
}
