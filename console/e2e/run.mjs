// End to end, in headless Chromium (Debian's, driven by playwright-core), against a running system:
// the people's day through the pages, checked against the API, with a screenshot of every page.
//   BASE_URL     the gateway (default http://localhost:8080), development tokens on
//   SCREENSHOTS  where the PNGs go (default ../docs/screenshots)
//   YEAR         the programme year (default: this year)
//   UNIT         the department whose work pages are exercised (default: the lead unit of a project)
//   COCKPIT_BUDGET_MS  the cockpit shows its figures within this long of navigation (default 1500)
// Exit code 0 when every check passed; the first failure is printed and exits 1.
import { chromium } from 'playwright-core'
import { mkdirSync, readFileSync, readdirSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'

const BASE = (process.env.BASE_URL ?? 'http://localhost:8080').replace(/\/$/, '')
const HERE = fileURLToPath(new URL('.', import.meta.url))
const SHOTS = process.env.SCREENSHOTS ?? join(HERE, '..', '..', 'docs', 'screenshots')
const YEAR = Number(process.env.YEAR ?? new Date().getFullYear())
const BROWSER = process.env.CHROMIUM ?? '/usr/bin/chromium'
const COCKPIT_BUDGET_MS = Number(process.env.COCKPIT_BUDGET_MS ?? 1500)
const ENUM_CODES = /\b(NOT_STARTED|PRE_EXAMINED|SUBMITTED|APPROVED|SUPPLIED|SUPERIOR_GRANT|FISCAL_APPROPRIATION|FINANCING_AND_BONDS|LAND_TRANSFER|SOCIAL_CAPITAL|NOTICE|VALUATION|COMPENSATION_DECISION|APPEAL_WINDOW|COURT_APPLICATION|ENFORCEMENT|UNDER_7|OVER_90|PREPARATION|UNDER_CONSTRUCTION|COMPLETED|SUSPENDED|CANCELLED|GREEN|YELLOW|RED|ACKNOWLEDGED|IN_COORDINATION|RESOLVED|ESCALATED|LEGAL_PROCEDURE|DEMOLITION|FUNDING|UNIT_PERFORMANCE|INFRASTRUCTURE|LIVELIHOOD|URBAN_RENEWAL|PUBLIC_SERVICE|EXCELLENT|COMMENDATION|CRITICISM|DONE_ON_TIME|DONE_LATE|PROVISIONAL)\b/
mkdirSync(SHOTS, { recursive: true })

let passed = 0
function check(condition, message) {
  if (!condition) throw new Error(`FAILED: ${message}`)
  passed++
  console.log(`  ok  ${message}`)
}

// ---- the API, as the checks' reference
async function token(role, unit) {
  const response = await fetch(`${BASE}/auth/token`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(unit ? { role, unit } : { role }) })
  if (!response.ok) throw new Error(`/auth/token ${response.status}: development tokens must be on (GATEWAY_DEV_TOKENS=true)`)
  return (await response.json()).token
}
async function call(tok, method, path, body, headers = {}) {
  const response = await fetch(`${BASE}${path}`, {
    method, headers: { Authorization: `Bearer ${tok}`, ...(body ? { 'Content-Type': 'application/json' } : {}), ...headers }, body: body ? JSON.stringify(body) : undefined,
  })
  const text = await response.text()
  if (!response.ok) throw new Error(`${method} ${path}: ${response.status} ${text}`)
  return text ? JSON.parse(text) : null
}

