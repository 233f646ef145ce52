import { render, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { Blob as NodeBlob } from 'node:buffer'
import { Toaster } from 'sonner'
import { Route, Router, Switch } from 'wouter'
import { memoryLocation } from 'wouter/memory-location'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { loadIntoComposer } from '@/features/image'
import { db } from '@/lib/studioDb'
import GalleryPage from './GalleryPage'
import { packImages } from './model/archive'
import { makeImage } from './model/testImages'
import { resetGallery } from './store'

vi.mock('@/features/image', () => ({ loadIntoComposer: vi.fn() }))

// jsdom's own Blob does not survive fake-indexeddb's structured clone; Node's does.
const webp = () => new NodeBlob([new Uint8Array([82, 73, 70, 70])], { type: 'image/webp' }) as unknown as Blob

function renderGallery() {
  const location = memoryLocation({ path: '/gallery', record: true })
  render(
    <Router hook={location.hook}>
      <Switch>
        <Route path="/gallery" component={GalleryPage} />
        <Route path="/create">
          <h1>Create images</h1>
        </Route>
      </Switch>
      <Toaster />
    </Router>,
  )
  return location
}

const grid = () => screen.findByRole('list', { name: 'Images' })
const imageButtons = async () => within(await grid()).getAllByRole('button', { name: /^Open image:/ })

describe('the gallery', () => {
  beforeEach(async () => {
    resetGallery()
    URL.createObjectURL = vi.fn(() => 'blob:test')
    URL.revokeObjectURL = vi.fn()
    window.scrollTo = vi.fn() as typeof window.scrollTo
    // sonner captures the pointer on its toasts; jsdom has no pointer capture.
    Element.prototype.setPointerCapture ??= () => undefined
    const t = Date.UTC(2026, 10, 1)
    await db.images.bulkAdd([
      makeImage({ id: 'old', createdAt: t, prompt: 'a red fox in snow', seed: '111', blob: webp() }),
      makeImage({
        id: 'mid',
        createdAt: t + 1,
        prompt: 'a blue whale ### blurry',
        model: 'AlbedoBase XL',
        seed: '222',
        workerName: 'Deep Sea',
        workerId: 'w-2',
        blob: webp(),
      }),
      makeImage({
        id: 'new',
        createdAt: t + 2,
        prompt: 'a storm at sea',
        state: 'censored',
        metadata: [{ type: 'censorship', value: 'nsfw' }],
        blob: webp(),
      }),
      makeImage({ id: 'gone', createdAt: t + 3, prompt: 'deleted before', deletedAt: Date.now() }),
      makeImage({ id: 'lost', createdAt: t - 1, prompt: 'a failed one', state: 'failed', blob: null }),
    ])
  })
  afterEach(async () => {
    await db.images.clear()
    vi.mocked(loadIntoComposer).mockClear()
  })

  it('shows the images newest first, censored and failed ones said so, deleted ones not at all', async () => {
    renderGallery()
    const names = (await imageButtons()).map((b) => b.getAttribute('aria-label'))
    expect(names).toEqual([
      'Open image: a storm at sea',
      'Open image: a blue whale',
      'Open image: a red fox in snow',
      'Open image: a failed one',
    ])
    expect(screen.getByText('4 images')).toBeInTheDocument()
    expect(screen.getByText('Reason: nsfw')).toBeInTheDocument()
    expect(screen.getByText('Download failed')).toBeInTheDocument()
  })

  it('searches prompts and filters by model and favourites', async () => {
    const user = userEvent.setup()
    renderGallery()
    await grid()
    await user.type(screen.getByLabelText('Search prompts and tags'), 'WHALE')
    expect(await imageButtons()).toHaveLength(1)
    expect(screen.getByText('1 of 4 images match')).toBeInTheDocument()
    await user.clear(screen.getByLabelText('Search prompts and tags'))
    await user.type(screen.getByLabelText('Search prompts and tags'), 'cat')
    expect(screen.getByText('No image matches these filters.')).toBeInTheDocument()
    await user.click(screen.getByRole('button', { name: 'Clear filters' }))
    expect(await imageButtons()).toHaveLength(4)

    await user.selectOptions(screen.getByLabelText('Model'), 'AlbedoBase XL')
    expect((await imageButtons()).map((b) => b.getAttribute('aria-label'))).toEqual([
      'Open image: a blue whale',
    ])
    await user.selectOptions(screen.getByLabelText('Model'), '')
    await user.click(screen.getByLabelText('Favourites only'))
    expect(screen.getByText('No image matches these filters.')).toBeInTheDocument()
  })

  it('opens a viewer with every parameter, moves with the arrow keys and closes with Esc', async () => {
    const user = userEvent.setup()
    renderGallery()
    await user.click(await screen.findByRole('button', { name: 'Open image: a blue whale' }))
    const dialog = screen.getByRole('dialog', { name: 'Image viewer' })
    expect(within(dialog).getByText('Image 2 of 4')).toBeInTheDocument()
    const detail = (label: string) => within(dialog).getByText(label).nextElementSibling?.textContent
    expect(detail('Prompt')).toBe('a blue whale')
    expect(detail('Negative prompt')).toBe('blurry')
    expect(detail('Model')).toBe('AlbedoBase XL')
    expect(detail('Seed')).toBe('222')
    expect(detail('Size')).toBe('512 × 768')
    expect(detail('Steps')).toBe('25')
    expect(detail('Sampler')).toBe('k_euler_a')
    expect(detail('Worker')).toBe('Deep Sea')
    expect(detail('Worker id')).toBe('w-2')

    await user.keyboard('{ArrowRight}')
    expect(within(dialog).getByText('Image 3 of 4')).toBeInTheDocument()
    await user.keyboard('{ArrowLeft}{ArrowLeft}')
    expect(within(dialog).getByText('Image 1 of 4')).toBeInTheDocument()
    expect(within(dialog).getByText(/Censored by the horde/)).toBeInTheDocument()
    await user.keyboard('{Escape}')
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument()
  })

  it('marks a favourite', async () => {
    const user = userEvent.setup()
    renderGallery()
    await user.click(await screen.findByRole('button', { name: 'Open image: a red fox in snow' }))
    const favourite = screen.getByRole('button', { name: 'Favourite' })
    expect(favourite).toHaveAttribute('aria-pressed', 'false')
    await user.click(favourite)
    await waitFor(() => expect(favourite).toHaveAttribute('aria-pressed', 'true'))
    expect((await db.images.get('old'))?.favourite).toBe(1)
    await user.keyboard('{Escape}')
    await user.click(screen.getByLabelText('Favourites only'))
    await waitFor(async () => expect(await imageButtons()).toHaveLength(1))
  })

  it('deletes an image and brings it back with Undo', async () => {
    const user = userEvent.setup()
    renderGallery()
    await user.click(await screen.findByRole('button', { name: 'Open image: a blue whale' }))
    await user.click(screen.getByRole('button', { name: 'Delete' }))
    // The next image takes its place in the viewer.
    expect(await screen.findByText('Image 2 of 3')).toBeInTheDocument()
    await user.keyboard('{Escape}')
    await waitFor(async () => expect(await imageButtons()).toHaveLength(3))
    expect(screen.queryByRole('button', { name: 'Open image: a blue whale' })).not.toBeInTheDocument()

    await user.click(await screen.findByRole('button', { name: 'Undo' }))
    expect(await screen.findByRole('button', { name: 'Open image: a blue whale' })).toBeInTheDocument()
    expect((await db.images.get('mid'))?.deletedAt).toBeNull()
  })

  it('remixes: the composer gets the parameters, with the seed when asked, and the page changes', async () => {
    const user = userEvent.setup()
    const location = renderGallery()
    await user.click(await screen.findByRole('button', { name: 'Open image: a blue whale' }))
    await user.click(screen.getByRole('button', { name: 'Reuse seed' }))
    expect(await screen.findByRole('heading', { name: 'Create images' })).toBeInTheDocument()
    expect(location.history.at(-1)).toBe('/create')
    const payload = vi.mocked(loadIntoComposer).mock.calls[0]![0]
    expect(payload.prompt).toBe('a blue whale ### blurry')
    expect(payload.params.seed).toBe('222')
  })

  it('imports an exported zip, skipping images already here', async () => {
    const user = userEvent.setup()
    renderGallery()
    await grid()
    const zip = await packImages([
      makeImage({ id: 'old', prompt: 'a red fox in snow' }),
      makeImage({ id: 'moved', createdAt: Date.UTC(2027, 0, 1), prompt: 'from another browser' }),
    ])
    const file = new File([await zip.arrayBuffer()], 'gallery.zip', { type: 'application/zip' })
    await user.upload(screen.getByLabelText('Gallery zip to import'), file)
    expect(await screen.findByText('Imported 1 image; 1 already here')).toBeInTheDocument()
    expect(
      await screen.findByRole('button', { name: 'Open image: from another browser' }),
    ).toBeInTheDocument()
    expect(await db.images.count()).toBe(6)
  })

  it('tells the user when a file is not a gallery export', async () => {
    const user = userEvent.setup()
    renderGallery()
    await grid()
    const file = new File(['hello'], 'notes.zip', { type: 'application/zip' })
    await user.upload(screen.getByLabelText('Gallery zip to import'), file)
    expect(await screen.findByRole('alert')).toHaveTextContent('This file is not a zip archive.')
  })
})
