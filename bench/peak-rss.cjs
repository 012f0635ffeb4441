// Preloaded (node --require) into every measured process: on exit, writes the process's peak
// resident set size in KiB (worker threads included) to the file named by BENCH_RSS_FILE.
const { writeFileSync } = require('node:fs');

process.on('exit', () => {
  if (process.env.BENCH_RSS_FILE) writeFileSync(process.env.BENCH_RSS_FILE, String(process.resourceUsage().maxRSS));
});
