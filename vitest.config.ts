import preact from '@preact/preset-vite';
import { defineConfig } from 'vitest/config';

// Unit tests: fast, no browser. Files choose a DOM with `// @vitest-environment jsdom` when they need one.
export default defineConfig({
  plugins: [preact()],
  test: {
    include: ['tests/unit/**/*.test.{ts,tsx}', 'src/**/*.test.{ts,tsx}'],
    environment: 'node',
  },
});
