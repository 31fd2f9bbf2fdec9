import type {
  DeleteSnapshotCommandInput,
  DeregisterImageCommandInput,
  DeregisterImageCommandOutput,
  DescribeImagesCommandInput,
  DescribeImagesCommandOutput,
  DescribeSnapshotsCommandInput,
  DescribeSnapshotsCommandOutput,
  Image,
} from "@aws-sdk/client-ec2";
import type { Architecture, BaseOs } from "../../config/schema.js";
import type { ImageManifest } from "../../recipe/manifest.js";
import { lagMs } from "../consistency.js";
import type { SimCallContext } from "../engine.js";
import { notFound, SimError } from "../errors.js";
import { newId } from "../random.js";
import { AMAZON_OWNER_ID, type ImageRecord, regionOf, type SimState, type Tags } from "../state.js";
import { matchesFilters, page, tagList } from "./filters.js";

type Out<T> = Omit<T, "$metadata">;

export function imageState(
  image: ImageRecord,
  at: number,
): "pending" | "available" | "failed" | "deregistered" {
  if (image.deregisteredAt !== undefined && at >= image.deregisteredAt) return "deregistered";
  if (at < image.availableAt) return "pending";
  return image.failed ? "failed" : "available";
}

export interface CreateImageOptions {
  region: string;
  name: string;
  description?: string;
  architecture: string;
  /** Creation time (virtual ms). */
  at: number;
  /** When the AMI becomes available (default: at once). */
  availableAt?: number;
  tags?: Tags;
  snapshotTags?: Tags;
  manifest?: ImageManifest;
  inventory?: unknown;
  /** The installed packages, when a build made the image. */
  packages?: Array<{ name: string; version: string }>;
  volumeSizeGiB?: number;
  /** Owned by Amazon (public base image) instead of the account. */
  public?: boolean;
}

/**
 * Registers an AMI and its root-volume snapshot in a region — what an Image Builder
 * distribution (or a world file) produces. Returns the new ids.
 */
export function createImageRecord(
  state: SimState,
  o: CreateImageOptions,
): { imageId: string; snapshotIds: string[] } {
  const r = regionOf(state, o.region);
  const imageId = newId(state, "ami");
  const snapshotId = newId(state, "snap");
  const ownerId = o.public ? AMAZON_OWNER_ID : state.account;
  const size = o.volumeSizeGiB ?? 8;
  r.snapshots[snapshotId] = {
    id: snapshotId,
    volumeSize: size,
    ownerId,
    startedAt: o.at,
    description: `Created by CreateImage for ${imageId}`,
    tags: { ...(o.snapshotTags ?? {}) },
  };
  const image: ImageRecord = {
    id: imageId,
    name: o.name,
    architecture: o.architecture,
    ownerId,
    public: Boolean(o.public),
    createdAt: o.at,
    availableAt: o.availableAt ?? o.at,
    rootDeviceName: "/dev/xvda",
    blockDevices: [{ deviceName: "/dev/xvda", snapshotId, volumeSize: size, volumeType: "gp3" }],
    tags: { ...(o.tags ?? {}) },
    platformDetails: "Linux/UNIX",
  };
  if (o.description !== undefined) image.description = o.description;
  if (o.manifest) image.manifest = o.manifest;
  if (o.inventory !== undefined) image.inventory = o.inventory;
  if (o.packages) image.packages = o.packages.map((p) => ({ ...p }));
  r.images[imageId] = image;
  return { imageId, snapshotIds: [snapshotId] };
}

/** Public SSM parameter names Amazon publishes for the latest Amazon Linux AMIs. */
export function publicParameterNames(os: BaseOs, arch: Architecture): string[] {
  const prefix = "/aws/service/ami-amazon-linux-latest";
  return os === "amazon-linux-2"
    ? [`${prefix}/amzn2-ami-hvm-${arch}-gp2`, `${prefix}/amzn2-ami-kernel-5.10-hvm-${arch}-gp2`]
    : [`${prefix}/al2023-ami-kernel-default-${arch}`, `${prefix}/al2023-ami-kernel-6.1-${arch}`];
}

/**
 * Amazon publishes a new monthly base AMI: registers it as an Amazon-owned public image and
 * points the public "latest" SSM parameters at it. For tests of rebakes and base updates.
 */
