/** @type {import('next').NextConfig} */
const nextConfig = {
  // a separate build folder lets tests build beside a running dev server
  distDir: process.env.NEXT_DIST_DIR || ".next",
  poweredByHeader: false,
  reactStrictMode: true,
  // `npm test` type-checks with tsc first; the build need not do it again (and is faster)
  typescript: { ignoreBuildErrors: true },
  experimental: {
    // evidence files and images are up to 10 MB (lib/files/store.ts)
    serverActions: { bodySizeLimit: "11mb" },
  },
};

export default nextConfig;
