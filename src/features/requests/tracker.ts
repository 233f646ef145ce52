import { alchemyAdapter } from './lifecycle/alchemy'
import { startPolling, trackRound } from './lifecycle/engine'
import { imageAdapter } from './lifecycle/image'
import { textAdapter } from './lifecycle/text'

const KINDS = [imageAdapter, textAdapter, alchemyAdapter]

/** One round of the poller over every kind of request (tests drive it with their own clock). */
export const trackAll = () => trackRound(KINDS)

/** Starts the poller in the tab holding the lock; returns a stop function. */
export const startTracker = () => startPolling(KINDS)
