// The console's first load, in headless Chromium (Debian's, driven by the console's playwright-core, as console/e2e/run.mjs):
// a fresh browser profile (nothing cached) opens the gateway's "/", signs in as the commander (development tokens) and
// waits for the cockpit's figures. Figures, each the median of ROUNDS fresh profiles:
//   - bytes on the wire (encoded, as Chromium's network layer counts them) and requests until the sign-in page is usable,
//     and in all until the cockpit shows its figures;
//   - ms from the navigation's start to the sign-in page usable, and from the sign-in click to the cockpit's figures.
//   BASE_URL  the gateway (default http://localhost:8080), GATEWAY_DEV_TOKENS=true
//   ROUNDS    fresh profiles (default 3)
//   RESULTS   a properties file the figures are appended to (console.load.*), as bench/run.sh's put does
// Run: node bench/console-load.mjs (console/node_modules must hold playwright-core: the console's build installs it).
import { appendFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { fileURLToPath } from 'node:url'

const require = createRequire(fileURLToPath(new URL('../console/package.json', import.meta.url)))
const { chromium } = require('playwright-core')
const BASE = (process.env.BASE_URL ?? 'http://localhost:8080').replace(/\/$/, '')
const ROUNDS = Number(process.env.ROUNDS ?? 3)
const BROWSER = process.env.CHROMIUM ?? '/usr/bin/chromium'

const browser = await chromium.launch({
  executablePath: BROWSER,
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
})

async function firstLoad() {
  const context = await browser.newContext({ viewport: { width: 1366, height: 768 }, locale: 'zh-CN', timezoneId: 'Asia/Shanghai' })
  const page = await context.newPage()
  page.setDefaultTimeout(120_000)
  // what crossed the wire: Chromium's encoded length of every finished load (headers and compressed bodies)
  const cdp = await context.newCDPSession(page)
  await cdp.send('Network.enable')
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: false })
  let bytes = 0
  let requests = 0
  cdp.on('Network.loadingFinished', (e) => { bytes += e.encodedDataLength; requests++ })
  const started = performance.now()
  await page.goto(`${BASE}/`)
  await page.locator('[data-role="commander"]').waitFor()
  await page.waitForLoadState('networkidle')
  const signInPage = { ms: performance.now() - started, bytes, requests }
  await page.locator('[data-role="commander"]').click()
  const clicked = performance.now()
  await page.locator('[data-test="signin"]').click()
  // the cockpit's figures: the programme's project count drawn with its value
  await page.waitForFunction(() => /\d/.test(document.querySelector('[data-figure="projects"] [data-test="value"]')?.textContent ?? ''))
  const cockpit = { ms: performance.now() - clicked, fromStart: performance.now() - started }
  await page.waitForLoadState('networkidle')
  const all = { bytes, requests }
  await context.close()
  return { signInPage, cockpit, all }
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]
const rounds = []
for (let i = 1; i <= ROUNDS; i++) {
  const r = await firstLoad()
  rounds.push(r)
  console.log(`console load ${i}: sign-in page ${r.signInPage.ms.toFixed(0)} ms, ${r.signInPage.bytes} bytes in ${r.signInPage.requests} requests; `
    + `cockpit figures ${r.cockpit.ms.toFixed(0)} ms after the sign-in click (${r.cockpit.fromStart.toFixed(0)} ms from the navigation); `
    + `${r.all.bytes} bytes in ${r.all.requests} requests in all`)
}
await browser.close()
const figures = {
  'console.load.rounds': ROUNDS,
  'console.load.signin.ms': median(rounds.map((r) => r.signInPage.ms)).toFixed(0),
  'console.load.signin.bytes': median(rounds.map((r) => r.signInPage.bytes)),
  'console.load.signin.requests': median(rounds.map((r) => r.signInPage.requests)),
  'console.load.cockpit.ms': median(rounds.map((r) => r.cockpit.ms)).toFixed(0),
  'console.load.cockpit.from.start.ms': median(rounds.map((r) => r.cockpit.fromStart)).toFixed(0),
  'console.load.total.bytes': median(rounds.map((r) => r.all.bytes)),
  'console.load.total.requests': median(rounds.map((r) => r.all.requests)),
}
if (process.env.RESULTS) appendFileSync(process.env.RESULTS, Object.entries(figures).map(([k, v]) => `${k}=${v}\n`).join(''))
console.log(Object.entries(figures).map(([k, v]) => `${k}=${v}`).join('\n'))
