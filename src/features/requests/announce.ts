import { notificationsWanted } from '@/features/settings'

// When a request finishes while the tab is in the background: a count in the title, and a browser
// notification if the user turned them on (Settings, or the offer on a long wait). While the page is
// looked at the request's card says it all; a system notification then would only interrupt.

let unseen = 0
let baseTitle: string | null = null

function restoreTitle() {
  if (document.visibilityState !== 'visible') return
  unseen = 0
  if (baseTitle !== null) document.title = baseTitle
  baseTitle = null
}

export function announceFinished(prompt: string, state: 'done' | 'faulted', ready = 'Images ready'): void {
  if (typeof document === 'undefined' || document.visibilityState === 'visible') return
  unseen += 1
  baseTitle ??= document.title
  document.title = `(${unseen}) ${baseTitle}`
  document.addEventListener('visibilitychange', restoreTitle)
  if (notificationsWanted()) {
    try {
      new Notification(state === 'done' ? ready : 'A request faulted', { body: prompt.slice(0, 120) })
    } catch {
      // Android's Chrome allows notifications only through a service worker: the title still counts.
    }
  }
}
