// An S3-compatible server for tests (s3rver): on loopback, a free port, its objects in a fresh
// temporary folder, one bucket made. No network needed.
//
//   const s3 = await startS3Server();            // or startS3Server({ bucket: "mekar-b", prefix: "x/" })
//   Object.assign(process.env, s3.env);          // or pass s3.env to a child process / web server
//   ...
//   await s3.close();                            // stops the server and deletes its folder
//
// s3.env holds every MEKAR_S3_* setting lib/env.ts reads (path-style addressing, s3rver's fixed
// credentials). Bucket names must be 3–63 characters (s3rver refuses others).
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import S3rver from "s3rver";

export type S3Server = {
  /** MEKAR_S3_BUCKET, _ENDPOINT, _REGION, _ACCESS_KEY_ID, _SECRET_ACCESS_KEY, _FORCE_PATH_STYLE, _PREFIX */
  env: Record<string, string>;
  /** where s3rver keeps the bucket on disk (for a test that wants to look) */
  directory: string;
  close(): Promise<void>;
};

export async function startS3Server(opts: { bucket?: string; prefix?: string } = {}): Promise<S3Server> {
  const bucket = opts.bucket ?? "mekar-test";
  if (!/^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/.test(bucket))
    throw new Error(`s3rver needs a 3–63 character bucket name, not ${bucket}`);
  const directory = mkdtempSync(path.join(os.tmpdir(), "mekar-s3rver-"));
  const server = new S3rver({
    address: "127.0.0.1",
    port: 0,
    silent: true,
    directory,
    configureBuckets: [{ name: bucket }],
  });
  const { port } = await server.run();
  return {
    env: {
      MEKAR_S3_BUCKET: bucket,
      MEKAR_S3_ENDPOINT: `http://127.0.0.1:${port}`,
      MEKAR_S3_REGION: "us-east-1",
      MEKAR_S3_ACCESS_KEY_ID: "S3RVER",
      MEKAR_S3_SECRET_ACCESS_KEY: "S3RVER",
      MEKAR_S3_FORCE_PATH_STYLE: "true",
      MEKAR_S3_PREFIX: opts.prefix ?? "",
    },
    directory,
    async close() {
      await server.close();
      rmSync(directory, { recursive: true, force: true });
    },
  };
}
