// End to end, in headless Chromium (Debian's, driven by playwright-core), against a running system:
// the people's day through the pages, checked against the API, with a screenshot of every page.
//   BASE_URL     the gateway (default http://localhost:8080), development tokens on
//   SCREENSHOTS  where the PNGs go (default ../docs/screenshots)
//   YEAR         the programme year (default: this year)
//   UNIT         the department whose work pages are exercised (default: the lead unit of a project)
//   COCKPIT_BUDGET_MS  the cockpit shows its figures within this long of navigation (default 1500)
//   BASELINE_YEAR  the programme year whose approval and re-plans are exercised (default YEAR: approved
//                  already on make up's demo; the system tests give a year of their own, approved on the page)
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
const BASELINE_YEAR = Number(process.env.BASELINE_YEAR ?? YEAR)
// The API's enum codes, as the catalogue knows them: every UPPER_CASE key of zh-CN.ts (phases, statuses, kinds, grades…)
// and every camelCase key (field and event-type codes a page would show raw if a label were missing), plus the
// CloudEvents type ids. None of them may appear in a page's visible text.
function enumCodes() {
  const zh = readFileSync(join(HERE, '..', 'src', 'i18n', 'zh-CN.ts'), 'utf8')
  const codes = new Set([
    ...[...zh.matchAll(/\b([A-Z][A-Z0-9]*(?:_[A-Z0-9]+)*)\s*:/g)].map((m) => m[1]),
    ...[...zh.matchAll(/\b([a-z]+[A-Z][A-Za-z0-9]*)\s*:/g)].map((m) => m[1]),
  ])
  return { size: codes.size, pattern: new RegExp(`\\b(${[...codes].sort((a, b) => b.length - a.length).join('|')}|county\\.[a-z]+\\.[a-z-]+\\.v\\d)\\b`) }
}
const ENUM_CODES = enumCodes().pattern
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
  // each card reads its own sheet: wait for all three before reading the page's words
  await p.locator('[data-test="funding-table"] .el-table__row').first().waitFor()
  await p.locator('[data-test="demolition"] [data-test="households"]').waitFor()
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

