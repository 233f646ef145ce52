import { render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import type { ImageCheck } from '@/api/images'
import { useSettings } from '@/features/settings'
import type { TrackedRequest } from '@/lib/studioDb'
import { NotifyOffer } from './NotifyOffer'

const request = (waitTime: number): TrackedRequest => ({
  localId: `r-${waitTime}`,
  hordeId: `h-${waitTime}`,
  kind: 'image',
  hordeUrl: 'http://sim.test/api',
  payload: {
    prompt: 'a lighthouse',
    params: {},
    nsfw: false,
    censor_nsfw: true,
    trusted_workers: false,
    slow_workers: true,
    models: [],
    r2: true,
    shared: false,
  },
  createdAt: 0,
  state: 'waiting',
  check: { wait_time: waitTime, queue_position: 4, done: false } as ImageCheck,
  nextCheckAt: 0,
  failures: 0,
  error: null,
  warnings: [],
  finishedAt: null,
})

let ask: ReturnType<typeof vi.fn>
beforeEach(() => {
  ask = vi.fn(async () => 'granted' as NotificationPermission)
  vi.stubGlobal(
    'Notification',
    class {
      static permission: NotificationPermission = 'default'
      static requestPermission = ask
    },
  )
})
afterEach(() => {
  vi.unstubAllGlobals()
  useSettings.setState({ notify: 'unasked', notifyOffered: false })
})

describe('the offer of notifications', () => {
  it('is not made for a request that will be quick', () => {
    render(<NotifyOffer requests={[request(5)]} />)
    expect(screen.queryByRole('region', { name: 'Get notified' })).not.toBeInTheDocument()
  })

  it('is made on a long wait; Allow asks the browser from the click and turns them on', async () => {
    render(<NotifyOffer requests={[request(120)]} />)
    const offer = screen.getByRole('region', { name: 'Get notified' })
    await userEvent.click(screen.getByRole('button', { name: 'Allow' }))
    expect(ask).toHaveBeenCalledTimes(1)
    expect(useSettings.getState().notify).toBe('on')
    expect(offer).not.toBeInTheDocument()
  })

  it('respects No thanks, and is not made again on the next long wait', async () => {
    const first = render(<NotifyOffer requests={[request(120)]} />)
    await userEvent.click(screen.getByRole('button', { name: 'No thanks' }))
    expect(screen.queryByRole('region', { name: 'Get notified' })).not.toBeInTheDocument()
    expect(ask).not.toHaveBeenCalled()
    expect(useSettings.getState().notify).toBe('off')
    first.unmount()
    render(<NotifyOffer requests={[request(300)]} />)
    expect(screen.queryByRole('region', { name: 'Get notified' })).not.toBeInTheDocument()
  })

  it('is made once only, even when ignored', () => {
    const first = render(<NotifyOffer requests={[request(120)]} />)
    expect(screen.getByRole('region', { name: 'Get notified' })).toBeVisible()
    first.unmount()
    render(<NotifyOffer requests={[request(300)]} />)
    expect(screen.queryByRole('region', { name: 'Get notified' })).not.toBeInTheDocument()
  })
})
