import { describe, expect, it } from 'vitest'
import {
  PaintGestures,
  type GestureSettings,
  type LiveStroke,
  type Point,
  type PointerDown,
  type View,
} from './machine'

/** A painter without a stage: records what the machine asks of it. */
function setup(settings: Partial<GestureSettings> = {}) {
  const calls = {
    view: { scale: 2, x: 10, y: 20 } as View,
    views: [] as View[],
    shown: [] as number[][],
    committed: [] as LiveStroke[],
  }
  const machine = new PaintGestures({
    settings: () => ({ drawing: true, usePressure: true, brushSize: 16, ...settings }),
    view: () => calls.view,
    setView: (v) => {
      calls.view = v
      calls.views.push(v)
    },
    showStroke: (points) => calls.shown.push([...points]),
    commitStroke: (stroke) => calls.committed.push(stroke),
  })
  return { machine, calls }
}

/** A pointer at stage point `at`; on the image at `image` (null: outside the stage's group). */
function down(at: Point, more: Partial<PointerDown> & { image?: Point | null } = {}): PointerDown {
  const { image = at, ...rest } = more
  return {
    pointerId: 1,
    at,
    button: 0,
    pointerType: 'mouse',
    pressure: 0.5,
    imagePoint: () => image,
    ...rest,
  }
}
const move = (at: Point, more: Partial<PointerDown> & { image?: Point | null } = {}) => down(at, more)

describe('idle', () => {
  it('starts a stroke where the brush goes down, and shows it as a dot', () => {
    const { machine, calls } = setup()
    machine.pointerDown(down({ x: 5, y: 6 }, { image: { x: 50, y: 60 } }))
    expect(machine.state).toEqual({ name: 'drawing', points: [50, 60], pressure: null })
    expect(calls.shown).toEqual([[50, 60, 50, 60]])
  })

  it('keeps a pen pressure only with pressure on, and reads 0 as a middle pressure', () => {
    const pen = setup()
    pen.machine.pointerDown(down({ x: 0, y: 0 }, { pointerType: 'pen', pressure: 0 }))
    expect(pen.machine.state).toMatchObject({ name: 'drawing', pressure: [0.5] })
    const off = setup({ usePressure: false })
    off.machine.pointerDown(down({ x: 0, y: 0 }, { pointerType: 'pen', pressure: 0.9 }))
    expect(off.machine.state).toMatchObject({ name: 'drawing', pressure: null })
    const mouse = setup()
    mouse.machine.pointerDown(down({ x: 0, y: 0 }, { pressure: 0.9 }))
    expect(mouse.machine.state).toMatchObject({ name: 'drawing', pressure: null })
  })

  it('pans with the pan tool on any button, and with the middle button under the brush', () => {
    const pan = setup({ drawing: false })
    pan.machine.pointerDown(down({ x: 5, y: 6 }, { button: 2 }))
    expect(pan.machine.state).toEqual({ name: 'panning', from: { x: 5, y: 6 }, view: { x: 10, y: 20 } })
    const middle = setup()
    middle.machine.pointerDown(down({ x: 5, y: 6 }, { button: 1 }))
    expect(middle.machine.state.name).toBe('panning')
    expect(middle.calls.shown).toEqual([])
  })

  it('does nothing on the right button under the brush, or off the image', () => {
    const right = setup()
    right.machine.pointerDown(down({ x: 5, y: 6 }, { button: 2 }))
    right.machine.pointerMove(move({ x: 50, y: 60 }))
    right.machine.pointerUp({ pointerId: 1, cancelled: false })
    expect(right.machine.state.name).toBe('idle')
    expect(right.calls).toMatchObject({ shown: [], committed: [], views: [] })
    const off = setup()
    off.machine.pointerDown(down({ x: 5, y: 6 }, { image: null }))
    expect(off.machine.state.name).toBe('idle')
  })

  it('ignores a pointer that moves without being down', () => {
    const { machine, calls } = setup({ drawing: false })
    machine.pointerMove(move({ x: 50, y: 60 }))
    expect(machine.state.name).toBe('idle')
    expect(calls.views).toEqual([])
  })
})

