import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const API_ORIGIN = process.env.CUSTOMERIC_API_ORIGIN ?? 'http://127.0.0.1:3000';

// Vite needs a default export; this is the one file in apps/web that has one.
export default defineConfig({
  plugins: [react()],
  server: {
    port: 5173,
    proxy: { '/api': { target: API_ORIGIN, changeOrigin: false } },
  },
  preview: {
    proxy: { '/api': { target: API_ORIGIN, changeOrigin: false } },
  },
  build: { outDir: 'dist', emptyOutDir: true },
});
