// jsdom has no IndexedDB; the app's database runs on an in-memory one in tests.
import 'fake-indexeddb/auto'
import 'vitest-canvas-mock'
import '@testing-library/jest-dom/vitest'
import { cleanup } from '@testing-library/react'
import { afterEach } from 'vitest'

// jsdom has <dialog> without its methods; these do what the browser does, less the top layer and Esc.
HTMLDialogElement.prototype.showModal ??= function (this: HTMLDialogElement) {
  this.open = true
}
HTMLDialogElement.prototype.close ??= function (this: HTMLDialogElement) {
  if (!this.open) return
  this.open = false
  this.dispatchEvent(new Event('close'))
}

afterEach(() => {
  cleanup()
  localStorage.clear()
  sessionStorage.clear()
})
