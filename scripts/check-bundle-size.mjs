// Budget for the first page load: the gzipped JavaScript that index.html loads (its entry
// script and every module it preloads) must stay under 150 KB. Lazy route chunks don't count.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const BUDGET_BYTES = 150 * 1024;
const dist = join(import.meta.dirname, '..', 'apps', 'web', 'dist');
const html = readFileSync(join(dist, 'index.html'), 'utf8');
const scripts = [
  ...html.matchAll(/<(?:script[^>]+src|link[^>]+rel="modulepreload"[^>]+href)="([^"]+\.js)"/g),
].map((match) => match[1]);
if (scripts.length === 0) {
  console.error('No scripts found in apps/web/dist/index.html');
  process.exit(1);
}
let total = 0;
for (const src of scripts) {
  const size = gzipSync(readFileSync(join(dist, src))).length;
  total += size;
  console.log(`  ${src}: ${(size / 1024).toFixed(1)} KB gzipped`);
}
const ok = total <= BUDGET_BYTES;
console.log(
  `First-load JavaScript: ${(total / 1024).toFixed(1)} KB gzipped (budget ${BUDGET_BYTES / 1024} KB): ${ok ? 'ok' : 'OVER BUDGET'}`,
);
process.exit(ok ? 0 : 1);
