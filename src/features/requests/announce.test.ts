import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { useSettings } from '@/features/settings'
import { announceFinished } from './announce'

const shown: { title: string; body?: string }[] = []

/** A browser whose notifications are allowed, with the tab in the background. */
function grantedAndHidden() {
  class FakeNotification {
    static permission: NotificationPermission = 'granted'
    static requestPermission = vi.fn(async () => 'granted' as NotificationPermission)
    constructor(title: string, options?: NotificationOptions) {
      shown.push({ title, body: options?.body })
    }
  }
  vi.stubGlobal('Notification', FakeNotification)
  vi.spyOn(document, 'visibilityState', 'get').mockReturnValue('hidden')
}

describe('announcing a finished request', () => {
  beforeEach(() => {
    shown.length = 0
    grantedAndHidden()
  })
  afterEach(() => {
    vi.restoreAllMocks()
    vi.unstubAllGlobals()
    useSettings.setState({ notify: 'unasked', notifyOffered: false })
  })

  it('raises a notification in the background when the user turned them on', () => {
    useSettings.setState({ notify: 'on' })
    announceFinished('a lighthouse at dusk', 'done')
    expect(shown).toEqual([{ title: 'Images ready', body: 'a lighthouse at dusk' }])
  })

  it('still counts in the title where the browser refuses to construct a notification (Android)', () => {
    useSettings.setState({ notify: 'on' })
    vi.stubGlobal(
      'Notification',
      Object.assign(
        function Refused() {
          throw new TypeError('Illegal constructor')
        },
        { permission: 'granted' },
      ),
    )
    expect(() => announceFinished('a lighthouse at dusk', 'done')).not.toThrow()
    expect(document.title).toMatch(/^\(\d+\)/)
  })

  it('raises none after the user said no, even where the browser allows them', () => {
    useSettings.setState({ notify: 'off', notifyOffered: true })
    announceFinished('a lighthouse at dusk', 'done')
    expect(shown).toEqual([])
  })

  it('raises none while the page is looked at', () => {
    useSettings.setState({ notify: 'on' })
    vi.spyOn(document, 'visibilityState', 'get').mockReturnValue('visible')
    announceFinished('a lighthouse at dusk', 'done')
    expect(shown).toEqual([])
  })
})
