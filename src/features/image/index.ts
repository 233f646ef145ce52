export { loadIntoComposer } from './loadIntoComposer'
