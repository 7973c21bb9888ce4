// `npm run bench`: the benchmarks in bench/, in the same Chromium as the tests, without coverage
// instrumentation (which would slow the code being measured).
import base from './web-test-runner.config.mjs';

export default {
  ...base,
  files: ['bench/**/*.bench.ts'],
  coverage: false,
  concurrency: 1,
  testFramework: { config: { timeout: 120000 } },
};
