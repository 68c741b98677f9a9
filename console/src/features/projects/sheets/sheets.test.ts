import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { flushPromises, mount, type VueWrapper } from '@vue/test-utils'
import { i18n } from '../../../i18n'
import { session } from '../../../auth/session'
import LandCard from './LandCard.vue'
import FundingCard from './FundingCard.vue'
import DemolitionCard from './DemolitionCard.vue'

// the person agrees to reload when told someone else changed the record
vi.mock('../../../conflict', () => ({ offerReload: vi.fn(async () => true) }))

type Answer = { status?: number; body: unknown; etag?: string }
/** A fake API: each call takes the next answer queued for its method and path. */
function api(routes: Record<string, Answer[]>) {
  const calls: { method: string; path: string; ifMatch: string | null; body: unknown }[] = []
  vi.stubGlobal('fetch', vi.fn(async (input: Request) => {
    const path = new URL(input.url).pathname
    const key = `${input.method} ${path}`
    const text = await input.text()
    calls.push({ method: input.method, path, ifMatch: input.headers.get('If-Match'), body: text ? JSON.parse(text) : null })
    const queue = routes[key]
    if (!queue?.length) throw new Error(`unexpected ${key}`)
    const answer = queue.length > 1 ? queue.shift()! : queue[0]
    const status = answer.status ?? 200
    return new Response(JSON.stringify(answer.body), {
      status, headers: { 'Content-Type': status >= 400 ? 'application/problem+json' : 'application/json', ...(answer.etag ? { ETag: answer.etag } : {}) },
    })
  }))
  return calls
}
const input = (w: VueWrapper, selector: string) => {
  const found = w.find(selector)
  return found.element.tagName === 'INPUT' || found.element.tagName === 'TEXTAREA' ? found : found.find('input')
}
const ENGLISH_CODE = /\b(NOT_STARTED|SUBMITTED|SUPPLIED|SUPERIOR_GRANT|FINANCING_AND_BONDS|NOTICE|VALUATION|COMPENSATION_DECISION|ENFORCEMENT)\b/

const P = '00000000-0000-0000-0000-000000000001'
const land = (over: Record<string, unknown> = {}) => ({
  projectId: P, areaNeeded: '120.50', quotaSecured: '80.00', quotaGap: '40.50', balanceSecured: '60.00', balanceGap: '60.50',
  approvalStage: 'SUBMITTED', note: '余下指标待省厅下达', version: 2, updatedAt: '2026-06-12T02:00:00Z', updatedBy: 'department@ZJJ', ...over,
})

beforeEach(() => {
  session.token = 'token'
  session.role = 'department'
  session.unit = 'ZJJ'
})
afterEach(() => vi.unstubAllGlobals())

describe("a project's land", () => {
  it('shows the sheet in Chinese, and its edit goes out with If-Match, field errors under their fields', async () => {
    const calls = api({
      [`GET /api/projects/${P}/land`]: [{ body: land(), etag: '"2"' }],
      [`PUT /api/projects/${P}/land`]: [
        { status: 422, body: { status: 422, title: 'Invalid figures', detail: 'the land sheet does not add up: see errors', errors: { quotaSecured: 'must not exceed areaNeeded (120.50)' } } },
        { body: land({ quotaSecured: '120.50', quotaGap: '0.00', approvalStage: 'APPROVED', version: 3 }), etag: '"3"' },
      ],
    })
    const card = mount(LandCard, { props: { projectId: P, editable: true }, global: { plugins: [i18n] } })
    await vi.waitFor(() => expect(card.find('[data-test="approval-stage"]').exists()).toBe(true), { timeout: 5000 })
    expect(card.text()).toContain('用地')
    expect(card.find('[data-test="approval-stage"]').text()).toBe('已组卷报批')
    expect(card.find('[data-test="quota-gap"]').text()).toBe('40.50')
    expect(card.text()).not.toMatch(ENGLISH_CODE)

    await card.find('[data-test="edit-land"]').trigger('click')
    await input(card, '[data-test="quotaSecured"]').setValue('150')
    await card.find('[data-test="land-form"]').trigger('submit')
    await flushPromises()
    await vi.waitFor(() => expect(card.text()).toContain('不能超过 120.50'), { timeout: 5000 })
    expect(card.find('[data-test="land-error"]').text()).toContain('请按标红处修改后再提交')
    expect(calls.find((c) => c.method === 'PUT')).toMatchObject({ ifMatch: '"2"', body: { quotaSecured: '150', areaNeeded: '120.50', approvalStage: 'SUBMITTED' } })

    await input(card, '[data-test="quotaSecured"]').setValue('120.50')
    await card.find('[data-test="land-form"]').trigger('submit')
    await vi.waitFor(() => expect(card.find('[data-test="approval-stage"]').exists()).toBe(true), { timeout: 5000 })
    expect(card.find('[data-test="quota-gap"]').text()).toBe('0.00')
    expect(card.find('[data-test="approval-stage"]').text()).toBe('已批复（农转用、征收）')
  })

  it('on 412 reloads the record and keeps what was typed, then sends it on the current version', async () => {
    const calls = api({
      [`GET /api/projects/${P}/land`]: [{ body: land(), etag: '"2"' }, { body: land({ note: '别人改过', version: 3 }), etag: '"3"' }],
      [`PUT /api/projects/${P}/land`]: [
        { status: 412, body: { status: 412, title: 'Precondition Failed', detail: 'the land changed' } },
        { body: land({ note: '指标已全部下达', version: 4 }), etag: '"4"' },
      ],
    })
    const card = mount(LandCard, { props: { projectId: P, editable: true }, global: { plugins: [i18n] } })
    await vi.waitFor(() => expect(card.find('[data-test="edit-land"]').exists()).toBe(true), { timeout: 5000 })
    await card.find('[data-test="edit-land"]').trigger('click')
    await input(card, '[data-test="note"]').setValue('指标已全部下达')
    await card.find('[data-test="land-form"]').trigger('submit')
    await vi.waitFor(() => expect(calls.filter((c) => c.method === 'GET')).toHaveLength(2), { timeout: 5000 })
    await flushPromises()
    expect((input(card, '[data-test="note"]').element as HTMLTextAreaElement).value).toBe('指标已全部下达')

    await card.find('[data-test="land-form"]').trigger('submit')
    await vi.waitFor(() => expect(card.text()).toContain('指标已全部下达'), { timeout: 5000 })
    expect(calls.filter((c) => c.method === 'PUT').map((c) => c.ifMatch)).toEqual(['"2"', '"3"'])
  })

  it('offers no edit to a reader', async () => {
    api({ [`GET /api/projects/${P}/land`]: [{ body: land(), etag: '"2"' }] })
    const card = mount(LandCard, { props: { projectId: P, editable: false }, global: { plugins: [i18n] } })
    await vi.waitFor(() => expect(card.find('[data-test="approval-stage"]').exists()).toBe(true), { timeout: 5000 })
    expect(card.find('[data-test="edit-land"]').exists()).toBe(false)
  })
})

