import { useState } from 'react'
import { disableNotifications, enableNotifications, notificationPermission } from '../notifications'
import { useSettings } from '../store'
import { Switch } from '@/ui/Switch'

export function NotifySwitch() {
  const notify = useSettings((s) => s.notify)
  const [permission, setPermission] = useState(notificationPermission)
  const blocked = permission === 'denied' || permission === 'unsupported'
  const on = notify === 'on' && permission === 'granted'
  return (
    <Switch
      label="Notify me when a request finishes"
      checked={on}
      disabled={blocked}
      onChange={() => {
        if (on) return disableNotifications()
        // requestPermission must run inside the click: no await before it.
        void enableNotifications().then(setPermission)
      }}
      hint={
        permission === 'denied'
          ? 'This browser blocks notifications for this site. To allow them, open the site’s settings (the icon left of the address), allow notifications, then reload this page.'
          : permission === 'unsupported'
            ? 'This browser cannot show notifications.'
            : 'A browser notification when a request finishes while this page is in the background.'
      }
    />
  )
}
