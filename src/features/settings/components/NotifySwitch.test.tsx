import { render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { useSettings } from '../store'
import { NotifySwitch } from './NotifySwitch'

/** A browser whose permission starts as `permission` and answers the prompt with `answer`. */
function browser(permission: NotificationPermission, answer: NotificationPermission = permission) {
  const requestPermission = vi.fn(async () => {
    FakeNotification.permission = answer
    return answer
  })
  class FakeNotification {
    static permission = permission
    static requestPermission = requestPermission
  }
  vi.stubGlobal('Notification', FakeNotification)
  return requestPermission
}

describe('the notifications switch', () => {
  afterEach(() => {
    vi.unstubAllGlobals()
    useSettings.setState({ notify: 'unasked', notifyOffered: false })
  })

  it('asks the browser from the click, and is on once allowed; kept across reloads', async () => {
    const ask = browser('default', 'granted')
    render(<NotifySwitch />)
    const toggle = screen.getByRole('switch', { name: 'Notify me when a request finishes' })
    expect(toggle).not.toBeChecked()
    expect(ask).not.toHaveBeenCalled()
    await userEvent.click(toggle)
    expect(ask).toHaveBeenCalledTimes(1)
    expect(toggle).toBeChecked()
    expect(JSON.parse(localStorage.getItem('horde-studio.settings')!).state.notify).toBe('on')

    await userEvent.click(toggle)
    expect(toggle).not.toBeChecked()
    expect(useSettings.getState().notify).toBe('off')
  })

  it('stays off when the browser refuses, and says how to allow them again', async () => {
    browser('default', 'denied')
    render(<NotifySwitch />)
    await userEvent.click(screen.getByRole('switch', { name: 'Notify me when a request finishes' }))
    const toggle = screen.getByRole('switch', { name: 'Notify me when a request finishes' })
    expect(toggle).not.toBeChecked()
    expect(toggle).toBeDisabled()
    expect(screen.getByText(/This browser blocks notifications for this site/)).toBeVisible()
    expect(useSettings.getState().notify).toBe('off')
  })
})