export function publishBaseImage(
  state: SimState,
  o: { region: string; os: BaseOs; arch: Architecture; at: number; release?: string },
): string {
  const date = new Date(o.at).toISOString().slice(0, 10).replaceAll("-", "");
  const release = o.release ?? `${date}.0`;
  const name =
    o.os === "amazon-linux-2"
      ? `amzn2-ami-kernel-5.10-hvm-2.0.${release}-${o.arch}-gp2`
      : `al2023-ami-2023.10.${release}-kernel-6.1-${o.arch}`;
  const description = o.os === "amazon-linux-2" ? "Amazon Linux 2 Kernel 5.10 AMI" : "Amazon Linux 2023 AMI";
  const { imageId } = createImageRecord(state, {
    region: o.region,
    name,
    description,
    architecture: o.arch,
    at: o.at,
    public: true,
  });
  const r = regionOf(state, o.region);
  for (const parameter of publicParameterNames(o.os, o.arch)) {
    const previous = r.parameters[parameter];
    r.parameters[parameter] = {
      name: parameter,
      type: "String",
      value: imageId,
      version: (previous?.version ?? 0) + 1,
      modifiedAt: o.at,
      dataType: "text",
      tags: {},
    };
  }
  return imageId;
}

function toImage(image: ImageRecord, at: number): Image {
  const state = imageState(image, at);
  const out: Image = {
    ImageId: image.id,
    Name: image.name,
    Architecture: image.architecture as Image["Architecture"],
    CreationDate: new Date(image.createdAt).toISOString(),
    ImageLocation: `${image.public ? "amazon" : image.ownerId}/${image.name}`,
    ImageType: "machine",
    OwnerId: image.ownerId,
    Public: image.public,
    State: state as Image["State"],
    RootDeviceName: image.rootDeviceName,
    RootDeviceType: "ebs",
    VirtualizationType: "hvm",
    Hypervisor: "xen",
    EnaSupport: true,
    PlatformDetails: image.platformDetails,
    UsageOperation: "RunInstances",
    BlockDeviceMappings: image.blockDevices.map((b) => ({
      DeviceName: b.deviceName,
      Ebs: {
        SnapshotId: b.snapshotId,
        VolumeSize: b.volumeSize,
        VolumeType: b.volumeType as "gp3",
        DeleteOnTermination: true,
        Encrypted: false,
      },
    })),
    Tags: tagList(image.tags),
  };
  out.Description = image.description ?? "";
  out.ProductCodes = [];
  out.BootMode = image.architecture === "arm64" ? "uefi" : "legacy-bios";
  if (image.public) out.ImageOwnerAlias = "amazon";
  if (image.deprecationTime !== undefined)
    out.DeprecationTime = new Date(image.deprecationTime).toISOString();
  if (state === "failed") out.StateReason = { Code: "Client.ImageFailed", Message: "The image build failed" };
  if (out.Tags?.length === 0) delete out.Tags;
  return out;
}

function visibleTo(image: ImageRecord, owners: string[] | undefined, account: string): boolean {
  if (!owners || owners.length === 0) return image.public || image.ownerId === account;
  return owners.some((o) =>
    o === "self"
      ? image.ownerId === account
      : o === "amazon"
        ? image.public && image.ownerId === AMAZON_OWNER_ID
        : image.ownerId === o,
  );
}

export function findImage(ctx: SimCallContext, id: string): ImageRecord {
  if (!/^ami-[0-9a-f]{8,17}$/.test(id))
    throw new SimError("InvalidAMIID.Malformed", `Invalid id: "${id}" (expecting "ami-...")`);
  const image = ctx.r.images[id];
  if (!image || imageState(image, ctx.now) === "deregistered")
    throw notFound("InvalidAMIID.NotFound", `The image id '[${id}]' does not exist`);
  return image;
}

export function describeImages(
  input: DescribeImagesCommandInput,
  ctx: SimCallContext,
): Out<DescribeImagesCommandOutput> {
  const ids = input.ImageIds ?? [];
  for (const id of ids) findImage(ctx, id);
  const images = Object.values(ctx.r.images).filter((image) => {
    const state = imageState(image, ctx.now);
    if (state === "deregistered") return false;
    if (ids.length > 0 && !ids.includes(image.id)) return false;
    if (!visibleTo(image, input.Owners, ctx.account)) return false;
    return matchesFilters(input.Filters, image.tags, {
      "image-id": image.id,
      name: image.name,
      description: image.description,
      state,
      architecture: image.architecture,
      "owner-id": image.ownerId,
      "owner-alias": image.public ? "amazon" : undefined,
      "is-public": String(image.public),
      "image-type": "machine",
      "root-device-type": "ebs",
      "virtualization-type": "hvm",
      "platform-details": image.platformDetails,
      "block-device-mapping.snapshot-id": image.blockDevices.map((b) => b.snapshotId),
    });
  });
  const { items, nextToken } = page(images, input.MaxResults, input.NextToken, {
    min: 5,
    max: 1000,
    default: 1000,
  });
  return { Images: items.map((i) => toImage(i, ctx.now)), ...(nextToken ? { NextToken: nextToken } : {}) };
}

