// Pages are lazy routes (src/app/AppRoutes.tsx).
export { ActionError } from './components/ActionError'
