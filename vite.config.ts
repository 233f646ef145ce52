import { fileURLToPath } from 'node:url'
import tailwindcss from '@tailwindcss/vite'
import react from '@vitejs/plugin-react'
import { defineConfig } from 'vitest/config'

const src = fileURLToPath(new URL('./src', import.meta.url))
const sim = fileURLToPath(new URL('./horde-sim/src', import.meta.url))

export default defineConfig({
  // Relative asset URLs: the built app works from any sub-path of a static host.
  base: './',
  plugins: [react(), tailwindcss()],
  resolve: { alias: { '@': src, '@sim': sim } },
  server: { host: '127.0.0.1', port: 5173 },
  preview: { host: '127.0.0.1', port: 4173 },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'app',
          include: ['src/**/*.test.{ts,tsx}'],
          environment: 'jsdom',
          setupFiles: ['src/test/setup.ts'],
        },
      },
      {
        extends: true,
        test: { name: 'sim', include: ['horde-sim/**/*.test.ts'], environment: 'node' },
      },
      {
        extends: true,
        test: { name: 'scripts', include: ['scripts/**/*.test.{ts,mjs}'], environment: 'node' },
      },
    ],
  },
})
