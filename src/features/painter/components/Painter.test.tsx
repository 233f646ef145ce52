import { act, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { renderWithHorde } from '@/test/renderWithHorde'
import { buildSourceFields, sourceProblems } from '../index'
import { resetPainter, usePainter } from '../store'
import Painter from './Painter'

// jsdom decodes no images: the decoder answers with a bitmap of the size a real one would have.
function decodesAs(width: number, height: number) {
  vi.stubGlobal(
    'createImageBitmap',
    vi.fn(async (_src: unknown, opts?: ImageBitmapOptions) => {
      // vitest-canvas-mock's ImageBitmap takes its size.
      const Bitmap = ImageBitmap as unknown as new (w: number, h: number) => ImageBitmap
      return new Bitmap(opts?.resizeWidth ?? width, opts?.resizeHeight ?? height)
    }),
  )
}

const png = (name = 'photo.png') =>
  new File([new Uint8Array([137, 80, 78, 71, 1, 2, 3])], name, { type: 'image/png' })

beforeEach(() => {
  Object.defineProperty(HTMLElement.prototype, 'clientWidth', { configurable: true, get: () => 390 })
})
afterEach(() => {
  resetPainter()
  vi.unstubAllGlobals()
  // @ts-expect-error -- back to jsdom's own getter
  delete HTMLElement.prototype.clientWidth
})

async function loadPhoto(width = 800, height = 600) {
  decodesAs(width, height)
  const user = userEvent.setup()
  renderWithHorde(<Painter />)
  await user.upload(screen.getByLabelText('Source image'), png())
  await screen.findByTestId('painter.stage')
  return user
}

describe('Painter', () => {
  it('offers a labelled source picker and refuses a file that is not an image, beside the picker', async () => {
    const user = userEvent.setup({ applyAccept: false })
    renderWithHorde(<Painter />)
    expect(screen.queryByTestId('painter.stage')).not.toBeInTheDocument()
    await user.upload(
      screen.getByLabelText('Source image'),
      new File(['hello'], 'notes.txt', { type: 'text/plain' }),
    )
    expect(await screen.findByRole('alert')).toHaveTextContent('notes.txt is not an image')
    expect(screen.getByLabelText('Source image')).toHaveAttribute('aria-invalid', 'true')
    expect(buildSourceFields()).resolves.toBeNull()
  })

  it('shows the size the image is sent at, and a huge image is scaled down first', async () => {
    await loadPhoto(8000, 8000)
    expect(screen.getByTestId('painter.size')).toHaveTextContent('1024 × 1024')
    expect(screen.getByText(/8000 × 8000; it was scaled to 3072 × 3072/)).toBeInTheDocument()
    const bitmap = vi.mocked(createImageBitmap).mock.calls[1]![1]
    expect(bitmap).toMatchObject({ resizeWidth: 3072, resizeHeight: 3072 })
  })

  it('has tools with shortcuts, and every control labelled', async () => {
    const user = await loadPhoto()
    expect(screen.getByTestId('painter.size')).toHaveTextContent('768 × 576')
    const tools = screen.getByRole('toolbar', { name: 'Painting tools' })
    expect(within(tools).getByRole('button', { name: 'Brush' })).toHaveAttribute('aria-pressed', 'true')
    screen.getByRole('application', { name: 'Painting canvas' }).focus()
    await user.keyboard('e')
    expect(within(tools).getByRole('button', { name: 'Eraser' })).toHaveAttribute('aria-pressed', 'true')
    await user.keyboard('h')
    expect(within(tools).getByRole('button', { name: 'Pan' })).toHaveAttribute('aria-pressed', 'true')
    await user.keyboard(']')
    expect(usePainter.getState().brushSize).toBe(60)
    for (const name of [
      'Brush size',
      'Edge softness',
      'Denoising strength',
      'Mask colour',
      'Show mask',
      'Size limit',
      'Crop',
    ])
      expect(screen.getByLabelText(name)).toBeInTheDocument()
    for (const name of ['Undo', 'Redo', 'Clear', 'Invert', 'Fill', 'Zoom in', 'Zoom out', 'Fit'])
      expect(screen.getByRole('button', { name })).toBeInTheDocument()
    expect(screen.getByLabelText('Control type')).toBeInTheDocument()
  })

  it('inpainting asks for a painted area, and fill, undo and redo change the answer', async () => {
    const user = await loadPhoto()
    await user.click(screen.getByRole('radio', { name: 'Inpainting' }))
    expect(screen.getByRole('list', { name: 'Before sending' })).toHaveTextContent('Paint the area to change')
    expect(sourceProblems()).toEqual(['Paint the area to change'])
    await user.click(screen.getByRole('button', { name: 'Fill' }))
    expect(sourceProblems()).toEqual([])
    expect(screen.queryByRole('list', { name: 'Before sending' })).not.toBeInTheDocument()
    screen.getByRole('application', { name: 'Painting canvas' }).focus()
    await user.keyboard('{Control>}z{/Control}')
    expect(sourceProblems()).toEqual(['Paint the area to change'])
    await user.keyboard('{Control>}y{/Control}')
    expect(sourceProblems()).toEqual([])
    expect(screen.queryByLabelText('Control type')).not.toBeInTheDocument()
  })

  it('outpainting grows the request by the chosen amounts, in multiples of 64', async () => {
    const user = await loadPhoto()
    await user.click(screen.getByRole('radio', { name: 'Outpainting' }))
    expect(sourceProblems()).toEqual(['Choose how far to extend the image on at least one side'])
    const right = screen.getByLabelText('Extend right')
    await user.clear(right)
    await user.type(right, '100')
    expect(screen.getByRole('alert')).toHaveTextContent('Use a multiple of 64: 128 when you leave the field.')
    await user.tab()
    expect(right).toHaveValue(128)
    expect(screen.getByTestId('painter.size')).toHaveTextContent('896 × 576')
    const fields = await act(() => buildSourceFields())
    expect(fields).toMatchObject({ source_processing: 'outpainting', width: 896, height: 576 })
    expect(fields?.source_mask).toBeTruthy()
    expect(fields?.source_image).not.toMatch(/^data:/)
  })

  it('sends ControlNet settings with image to image', async () => {
    const user = await loadPhoto()
    await user.selectOptions(screen.getByLabelText('Control type'), 'canny')
    await user.click(screen.getByLabelText('Return the control map instead of an image'))
    const fields = await act(() => buildSourceFields())
    expect(fields?.params).toMatchObject({
      control_type: 'canny',
      image_is_control: false,
      return_control_map: true,
    })
    expect(fields?.source_mask).toBeUndefined()
    await waitFor(() => expect(fields?.source_processing).toBe('img2img'))
  })
})
