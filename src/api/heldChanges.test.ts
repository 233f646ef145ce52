import { QueryClient } from '@tanstack/react-query'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { connectTo } from '@/test/connectTo'
import { clearHeldChanges, showChange, withHeldChanges } from './heldChanges'

describe('held changes', () => {
  afterEach(() => {
    vi.useRealTimers()
    clearHeldChanges()
  })

  it('applies a change to cached reads until the horde’s cache expires, then reads again and lets go', () => {
    vi.useFakeTimers()
    const client = new QueryClient()
    client.setQueryData(['users', 'me', 'k1'], { id: 3, kudos: 100 })
    const invalidate = vi.spyOn(client, 'invalidateQueries')
    showChange(client, ['users'], (u) => ({ ...(u as object), kudos: 80 }), 31_000)
    expect(client.getQueryData(['users', 'me', 'k1'])).toEqual({ id: 3, kudos: 80 })
    // the horde's cached re-read still says 100
    expect(withHeldChanges(['users', 'me', 'k1'], { id: 3, kudos: 100 })).toEqual({ id: 3, kudos: 80 })
    expect(withHeldChanges(['teams', 'list'], { kudos: 100 })).toEqual({ kudos: 100 })
    vi.advanceTimersByTime(31_000)
    expect(invalidate).toHaveBeenCalledWith({ queryKey: ['users'] })
    expect(withHeldChanges(['users', 'me', 'k1'], { id: 3, kudos: 75 })).toEqual({ id: 3, kudos: 75 })
  })

  it('keeps a change to the horde it was made on', () => {
    connectTo('https://one.example/api', 'k')
    showChange(new QueryClient(), ['users'], (u) => ({ ...(u as object), kudos: 80 }), 31_000)
    connectTo('https://two.example/api', 'k')
    expect(withHeldChanges(['users', 'me', 'k1'], { id: 3, kudos: 100 })).toEqual({ id: 3, kudos: 100 })
  })
})
