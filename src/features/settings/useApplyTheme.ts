import { useEffect } from 'react'
import { resolveTheme } from './model/theme'
import { useSettings } from './store'

/** Keeps <html class="dark"> in step with the chosen theme and, for "system", with the OS. */
export function useApplyTheme(): void {
  const theme = useSettings((s) => s.theme)
  useEffect(() => {
    const media = window.matchMedia('(prefers-color-scheme: dark)')
    const apply = () => {
      const resolved = resolveTheme(theme, media.matches)
      document.documentElement.classList.toggle('dark', resolved === 'dark')
      document.documentElement.style.colorScheme = resolved
    }
    apply()
    media.addEventListener('change', apply)
    return () => media.removeEventListener('change', apply)
  }, [theme])
}
