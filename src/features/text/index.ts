export { importDoc, exportDoc } from './docs'
