// OpenID Connect, authorization code flow with PKCE (RFC 7636), for the county identity provider in
// production. The issuer and client id are build-time configuration (VITE_OIDC_ISSUER,
// VITE_OIDC_CLIENT_ID); without them the sign-in page offers the development sign-in only.
// The verifier and state live in sessionStorage only for the round trip to the provider; the
// resulting token stays in memory.

export interface OidcConfig {
  issuer: string
  clientId: string
  redirectUri: string
  scope: string
}

export function oidcConfig(): OidcConfig | null {
  const issuer = import.meta.env.VITE_OIDC_ISSUER as string | undefined
  const clientId = import.meta.env.VITE_OIDC_CLIENT_ID as string | undefined
  if (!issuer || !clientId) return null
  return { issuer: issuer.replace(/\/$/, ''), clientId, redirectUri: `${location.origin}/signin/callback`, scope: 'openid profile' }
}

function base64Url(bytes: Uint8Array): string {
  let text = ''
  bytes.forEach((b) => (text += String.fromCharCode(b)))
  return btoa(text).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '')
}

export function randomVerifier(): string {
  return base64Url(crypto.getRandomValues(new Uint8Array(32)))
}

/** S256 code challenge of a verifier. */
export async function challengeOf(verifier: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(verifier))
  return base64Url(new Uint8Array(digest))
}

async function discover(config: OidcConfig) {
  const response = await fetch(`${config.issuer}/.well-known/openid-configuration`)
  if (!response.ok) throw new Error(`discovery: ${response.status}`)
  return (await response.json()) as { authorization_endpoint: string; token_endpoint: string }
}

export async function startSignIn(config: OidcConfig, returnTo: string) {
  const { authorization_endpoint } = await discover(config)
  const verifier = randomVerifier()
  const state = randomVerifier()
  sessionStorage.setItem('oidc', JSON.stringify({ verifier, state, returnTo }))
  const url = new URL(authorization_endpoint)
  url.search = new URLSearchParams({
    response_type: 'code', client_id: config.clientId, redirect_uri: config.redirectUri, scope: config.scope,
    state, code_challenge: await challengeOf(verifier), code_challenge_method: 'S256',
  }).toString()
  location.assign(url.toString())
}

/** On /signin/callback: the code for a token. Returns the token and where the person was going. */
export async function finishSignIn(config: OidcConfig, query: URLSearchParams): Promise<{ token: string; returnTo: string }> {
  const saved = JSON.parse(sessionStorage.getItem('oidc') ?? '{}')
  sessionStorage.removeItem('oidc')
  if (!saved.state || saved.state !== query.get('state')) throw new Error('state mismatch')
  const { token_endpoint } = await discover(config)
  const response = await fetch(token_endpoint, {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({
      grant_type: 'authorization_code', code: query.get('code') ?? '', redirect_uri: config.redirectUri,
      client_id: config.clientId, code_verifier: saved.verifier,
    }),
  })
  if (!response.ok) throw new Error(`token: ${response.status}`)
  const body = await response.json()
  return { token: body.access_token, returnTo: saved.returnTo ?? '/' }
}
