import { defineConfig } from 'vite';
import { resolve } from 'node:path';

// `npm start`: the demo site in demo/, importing the widgets straight from src/.
export default defineConfig({
  root: resolve(import.meta.dirname, 'demo'),
  server: { host: '127.0.0.1', port: 5173, fs: { allow: [import.meta.dirname] } },
});
