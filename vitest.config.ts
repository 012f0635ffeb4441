import { defineConfig } from 'vitest/config';

// The runtime port (src/io/runtime.ts) is installed by the entry point; for tests, by tests/setup.ts.
export default defineConfig({ test: { setupFiles: ['tests/setup.ts'] } });
