import { afterEach, describe, expect, it, vi } from 'vitest'
import { flushPromises, mount } from '@vue/test-utils'
import { createMemoryHistory, createRouter } from 'vue-router'
import { i18n } from '../../i18n'
import { session } from '../../auth/session'
import BlockerBoard from './BlockerBoard.vue'

const issue = (id: string, status: string, dueDate: string, overdue: boolean) => ({
  id, projectId: 'p', category: 'DEMOLITION', severity: 'HIGH', title: `问题${id}`, responsibleUnit: 'ZJJ', reportedBy: 'x',
  dueDate, status, overdue, flaggedForReview: false, version: 2, createdAt: '2026-06-01T00:00:00Z', updatedAt: '2026-06-01T00:00:00Z',
})

afterEach(() => vi.unstubAllGlobals())

describe('the blocker board', () => {
  it('puts each blocker in its status column, in Chinese, with its SLA mark', async () => {
    const far = new Date(Date.now() + 10 * 86_400_000).toISOString().slice(0, 10)
    vi.stubGlobal('fetch', vi.fn(async () => new Response(JSON.stringify({
      items: [issue('1', 'OPEN', far, false), issue('2', 'IN_COORDINATION', '2020-01-01', true)], page: 0, size: 200, total: 2,
    }), { headers: { 'Content-Type': 'application/json' } })))
    session.token = 'token'
    session.role = 'department'
    const router = createRouter({ history: createMemoryHistory(), routes: [{ path: '/', component: BlockerBoard }] })
    router.push('/')
    await router.isReady()
    const board = mount(BlockerBoard, { global: { plugins: [i18n, router] } })
    await flushPromises()
    // the answer is read asynchronously: wait for it, not for a fixed number of ticks
    await vi.waitFor(() => expect(board.find('[data-column="OPEN"]').text()).toContain('问题1'), { timeout: 5000 })

    expect(board.find('[data-column="OPEN"]').text()).toContain('待受理')
    expect(board.find('[data-column="OPEN"]').text()).toContain('问题1')
    expect(board.find('[data-column="OPEN"]').text()).toContain('拆迁安置')
    expect(board.find('[data-column="OPEN"] [data-test="sla"]').text()).toMatch(/剩余 (9|10) 天/)
    expect(board.find('[data-column="IN_COORDINATION"] [data-test="sla"]').text()).toMatch(/超期 \d+ 天/)
    expect(board.text()).not.toMatch(/IN_COORDINATION|DEMOLITION|OPEN/)
    const [url, init] = (fetch as unknown as { mock: { calls: [Request | string, RequestInit?][] } }).mock.calls[0]
    const request = url instanceof Request ? url : new Request(String(url), init)
    expect(request.headers.get('Authorization')).toBe('Bearer token')
  })
})
