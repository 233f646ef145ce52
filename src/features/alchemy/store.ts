import { create } from 'zustand'
import type { AlchemyFormName } from '@/api/alchemy'
import type { AlchemySource } from '@/features/requests'

// The page's choice: the source image (a Blob, never base64) and the forms. Kept for the visit.

interface AlchemyState {
  source: AlchemySource | null
  forms: AlchemyFormName[]
  /** A file or address being opened. */
  loading: boolean
  /** Why the last image could not be used, and which field it came from. */
  sourceError: string | null
  errorFrom: 'file' | 'address'
}

export const useAlchemy = create<AlchemyState>()(() => ({
  source: null,
  forms: ['caption'],
  loading: false,
  sourceError: null,
  errorFrom: 'file',
}))

export const setSource = (source: AlchemySource | null) =>
  useAlchemy.setState({ source, sourceError: null, loading: false })
export const setSourceError = (sourceError: string, errorFrom: 'file' | 'address' = 'file') =>
  useAlchemy.setState({ sourceError, errorFrom, loading: false })
export const setLoading = () => useAlchemy.setState({ loading: true, sourceError: null })
export const toggleForm = (name: AlchemyFormName) =>
  useAlchemy.setState(({ forms }) => ({
    forms: forms.includes(name) ? forms.filter((f) => f !== name) : [...forms, name],
  }))
