// The next.config.ts of the measurement builds, written over the example's copy by run.mjs (the
// example's own file is kept beside it as next.config.example.ts and spread in). It adds a distDir per
// build, browser source maps on request and, for the "library stubbed" builds, aliases the library's three
// browser-side entries to libraryStub/. Type errors are the example's own build's business (it type-checks once).
export const measureConfigSource = `import { resolve } from 'node:path';
import type { NextConfig } from 'next';
import example from './next.config.example';

const aliases: Record<string, string> =
  process.env.MEASURE_LIBRARY_STUB === '1'
    ? {
        'react-user-metadata': './library-stub/index.tsx',
        'react-user-metadata/core': './library-stub/core.ts',
        'react-user-metadata/editor': './library-stub/editor.tsx',
      }
    : {};

const config: NextConfig = {
  ...example,
  distDir: process.env.MEASURE_DIST_DIR || '.next',
  // For scripts/first-load-sources.mjs, which maps each chunk's bytes to the modules they came from.
  productionBrowserSourceMaps: process.env.MEASURE_SOURCE_MAPS === '1',
  typescript: { ignoreBuildErrors: true },
  turbopack: { ...example.turbopack, resolveAlias: aliases },
  webpack: (webpackConfig: { resolve: { alias: Record<string, string> } }) => {
    for (const [name, target] of Object.entries(aliases)) webpackConfig.resolve.alias[\`\${name}$\`] = resolve(target);
    return webpackConfig;
  },
};

export default config;
`;
