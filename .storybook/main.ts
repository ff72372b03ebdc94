import type { StorybookConfig } from '@storybook/react-vite';

// Storybook builds on the root vite.config.ts (its react plugin); Storybook drops that file's library
// `build` settings itself. public/ holds the MSW worker and the demo avatar, served in dev, in the
// static build and in the vitest browser run alike.
const config: StorybookConfig = {
  stories: ['../stories/Introduction.mdx', '../stories/**/*.stories.@(ts|tsx)'],
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y', '@storybook/addon-vitest'],
  framework: { name: '@storybook/react-vite', options: {} },
  staticDirs: ['../public'],
  // No internet here or in CI: telemetry would only time out.
  core: { disableTelemetry: true },
  // The library's own introduction is the landing page, not Storybook's onboarding checklist.
  features: { sidebarOnboardingChecklist: false },
};

export default config;
