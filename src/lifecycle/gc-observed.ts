/** What gc observes in one region, reduced to the facts its decisions need. */

export interface ObservedImage {
  ami: string;
  region: string;
  name?: string;
  /** ms since the epoch. */
  createdAt: number;
  state: string;
  architecture: string;
  tags: Record<string, string>;
  /** Snapshot ids from the image's block device mappings. */
  snapshots: string[];
}

export interface ObservedSnapshot {
  id: string;
  region: string;
  sizeGiB: number;
  tags?: Record<string, string>;
}

export interface ObservedInstance {
  id: string;
  region: string;
  ami: string;
  state: string;
  tags: Record<string, string>;
}

/** A launch template version something uses: the default, the latest, or the one an ASG names. */
export interface LaunchTemplateUse {
  region: string;
  launchTemplate: string;
  version: string;
  /** Why the version counts as in use ("default version", "latest version", "Auto Scaling group web-prod"). */
  usedBy: string;
  ami: string;
}

export interface RegionObservation {
  region: string;
  images: ObservedImage[];
  snapshots: ObservedSnapshot[];
  instances: ObservedInstance[];
  launchTemplateUses: LaunchTemplateUse[];
}

/** Pins as git holds them: the current pin and its history, per environment. */
export interface PinReference {
  env: string;
  ami: string;
  kind: "pin" | "history";
}
