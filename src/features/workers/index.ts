// Pages are lazy routes (src/app/AppRoutes.tsx); only pure helpers are shared.
export { decodeEntities, hordeText } from './model/hordeText'
export { ActionError } from './components/ActionError'
