/** @type {import('next').NextConfig} */
const nextConfig = {
  // a separate build folder lets tests build beside a running dev server
  distDir: process.env.NEXT_DIST_DIR || ".next",
  poweredByHeader: false,
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
  },
};

export default nextConfig;