describe("a project's funding and demolition", () => {
  it('lists every source in Chinese with its gap and the total', async () => {
    const source = (s: string, planned: string, secured: string, paidOut: string) => ({ source: s, planned, secured, paidOut, gap: (Number(planned) - Number(secured)).toFixed(2) })
    api({
      [`GET /api/projects/${P}/funding`]: [{
        etag: '"1"', body: {
          projectId: P, version: 1, planned: '13000.00', secured: '8000.00', paidOut: '2000.00', gap: '5000.00',
          sources: [source('SUPERIOR_GRANT', '5000.00', '5000.00', '2000.00'), source('FISCAL_APPROPRIATION', '0', '0', '0'),
            source('FINANCING_AND_BONDS', '8000.00', '3000.00', '0'), source('LAND_TRANSFER', '0', '0', '0'), source('SOCIAL_CAPITAL', '0', '0', '0')],
        },
      }],
    })
    const card = mount(FundingCard, { props: { projectId: P, editable: true }, global: { plugins: [i18n] } })
    await vi.waitFor(() => expect(card.find('[data-test="funding-gap"]').exists()).toBe(true), { timeout: 5000 })
    for (const name of ['上级补助', '财政拨款', '融资/专项债', '土地出让', '社会资本', '合计']) expect(card.text()).toContain(name)
    expect(card.find('[data-test="funding-gap"]').text()).toBe('5,000.00 万元')
    expect(card.text()).not.toMatch(ENGLISH_CODE)
  })

  it('shows households signed and remaining, and each holdout case with its steps in Chinese', async () => {
    const calls = api({
      [`GET /api/projects/${P}/demolition`]: [{ etag: '"3"', body: { projectId: P, households: 48, floorArea: '9600.00', householdsSigned: 46, householdsRemaining: 2, version: 3 } }],
      [`GET /api/projects/${P}/demolition/cases`]: [{
        body: [{
          id: 'c1', projectId: P, household: '张某某', address: '城关镇东街12号', currentStep: 'NOTICE', nextStep: 'VALUATION',
          steps: [{ step: 'NOTICE', position: 1, date: '2026-04-10', note: null, recordedAt: '2026-04-10T08:00:00Z', recordedBy: 'department@ZJJ' }],
        }],
      }],
      [`POST /api/projects/${P}/demolition/cases/c1/steps`]: [{ status: 409, body: { status: 409, title: 'Step out of order', detail: 'the case of 张某某 is due COMPENSATION_DECISION', expectedStep: 'COMPENSATION_DECISION' } }],
    })
    const card = mount(DemolitionCard, { props: { projectId: P, editable: true }, global: { plugins: [i18n] } })
    await vi.waitFor(() => expect(card.find('[data-test="case"]').exists()).toBe(true), { timeout: 5000 })
    expect(card.find('[data-test="households-remaining"]').text()).toBe('2')
    expect(card.find('[data-test="current-step"]').text()).toBe('公告')
    for (const step of ['公告', '评估', '补偿决定', '复议/诉讼期', '申请法院强制执行', '强制执行']) expect(card.text()).toContain(step)
    expect(card.text()).toContain('2026年4月10日')
    expect(card.text()).not.toMatch(ENGLISH_CODE)

    // someone recorded the valuation meanwhile: the page says which step is due, in Chinese
    await card.find('[data-test="step-form-1"]').trigger('submit')
    await vi.waitFor(() => expect(card.text()).toContain('应先办理「补偿决定」'), { timeout: 5000 })
    expect(calls.find((c) => c.method === 'POST')?.body).toMatchObject({ step: 'VALUATION' })
  })
})
