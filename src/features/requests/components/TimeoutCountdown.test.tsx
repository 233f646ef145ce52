import { render, screen } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { TimeoutCountdown, timeoutSeconds } from './TimeoutCountdown'

describe('the IP timeout countdown', () => {
  it('reads the seconds from the horde message', () => {
    expect(timeoutSeconds('Your IP address is in timeout for 270 more seconds.')).toBe(270)
    expect(timeoutSeconds('Something else')).toBeNull()
  })
  it('counts down from when the horde said it', () => {
    render(<TimeoutCountdown since={Date.now() - 30_000} seconds={270} />)
    expect(screen.getByRole('timer')).toHaveTextContent('Try again in 4:00.')
  })
})
