export { ModesBanner } from './components/ModesBanner'
export { HistorySampler } from './components/HistorySampler'
