import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { SEEDED_KEYS } from '@sim/seedKeys'
import { useKeys } from '@/features/keys'
import { startTracker } from '@/features/requests'
import { db, type TrackedTextRequest } from '@/lib/studioDb'
import { renderWithHorde } from '@/test/renderWithHorde'
import { useSimHorde } from '@/test/simFetch'
import { saveDoc } from './docs'
import { newDoc, type StoryDoc } from './model/doc'
import { resetTextSettings, setSetting } from './store'
import WritePage from './WritePage'

function openStory(text: string, pending: StoryDoc['pending'] = null): Promise<StoryDoc> {
  const doc = newDoc('story') as StoryDoc
  const ready = { ...doc, pending, data: { ...doc.data, text } }
  localStorage.setItem('horde-studio.write.open', doc.id)
  return saveDoc(ready).then(() => ready)
}

describe('the Write page against the simulated horde', () => {
  const horde = useSimHorde({ workers: true, speed: 'fast' })
  beforeEach(() => {
    resetTextSettings()
    useKeys.setState({
      keys: [{ id: 'k', label: 'Me', key: SEEDED_KEYS.artist.key, remember: false, addedAt: 0 }],
      activeId: 'k',
    })
  })
  let stopTracker = () => {}
  afterEach(async () => {
    stopTracker()
    useKeys.setState({ keys: [], activeId: null })
    localStorage.clear()
    await db.textDocs.clear()
    await db.textRequests.clear()
  })

  it('estimates with a dry run, sends the story and appends the scribe’s text with its worker', async () => {
    const user = userEvent.setup()
    // The app starts the tracker on every page; here the test does.
    stopTracker = startTracker()
    renderWithHorde(<WritePage />)
    await user.click(screen.getByRole('button', { name: 'New story' }))
    const story = await screen.findByLabelText('Story', {}, { timeout: 5_000 })
    await waitFor(() => expect(screen.getByLabelText('koboldcpp/Llama-3-8B-Instruct')).toBeChecked())
    expect(screen.getByRole('button', { name: 'Generate' })).toHaveAttribute('aria-disabled', 'true')
    await user.type(story, 'The keeper lit the lamp')
    await waitFor(
      () => expect(screen.getByRole('status', { name: 'Estimated cost' })).toHaveTextContent(/≈ \d+ kudos/),
      {
        timeout: 4_000,
      },
    )
    // The estimate was a dry run: nothing queued.
    expect(horde.current.sim.state.generation.text.requests.size).toBe(0)
    await user.click(screen.getByRole('button', { name: 'Generate' }))
    const parts = await screen.findByRole('region', { name: 'Generated parts' }, { timeout: 10_000 })
    expect(within(parts).getByText(/by Sim Scribe · koboldcpp\/Llama-3-8B-Instruct/)).toBeInTheDocument()
    await waitFor(() => expect((story as HTMLTextAreaElement).value).toMatch(/^The keeper lit the lamp.+/s))
    const [sent] = [...horde.current.sim.state.generation.text.requests.values()]
    expect(sent?.prompt).toBe('The keeper lit the lamp')
  }, 20_000)

  it('shows candidates as plain text, never HTML, and puts the picked one into the story', async () => {
    const user = userEvent.setup()
    const localId = 'req-1'
    const doc = await openStory('Once', { requestLocalId: localId, before: 'Once' })
    const gen = (text: string) => ({ text, worker_name: 'Sim Scribe', worker_id: 'w', model: 'm', seed: 1 })
    const record: TrackedTextRequest = {
      localId,
      hordeId: 'h-1',
      kind: 'text',
      hordeUrl: 'http://sim.test/api',
      payload: { prompt: 'Once', params: { n: 2 }, models: [], trusted_workers: false, slow_workers: true },
      createdAt: 0,
      state: 'done',
      check: null,
      generations: [gen(' <img src=x onerror="alert(1)"> upon'), gen(' <b>a</b> time')],
      nextCheckAt: 0,
      failures: 0,
      error: null,
      finishedAt: 1,
    }
    await db.textRequests.add(record)
    const { container } = renderWithHorde(<WritePage />)
    const candidates = await screen.findByRole('region', { name: 'Candidates' })
    expect(within(candidates).getByText('<img src=x onerror="alert(1)"> upon')).toBeInTheDocument()
    expect(container.querySelector('img, b')).toBeNull()
    await user.click(screen.getByRole('button', { name: 'Use candidate 2' }))
    await waitFor(() => expect(screen.getByLabelText('Story')).toHaveValue('Once <b>a</b> time'))
    expect(screen.queryByRole('region', { name: 'Candidates' })).toBeNull()
    expect((await db.textDocs.get(doc.id))?.data).toMatchObject({ history: ['Once'] })
  })

  it('opens a new story without an error, and names the empty story only once the user tries', async () => {
    const user = userEvent.setup()
    renderWithHorde(<WritePage />)
    await user.click(screen.getByRole('button', { name: 'New story' }))
    const story = await screen.findByLabelText('Story', {}, { timeout: 5_000 })
    await waitFor(() => expect(screen.getByLabelText('koboldcpp/Llama-3-8B-Instruct')).toBeChecked())
    expect(story).not.toHaveAttribute('aria-invalid')
    expect(screen.queryByRole('alert')).not.toBeInTheDocument()

    // Typing and leaving the field empty again shows it on leaving.
    await user.type(story, 'x')
    await user.clear(story)
    expect(story).not.toHaveAttribute('aria-invalid')
    await user.tab()
    expect(story).toHaveAttribute('aria-invalid', 'true')
  })

  it('says an empty story is empty when Generate is pressed, beside the story, and sends nothing', async () => {
    const user = userEvent.setup()
    renderWithHorde(<WritePage />)
    await user.click(screen.getByRole('button', { name: 'New story' }))
    const story = await screen.findByLabelText('Story', {}, { timeout: 5_000 })
    await user.click(screen.getByRole('button', { name: 'Generate' }))
    expect(story).toHaveAttribute('aria-invalid', 'true')
    expect(story).toHaveAccessibleDescription(/Write something first/)
    expect(story).toHaveFocus()
    expect(horde.current.sim.state.generation.text.requests.size).toBe(0)
  })

  it('opens a new chat without an error, and names the empty message when Send is pressed', async () => {
    const user = userEvent.setup()
    renderWithHorde(<WritePage />)
    await user.click(screen.getByRole('button', { name: 'New chat' }))
    const message = await screen.findByLabelText('Message', {}, { timeout: 5_000 })
    expect(message).not.toHaveAttribute('aria-invalid')
    await user.click(screen.getByRole('button', { name: 'Send' }))
    expect(message).toHaveAttribute('aria-invalid', 'true')
    expect(message).toHaveAccessibleDescription('Write a message first.')
    expect(message).toHaveFocus()
    expect(horde.current.sim.state.generation.text.requests.size).toBe(0)
  }, 20_000)

  it('brings the context down to what the chosen model’s workers read, then flags a bigger value typed', async () => {
    const user = userEvent.setup()
    setSetting('maxContextLength', 16_000)
    renderWithHorde(<WritePage />)
    const context = screen.getByLabelText('Context (tokens)')
    await waitFor(() => expect(context).toHaveValue(8192))
    await user.clear(context)
    await user.type(context, '9000')
    expect(context).toHaveAccessibleDescription(/read at most 8192 tokens/)
  })
})