// ---- every path the console calls is in the gateway's live OpenAPI document
async function theClientMatchesTheLiveDocument() {
  const live = await (await fetch(`${BASE}/openapi.json`)).json()
  const used = new Set()
  const walk = (dir) => readdirSync(dir).forEach((f) => {
    const p = join(dir, f)
    if (statSync(p).isDirectory()) return walk(p)
    if (!/\.(ts|vue)$/.test(f) || f.endsWith('.test.ts')) return
    for (const m of readFileSync(p, 'utf8').matchAll(/api\.(GET|POST|PATCH|PUT|DELETE)\('([^']+)'/g)) used.add(`${m[1].toLowerCase()} ${m[2]}`)
  })
  walk(join(HERE, '..', 'src'))
  const missing = [...used].filter((u) => { const [m, p] = u.split(' '); return !live.paths?.[p]?.[m] })
  check(missing.length === 0, `the ${used.size} operations the console calls are in the live /openapi.json${missing.length ? ` (missing: ${missing.join(', ')})` : ''}`)
}

// ---- the browser
const browser = await chromium.launch({
  executablePath: BROWSER,
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
})
let current = null // the page a failure is photographed on
async function newPage(viewport = { width: 1366, height: 768 }) {
  const context = await browser.newContext({ viewport, locale: 'zh-CN', timezoneId: 'Asia/Shanghai' })
  const page = await context.newPage()
  page.setDefaultTimeout(15_000)
  current = page
  page.on('pageerror', (e) => console.log(`  page error: ${e.message}`))
  return page
}
async function shot(page, name) {
  await page.waitForTimeout(300) // let the charts finish their first paint
  await page.screenshot({ path: join(SHOTS, `${name}.png`), fullPage: true })
}
async function signIn(page, role, unit) {
  await page.goto(`${BASE}/`)
  await page.waitForURL(/\/signin/)
  await page.locator(`[data-role="${role}"]`).click()
  if (unit) {
    await page.locator('[data-test="unit"]').click()
    await page.locator('.el-select-dropdown__item:visible', { hasText: `（${unit}）` }).click()
  }
  await page.locator('[data-test="signin"]').click()
  await page.waitForSelector('.el-menu-item[data-menu="cockpit"]')
}
async function noEnglishCodes(page, where) {
  const text = await page.locator('body').innerText()
  const found = ENUM_CODES.exec(text)
  check(!found, `${where}: no English enum code on the page${found ? ` (found ${found[0]})` : ''}`)
}
// a client-side navigation, as a link inside the page would do: a reload would drop the in-memory token
async function nav(page, path) {
  await page.evaluate((to) => {
    history.pushState({}, '', to)
    dispatchEvent(new PopStateEvent('popstate', { state: history.state }))
  }, path)
}
const figure = async (page, key) => Number(await page.locator(`[data-figure="${key}"] [data-test="value"]`).innerText())

// a project's land, funding and demolition, stated on its page by its lead department: shown in Chinese,
// an edit round trip checked against the API, a stale edit (412) reloaded without losing what was typed,
// a holdout household's legal procedure opened and its first step recorded
async function projectSheets(p, project, commander) {
  const api = (path) => call(commander, 'GET', `/api/projects/${project.id}${path}`)
  await p.locator('[data-test="land"] [data-test="approval-stage"]').waitFor()
  const text = await p.locator('body').innerText()
  for (const words of ['用地', '资金', '拆迁安置', '用地需求（亩）', '报批进度', '上级补助', '融资/专项债', '社会资本', '缺口（万元）', '应拆迁户数', '未签约户数', '依法处理（未签约户）']) {
    check(text.includes(words), `zh-CN: 「${words}」 on the project page`)
  }
  // land
  await p.locator('[data-test="edit-land"]').click()
  await p.locator('input[data-test="areaNeeded"]').fill('120.50')
  await p.locator('input[data-test="quotaSecured"]').fill('80')
  await p.locator('input[data-test="balanceSecured"]').fill('60')
  await p.locator('[data-test="approvalStage"]').click()
  await p.locator('.el-select-dropdown__item:visible', { hasText: '已组卷报批' }).click()
  await p.locator('[data-test="save-land"]').click()
  await p.locator('[data-test="land-form"]').waitFor({ state: 'detached' })
  await p.locator('[data-test="land"] [data-test="approval-stage"]', { hasText: '已组卷报批' }).waitFor()
  const land = await api('/land')
  check(land.approvalStage === 'SUBMITTED' && Number(land.quotaGap) === 40.5, `the land stated on the page reached the API (报批进度 已组卷报批, 指标缺口 ${land.quotaGap} 亩)`)
  check((await p.locator('[data-test="quota-gap"]').innerText()) === land.quotaGap, 'the page shows the quota gap the API computed')
  // someone else changes the land behind the page's back: the page offers to reload and keeps the note typed
  const { version } = land
  await call(commander, 'PUT', `/api/projects/${project.id}/land`, { areaNeeded: land.areaNeeded, quotaSecured: '90.00', balanceSecured: land.balanceSecured, approvalStage: land.approvalStage, note: '指挥部核定' }, { 'If-Match': `"${version}"` })
  await p.locator('[data-test="edit-land"]').click()
  await p.locator('textarea[data-test="note"]').fill('余下指标待省厅下达')
  await p.locator('[data-test="save-land"]').click()
  await p.locator('.el-message-box:visible', { hasText: '数据已被他人修改' }).waitFor()
  await p.locator('.el-message-box:visible button', { hasText: '重新加载' }).click()
  check(await p.locator('textarea[data-test="note"]').inputValue() === '余下指标待省厅下达', 'a stale land edit (412) offers to reload and keeps what was typed')
  await p.locator('[data-test="save-land"]').click()
  await p.locator('[data-test="land-form"]').waitFor({ state: 'detached' })
  await p.locator('[data-test="land"]', { hasText: '余下指标待省厅下达' }).waitFor()
  check((await api('/land')).version === version + 2, 'the land edit went through on the current version')
  // a field error under its field
  await p.locator('[data-test="edit-demolition"]').click()
  await p.locator('input[data-test="households-input"]').fill('48')
  await p.locator('input[data-test="signed-input"]').fill('50')
  await p.locator('input[data-test="floor-input"]').fill('9600')
  await p.locator('[data-test="save-demolition"]').click()
  const error = p.locator('[data-test="demolition-form"] .el-form-item__error')
  await error.first().waitFor()
  check((await error.first().innerText()).includes('不能超过'), `the API's field error is shown under 已签约户数 in Chinese (「${await error.first().innerText()}」)`)
  await p.locator('input[data-test="signed-input"]').fill('46')
  await p.locator('[data-test="save-demolition"]').click()
  await p.locator('[data-test="demolition-form"]').waitFor({ state: 'detached' })
  await p.locator('[data-test="households-remaining"]', { hasText: '2' }).waitFor()
  check((await api('/demolition')).householdsRemaining === 2, 'the demolition stated on the page reached the API (未签约 2 户)')
  // funding
  await p.locator('[data-test="edit-funding"]').click()
  for (const [field, value] of [['SUPERIOR_GRANT-planned', '5000'], ['SUPERIOR_GRANT-secured', '5000'], ['SUPERIOR_GRANT-paidOut', '2000'],
    ['FINANCING_AND_BONDS-planned', '8000'], ['FINANCING_AND_BONDS-secured', '3000'], ['FINANCING_AND_BONDS-paidOut', '0']]) {
    await p.locator(`input[data-test="${field}"]`).fill(value)
  }
  await p.locator('[data-test="save-funding"]').click()
  await p.locator('[data-test="funding-form"]').waitFor({ state: 'detached' })
  await p.locator('[data-test="funding-gap"]', { hasText: '5,000.00' }).waitFor()
  check(Number((await api('/funding')).gap) === 5000, 'the funding stated on the page reached the API (缺口 5,000.00 万元)')
  // a holdout household's legal procedure
  const household = `张某某${Date.now() % 1000}`
  await p.locator('[data-test="open-case"]').click()
  await p.locator('input[data-test="case-household"]').fill(household)
  await p.locator('input[data-test="case-address"]').fill('城关镇东街12号')
  await p.locator('[data-test="submit-case"]').click()
  const theCase = p.locator('[data-test="case"]', { hasText: household })
  await theCase.waitFor()
  // the county's today (the services' calendar, which a demo may set to another day), not the browser's
  const today = (await call(commander, 'GET', `/api/programme/${YEAR}/summary?limit=1`)).asOf
  const date = theCase.locator('.el-date-editor input')
  await date.fill(today)
  await date.press('Enter')
  await theCase.locator('input[data-test="step-note"]').fill('征收公告张贴于东街公告栏')
  await theCase.locator('[data-test="record-step"]').click()
  await theCase.locator('[data-test="current-step"]', { hasText: '公告' }).waitFor()
  const cases = await api('/demolition/cases')
  check(cases.find((c) => c.household === household)?.currentStep === 'NOTICE', `a holdout's case opened and its 公告 recorded on the page (the API agrees)`)
  await noEnglishCodes(p, 'project land, funding and demolition')
  await p.locator('[data-test="demolition"]').scrollIntoViewIfNeeded()
  await shot(p, 'project-land-funding-demolition')
}

try {
  const commander = await token('commander')
  await theClientMatchesTheLiveDocument()
  const projects = (await call(commander, 'GET', `/api/projects?year=${YEAR}&size=100`)).items
  check(projects.length > 0, `the system has projects for ${YEAR}`)
  const own = process.env.UNIT ? projects.filter((p) => p.leadUnit === process.env.UNIT) : projects
  const project = own.find((p) => p.phase === 'UNDER_CONSTRUCTION') ?? own[0]
  check(project !== undefined, `a project to work on${process.env.UNIT ? ` (led by ${process.env.UNIT})` : ''}`)
  const unit = project.leadUnit
  const other = (await call(commander, 'GET', '/api/units')).map((u) => u.code).find((c) => c !== unit)
  check(other !== undefined, 'there is another unit than the department signing in')

  console.log('public site (公示), no sign-in')
  {
    const page = await newPage()
    const apiCalls = []
    page.on('request', (r) => { if (new URL(r.url()).pathname.startsWith('/api/')) apiCalls.push(r.url()) })
    await page.goto(`${BASE}/site`)
    await page.waitForSelector('[data-test="public-project"]')
    const text = await page.locator('body').innerText()
    check(text.includes('重点工程公示'), 'the public site is titled 重点工程公示')
    check(apiCalls.length === 0, 'the public site calls no /api/** (public data only)')
    const officials = [...new Set(projects.map((p) => p.leadOfficial).filter(Boolean))]
    check(!officials.some((o) => text.includes(o)), 'no leading official, no internal field on the public site')
    check(!text.includes('commander') && !text.includes('@'), 'no account names on the public site')
    await noEnglishCodes(page, 'public site')
    await shot(page, 'public-site')
    await page.setViewportSize({ width: 390, height: 844 })
    await shot(page, 'public-site-phone')
    await page.context().close()
  }

  console.log('commander: cockpit, projects, blockers, meetings, assessment')
  const page = await newPage()
  await signIn(page, 'commander')
  await page.waitForSelector('[data-figure="projects"]')
  const summary = await call(commander, 'GET', `/api/programme/${YEAR}/summary`)
  check(await figure(page, 'projects') === summary.projects, `cockpit 项目总数 = summary.projects (${summary.projects})`)
  check(await figure(page, 'completed') === summary.byPhase.COMPLETED, `cockpit 已竣工 = summary.byPhase.COMPLETED (${summary.byPhase.COMPLETED})`)
  check(await figure(page, 'underConstruction') === summary.byPhase.UNDER_CONSTRUCTION, 'cockpit 在建 = summary.byPhase.UNDER_CONSTRUCTION')
  check(await figure(page, 'notStarted') === summary.byPhase.PREPARATION, 'cockpit 未开工 = summary.byPhase.PREPARATION')
  check((await page.locator('[data-test="actual-percent"]').innerText()) === `${summary.overall.actualPercent.toFixed(1)}%`, 'cockpit 实际形象进度 = summary.overall.actualPercent')
  const cockpitText = await page.locator('body').innerText()
  for (const words of ['重点工程驾驶舱', '时间过半，任务过半', '红黄绿灯分布', '滞后项目', '单位排名', '问题分类（未解决）', '投资计划与完成（按月累计）', '未解决问题（按类别与时长）']) check(cockpitText.includes(words), `zh-CN: 「${words}」 on the cockpit`)
  await page.waitForSelector('canvas')
  const byMonth = await call(commander, 'GET', `/api/programme/${YEAR}/investment`)
  check(byMonth.months.length === 12 && await page.locator('[data-test="investment-by-month"] canvas').count() === 1,
    `the cockpit draws the investment by month (${YEAR}-12 planned ${byMonth.months[11].planned} 万元)`)
  check(await page.locator('[data-test="blockers-by-age"] canvas').count() === 1, 'the cockpit draws the open blockers by category and age')
  await noEnglishCodes(page, 'cockpit')
  await shot(page, 'cockpit')

  await page.locator('[data-figure="underConstruction"]').click()
  await page.waitForURL(/\/projects\?.*phase=UNDER_CONSTRUCTION/)
  await page.waitForSelector('[data-test="projects"] .el-table__row')
  check(await page.locator('[data-test="projects"] .el-table__row').count() > 0, 'a cockpit figure clicks through to the list behind it')
  await noEnglishCodes(page, 'projects')
  await shot(page, 'projects')

  await nav(page, `/projects/${project.id}`)
  await page.waitForSelector('[data-test="project-name"]:has-text("' + project.name + '")')
  await page.waitForSelector('canvas')
  await noEnglishCodes(page, 'project detail')
  await shot(page, 'project-detail')

  // a blocker moves across the board
  const blocker = await call(commander, 'POST', '/api/issues', {
    projectId: project.id, category: 'DEMOLITION', severity: 'HIGH', title: `剩余拆迁户未签约（${Date.now() % 100000}）`, responsibleUnit: unit,
  })
  await nav(page, '/blockers')
  const card = page.locator(`[data-issue="${blocker.id}"]`)
  await page.locator(`[data-column="OPEN"] [data-issue="${blocker.id}"]`).waitFor()
  check(true, 'a new blocker is in the 待受理 column')
  await card.locator('[data-test="move"]').click()
  await page.locator('.el-dropdown-menu__item:visible', { hasText: '已受理' }).click()
  await page.locator('textarea[data-test="comment"]').fill('已受理，明日现场协调')
  await page.locator('[data-test="confirm-move"]').click()
  await page.locator(`[data-column="ACKNOWLEDGED"] [data-issue="${blocker.id}"]`).waitFor()
  check((await call(commander, 'GET', `/api/issues/${blocker.id}`)).status === 'ACKNOWLEDGED', 'the board moved the blocker to 已受理 (the API agrees)')
  await noEnglishCodes(page, 'blocker board')
  await shot(page, 'blockers')

  // 412: someone else moves it behind the page's back; the page offers to reload and keeps the comment
  await call(commander, 'POST', `/api/issues/${blocker.id}/transitions`, { to: 'IN_COORDINATION', comment: '他人已转协调' })
  await card.locator('[data-test="move"]').click()
  await page.locator('.el-dropdown-menu__item:visible', { hasText: '已提级' }).click()
  await page.locator('textarea[data-test="comment"]').fill('提请指挥部协调')
  await page.locator('[data-test="confirm-move"]').click()
  await page.locator('.el-message-box:visible', { hasText: '数据已被他人修改' }).waitFor()
  check(true, 'a stale change (412) offers to reload')
  await shot(page, 'conflict-412')
  await page.locator('.el-message-box:visible button', { hasText: '重新加载' }).click()
  check(await page.locator('textarea[data-test="comment"]').inputValue() === '提请指挥部协调', 'after reloading, what was typed is still there')
  await page.locator('[data-test="confirm-move"]').click()
  await page.locator(`[data-column="ESCALATED"] [data-issue="${blocker.id}"]`).waitFor()
  check((await call(commander, 'GET', `/api/issues/${blocker.id}`)).status === 'ESCALATED', 'the change went through on the current version')

  for (const [path, name, selector] of [['/meetings', 'meetings', '[data-page="meetings"] h1'], ['/supervision', 'supervision', '[data-page="supervision"] h1'], ['/assessment', 'assessment', '[data-test="ranking"] .el-table__row']]) {
    await nav(page, path)
    await page.waitForSelector(selector)
    await page.waitForTimeout(500)
    await noEnglishCodes(page, name)
    await shot(page, name)
  }
  // a dispatch meeting convened from the page: its agenda drawn from the open blockers (the escalated one above)
  await nav(page, '/meetings')
  await page.locator('[data-test="convene"]:not([disabled])').click()
  const meetingTitle = `重点工程专题调度会（${Date.now() % 100000}）`
  await page.locator('input[data-test="meeting-title"]').fill(meetingTitle)
  await page.locator('input[data-test="meeting-convener"]').fill('城市建设指挥部')
  await page.locator('[data-test="submit-meeting"]').click()
  await page.locator('.el-card', { hasText: meetingTitle }).waitFor()
  const meeting = (await call(commander, 'GET', '/api/meetings?size=100')).items.find((m) => m.title === meetingTitle)
  check(meeting?.agenda.includes(blocker.id), 'a dispatch meeting convened on the page has the escalated blocker on its agenda')
  await nav(page, '/assessment')
  await page.waitForSelector('[data-test="ranking"] .el-table__row')
  await page.locator('[data-test="ranking"] .el-table__row').first().click()
  await page.locator('[data-test="rules"]').waitFor()
  await noEnglishCodes(page, 'assessment breakdown')
  await shot(page, 'assessment-breakdown')

  await page.keyboard.press('Escape')
  await page.locator('.el-drawer').waitFor({ state: 'hidden' })
  // the cockpit's budget: figures on screen within COCKPIT_BUDGET_MS of navigating to it
  const started = Date.now()
  await nav(page, '/')
  await page.locator('[data-figure="projects"] [data-test="value"]').waitFor()
  const cockpitMs = Date.now() - started
  console.log(`  cockpit: figures shown ${cockpitMs} ms after navigation (budget ${COCKPIT_BUDGET_MS} ms)`)
  check(cockpitMs <= COCKPIT_BUDGET_MS, `the cockpit shows its figures within ${COCKPIT_BUDGET_MS} ms`)
  // English is a switch away, and back
  await page.locator('.header button', { hasText: 'English' }).click()
  await page.locator('.el-menu-item[data-menu="cockpit"]', { hasText: 'Cockpit' }).waitFor()
  check(true, 'English is switchable')
  await page.locator('.header button', { hasText: '中文' }).click()
  await page.context().close()

  console.log('auditor: the audit trail and its verification')
  {
    const p = await newPage()
    await signIn(p, 'auditor')
    check(await p.locator('.el-menu-item[data-menu="work"]').count() === 0, 'an auditor is offered no unit work page')
    await nav(p, '/audit')
    await p.locator('[data-test="verify"]').click()
    await p.locator('[data-test="verification"]', { hasText: '审计链完整' }).waitFor()
    check(true, 'the audit chain verifies from the page')
    await shot(p, 'audit')
    await p.context().close()
  }

  console.log(`department ${unit}: its work pages`)
  {
    const p = await newPage()
    await signIn(p, 'department', unit)
    check(await p.locator('.el-menu-item[data-menu="work"]').count() === 1, 'a department is offered its work page')
    check(await p.locator('.el-menu-item[data-menu="assessment"]').count() === 0, 'a department is not offered the ranking (gateway: score readers only)')
    await nav(p, `/units/${unit}/work?project=${project.id}`)
    await p.locator('[data-test="selected-project"]', { hasText: project.name }).waitFor()
    // the API's validation next to the field
    await p.locator('input[data-test="percent"]').fill('150')
    await p.locator('textarea[data-test="narrative"]').fill('主体结构施工，完成进度过半')
    await p.locator('[data-test="submit-report"]').click()
    const fieldError = p.locator('[data-test="report-form"] .el-form-item__error')
    await fieldError.first().waitFor()
    check((await fieldError.first().innerText()).length > 0, `the API's field error is shown next to the field (「${await fieldError.first().innerText()}」)`)
    check(await p.locator('textarea[data-test="narrative"]').inputValue() === '主体结构施工，完成进度过半', 'nothing typed is lost on an error')
    await shot(p, 'work-report-error')
    const before = Number(project.progressPercent)
    const reported = before >= 90 ? before - 5 : before + 7
    await p.locator('input[data-test="percent"]').fill(String(reported))
    if (reported < before) await p.locator('input[data-test="reason"]').fill('复核后调整')
    // the session expires (the API answers 401): back to sign-in, and after it the form as it was
    await p.route('**/api/projects/*/progress', (route) => route.request().method() === 'POST'
      ? route.fulfill({ status: 401, contentType: 'application/problem+json', body: '{"status":401,"title":"Unauthorized"}' }) : route.fallback(), { times: 1 })
    await p.locator('[data-test="submit-report"]').click()
    await p.locator('[data-test="expired"]').waitFor()
    check(true, 'an expired session returns to sign-in, saying so')
    await p.locator('[data-test="signin"]').click()
    await p.locator('[data-test="selected-project"]', { hasText: project.name }).waitFor()
    check(await p.locator('input[data-test="percent"]').inputValue() === String(reported)
      && await p.locator('textarea[data-test="narrative"]').inputValue() === '主体结构施工，完成进度过半', 'after signing in again the form is as it was typed')
    await p.locator('[data-test="submit-report"]').click()
    await p.locator('.el-message--success').waitFor()
    check(Number((await call(commander, 'GET', `/api/projects/${project.id}`)).progressPercent) === reported, `the unit's report reached the registry (${before}% → ${reported}%)`)
    await shot(p, 'work')
    await nav(p, `/projects/${project.id}`)
    await p.locator('[data-test="progress"]', { hasText: `${reported}%` }).waitFor()
    check(true, `the project page shows ${reported}%`)
    await projectSheets(p, project, commander)
    await nav(p, '/')
    await p.waitForSelector('[data-figure="projects"]')
    const after = await call(commander, 'GET', `/api/programme/${YEAR}/summary`)
    check((await p.locator('[data-test="actual-percent"]').innerText()) === `${after.overall.actualPercent.toFixed(1)}%`, `the cockpit shows the programme with the report (实际 ${after.overall.actualPercent}%)`)
    // another unit's work pages are not this department's
    await nav(p, `/units/${other}/work`)
    await p.locator('text=无权访问').waitFor()
    check(true, `a department cannot open another unit's (${other}) work pages`)
    await shot(p, 'forbidden')
    await p.context().close()
  }

  console.log('sign-in page')
  {
    const p = await newPage()
    await p.goto(`${BASE}/signin`)
    await p.locator('[data-role="department"]').click()
    await p.locator('[data-test="unit"]').waitFor()
    await shot(p, 'signin')
    await p.context().close()
  }
  console.log(`e2e: ${passed} checks passed; screenshots in ${SHOTS}`)
  await browser.close()
} catch (e) {
  console.error(e.stack ?? String(e))
  if (current) await current.screenshot({ path: join(SHOTS, 'failure.png'), fullPage: true }).catch(() => {})
  await browser.close()
  process.exit(1)
}
