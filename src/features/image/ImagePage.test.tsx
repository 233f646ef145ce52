import { act, fireEvent, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { Toaster } from 'sonner'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { SEEDED_KEYS } from '@sim/seedKeys'
import type { ImageRequestPayload } from '@/api/images'
import { useKeys } from '@/features/keys'
import { db } from '@/lib/studioDb'
import { renderWithHorde } from '@/test/renderWithHorde'
import { useSimHorde } from '@/test/simFetch'
import ImagePage from './ImagePage'
import { loadIntoComposer } from './index'
import { resetComposer, useComposer } from './store'

function useKey(key: string, label = 'Me') {
  useKeys.setState({ keys: [{ id: 'key-1', label, key, remember: false, addedAt: 0 }], activeId: 'key-1' })
}

function renderPage() {
  return renderWithHorde(
    <>
      <ImagePage />
      <Toaster />
    </>,
  )
}

const estimateText = () => screen.getByRole('status', { name: 'Estimated cost' })

describe('the image composer against the simulated horde', () => {
  const horde = useSimHorde()
  const received = () => [...horde.current.sim.state.generation.image.requests.values()]

  beforeEach(() => {
    resetComposer()
    useKey(SEEDED_KEYS.artist.key)
  })
  afterEach(async () => {
    useKeys.setState({ keys: [], activeId: null })
    await db.requests.clear()
    await db.images.clear()
  })

  it('estimates the cost, sends what the form says, and keeps the form and the page as they were', async () => {
    const user = userEvent.setup()
    renderPage()
    const model = screen.getByLabelText('Model')
    await waitFor(() => expect(model).not.toHaveValue(''))
    await user.selectOptions(model, 'Deliberate')
    expect(screen.getByText(/Deliberate: \d+ threads?, \d+ queued/)).toBeInTheDocument()
    await user.type(screen.getByLabelText('Prompt'), 'a lighthouse at dusk')
    await user.type(screen.getByLabelText('Negative prompt'), 'fog')
    await user.clear(screen.getByLabelText('Steps'))
    await user.type(screen.getByLabelText('Steps'), '20')
    await user.clear(screen.getByLabelText('Number of images'))
    await user.type(screen.getByLabelText('Number of images'), '2')

    await waitFor(() => expect(estimateText()).toHaveTextContent(/^≈ \d+ kudos$/), { timeout: 3_000 })
    const dryRuns = horde.current.sim.state.generation.image.dryRunCache.size
    expect(dryRuns).toBeGreaterThanOrEqual(1)
    expect(received()).toHaveLength(0) // a dry run queues nothing

    await user.click(screen.getByRole('button', { name: 'Generate' }))
    expect(await screen.findByText('Request sent: 2 images', {}, { timeout: 5_000 })).toBeInTheDocument()
    expect(received()).toHaveLength(1)
    const sent = received()[0]!.received
    expect(sent).toMatchObject({
      prompt: 'a lighthouse at dusk ### fog',
      models: ['Deliberate'],
      nsfw: false,
      censor_nsfw: true,
      params: {
        steps: 20,
        n: 2,
        width: 512,
        height: 512,
        cfg_scale: 7,
        karras: true,
        sampler_name: 'k_euler_a',
      },
    })
    expect(sent).not.toHaveProperty('dry_run', true)
    // The form keeps its parameters; the request shows in the list beside it.
    expect(screen.getByLabelText('Prompt')).toHaveValue('a lighthouse at dusk')
    expect(screen.getByLabelText('Steps')).toHaveValue(20)
    expect(
      await within(screen.getByRole('list', { name: 'Requests' })).findAllByRole('listitem'),
    ).toHaveLength(1)
  })

  it('says why Generate is off, and puts each problem beside its field before sending anything', async () => {
    const user = userEvent.setup()
    renderPage()
    const generate = screen.getByRole('button', { name: 'Generate' })
    expect(generate).toHaveAttribute('aria-disabled', 'true')
    expect(screen.getByRole('list', { name: 'Why Generate is off' })).toHaveTextContent('Write a prompt.')

    await user.type(screen.getByLabelText('Prompt'), 'a cat')
    const width = screen.getByLabelText('Width')
    await user.clear(width)
    await user.type(width, '500')
    await user.tab()
    expect(width).toHaveAttribute('aria-invalid', 'true')
    expect(width).toHaveAccessibleDescription(/multiple of 64 \(e\.g\. 512\)/)
    await user.clear(screen.getByLabelText('Steps'))
    await user.type(screen.getByLabelText('Steps'), '600')
    await user.tab()
    expect(screen.getByLabelText('Steps')).toHaveAccessibleDescription('Steps must be from 1 to 500.')
    expect(generate).toHaveAttribute('aria-disabled', 'true')

    // Ctrl+Enter with problems sends nothing and takes the user to the first one.
    fireEvent.keyDown(screen.getByLabelText('Prompt'), { key: 'Enter', ctrlKey: true })
    await waitFor(() => expect(width).toHaveFocus())
    expect(received()).toHaveLength(0)
  })

  it('marks steps, image count and CFG scale invalid beside them when the user presses Generate', async () => {
    const user = userEvent.setup()
    renderPage()
    await user.type(screen.getByLabelText('Prompt'), 'a cat')
    const generate = screen.getByRole('button', { name: 'Generate' })
    for (const [label, value, message] of [
      ['Number of images', '30', 'The number of images must be from 1 to 20.'],
      ['CFG scale', '200', 'The CFG scale must be from 0 to 100.'],
      ['Steps', '600', 'Steps must be from 1 to 500.'],
    ] as const) {
      await user.clear(screen.getByLabelText(label))
      await user.type(screen.getByLabelText(label), value)
      expect(screen.getByRole('list', { name: 'Why Generate is off' })).toHaveTextContent(message)
    }
    // Still in the steps field, the user presses Generate: each problem shows beside its field.
    await user.click(generate)
    for (const [label, message] of [
      ['Steps', 'Steps must be from 1 to 500.'],
      ['CFG scale', 'The CFG scale must be from 0 to 100.'],
      ['Number of images', 'The number of images must be from 1 to 20.'],
    ] as const) {
      expect(screen.getByLabelText(label)).toHaveAttribute('aria-invalid', 'true')
      expect(screen.getByLabelText(label)).toHaveAccessibleDescription(message)
    }
    await waitFor(() => expect(screen.getByLabelText('Steps')).toHaveFocus())
    expect(received()).toHaveLength(0)
  }, 20_000)

  it('moves a ### typed in the prompt into the negative prompt', async () => {
    const user = userEvent.setup()
    renderPage()
    await user.type(screen.getByLabelText('Prompt'), 'a cat ### dogs')
    await user.tab()
    expect(screen.getByLabelText('Prompt')).toHaveValue('a cat')
    expect(screen.getByLabelText('Negative prompt')).toHaveValue('dogs')
  })

  it("shows the horde's reason from the dry run when this key cannot pay up front", async () => {
    useKey(SEEDED_KEYS.newcomer.key, 'Newcomer')
    const user = userEvent.setup()
    renderPage()
    await waitFor(() => expect(screen.getByLabelText('Model')).not.toHaveValue(''))
    await user.type(screen.getByLabelText('Prompt'), 'a huge castle')
    await user.clear(screen.getByLabelText('Width'))
    await user.type(screen.getByLabelText('Width'), '1536')
    await user.click(screen.getByRole('button', { name: '1:1' })) // keeps the pixels: 896 × 896
    await user.click(screen.getByRole('button', { name: '16:9' }))
    expect(screen.getByLabelText('Width')).toHaveValue(1216)
    await user.clear(screen.getByLabelText('Height'))
    await user.type(screen.getByLabelText('Height'), '1024')
    expect(
      await screen.findByText(
        /The horde would refuse this now: .*available up front/,
        {},
        { timeout: 3_000 },
      ),
    ).toBeInTheDocument()
    expect(screen.getByText(/The horde said: .*needs [\d.]+ kudos/)).toBeInTheDocument()
    expect(estimateText()).toHaveTextContent('No estimate')
    expect(received()).toHaveLength(0)
  })

  it('says when no worker serves the chosen model, and keeps Generate off', async () => {
    renderPage()
    await waitFor(() => expect(screen.getByLabelText('Model')).not.toHaveValue(''))
    await act(() =>
      loadIntoComposer({
        prompt: 'a cat',
        params: {},
        nsfw: false,
        censor_nsfw: true,
        trusted_workers: false,
        slow_workers: true,
        models: ['Realistic Vision'], // no simulated worker serves it
        r2: true,
        shared: false,
      }),
    )
    expect(screen.getByLabelText('Model')).toHaveValue('Realistic Vision')
    expect(screen.getByRole('list', { name: 'Why Generate is off' })).toHaveTextContent(
      'No worker serves Realistic Vision right now: choose another model.',
    )
    expect(screen.getByRole('button', { name: 'Generate' })).toHaveAttribute('aria-disabled', 'true')
  })

  it('sends once on Ctrl+Enter pressed twice', async () => {
    const user = userEvent.setup()
    renderPage()
    await waitFor(() => expect(screen.getByLabelText('Model')).not.toHaveValue(''))
    const prompt = screen.getByLabelText('Prompt')
    await user.type(prompt, 'two presses')
    fireEvent.keyDown(prompt, { key: 'Enter', ctrlKey: true })
    fireEvent.keyDown(prompt, { key: 'Enter', ctrlKey: true })
    await screen.findByText('Request sent: 1 image')
    expect(received()).toHaveLength(1)
  })

  it('shows the refusal beside the form when the horde does not accept the request', async () => {
    useKey('not-a-key-of-anyone', 'Typo')
    const user = userEvent.setup()
    renderPage()
    await waitFor(() => expect(screen.getByLabelText('Model')).not.toHaveValue(''))
    await user.type(screen.getByLabelText('Prompt'), 'a cat')
    await user.click(screen.getByRole('button', { name: 'Generate' }))
    const form = screen.getByRole('form', { name: 'Image request' })
    expect(await within(form).findByText(/^Not sent: /, {}, { timeout: 5_000 })).toBeInTheDocument()
    expect(screen.getByLabelText('Prompt')).toHaveValue('a cat')
  })

  it('is filled by a remix, and a preset brings settings back without touching the prompt', async () => {
    const user = userEvent.setup()
    renderPage()
    const payload: ImageRequestPayload = {
      prompt: 'old boat ### rust',
      params: { width: 768, height: 512, steps: 25, n: 3, seed: '1234', cfg_scale: 6, karras: false },
      nsfw: false,
      censor_nsfw: true,
      trusted_workers: false,
      slow_workers: true,
      models: ['stable_diffusion'],
      r2: true,
      shared: false,
    }
    await act(() => loadIntoComposer(payload))
    expect(screen.getByLabelText('Prompt')).toHaveValue('old boat')
    expect(screen.getByLabelText('Negative prompt')).toHaveValue('rust')
    expect(screen.getByLabelText('Width')).toHaveValue(768)
    expect(screen.getByLabelText('Seed')).toHaveValue('1234')
    expect(screen.getByLabelText('Model')).toHaveValue('stable_diffusion')

    await user.type(screen.getByLabelText('Preset name'), 'wide boats')
    await user.click(screen.getByRole('button', { name: 'Save preset' }))
    await user.clear(screen.getByLabelText('Steps'))
    await user.type(screen.getByLabelText('Steps'), '40')
    await user.clear(screen.getByLabelText('Prompt'))
    await user.type(screen.getByLabelText('Prompt'), 'new prompt')
    expect(screen.getByLabelText('Presets')).toHaveValue('wide boats')
    await user.click(screen.getByRole('button', { name: 'Apply preset' }))
    expect(screen.getByLabelText('Steps')).toHaveValue(25)
    expect(screen.getByLabelText('Prompt')).toHaveValue('new prompt')

    await user.click(screen.getByRole('button', { name: 'Delete preset' }))
    expect(screen.queryByLabelText('Presets')).not.toBeInTheDocument()
  })

  it('restores the last form after a reload', async () => {
    useComposer.setState((s) => ({ form: { ...s.form, prompt: 'kept across reloads', steps: 42 } }))
    const stored = localStorage.getItem('horde-studio.composer')
    resetComposer()
    localStorage.setItem('horde-studio.composer', stored!)
    await useComposer.persist.rehydrate()
    renderPage()
    expect(screen.getByLabelText('Prompt')).toHaveValue('kept across reloads')
    expect(screen.getByLabelText('Steps')).toHaveValue(42)
  })
})
