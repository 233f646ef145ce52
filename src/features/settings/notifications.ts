import { useSettings } from './store'

// Browser notifications when a request finishes. The browser asks for permission only from a user's
// click; a refusal (the browser's or ours) is kept and never asked again.

export type NotifyPermission = NotificationPermission | 'unsupported'

export function notificationPermission(): NotifyPermission {
  return typeof window !== 'undefined' && 'Notification' in window ? Notification.permission : 'unsupported'
}

/** Call from a click: asks the browser, and remembers the answer as the user's choice. */
export async function enableNotifications(): Promise<NotifyPermission> {
  if (notificationPermission() === 'unsupported') return 'unsupported'
  const answer = await Notification.requestPermission()
  useSettings.setState({ notify: answer === 'granted' ? 'on' : 'off', notifyOffered: true })
  return answer
}

export const disableNotifications = () => useSettings.setState({ notify: 'off', notifyOffered: true })
export const markNotifyOffered = () => useSettings.setState({ notifyOffered: true })

/** Whether a finished request may raise a browser notification now. */
export const notificationsWanted = () =>
  useSettings.getState().notify === 'on' && notificationPermission() === 'granted'
