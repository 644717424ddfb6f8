// Preloaded into a `kg` child (node --import): prints its peak resident set size on exit, so the test
// measures the real CLI process without /usr/bin/time (absent on many CI images).
process.on('exit', () => {
  process.stderr.write(`\nkg-peak-rss-kb=${process.resourceUsage().maxRSS}\n`);
});
