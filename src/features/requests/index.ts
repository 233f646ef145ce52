export { RequestList } from './components/RequestList'
export { cancelRequest, dismissRequest, startTracker, submitImageRequest } from './tracker'
export { cancelTextRequest, submitTextRequest } from './textTracker'
export { useRequests } from './useRequests'
export { useRequestImages } from './useRequestImages'
export {
  cancelAlchemyRequest,
  dismissAlchemyRequest,
  submitAlchemyRequest,
  type AlchemySource,
} from './alchemyTracker'
