// The initial JavaScript budget: what the browser must fetch before the first page renders — the
// entry chunk and the chunks index.html preloads — gzipped, at most BUDGET_KB. Charts and pages are
// lazy chunks and do not count. Prints the figure; fails the build above the budget.
import { readFileSync } from 'node:fs'
import { gzipSync } from 'node:zlib'
import { join } from 'node:path'

const BUDGET_KB = Number(process.env.CONSOLE_JS_BUDGET_KB ?? 350)
const out = 'target/classes/META-INF/resources'
const html = readFileSync(join(out, 'index.html'), 'utf8')
const scripts = [...html.matchAll(/<(?:script[^>]+src|link[^>]+rel="modulepreload"[^>]+href)="\/([^"]+\.js)"/g)].map((m) => m[1])
if (scripts.length === 0) {
  console.error('budget: index.html names no script')
  process.exit(1)
}
let total = 0
for (const file of scripts) {
  const gz = gzipSync(readFileSync(join(out, file))).length
  total += gz
  console.log(`budget: ${file} ${(gz / 1024).toFixed(1)} KB gzipped`)
}
const kb = total / 1024
console.log(`budget: initial JavaScript ${kb.toFixed(1)} KB gzipped (budget ${BUDGET_KB} KB)`)
if (kb > BUDGET_KB) {
  console.error(`budget: over by ${(kb - BUDGET_KB).toFixed(1)} KB`)
  process.exit(1)
}
