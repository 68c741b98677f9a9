// npm ci when package-lock.json differs from the one the installed node_modules came from. A full
// `npm ci` on every build would cost half a minute for nothing; a stale node_modules would build
// something other than what the lock file says.
import { createHash } from 'node:crypto'
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { execFileSync } from 'node:child_process'

const lock = createHash('sha256').update(readFileSync('package-lock.json')).digest('hex')
const stamp = 'node_modules/.installed-lock-sha256'
if (existsSync(stamp) && readFileSync(stamp, 'utf8') === lock) {
  console.log('console: node_modules matches package-lock.json')
} else {
  console.log('console: npm ci')
  execFileSync('npm', ['ci', '--no-audit', '--no-fund'], { stdio: 'inherit' })
  writeFileSync(stamp, lock)
}
