import { computed, reactive } from 'vue'

export type Role = 'commander' | 'department' | 'supervisor' | 'auditor' | 'portal'

/**
 * The signed-in person, in memory only: a reload or a closed tab signs out, and no script reading
 * localStorage can take the token away.
 */
export const session = reactive({
  token: null as string | null,
  role: null as Role | null,
  unit: null as string | null,
  name: null as string | null,
  /** set when the API answered 401: the sign-in page says so, the forms keep their drafts */
  expired: false,
  /** who was signed in before it expired, to fill the sign-in form again */
  previous: null as { role: Role | null; unit: string | null } | null,
})

export const signedIn = computed(() => session.token !== null)

export function signIn(token: string) {
  const claims = decodeClaims(token)
  const groups: string[] = Array.isArray(claims.groups) ? claims.groups : []
  const role = (['commander', 'department', 'supervisor', 'auditor', 'portal'] as Role[]).find((r) => groups.includes(r)) ?? null
  session.token = token
  session.role = role
  session.unit = typeof claims.unit === 'string' ? claims.unit : null
  session.name = typeof claims.upn === 'string' ? claims.upn : typeof claims.sub === 'string' ? claims.sub : null
  session.expired = false
}

export function signOut(expired = false) {
  session.previous = expired ? { role: session.role, unit: session.unit } : null
  session.token = null
  session.role = null
  session.unit = null
  session.name = null
  session.expired = expired
}

/** The JWT's payload, read (not verified: the gateway and the services verify it). */
export function decodeClaims(token: string): Record<string, unknown> {
  const part = token.split('.')[1]
  if (!part) return {}
  const base64 = part.replace(/-/g, '+').replace(/_/g, '/').padEnd(Math.ceil(part.length / 4) * 4, '=')
  try {
    const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0))
    return JSON.parse(new TextDecoder().decode(bytes))
  } catch {
    return {}
  }
}
