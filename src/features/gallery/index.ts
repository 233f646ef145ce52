export { ImageViewer } from './components/ImageViewer'
