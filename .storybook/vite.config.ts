import { defineConfig } from 'vite';

// Storybook's own Vite config, so the demo site's vite.config.ts (root demo/, multi-page app,
// port 5173, build inputs) does not leak into Storybook. Storybook adds everything it needs itself.
export default defineConfig({});