describe('drawing', () => {
  it('adds points an eighth of the brush apart, with their pressure, and shows them', () => {
    const { machine, calls } = setup({ brushSize: 16 })
    machine.pointerDown(down({ x: 0, y: 0 }, { pointerType: 'pen', pressure: 0.2 }))
    machine.pointerMove(move({ x: 1, y: 1 }, { pressure: 0.3 })) // 1.4 px: under 2, dropped
    machine.pointerMove(move({ x: 3, y: 0 }, { pressure: 0.4 }))
    machine.pointerMove(move({ x: 9, y: 0 }, { pressure: 0 }))
    expect(machine.state).toEqual({ name: 'drawing', points: [0, 0, 3, 0, 9, 0], pressure: [0.2, 0.4, 0.5] })
    expect(calls.shown.at(-1)).toEqual([0, 0, 3, 0, 9, 0])
  })

  it('commits the stroke on pointer up and hides the live line', () => {
    const { machine, calls } = setup()
    machine.pointerDown(down({ x: 0, y: 0 }))
    machine.pointerMove(move({ x: 10, y: 0 }))
    machine.pointerUp({ pointerId: 1, cancelled: false })
    expect(machine.state.name).toBe('idle')
    expect(calls.committed).toEqual([{ points: [0, 0, 10, 0], pressure: null }])
    expect(calls.shown.at(-1)).toEqual([])
  })

  it('drops the stroke when the browser cancels the pointer', () => {
    const { machine, calls } = setup()
    machine.pointerDown(down({ x: 0, y: 0 }))
    machine.pointerMove(move({ x: 10, y: 0 }))
    machine.pointerUp({ pointerId: 1, cancelled: true })
    expect(machine.state.name).toBe('idle')
    expect(calls.committed).toEqual([])
    expect(calls.shown.at(-1)).toEqual([])
  })

  it('drops the stroke when a second finger comes down, and pinches instead', () => {
    const { machine, calls } = setup()
    machine.pointerDown(down({ x: 0, y: 0 }, { pointerType: 'touch' }))
    machine.pointerMove(move({ x: 10, y: 0 }))
    machine.pointerDown(down({ x: 20, y: 0 }, { pointerId: 2, pointerType: 'touch' }))
    expect(machine.state).toEqual({
      name: 'pinching',
      dist: 10,
      mid: { x: 15, y: 0 },
      view: { scale: 2, x: 10, y: 20 },
    })
    expect(calls.shown.at(-1)).toEqual([])
    machine.pointerUp({ pointerId: 1, cancelled: false })
    machine.pointerUp({ pointerId: 2, cancelled: false })
    expect(calls.committed).toEqual([])
  })
})

describe('panning', () => {
  it('moves the view with the pointer, from where it was when the pan began', () => {
    const { machine, calls } = setup({ drawing: false })
    machine.pointerDown(down({ x: 100, y: 100 }))
    machine.pointerMove(move({ x: 130, y: 90 }))
    machine.pointerMove(move({ x: 140, y: 80 }))
    expect(calls.views).toEqual([
      { scale: 2, x: 40, y: 10 },
      { scale: 2, x: 50, y: 0 },
    ])
  })

  it('ends when the pointer is lifted, not when another pointer leaves', () => {
    const { machine, calls } = setup({ drawing: false })
    machine.pointerDown(down({ x: 100, y: 100 }))
    machine.pointerUp({ pointerId: 7, cancelled: false })
    expect(machine.state.name).toBe('panning')
    machine.pointerUp({ pointerId: 1, cancelled: false })
    expect(machine.state.name).toBe('idle')
    machine.pointerMove(move({ x: 0, y: 0 }))
    expect(calls.views).toEqual([])
  })
})

describe('pinching', () => {
  function pinch() {
    const s = setup({ drawing: false })
    s.machine.pointerDown(down({ x: 100, y: 100 }, { pointerType: 'touch' }))
    s.machine.pointerDown(down({ x: 200, y: 100 }, { pointerId: 2, pointerType: 'touch' }))
    return s
  }

  it('starts from a pan when a second finger comes down', () => {
    const { machine } = pinch()
    expect(machine.state).toMatchObject({ name: 'pinching', dist: 100, mid: { x: 150, y: 100 } })
  })

  it('zooms by the change in distance, keeping the point between the fingers under them', () => {
    const { machine, calls } = pinch()
    machine.pointerMove(move({ x: 300, y: 100 }, { pointerId: 2 }))
    // Twice the distance: twice the scale; the midpoint moves from 150 to 200.
    expect(calls.views.at(-1)).toEqual({ scale: 4, x: 200 - (150 - 10) * 2, y: 100 - (100 - 20) * 2 })
  })

  it('ignores a third finger', () => {
    const { machine, calls } = pinch()
    machine.pointerDown(down({ x: 0, y: 0 }, { pointerId: 3, pointerType: 'touch' }))
    machine.pointerMove(move({ x: 50, y: 50 }, { pointerId: 3 }))
    expect(calls.views.at(-1)).toEqual({ scale: 2, x: 10, y: 20 })
    expect(machine.state).toMatchObject({ name: 'pinching', dist: 100 })
  })

  it('stops when a finger lifts: the one left does nothing until a new pinch', () => {
    const { machine, calls } = pinch()
    machine.pointerUp({ pointerId: 2, cancelled: false })
    expect(machine.state.name).toBe('idle')
    machine.pointerMove(move({ x: 0, y: 0 }))
    expect(calls.views).toEqual([])
    machine.pointerDown(down({ x: 0, y: 50 }, { pointerId: 4, pointerType: 'touch' }))
    expect(machine.state).toMatchObject({ name: 'pinching', dist: 50, mid: { x: 0, y: 25 } })
  })
})
