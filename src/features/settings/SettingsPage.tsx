import { Card } from '@/ui/Card'
import { HordeUrlForm } from './components/HordeUrlForm'
import { NotifySwitch } from './components/NotifySwitch'
import { ThemeChoice } from './components/ThemeChoice'

export default function SettingsPage() {
  return (
    <div className="grid gap-6">
      <h1 className="text-2xl font-semibold">Settings</h1>
      <Card aria-labelledby="horde-heading">
        <h2 id="horde-heading" className="mb-3 text-lg font-semibold">
          Horde
        </h2>
        <HordeUrlForm />
      </Card>
      <Card aria-labelledby="look-heading">
        <h2 id="look-heading" className="mb-3 text-lg font-semibold">
          Appearance
        </h2>
        <ThemeChoice />
      </Card>
      <Card aria-labelledby="notify-heading">
        <h2 id="notify-heading" className="mb-3 text-lg font-semibold">
          Notifications
        </h2>
        <NotifySwitch />
      </Card>
    </div>
  )
}