const percentText = (n) => (n === null || n === undefined ? '—' : `${Number(n).toFixed(1)}%`)
const plusDays = (day, n) => new Date(Date.parse(`${day}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10)
async function eventually(what, probe, seconds = 30) {
  const until = Date.now() + seconds * 1000
  for (;;) {
    const value = await probe()
    if (value) return value
    if (Date.now() > until) throw new Error(`FAILED: ${what} within ${seconds} s`)
    await new Promise((r) => setTimeout(r, 500))
  }
}

// "时间过半，任务过半" on the cockpit: its three labelled forms, each equal to the programme summary's, against
// the baseline and, one switch away, the current plan
async function halfYearForms(page, commander) {
  for (const against of ['baseline', 'current']) {
    const summary = await call(commander, 'GET', `/api/programme/${YEAR}/summary?against=${against}`)
    if (against === 'current') {
      await page.locator('[data-test="against-current"]').click()
    }
    for (const form of summary.halfYear.forms) {
      const done = page.locator(`[data-form="${form.key}"] [data-test="done"]`)
      await done.filter({ hasText: percentText(form.donePercent) }).waitFor()
      check((await page.locator(`[data-form="${form.key}"] [data-test="due"]`).innerText()) === percentText(form.duePercent),
        `cockpit (${against === 'baseline' ? '基线' : '现行计划'}) 「${form.label}」: done ${percentText(form.donePercent)} against due ${percentText(form.duePercent)}, as the summary says`)
    }
  }
  const text = await page.locator('[data-test="half-year"]').innerText()
  for (const words of ['年度投资完成率对时间进度', '时间节点完成率（已完成/应完成）', '形象进度对序时进度', '基线计划', '现行计划']) check(text.includes(words), `zh-CN: 「${words}」 on the cockpit`)
  await page.locator('[data-test="against-baseline"]').click()
}

// the year's programme approved as the baseline on the projects page, then a time node re-planned on the project
// page: without a reason the API's 422 is shown at the reason field, with one the change is listed
async function baselinesAndReplans(page, commander, unit) {
  await nav(page, `/projects?year=${BASELINE_YEAR}`)
  const card = page.locator('[data-test="programme-approval"]')
  await card.locator('[data-test="programme-approved"], [data-test="programme-not-approved"]').first().waitFor()
  if (await card.locator('[data-test="approve-programme"]').count()) {
    await card.locator('[data-test="approve-programme"]').click()
    await page.locator('.el-message-box:visible button', { hasText: '提交' }).click()
  }
  await card.locator('[data-test="programme-approved"]').waitFor()
  const approval = await call(commander, 'GET', `/api/programme/${BASELINE_YEAR}/approval`)
  check(approval.baselined > 0 && (await card.innerText()).includes(`${BASELINE_YEAR}年度计划已于`), `the ${BASELINE_YEAR} programme is approved as the baseline (${approval.baselined} projects), as the page says`)
  await noEnglishCodes(page, 'projects with the programme approval')

  // a project of the unit with a time node still open
  const candidates = (await call(commander, 'GET', `/api/projects?year=${BASELINE_YEAR}&unit=${unit}&size=100`)).items
  let target = null
  for (const p of candidates) {
    const node = (await call(commander, 'GET', `/api/projects/${p.id}/milestones`)).find((m) => !m.actualDate)
    if (node) { target = { project: p, node }; break }
  }
  check(target !== null, `a ${BASELINE_YEAR} project of ${unit} with an open time node to re-plan`)
  const { project, node } = target
  await nav(page, `/projects/${project.id}`)
  const item = page.locator(`[data-node="${node.id}"]`)
  await item.locator('[data-test="replan"]').click()
  const form = page.locator('[data-test="replan-form"]')
  const newDate = plusDays(node.plannedDate, 21)
  const date = form.locator('.el-date-editor input')
  await date.fill(newDate)
  await date.press('Enter')
  await form.locator('[data-test="save-replan"]').click()
  const reasonError = form.locator('.el-form-item', { has: page.locator('[data-test="replan-reason"]') }).locator('.el-form-item__error')
  await reasonError.waitFor()
  check((await reasonError.innerText()).includes('须说明原因'), `a re-plan without a reason shows the API's 422 at the reason field (「${await reasonError.innerText()}」)`)
  check((await call(commander, 'GET', `/api/projects/${project.id}/milestones`)).find((m) => m.id === node.id).plannedDate === node.plannedDate, 'and nothing changed')
  await shot(page, 'replan-needs-reason')
  const reason = `征地拆迁延后，经调度会研究顺延（${Date.now() % 100000}）`
  await form.locator('textarea[data-test="replan-reason"]').fill(reason)
  await form.locator('[data-test="save-replan"]').click()
  await form.waitFor({ state: 'hidden' })
  const row = page.locator('[data-test="changes"] .el-table__row', { hasText: reason })
  await row.waitFor()
  const changes = (await call(commander, 'GET', `/api/projects/${project.id}/changes`)).items
  const change = changes.find((c) => c.reason === reason)
  check(change?.field === 'plannedDate' && change.newValue === newDate, `the re-plan with its reason is in the changes (${change?.oldValue} → ${change?.newValue})`)
  const rowText = await row.innerText()
  const zhDate = (d) => { const [y, m, dd] = d.split('-').map(Number); return `${y}年${m}月${dd}日` }
  check(rowText.includes(zhDate(newDate)) && rowText.includes('节点计划日期') && rowText.includes('城建指挥部'), 'the changes list says who, what and the new date in Chinese')
  await item.locator('[data-test="baseline-date"]').waitFor()
  check((await item.locator('[data-test="baseline-date"]').innerText()).includes(`基线 ${zhDate(change.baselineValue)}`), 'the timeline shows the node\'s baseline date against the current one')
  await noEnglishCodes(page, 'project with its changes')
  await page.locator('[data-test="changes"]').scrollIntoViewIfNeeded()
  await shot(page, 'project-baseline-changes')
}

// the preliminary-work board lists the not-started projects; a not-started project's timetable is drawn up from
// its template on the project page, and the board then names the step it is at
async function preliminaryBoard(page, commander, unit) {
  await nav(page, '/preliminary')
  await page.locator('[data-test="preliminary"] .el-table__row').first().waitFor()
  const board = await call(commander, 'GET', `/api/programme/${YEAR}/preliminary`)
  check(Number(await page.locator('[data-figure="projects"] [data-test="value"]').innerText()) === board.projects, `the board counts the ${board.projects} not-started projects as the API does`)
  const mine = board.lines.find((l) => l.leadUnit === unit) ?? board.lines[0]
  check(mine !== undefined && await page.locator(`[data-project="${mine.projectId}"]`).count() === 1, `the board lists the not-started project 「${mine?.name}」`)
  const text = await page.locator('[data-page="preliminary"]').innerText()
  for (const words of ['前期工作推进', '当前环节', '滞后', '未解决问题']) check(text.includes(words), `zh-CN: 「${words}」 on the preliminary board`)
  await noEnglishCodes(page, 'preliminary board')
  await shot(page, 'preliminary')
  return board
}

async function timetableFromTemplate(p, commander, board, unit) {
  const fresh = board.lines.find((l) => l.leadUnit === unit && !l.stepsTotal)
  check(fresh !== undefined || !process.env.UNIT, `a not-started project of ${unit} without a timetable`)
  if (!fresh) { console.log('  (no project without a timetable: the template is not applied)'); return }
  await nav(p, `/projects/${fresh.projectId}`)
  await p.locator('[data-test="apply-template"]').click()
  await p.locator('.el-message-box:visible button', { hasText: '提交' }).click()
  await p.locator('[data-test="milestones"] .el-timeline-item').first().waitFor()
  const nodes = await call(commander, 'GET', `/api/projects/${fresh.projectId}/milestones`)
  check(nodes.length > 0 && nodes.every((n) => n.stage === 'PRELIMINARY'), `the template drew up ${nodes.length} preliminary steps, 倒排 from the planned start (the API agrees)`)
  await nav(p, '/preliminary')
  const line = p.locator('[data-test="preliminary"] .el-table__row', { has: p.locator(`[data-project="${fresh.projectId}"]`) })
  const first = [...nodes].sort((a, b) => a.plannedDate.localeCompare(b.plannedDate))[0]
  await line.locator('[data-test="step"]', { hasText: first.name }).waitFor()
  check(true, `the board now names the step 「${first.name}」 it is at`)
}

// 责任人: a county leader registered by the commander on the page, and the person's record
async function registerCountyLeader(page, suffix) {
  await nav(page, '/people')
  await page.locator('[data-test="register-person"]').click()
  const form = page.locator('[data-test="person-form"]')
  const name = `钱副县长${suffix}`
  await form.locator('input[data-test="person-name-input"]').fill(name)
  await form.locator('input[data-test="person-title-input"]').fill('副县长')
  await form.locator('[data-test="person-kind"]').click()
  await page.locator('.el-select-dropdown__item:visible', { hasText: '县领导' }).click()
  await form.locator('[data-test="save-person"]').click()
  await form.waitFor({ state: 'hidden' })
  await page.locator('input[data-test="people-q"]').fill(name)
  await page.locator('input[data-test="people-q"]').press('Enter')
  await page.locator('[data-test="people"] .el-table__row', { hasText: name }).waitFor()
  return name
}

// a unit's own staff registered on the page; the project page then names its lead official and responsible person
async function peopleOnTheProject(p, commander, project, leaderName, suffix) {
  await nav(p, '/people')
  await p.locator('[data-test="register-person"]').click()
  const form = p.locator('[data-test="person-form"]')
  const name = `李明${suffix}`
  await form.locator('input[data-test="person-name-input"]').fill(name)
  await form.locator('input[data-test="person-title-input"]').fill('建设科科长')
  await form.locator('input[data-test="person-phone"]').fill('0571-8888 1234')
  await form.locator('[data-test="save-person"]').click()
  await form.waitFor({ state: 'hidden' })
  const people = (await call(commander, 'GET', `/api/people?size=100&q=${encodeURIComponent(suffix)}`)).items
  const staff = people.find((x) => x.name === name)
  const leader = people.find((x) => x.name === leaderName)
  check(staff?.unit === project.leadUnit && staff.kind === 'STAFF' && leader?.kind === 'COUNTY_LEADER', `the department registered its own staff (${name}) and the commander a county leader (${leaderName}) on the page`)
  await p.locator('input[data-test="people-q"]').fill(suffix)
  await p.locator('input[data-test="people-q"]').press('Enter')
  await p.locator('[data-test="people"] .el-table__row', { hasText: name }).waitFor()
  // the record is assessment-service's, built from the person-registered event: it knows the person a moment later
  // (on make up's demo day it replays only what arrived by 30 June, so a person registered today has none yet)
  const kept = await eventually('the person\'s record is kept', async () => call(commander, 'GET', `/api/people/${staff.id}/record?period=${YEAR}`).then(() => true, () => false), 20)
    .catch(() => false)
  check(kept || !process.env.UNIT, 'assessment-service keeps a record for the new person')
  await p.locator('[data-test="people"] .el-table__row', { hasText: name }).locator('[data-test="person-record"]').click()
  await p.locator(kept ? '[data-test="person-record-view"] [data-record="nodes"]' : '[data-test="person-record-view"] [data-test="no-record"]').waitFor()
  check(true, `a person's record (实绩档案) opens from the list${kept ? '' : ' (nothing on record yet)'}`)
  await noEnglishCodes(p, 'people')
  await shot(p, 'people')
  await p.keyboard.press('Escape')
  await call(commander, 'PATCH', `/api/projects/${project.id}`, { leadOfficialId: leader.id, responsiblePersonId: staff.id }, { 'If-Match': '*' })
  await nav(p, `/projects/${project.id}`)
  await p.locator('[data-test="lead-official"]', { hasText: leaderName }).waitFor()
  await p.locator('[data-test="responsible-person"]', { hasText: `${name}（建设科科长）` }).waitFor()
  check(true, 'the project page names its lead official and responsible person')
}

// the year's target on the project page, with a stale edit (412) reloaded without losing what was typed
async function annualTarget(p, commander, project) {
  const year = project.year
  await p.locator('[data-test="edit-target"]').click()
  await p.locator('input[data-test="target-investment-input"]').fill('6000')
  await p.locator('input[data-test="target-physical-input"]').fill('主体结构封顶')
  await p.locator('input[data-test="target-percent-input"]').fill('60')
  await p.locator('[data-test="save-target"]').click()
  await p.locator('[data-test="target-physical"]', { hasText: '主体结构封顶' }).waitFor()
  const target = await call(commander, 'GET', `/api/projects/${project.id}/targets/${year}`)
  check(target.stated && Number(target.investment) === 6000 && target.physicalTarget === '主体结构封顶', `the year's target stated on the page reached the API (${target.investment} 万元, ${target.physicalTarget})`)
  await call(commander, 'PUT', `/api/projects/${project.id}/targets/${year}`, { investment: '6500.00', physicalTarget: '主体结构封顶', targetPercent: 60 }, { 'If-Match': `"${target.version}"` })
  await p.locator('[data-test="edit-target"]').click()
  await p.locator('input[data-test="target-physical-input"]').fill('主体结构封顶并完成外立面')
  await p.locator('[data-test="save-target"]').click()
  await p.locator('.el-message-box:visible', { hasText: '数据已被他人修改' }).waitFor()
  await p.locator('.el-message-box:visible button', { hasText: '重新加载' }).click()
  check(await p.locator('input[data-test="target-physical-input"]').inputValue() === '主体结构封顶并完成外立面', 'a stale target edit (412) offers to reload and keeps what was typed')
  await p.locator('[data-test="save-target"]').click()
  await p.locator('[data-test="target-physical"]', { hasText: '主体结构封顶并完成外立面' }).waitFor()
  check((await call(commander, 'GET', `/api/projects/${project.id}/targets/${year}`)).physicalTarget === '主体结构封顶并完成外立面', 'after reloading, the target went through on the current version')
}

// the unit's inbox: a supervision order issued through the API reaches it, with the header's unread badge, and
// is marked read on the page
async function orderToTheUnit(unit, project, today) {
  const supervisor = await token('supervisor')
  const inspection = await call(supervisor, 'POST', '/api/supervision/inspections', {
    projectId: project.id, unit, inspectedOn: today, title: '重点工程进度专项督查', notes: '现场查看',
  })
  const requirement = `倒排工期、挂图作战，15日内报送整改情况（${Date.now() % 100000}）`
  await call(supervisor, 'POST', `/api/supervision/inspections/${inspection.id}/findings`, {
    description: '施工进度滞后于序时进度', responsibleUnit: unit, requirement, deadline: plusDays(today, 15),
  })
  return requirement
}

async function inboxPage(p, deptToken, requirement) {
  const notification = await eventually('the order reaches the unit\'s inbox', async () =>
    (await call(deptToken, 'GET', '/api/notifications?unread=true&size=100')).items.find((n) => n.detail === requirement))
  await nav(p, '/inbox')
  const row = p.locator('[data-test="inbox"] .el-table__row', { hasText: requirement })
  await row.waitFor()
  // the count itself may move while escalations arrive: the badge shows a positive count of unread
  const badge = p.locator('[data-test="unread-badge"] sup')
  await badge.filter({ hasText: /^[1-9]\d*\+?$/ }).waitFor()
  check(true, `the header's badge shows the unread notifications (${await badge.innerText()})`)
  const text = await row.innerText()
  const title = await row.locator('[data-test="notification-title"]').innerText()
  check(text.includes('督办通知') && !/\d{4}-\d{2}-\d{2}/.test(text), `the inbox shows the order sent through the API in Chinese (「${title}」)`)
  await noEnglishCodes(p, 'inbox')
  await shot(p, 'inbox')
  await row.locator('[data-test="mark-read"]').click()
  await row.locator('[data-test="read"]').waitFor()
  const after = (await call(deptToken, 'GET', '/api/notifications?size=100')).items.find((n) => n.id === notification.id)
  check(after?.read === true, 'marked read on the page (the API agrees)')
}

// the unit's webhooks: an endpoint created (its whsec_ secret shown once), pinged, its deliveries listed and redelivered
async function webhooks(p, deptToken) {
  await nav(p, '/webhooks')
  await p.locator('[data-test="new-webhook"]').click()
  const url = `https://203.0.113.10/hooks/keyprojects-${Date.now() % 100000}`
  await p.locator('input[data-test="webhook-url-input"]').fill(url)
  await p.locator('input[data-test="webhook-description"]').fill('住建局项目管理系统')
  await p.locator('[data-test="create-webhook"]').click()
  const secret = p.locator('input[data-test="secret"]')
  await secret.waitFor()
  check((await secret.inputValue()).startsWith('whsec_'), 'a new endpoint\'s whsec_ secret is shown once, with a copy button')
  check(await p.locator('[data-test="copy-secret"]').count() === 1, 'the secret has its copy button')
  await shot(p, 'webhook-secret')
  await p.keyboard.press('Escape')
  await secret.waitFor({ state: 'hidden' })
  const endpoint = (await call(deptToken, 'GET', '/api/webhooks?size=100')).items.find((e) => e.url === url)
  check(endpoint !== undefined && endpoint.secret === undefined, 'the endpoint is registered, and its secret never read again')
  const row = p.locator('[data-test="webhooks"] .el-table__row', { hasText: url })
  await row.locator('[data-test="ping"]').click()
  await eventually('the ping is in the delivery log', async () => (await call(deptToken, 'GET', `/api/webhooks/${endpoint.id}/deliveries`)).items.length > 0)
  await row.locator('[data-test="deliveries"]').click()
  const delivery = p.locator('[data-test="delivery-log"] .el-table__row').first()
  await delivery.waitFor()
  const status = await delivery.locator('[data-test="delivery-status"]').innerText()
  check(['待投递', '已送达', '投递失败'].includes(status) && (await delivery.innerText()).includes('测试事件'), `the ping is in the delivery log (状态 ${status})`)
  await delivery.locator('[data-test="redeliver"]').click()
  await p.locator('.el-message--success', { hasText: '已重新投递' }).waitFor()
  check(true, 'a delivery is sent again from the log')
  await noEnglishCodes(p, 'webhook deliveries')
  await shot(p, 'webhook-deliveries')
  await p.keyboard.press('Escape')
}

// 奖惩名单: the period's proposals with the facts behind them; striking without a reason shows the API's field error under
// the reason, and confirming one on the page shows it confirmed (the API agrees)
async function honoursPage(page, commander) {
  await nav(page, `/honours?period=${YEAR}`)
  await page.locator('[data-page="honours"] [data-test="honour-status"], [data-page="honours"] .el-empty').first().waitFor()
  const before = await call(commander, 'GET', `/api/assessments/${YEAR}/honours`)
  if (before.items.length === 0) {
    check(await page.locator('[data-page="honours"] .el-empty', { hasText: '本期没有提名' }).count() === 1, `no proposals for ${YEAR}: the page says 本期没有提名, as the API answers`)
    await noEnglishCodes(page, 'honours')
    await shot(page, 'honours')
    return
  }
  const text = await page.locator('[data-page="honours"]').innerText()
  for (const words of ['表彰与通报批评名单', '表彰（奖励）', '通报批评', '提名依据']) check(text.includes(words), `zh-CN: 「${words}」 on the honours page`)
  const proposed = before.items.find((l) => l.status === 'PROPOSED')
  if (proposed) {
    const row = page.locator(`.el-table__row:has([data-proposal="${proposed.proposal}"])`)
    await row.locator('[data-test="strike-honour"]').click()
    await page.locator('[data-test="confirm-strike"]').click()
    const reasonError = page.locator('[data-test="strike-form"] .el-form-item__error')
    await reasonError.waitFor()
    check((await reasonError.innerText()).includes('撤销须说明原因'), `striking without a reason: the API's field error under the reason (「${await reasonError.innerText()}」)`)
    await page.locator('.el-dialog:visible button', { hasText: '取消' }).click()
    await row.locator('[data-test="confirm-honour"]').click()
    await row.locator('[data-test="honour-status"]', { hasText: '已确认' }).waitFor()
    const after = await call(commander, 'GET', `/api/assessments/${YEAR}/honours`)
    check(after.items.find((l) => l.proposal === proposed.proposal)?.status === 'CONFIRMED', `「${proposed.name}」 (${proposed.basis}) confirmed on the page: 已确认, and the API agrees`)
  } else {
    const confirmed = before.items.filter((l) => l.status === 'CONFIRMED').length
    check(await page.locator('[data-test="honour-status"]', { hasText: '已确认' }).count() === confirmed, `the page shows the ${confirmed} confirmed honours as 已确认`)
  }
  await noEnglishCodes(page, 'honours')
  await shot(page, 'honours')
}

// 宣传: a model case published from the page (a missing title first: the API's field error under it, nothing typed lost)
async function publicityPage(page, commander, project) {
  await nav(page, '/publicity')
  await page.locator('[data-test="publicity-form"]').waitFor()
  await page.locator('[data-test="publicity-project"]').click()
  await page.keyboard.type(project.code)
  await page.locator('.el-select-dropdown__item:visible', { hasText: project.code }).click()
  const title = `倒排工期挂图作战，主体结构提前完工（${Date.now() % 100000}）`
  const text = '项目建设单位倒排工期、挂图作战，比计划提前二十天完成主体结构封顶。'
  await page.locator('textarea[data-test="publicity-text"]').fill(text)
  await page.locator('[data-test="publish"]').click()
  const titleError = page.locator('[data-test="publicity-form"] .el-form-item__error')
  await titleError.first().waitFor()
  check((await titleError.first().innerText()) === '必填' && await page.locator('textarea[data-test="publicity-text"]').inputValue() === text,
    'publishing without a title: 必填 under the title, the text kept')
  await page.locator('input[data-test="publicity-title"]').fill(title)
  await page.locator('[data-test="publish"]').click()
  await page.locator('[data-test="publicity-case"]', { hasText: title }).waitFor()
  const listed = (await call(commander, 'GET', '/api/publicity?kind=MODEL_CASE&size=50')).items.find((c) => c.title === title)
  check(listed?.projectId === project.id, 'a model case published on the page is in the API\'s list, on its project')
  check(await page.locator('[data-test="publicity-case"]', { hasText: title }).locator('text=先进典型').count() === 1, 'the case shows as 先进典型')
  await noEnglishCodes(page, 'publicity')
  await shot(page, 'publicity')
}

// 自查: the unit inspects its own project on its work page; a finding's deadline before the inspection is the API's field
// error under that deadline, then the self-inspection is filed and listed
async function selfInspection(p, deptToken, project, today) {
  await nav(p, `/units/${project.leadUnit}/work?project=${project.id}&tab=self`)
  const form = p.locator('[data-test="self-inspection-form"]')
  await form.waitFor()
  const title = `安全文明施工自查（${Date.now() % 100000}）`
  const setDate = async (locator, day) => { await locator.fill(day); await locator.press('Enter') }
  await setDate(form.locator('.el-date-editor input').first(), today) // 自查日期, the form's first date
  await form.locator('input[data-test="self-title"]').fill(title)
  await form.locator('textarea[data-test="self-notes"]').fill('对照倒排工期逐项自查')
  await form.locator('[data-test="add-finding"]').click()
  await form.locator('input[data-test="finding-description"]').fill('围挡破损两处')
  await form.locator('input[data-test="finding-requirement"]').fill('三日内修复围挡')
  const deadline = form.locator('[data-test="self-finding"] .el-date-editor input')
  await setDate(deadline, plusDays(today, -3))
  await form.locator('[data-test="submit-self-inspection"]').click()
  const error = form.locator('[data-test="self-finding"] .el-form-item__error')
  await error.first().waitFor()
  check((await error.first().innerText()).includes('不能早于'), `a finding's deadline before the self-inspection: the API's field error under the deadline (「${await error.first().innerText()}」)`)
  check(await form.locator('input[data-test="self-title"]').inputValue() === title, 'nothing typed is lost on the error')
  await shot(p, 'self-inspection-error')
  await setDate(deadline, plusDays(today, 3))
  await form.locator('[data-test="submit-self-inspection"]').click()
  await p.locator('[data-test="self-inspections"] .el-table__row', { hasText: title }).waitFor()
  const filed = (await call(deptToken, 'GET', `/api/supervision/inspections?unit=${project.leadUnit}&kind=SELF&size=50`)).items.find((i) => i.title === title)
  check(filed?.projectId === project.id, `the unit's self-inspection filed on its work page is in the API (自查 of ${project.name})`)
  await noEnglishCodes(p, 'self-inspection')
  await shot(p, 'self-inspection')
  return title
}

// 督查 and 督查通报 as the bureau sees them: the unit's self-inspection among the inspections filtered by kind; the bulletin
// schedule (next run, the period due), run now, and its bulletin read in the page
async function supervisionAndBulletins(p, supervisor, unit, selfTitle) {
  await nav(p, '/supervision')
  await p.locator('[data-test="inspections"]').waitFor()
  await p.locator('[data-test="inspection-kind"] [data-kind="SELF"]').click()
  await p.locator('[data-test="inspections"] .el-table__row', { hasText: selfTitle }).waitFor()
  // the unfiltered list may still be on screen for a moment: wait for the filtered one
  const kinds = await eventually('the inspections filtered to 自查', async () => {
    const shown = await p.locator('[data-test="inspections"] .el-table__row .el-tag').allInnerTexts()
    return shown.length > 0 && shown.every((k) => k === '自查') ? shown : null
  }, 15)
  check(kinds.length > 0 && kinds.every((k) => k === '自查'), `supervision filtered to 自查 lists the unit's self-inspection (${kinds.length} rows, all 自查)`)
  await noEnglishCodes(p, 'supervision (自查)')
  await shot(p, 'supervision')

  await nav(p, '/bulletins')
  const schedule = await call(supervisor, 'GET', '/api/supervision/bulletins/schedule')
  await p.locator('[data-test="due-period"]', { hasText: schedule.duePeriod }).waitFor()
  check(true, `the bulletin schedule shows the period due (${schedule.duePeriod}, ${schedule.cycle})`)
  const nextRun = await p.locator('[data-test="next-run"]').innerText()
  check(schedule.nextRun ? /\d{4}年\d{1,2}月\d{1,2}日 \d{2}:\d{2}/.test(nextRun) : nextRun === '定期通报已停用', `the next run is shown in the county's words (「${nextRun}」)`)
  await p.locator('[data-test="run-schedule"]').click()
  await p.locator('.el-message-box:visible button', { hasText: '立即执行' }).click()
  await p.locator('[data-test="bulletin-page"]').waitFor()
  const after = await call(supervisor, 'GET', '/api/supervision/bulletins/schedule')
  check(after.duePeriodBulletin, `run now: the period ${schedule.duePeriod} has its scheduled bulletin (the API agrees)`)
  const frame = p.frameLocator('iframe.bulletin')
  await frame.locator('body').waitFor()
  check((await frame.locator('body').innerText()).length > 0, 'the scheduled bulletin is read in the page')
  await shot(p, 'bulletin-read')
  await p.locator('.el-dialog:visible .el-dialog__headerbtn').click()
  await p.locator('[data-test="due-state"]', { hasText: '该期定期通报已发布' }).waitFor()
  await p.locator('[data-test="bulletins"] .el-table__row', { hasText: schedule.duePeriod }).first().waitFor()
  check(true, 'the bulletin is listed as 定期, the period marked published')
  await noEnglishCodes(p, 'bulletins')
  await shot(p, 'bulletins')
}

try {
  const commander = await token('commander')
  console.log(`  the enum-code scan knows ${enumCodes().size} codes from the catalogue`)
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
  await halfYearForms(page, commander)
  await noEnglishCodes(page, 'cockpit against the current plan and back')
  check(await page.locator('.el-menu-item[data-menu="inbox"]').count() === 0, 'the commander is offered no unit inbox')
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
  await baselinesAndReplans(page, commander, unit)
  const board = await preliminaryBoard(page, commander, unit)
  const suffix = String(Date.now() % 100000)
  const leaderName = await registerCountyLeader(page, suffix)

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
  await honoursPage(page, commander)
  await publicityPage(page, commander, project)
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

  const requirement = await orderToTheUnit(unit, project, summary.asOf)

  console.log(`department ${unit}: its work pages`)
  let selfTitle = null
  {
    const p = await newPage()
    await signIn(p, 'department', unit)
    const deptToken = await token('department', unit)
    check(await p.locator('.el-menu-item[data-menu="inbox"]').count() === 1 && await p.locator('.el-menu-item[data-menu="webhooks"]').count() === 1, 'a department is offered its inbox and webhooks')
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
    await annualTarget(p, commander, project)
    await timetableFromTemplate(p, commander, board, unit)
    await peopleOnTheProject(p, commander, project, leaderName, suffix)
    await inboxPage(p, deptToken, requirement)
    await webhooks(p, deptToken)
    selfTitle = await selfInspection(p, deptToken, project, summary.asOf)
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

  console.log('supervision bureau: inspections by kind, the bulletin schedule')
  {
    const p = await newPage()
    await signIn(p, 'supervisor')
    check(await p.locator('.el-menu-item[data-menu="bulletins"]').count() === 1 && await p.locator('.el-menu-item[data-menu="work"]').count() === 0,
      'the bureau is offered the bulletins, no unit work page')
    await supervisionAndBulletins(p, await token('supervisor'), unit, selfTitle)
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
