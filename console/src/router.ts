import { createRouter, createWebHistory, type RouteRecordRaw } from 'vue-router'
import { session } from './auth/session'
import { mayOpen, type Page } from './auth/access'
import { whenUnauthenticated } from './api/client'
import { loadCountyToday } from './calendar/countyToday'

// Every page is its own lazy chunk: the first page fetches only what it shows.
const routes: RouteRecordRaw[] = [
  { path: '/signin', name: 'signin', component: () => import('./auth/SignInPage.vue'), meta: { public: true } },
  { path: '/signin/callback', name: 'signin-callback', component: () => import('./auth/OidcCallback.vue'), meta: { public: true } },
  { path: '/site', name: 'public', component: () => import('./features/public/PublicSite.vue'), meta: { public: true } },
  {
    path: '/',
    component: () => import('./layout/ConsoleLayout.vue'),
    children: [
      { path: '', name: 'cockpit', component: () => import('./features/cockpit/CockpitPage.vue'), meta: { page: 'cockpit' } },
      { path: 'projects', name: 'projects', component: () => import('./features/projects/ProjectsPage.vue'), meta: { page: 'projects' } },
      { path: 'projects/:id', name: 'project', component: () => import('./features/projects/ProjectDetailPage.vue'), meta: { page: 'projects' } },
      { path: 'blockers', name: 'blockers', component: () => import('./features/blockers/BlockerBoard.vue'), meta: { page: 'blockers' } },
      { path: 'meetings', name: 'meetings', component: () => import('./features/meetings/MeetingsPage.vue'), meta: { page: 'meetings' } },
      { path: 'assessment', name: 'assessment', component: () => import('./features/assessment/AssessmentPage.vue'), meta: { page: 'assessment' } },
      { path: 'audit', name: 'audit', component: () => import('./features/assessment/AuditPage.vue'), meta: { page: 'audit' } },
      { path: 'supervision', name: 'supervision', component: () => import('./features/supervision/SupervisionPage.vue'), meta: { page: 'supervision' } },
      { path: 'bulletins', name: 'bulletins', component: () => import('./features/supervision/BulletinsPage.vue'), meta: { page: 'bulletins' } },
      { path: 'honours', name: 'honours', component: () => import('./features/assessment/HonoursPage.vue'), meta: { page: 'honours' } },
      { path: 'publicity', name: 'publicity', component: () => import('./features/publicity/PublicityPage.vue'), meta: { page: 'publicity' } },
      { path: 'units/:unit/work', name: 'work', component: () => import('./features/work/UnitWorkPage.vue'), meta: { page: 'work' } },
      { path: 'preliminary', name: 'preliminary', component: () => import('./features/preliminary/PreliminaryBoard.vue'), meta: { page: 'preliminary' } },
      { path: 'people', name: 'people', component: () => import('./features/people/PeoplePage.vue'), meta: { page: 'people' } },
      { path: 'inbox', name: 'inbox', component: () => import('./features/notifications/InboxPage.vue'), meta: { page: 'inbox' } },
      { path: 'webhooks', name: 'webhooks', component: () => import('./features/notifications/WebhooksPage.vue'), meta: { page: 'webhooks' } },
      { path: 'forbidden', name: 'forbidden', component: () => import('./layout/ForbiddenPage.vue') },
      { path: ':rest(.*)*', name: 'not-found', component: () => import('./layout/ForbiddenPage.vue'), props: { notFound: true } },
    ],
  },
]

export const router = createRouter({ history: createWebHistory(), routes })

router.beforeEach(async (to) => {
  if (to.meta.public) return true
  if (!session.token) return { name: 'signin', query: { next: to.fullPath } }
  const page = to.meta.page as Page | undefined
  if (page && !mayOpen(session.role, page)) return { name: 'forbidden' }
  // a unit's work pages are its own: another unit's are refused (the services refuse its changes too)
  if (to.name === 'work' && to.params.unit !== session.unit) return { name: 'forbidden' }
  await loadCountyToday() // pages open on the county's day and year, not the browser's
  return true
})

whenUnauthenticated(() => {
  const here = router.currentRoute.value
  if (!here.meta.public) router.push({ name: 'signin', query: { next: here.fullPath } })
})
