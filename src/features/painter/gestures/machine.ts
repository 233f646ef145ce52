// The painter's pointer gestures as a small state machine, outside React: the stage feeds it pointer
// events and it answers through its host (the view, the live stroke, the committed stroke). Each state
// says what its events do and which state comes next, as a tldraw tool's states do.

export interface Point {
  x: number
  y: number
}

export interface View {
  scale: number
  x: number
  y: number
}

export interface PointerDown {
  pointerId: number
  /** Where the pointer is on the stage, in stage pixels. */
  at: Point
  button: number
  pointerType: string
  pressure: number
  /** Where the pointer is on the image, in image pixels; read only when a stroke needs it. */
  imagePoint: () => Point | null
}

export type PointerMove = Omit<PointerDown, 'button' | 'pointerType'>

export interface PointerUp {
  pointerId: number
  /** The browser took the pointer away (pointercancel): a stroke in progress is dropped. */
  cancelled: boolean
}

export interface LiveStroke {
  /** Image pixels, x then y. */
  points: number[]
  /** One pressure per point, for a pen with pressure on; else null. */
  pressure: number[] | null
}

export interface GestureSettings {
  /** The brush or the eraser is chosen (else the pan tool). */
  drawing: boolean
  usePressure: boolean
  brushSize: number
}

export interface GestureHost {
  settings(): GestureSettings
  view(): View
  setView(view: View): void
  /** Shows the stroke in progress; an empty list hides it. */
  showStroke(points: number[]): void
  commitStroke(stroke: LiveStroke): void
}

export type GestureState =
  | { name: 'idle' }
  | { name: 'panning'; from: Point; view: { x: number; y: number } }
  | { name: 'pinching'; dist: number; mid: Point; view: View }
  | ({ name: 'drawing' } & LiveStroke)

type StateOf<N extends GestureState['name']> = Extract<GestureState, { name: N }>

/** What the machine knows besides its state: the pointers down and the host. */
interface Context {
  pointers: ReadonlyMap<number, Point>
  host: GestureHost
}

interface StateNode<S extends GestureState> {
  onPointerDown?(state: S, e: PointerDown, ctx: Context): GestureState
  onPointerMove?(state: S, e: PointerMove, ctx: Context): GestureState
  onPointerUp?(state: S, e: PointerUp, ctx: Context): GestureState
  /** Leaving for a pinch (a second finger came down). */
  onInterrupt?(state: S, ctx: Context): void
}

const IDLE: GestureState = { name: 'idle' }

/** A pen's pressure; some pens report 0 for "unknown". */
const pressureOf = (e: { pressure: number }) => e.pressure || 0.5

function twoPointers(pointers: ReadonlyMap<number, Point>) {
  const [a, b] = [...pointers.values()] as [Point, Point]
  return {
    dist: Math.hypot(a.x - b.x, a.y - b.y) || 1,
    mid: { x: (a.x + b.x) / 2, y: (a.y + b.y) / 2 },
  }
}

const idle: StateNode<StateOf<'idle'>> = {
  onPointerDown(state, e, { host }) {
    const settings = host.settings()
    // The pan tool pans with any button; the brush and eraser pan with the middle one.
    if (!settings.drawing || e.button === 1) {
      const { x, y } = host.view()
      return { name: 'panning', from: e.at, view: { x, y } }
    }
    if (e.button !== 0) return state
    const p = e.imagePoint()
    if (!p) return state
    const pen = settings.usePressure && e.pointerType === 'pen'
    host.showStroke([p.x, p.y, p.x, p.y])
    return { name: 'drawing', points: [p.x, p.y], pressure: pen ? [pressureOf(e)] : null }
  },
}

const panning: StateNode<StateOf<'panning'>> = {
  onPointerMove(state, e, { host }) {
    host.setView({
      scale: host.view().scale,
      x: state.view.x + e.at.x - state.from.x,
      y: state.view.y + e.at.y - state.from.y,
    })
    return state
  },
  onPointerUp(state, _e, { pointers }) {
    return pointers.size === 0 ? IDLE : state
  },
}

const pinching: StateNode<StateOf<'pinching'>> = {
  onPointerMove(state, _e, { pointers, host }) {
    const { dist, mid } = twoPointers(pointers)
    const scale = state.view.scale * (dist / state.dist)
    const k = scale / state.view.scale
    host.setView({
      scale,
      x: mid.x - (state.mid.x - state.view.x) * k,
      y: mid.y - (state.mid.y - state.view.y) * k,
    })
    return state
  },
  // With one finger left the view stays where the pinch put it; that finger does nothing until lifted.
  onPointerUp(state, _e, { pointers }) {
    return pointers.size < 2 ? IDLE : state
  },
}

const drawing: StateNode<StateOf<'drawing'>> = {
  onPointerMove(state, e, { host }) {
    const p = e.imagePoint()
    if (!p) return state
    const n = state.points.length
    // Points closer than an eighth of the brush add nothing the rasteriser would show.
    const near = Math.max(1, host.settings().brushSize / 8)
    if (Math.hypot(p.x - state.points[n - 2]!, p.y - state.points[n - 1]!) < near) return state
    state.points.push(p.x, p.y)
    state.pressure?.push(pressureOf(e))
    host.showStroke(state.points)
    return state
  },
  onPointerUp(state, e, { host }) {
    host.showStroke([])
    if (!e.cancelled) host.commitStroke({ points: state.points, pressure: state.pressure })
    return IDLE
  },
  onInterrupt(_state, { host }) {
    host.showStroke([])
  },
}

const NODES: { [N in GestureState['name']]: StateNode<StateOf<N>> } = { idle, panning, pinching, drawing }

function nodeOf<S extends GestureState>(state: S): StateNode<S> {
  return NODES[state.name] as StateNode<S>
}

export class PaintGestures {
  private current: GestureState = IDLE
  private readonly pointers = new Map<number, Point>()
  private readonly ctx: Context

  constructor(host: GestureHost) {
    this.ctx = { pointers: this.pointers, host }
  }

  get state(): GestureState {
    return this.current
  }

  pointerDown(e: PointerDown): void {
    this.pointers.set(e.pointerId, e.at)
    // A second finger starts a pinch whatever was going on; a third is ignored.
    if (this.pointers.size === 2) {
      nodeOf(this.current).onInterrupt?.(this.current, this.ctx)
      const { scale, x, y } = this.ctx.host.view()
      this.current = { name: 'pinching', ...twoPointers(this.pointers), view: { scale, x, y } }
      return
    }
    if (this.pointers.size > 2) return
    this.current = nodeOf(this.current).onPointerDown?.(this.current, e, this.ctx) ?? this.current
  }

  pointerMove(e: PointerMove): void {
    // Moves of a pointer that is not down (a hovering mouse or pen) do nothing.
    if (!this.pointers.has(e.pointerId)) return
    this.pointers.set(e.pointerId, e.at)
    this.current = nodeOf(this.current).onPointerMove?.(this.current, e, this.ctx) ?? this.current
  }

  /** Pointer up, leaving the stage, or cancelled by the browser. */
  pointerUp(e: PointerUp): void {
    this.pointers.delete(e.pointerId)
    this.current = nodeOf(this.current).onPointerUp?.(this.current, e, this.ctx) ?? this.current
  }
}
