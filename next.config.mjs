/** @type {import('next').NextConfig} */
const nextConfig = {
  // a separate build folder lets tests build beside a running dev server
  distDir: process.env.NEXT_DIST_DIR || ".next",
  poweredByHeader: false,
  reactStrictMode: true,
  experimental: {
    serverActions: { bodySizeLimit: "2mb" },
  },
};

export default nextConfig;
