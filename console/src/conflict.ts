import { ElMessageBox } from 'element-plus'
import 'element-plus/es/components/message-box/style/css'
import { i18n } from './i18n'

/**
 * 412: someone else changed the record since it was read. The person is asked to reload it; the
 * form's draft is left alone (drafts.ts), so nothing typed is lost. Resolves true when they agree.
 */
export async function offerReload(): Promise<boolean> {
  const t = i18n.global.t
  try {
    await ElMessageBox.confirm(t('common.conflict'), t('common.conflictTitle'), {
      confirmButtonText: t('common.reload'), cancelButtonText: t('common.cancel'), type: 'warning',
    })
    return true
  } catch {
    return false
  }
}
