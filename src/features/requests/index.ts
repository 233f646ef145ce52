export { RequestList } from './components/RequestList'
export { cancelRequest, dismissRequest, startTracker, submitImageRequest } from './tracker'
export { useRequests } from './useRequests'
