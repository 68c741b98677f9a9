import { reactive } from 'vue'

// What a person typed into a form, kept in memory by key: a 401 (sign in again), a 412 (reload the
// record) or a failed submit never loses it. Cleared once the form's change is accepted.
const drafts = new Map<string, object>()

export function useDraft<T extends object>(key: string, initial: () => T): T {
  let draft = drafts.get(key) as T | undefined
  if (!draft) {
    draft = reactive(initial()) as T
    drafts.set(key, draft)
  }
  return draft
}

export function clearDraft(key: string) {
  drafts.delete(key)
}
