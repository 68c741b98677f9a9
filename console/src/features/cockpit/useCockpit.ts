import { onBeforeUnmount, onMounted, ref, shallowRef } from 'vue'
import { api, need } from '../../api/client'
import type { Dashboard, InvestmentByMonth, IssueView, Page, UnitFigures } from '../../api/views'

/** The cockpit's data: the gateway's dashboard and the units' figures, refreshed every `seconds`. */
export function useCockpit(year: () => number, seconds = 30) {
  const dashboard = shallowRef<Dashboard | null>(null)
  const units = shallowRef<UnitFigures[]>([])
  const investment = shallowRef<InvestmentByMonth | null>(null)
  const blockers = shallowRef<IssueView[]>([])
  const loading = ref(true)
  const error = ref('')
  const refreshedAt = ref<Date | null>(null)
  let timer: ReturnType<typeof setInterval> | undefined

  async function load() {
    try {
      const [d, u] = await Promise.all([
        need(api.GET('/api/dashboard', { params: { query: { year: year() } } })),
        need(api.GET('/api/programme/{year}/units', { params: { path: { year: String(year()) } } })),
      ])
      dashboard.value = d as unknown as Dashboard
      // the month-by-month investment and the blockers' ages come beside the figures: either missing leaves its panel empty
      const [i, b] = await Promise.allSettled([
        need(api.GET('/api/programme/{year}/investment', { params: { path: { year: String(year()) } } })),
        need(api.GET('/api/issues', { params: { query: { year: year(), size: 200 } as never } })),
      ])
      investment.value = i.status === 'fulfilled' ? (i.value as InvestmentByMonth) : null
      blockers.value = b.status === 'fulfilled' ? ((b.value as unknown as Page<IssueView>).items ?? []) : []
      units.value = (u.units ?? []) as UnitFigures[]
      refreshedAt.value = new Date()
      error.value = ''
    } catch (e) {
      error.value = e instanceof Error ? e.message : String(e)
    } finally {
      loading.value = false
    }
  }

  onMounted(() => {
    load()
    timer = setInterval(load, seconds * 1000)
  })
  onBeforeUnmount(() => clearInterval(timer))
  return { dashboard, units, investment, blockers, loading, error, refreshedAt, load }
}
