import { ref } from 'vue'
import { api, need } from '../../api/client'

/** The unit's unread notifications, for the header's badge; the inbox page refreshes it after marking read. */
export const unread = ref(0)

export async function refreshUnread() {
  try {
    const page = await need(api.GET('/api/notifications', { params: { query: { unread: true, size: 1 } } }))
    unread.value = Number(page.total ?? 0)
  } catch {
    // the badge is a hint: an unavailable inbox leaves the last count
  }
}
