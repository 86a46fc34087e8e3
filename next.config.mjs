/** @type {import('next').NextConfig} */
const nextConfig = {
  // a separate build folder lets tests build beside a running dev server
  distDir: process.env.NEXT_DIST_DIR || ".next",
  poweredByHeader: false,
  // the front server compresses, with brotli where the browser takes it (scripts/lib/dynamic-compression.ts)
  compress: false,
  // Several instances serve one build (README "Production: several instances"). Builds made
  // separately (one per machine) must all be given the same MEKAR_DEPLOYMENT_ID and
  // NEXT_SERVER_ACTIONS_ENCRYPTION_KEY (the key salts every server-action id): then their
  // build id, deployment id and action ids agree. scripts/start.ts sets MEKAR_DEPLOYMENT_ID
  // at run time from the build it serves.
  deploymentId: process.env.MEKAR_DEPLOYMENT_ID || undefined,
  generateBuildId: async () => process.env.MEKAR_DEPLOYMENT_ID || null,
  reactStrictMode: true,
  // `npm test` type-checks with tsc first; the build need not do it again (and is faster)
  typescript: { ignoreBuildErrors: true },
  experimental: {
    // Evidence files and images are up to 10 MB (lib/files/limits.ts). The front server caps
    // upload posts at 11 MB (scripts/lib/body-limit.ts) and answers 413 itself; both Next
    // limits sit above that so a body the front server let through is never cut or refused here.
    // Without proxyClientMaxBodySize, proxy.ts would cut every body at 10 MB (the upload's 500).
    serverActions: { bodySizeLimit: "12mb" },
    proxyClientMaxBodySize: "12mb",
    // Issue 17's 3G phone: every script request is a 400 ms round trip and ~360 bytes of headers,
    // and one brotli stream compresses better than five. Each chunk group (the framework's entry,
    // a layout's or a page's client components) becomes one file: the framework 105 KB instead of
    // five files of 115 KB together. Measured with `npm run bench:weight` (docs/benchmarks.md).
    // Experimental in Next 16.3+ (docs: next-config-js/turbopackChunking).
    turbopackChunking: { maxChunkCountPerGroup: 1, minChunkSize: 1_000_000, maxMergeChunkSize: 2_000_000 },
  },
};

export default nextConfig;
