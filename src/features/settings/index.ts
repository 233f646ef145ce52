export { effectiveHordeUrl, useHordeUrl, useSettings } from './store'
export { useApplyTheme } from './useApplyTheme'
export {
  disableNotifications,
  enableNotifications,
  markNotifyOffered,
  notificationPermission,
  notificationsWanted,
  type NotifyPermission,
} from './notifications'
