import { computed, ref, shallowRef } from 'vue'
import { api, need } from '../../api/client'
import type { MilestoneView, PlanChange } from '../../api/views'
import { timeline } from './baseline'

/** A project's time nodes and its re-plans since the baseline: the timeline and the changes list read them together. */
export function usePlan(projectId: string) {
  const milestones = shallowRef<MilestoneView[]>([])
  const changes = shallowRef<PlanChange[]>([])
  const error = ref('')

  async function reload() {
    try {
      const [m, c] = await Promise.all([
        need(api.GET('/api/projects/{projectId}/milestones', { params: { path: { projectId } } })),
        need(api.GET('/api/projects/{projectId}/changes', { params: { path: { projectId }, query: { size: 200 } } })),
      ])
      milestones.value = m as MilestoneView[]
      changes.value = ((c as unknown as { items?: PlanChange[] }).items ?? [])
      error.value = ''
    } catch (e) {
      error.value = e instanceof Error ? e.message : String(e)
    }
  }

  const nodes = computed(() => timeline(milestones.value, changes.value))
  return { milestones, changes, nodes, error, reload }
}
