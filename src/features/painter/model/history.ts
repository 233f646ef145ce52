import type { MaskEdit } from './mask'

// Undo and redo move edits between two lists: what is drawn, and what was taken back. A new edit
// drops what was taken back. Clear, fill and invert are edits too, so they undo like strokes.

export interface History {
  edits: MaskEdit[]
  undone: MaskEdit[]
}

export function push(h: History, edit: MaskEdit): History {
  return { edits: [...h.edits, edit], undone: [] }
}

export function undo(h: History): History {
  if (h.edits.length === 0) return h
  return { edits: h.edits.slice(0, -1), undone: [...h.undone, h.edits[h.edits.length - 1]!] }
}

export function redo(h: History): History {
  if (h.undone.length === 0) return h
  return { edits: [...h.edits, h.undone[h.undone.length - 1]!], undone: h.undone.slice(0, -1) }
}
