import { setTheme, useSettings, type Theme } from '../store'

const THEMES: { value: Theme; label: string }[] = [
  { value: 'system', label: 'Like the system' },
  { value: 'light', label: 'Light' },
  { value: 'dark', label: 'Dark' },
]

export function ThemeChoice() {
  const theme = useSettings((s) => s.theme)
  return (
    <fieldset className="grid gap-2">
      <legend className="text-sm font-medium">Theme</legend>
      <div className="flex flex-wrap gap-4">
        {THEMES.map((t) => (
          <label key={t.value} className="flex items-center gap-2 text-sm">
            <input
              type="radio"
              name="theme"
              className="size-4 accent-violet-700"
              checked={theme === t.value}
              onChange={() => setTheme(t.value)}
            />
            {t.label}
          </label>
        ))}
      </div>
    </fieldset>
  )
}