export function deregisterImage(
  input: DeregisterImageCommandInput,
  ctx: SimCallContext,
): Out<DeregisterImageCommandOutput> {
  const image = findImage(ctx, input.ImageId ?? "");
  if (image.ownerId !== ctx.account)
    throw new SimError("AuthFailure", `Not authorized for image:${image.id}`);
  image.deregisteredAt = ctx.now;
  if (!input.DeleteAssociatedSnapshots) return { Return: true };
  const results = image.blockDevices.map((b) => {
    delete ctx.r.snapshots[b.snapshotId];
    return { SnapshotId: b.snapshotId, ReturnCode: "success" as const };
  });
  return { Return: true, DeleteSnapshotResults: results };
}

export function describeSnapshots(
  input: DescribeSnapshotsCommandInput,
  ctx: SimCallContext,
): Out<DescribeSnapshotsCommandOutput> {
  const ids = input.SnapshotIds ?? [];
  for (const id of ids)
    if (!ctx.r.snapshots[id])
      throw notFound("InvalidSnapshot.NotFound", `The snapshot '${id}' does not exist.`);
  const owners = input.OwnerIds ?? [];
  const snapshots = Object.values(ctx.r.snapshots).filter(
    (s) =>
      (ids.length === 0 || ids.includes(s.id)) &&
      (owners.length === 0
        ? s.ownerId === ctx.account || ids.length > 0
        : owners.some((o) =>
            o === "self"
              ? s.ownerId === ctx.account
              : o === "amazon"
                ? s.ownerId === AMAZON_OWNER_ID
                : s.ownerId === o,
          )) &&
      matchesFilters(input.Filters, s.tags, {
        "snapshot-id": s.id,
        "owner-id": s.ownerId,
        status: "completed",
        description: s.description,
        "volume-size": String(s.volumeSize),
      }),
  );
  const { items, nextToken } = page(snapshots, input.MaxResults, input.NextToken, {
    min: 5,
    max: 1000,
    default: 1000,
  });
  return {
    Snapshots: items.map((s) => ({
      SnapshotId: s.id,
      VolumeId: "vol-ffffffff",
      State: "completed",
      Progress: "100%",
      StartTime: new Date(s.startedAt),
      OwnerId: s.ownerId,
      VolumeSize: s.volumeSize,
      Encrypted: false,
      StorageTier: "standard",
      ...(s.description !== undefined ? { Description: s.description } : {}),
      ...(Object.keys(s.tags).length > 0 ? { Tags: tagList(s.tags) } : {}),
    })),
    ...(nextToken ? { NextToken: nextToken } : {}),
  };
}

/** How long a deregistered image's snapshots still answer InvalidSnapshot.InUse. */
export const SNAPSHOT_RELEASE_MS = 30_000;

export function deleteSnapshot(
  input: DeleteSnapshotCommandInput,
  ctx: SimCallContext,
): Record<string, never> {
  const id = input.SnapshotId ?? "";
  const snapshot = ctx.r.snapshots[id];
  if (!snapshot) throw notFound("InvalidSnapshot.NotFound", `The snapshot '${id}' does not exist.`);
  // An image keeps its snapshots in use for a while after DeregisterImage returns (the
  // deregistration propagates, as EC2's eventual consistency documents):
  // https://docs.aws.amazon.com/ec2/latest/devguide/eventual-consistency.html
  const release = Math.max(SNAPSHOT_RELEASE_MS, lagMs(ctx, "ec2"));
  const user = Object.values(ctx.r.images).find(
    (i) =>
      i.blockDevices.some((b) => b.snapshotId === id) &&
      (imageState(i, ctx.now) !== "deregistered" || ctx.now < (i.deregisteredAt ?? 0) + release),
  );
  if (user)
    throw new SimError("InvalidSnapshot.InUse", `The snapshot ${id} is currently in use by ${user.id}`);
  delete ctx.r.snapshots[id];
  return {};
}
