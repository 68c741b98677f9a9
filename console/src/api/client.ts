import createClient, { type Middleware } from 'openapi-fetch'
import type { paths } from './schema'
import { session, signOut } from '../auth/session'

/** An RFC 9457 problem as the API answers it; `errors` maps a field to its message. */
export interface Problem {
  type?: string
  title?: string
  status: number
  detail?: string
  errors?: Record<string, string>
}

export class ApiProblem extends Error {
  constructor(readonly problem: Problem) {
    super(problem.detail ?? problem.title ?? `HTTP ${problem.status}`)
  }
  get status() {
    return this.problem.status
  }
  /** the message of one field, for the form item showing it */
  field(name: string): string | undefined {
    return this.problem.errors?.[name]
  }
}

/** Called on 401: the router sends the person to sign in, keeping where they were. */
let onUnauthenticated: () => void = () => {}
export function whenUnauthenticated(handler: () => void) {
  onUnauthenticated = handler
}

const bearer: Middleware = {
  onRequest({ request }) {
    if (session.token && !request.headers.has('Authorization')) {
      request.headers.set('Authorization', `Bearer ${session.token}`)
    }
    return request
  },
  onResponse({ response, request }) {
    if (response.status === 401 && request.headers.has('Authorization')) {
      signOut(true)
      onUnauthenticated()
    }
    return response
  },
}

/** The typed client: paths, parameters and bodies from the gateway's merged OpenAPI (openapi.json). */
export const api = createClient<paths>({ baseUrl: '', fetch: (request) => globalThis.fetch(request) })
api.use(bearer)

/** The data of a call, or an ApiProblem with the API's own detail and field errors. */
export async function need<T>(call: Promise<{ data?: T; error?: unknown; response: Response }>): Promise<T> {
  const { data, error, response } = await call
  if (response.ok) return data as T
  const body = (error ?? {}) as Partial<Problem>
  throw new ApiProblem({ ...body, status: response.status })
}

/** Like need(), with the ETag the answer carried (for If-Match on the next change). */
export async function needWithVersion<T>(call: Promise<{ data?: T; error?: unknown; response: Response }>): Promise<{ data: T; etag: string | null }> {
  const result = await call
  const data = await need(Promise.resolve(result))
  return { data, etag: result.response.headers.get('ETag') }
}
