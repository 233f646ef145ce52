export { RequestList } from './components/RequestList'
export { isActive, RequestCardShell, stateLabel } from './components/RequestCardShell'
export { failureWords, type FailureView } from './failureWords'
export { startTracker } from './tracker'
export { cancelRequest, dismissRequest, submitImageRequest } from './lifecycle/image'
export { cancelTextRequest, submitTextRequest } from './lifecycle/text'
export { useRequests } from './useRequests'
export { useRequestImages } from './useRequestImages'
export {
  cancelAlchemyRequest,
  dismissAlchemyRequest,
  submitAlchemyRequest,
  type AlchemySource,
} from './lifecycle/alchemy'
