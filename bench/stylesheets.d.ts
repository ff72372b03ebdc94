// The viewers' own stylesheets, bundled next to their pages by esbuild.
declare module '*.css';
