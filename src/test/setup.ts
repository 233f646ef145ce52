// jsdom has no IndexedDB; the app's database runs on an in-memory one in tests.
import 'fake-indexeddb/auto'
import 'vitest-canvas-mock'
import '@testing-library/jest-dom/vitest'
import { cleanup } from '@testing-library/react'
import { afterEach } from 'vitest'

afterEach(() => {
  cleanup()
  localStorage.clear()
  sessionStorage.clear()
})
