import {
  DeleteObjectCommand,
  GetObjectCommand,
  HeadObjectCommand,
  ListObjectsV2Command,
  PutObjectCommand,
  S3Client,
} from "@aws-sdk/client-s3";
import { AppError } from "../../errors";
import type { S3Settings } from "../../env";
import { checkedKey, isStorageKey } from "./keys";
import type { ObjectStore } from "./types";

// Any S3-compatible store (AWS, MinIO, Ceph, Garage, R2…) through the AWS SDK v3. The bucket stays
// private: every download is streamed through Mekar's route handlers after their authorization.

const status = (e: unknown) => (e as { $metadata?: { httpStatusCode?: number } })?.$metadata?.httpStatusCode;
const missing = (e: unknown) =>
  status(e) === 404 || ["NoSuchKey", "NotFound"].includes((e as { name?: string })?.name ?? "");

export function s3Store(s: S3Settings): ObjectStore {
  const client = new S3Client({
    region: s.region,
    endpoint: s.endpoint,
    forcePathStyle: s.forcePathStyle,
    credentials: s.credentials,
    // checksums only where S3 requires them: stores other than AWS often refuse the newer headers
    requestChecksumCalculation: "WHEN_REQUIRED",
    responseChecksumValidation: "WHEN_REQUIRED",
  });
  const Bucket = s.bucket;
  const full = (key: string, writing = false) => `${s.prefix}${checkedKey(key, writing)}`;
  const exists = async (key: string) => {
    try {
      await client.send(new HeadObjectCommand({ Bucket, Key: full(key) }));
      return true;
    } catch (e) {
      if (missing(e)) return false;
      throw e;
    }
  };
  return {
    kind: "s3",
    async put(key, bytes, contentType) {
      // If-None-Match makes the write create-only on S3 itself; the HEAD before it covers stores
      // that ignore the header (keys are random UUIDs, so a race between the two is not a concern)
      const Key = full(key, true);
      if (await exists(key)) throw new AppError("CONFLICT");
      try {
        await client.send(
          new PutObjectCommand({
            Bucket,
            Key,
            Body: bytes,
            ContentLength: bytes.byteLength,
            ContentType: contentType ?? "application/octet-stream",
            IfNoneMatch: "*",
          }),
        );
      } catch (e) {
        if (status(e) === 412 || status(e) === 409) throw new AppError("CONFLICT");
        throw e;
      }
    },
    async get(key) {
      try {
        const r = await client.send(new GetObjectCommand({ Bucket, Key: full(key) }));
        return Buffer.from(await r.Body!.transformToByteArray());
      } catch (e) {
        if (missing(e)) throw new AppError("NOT_FOUND");
        throw e;
      }
    },
    async delete(key) {
      if (!isStorageKey(key)) return;
      await client.send(new DeleteObjectCommand({ Bucket, Key: full(key) }));
    },
    async *list() {
      let ContinuationToken: string | undefined;
      do {
        const page = await client.send(
          new ListObjectsV2Command({ Bucket, Prefix: s.prefix || undefined, ContinuationToken }),
        );
        for (const o of page.Contents ?? []) {
          const key = o.Key?.slice(s.prefix.length);
          // only our own names directly under the prefix (a deeper "folder" is someone else's)
          if (key && isStorageKey(key)) yield key;
        }
        ContinuationToken = page.IsTruncated ? page.NextContinuationToken : undefined;
      } while (ContinuationToken);
    },
  };
}
