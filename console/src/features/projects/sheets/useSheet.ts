import { ref, shallowRef } from 'vue'
import { ElMessage } from 'element-plus'
import 'element-plus/es/components/message/style/css'
import { ApiProblem } from '../../../api/client'
import { fieldMessages, problemSummary } from '../../../api/problemText'
import { useDraft, clearDraft } from '../../../drafts'
import { offerReload } from '../../../conflict'
import { i18n } from '../../../i18n'

/** A read with the ETag it carried; a change sends the ETag back as If-Match. */
export type Versioned<V> = { data: V; etag: string | null }

/**
 * One of a project's sheets (land, funding, demolition): read with its ETag, edited as a whole with
 * If-Match. The form is a draft (drafts.ts): a 412 offers to reload the record and keeps what was
 * typed; field errors go under their fields, anything else above the form.
 */
export function useSheet<V, F extends object>(key: string, load: () => Promise<Versioned<V>>,
                                            save: (form: F, ifMatch: string) => Promise<Versioned<V>>, toForm: (view: V) => F) {
  const view = shallowRef<V | null>(null)
  const etag = ref<string | null>(null)
  const loading = ref(true)
  const loadError = ref('')
  const editing = ref(false)
  const saving = ref(false)
  const form = ref<F | null>(null)
  const errors = ref<Record<string, string>>({})
  const error = ref('')

  async function reload() {
    try {
      const answer = await load()
      view.value = answer.data
      etag.value = answer.etag
      loadError.value = ''
    } catch (e) {
      loadError.value = e instanceof Error ? e.message : String(e)
    } finally {
      loading.value = false
    }
  }

  function edit() {
    if (!view.value) return
    const current = view.value
    form.value = useDraft(key, () => toForm(current))
    errors.value = {}
    error.value = ''
    editing.value = true
  }

  function cancel() {
    clearDraft(key)
    editing.value = false
  }

  async function submit() {
    if (!form.value) return
    errors.value = {}
    error.value = ''
    saving.value = true
    try {
      const answer = await save(form.value, etag.value ?? '"0"')
      view.value = answer.data
      etag.value = answer.etag
      clearDraft(key)
      editing.value = false
      ElMessage.success(i18n.global.t('common.saved'))
    } catch (e) {
      if (e instanceof ApiProblem && e.status === 412) {
        // the draft stays: after the reload the same form goes out again on the current version
        if (await offerReload()) await reload()
      } else if (e instanceof ApiProblem) {
        errors.value = fieldMessages(e.problem.errors)
        error.value = problemSummary(e.problem)
      } else error.value = String(e)
    } finally {
      saving.value = false
    }
  }

  return { view, etag, loading, loadError, editing, saving, form, errors, error, reload, edit, cancel, submit }
}

/** A decimal typed into a form, as the API reads it: empty is "not stated". */
export function decimal(text: string | number | null | undefined): string | null {
  if (text === null || text === undefined) return null
  const s = String(text).trim()
  return s === '' ? null : s
}

/** A whole number typed into a form; what is not one is sent as typed, so the API names the field. */
export function whole(text: string | number | null | undefined): number | string | null {
  const s = decimal(text)
  if (s === null) return null
  return /^-?\d+$/.test(s) ? Number(s) : s
}
