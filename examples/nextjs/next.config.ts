import type { NextConfig } from 'next';

const nextConfig: NextConfig = {
  // The app is its own root, also when it sits inside another project's folder.
  turbopack: { root: import.meta.dirname },
  outputFileTracingRoot: import.meta.dirname,
};

export default nextConfig;
