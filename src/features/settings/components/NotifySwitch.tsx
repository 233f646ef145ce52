import { useId, useState } from 'react'
import { disableNotifications, enableNotifications, notificationPermission } from '../notifications'
import { useSettings } from '../store'

export function NotifySwitch() {
  const id = useId()
  const notify = useSettings((s) => s.notify)
  const [permission, setPermission] = useState(notificationPermission)
  const blocked = permission === 'denied' || permission === 'unsupported'
  const on = notify === 'on' && permission === 'granted'
  return (
    <div className="grid gap-1.5">
      <div className="flex items-center gap-3">
        <input
          id={id}
          type="checkbox"
          role="switch"
          checked={on}
          disabled={blocked}
          aria-describedby={`${id}-hint`}
          onChange={() => {
            if (on) return disableNotifications()
            // requestPermission must run inside the click: no await before it.
            void enableNotifications().then(setPermission)
          }}
          className="relative h-6 w-10 shrink-0 cursor-pointer appearance-none rounded-full bg-zinc-300 transition-colors before:absolute before:top-0.5 before:left-0.5 before:size-5 before:rounded-full before:bg-white before:shadow before:transition-transform checked:bg-violet-700 checked:before:translate-x-4 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-violet-600 disabled:cursor-not-allowed disabled:opacity-50 dark:bg-zinc-600 dark:checked:bg-violet-500"
        />
        <label htmlFor={id} className="text-sm font-medium">
          Notify me when a request finishes
        </label>
      </div>
      <p id={`${id}-hint`} className="text-sm text-zinc-600 dark:text-zinc-400">
        {permission === 'denied'
          ? 'This browser blocks notifications for this site. To allow them, open the site’s settings (the icon left of the address), allow notifications, then reload this page.'
          : permission === 'unsupported'
            ? 'This browser cannot show notifications.'
            : 'A browser notification when a request finishes while this page is in the background.'}
      </p>
    </div>
  )
}
