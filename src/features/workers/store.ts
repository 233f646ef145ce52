import { create } from 'zustand'
import { EMPTY_FILTER, type WorkerFilter, type WorkerKind } from './model/workerList'

interface BrowseState {
  kind: WorkerKind
  filter: WorkerFilter
}

/** How the workers list is browsed; kept while the user opens a worker and comes back. */
export const useBrowse = create<BrowseState>()(() => ({ kind: 'image', filter: EMPTY_FILTER }))

export function setKind(kind: WorkerKind): void {
  // Capabilities and models belong to one kind of worker.
  useBrowse.setState((s) => ({ kind, filter: { ...s.filter, model: '', capabilities: [] } }))
}

export function setFilter(change: Partial<WorkerFilter>): void {
  useBrowse.setState((s) => ({ filter: { ...s.filter, ...change } }))
}

export function resetFilter(): void {
  useBrowse.setState((s) => ({ filter: { ...EMPTY_FILTER, sort: s.filter.sort } }))
}
