export { effectiveHordeUrl, useHordeUrl, useSettings } from './store'
export { useApplyTheme } from './useApplyTheme'
