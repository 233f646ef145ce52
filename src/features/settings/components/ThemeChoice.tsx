import { setTheme, useSettings, type Theme } from '../store'
import { RadioGroup } from '@/ui/RadioGroup'

const THEMES: { value: Theme; label: string }[] = [
  { value: 'system', label: 'Like the system' },
  { value: 'light', label: 'Light' },
  { value: 'dark', label: 'Dark' },
]

export function ThemeChoice() {
  const theme = useSettings((s) => s.theme)
  return <RadioGroup legend="Theme" name="theme" value={theme} onChange={setTheme} options={THEMES} />
}
