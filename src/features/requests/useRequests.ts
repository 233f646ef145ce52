import { useLiveQuery } from 'dexie-react-hooks'
import { db, type TrackedRequest } from '@/lib/studioDb'

/** The requests of this browser, newest first, live across tabs. */
export function useRequests(limit = 50): TrackedRequest[] | undefined {
  return useLiveQuery(() => db.requests.orderBy('createdAt').reverse().limit(limit).toArray(), [limit])
}
