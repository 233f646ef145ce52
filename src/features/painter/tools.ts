// The toolbar, the key handler and the shortcut list all read this one table.

export interface ToolDef {
  label: string
  key: string
  cursor: string
  hint: string
}

export const TOOLS = {
  brush: { label: 'Brush', key: 'b', cursor: 'crosshair', hint: 'Paint the area to change' },
  eraser: { label: 'Eraser', key: 'e', cursor: 'cell', hint: 'Take painted area back' },
  pan: { label: 'Pan', key: 'h', cursor: 'grab', hint: 'Drag to move the view' },
} as const satisfies Record<string, ToolDef>

export type ToolId = keyof typeof TOOLS

export const TOOL_IDS = Object.keys(TOOLS) as ToolId[]

export const SHORTCUTS: { keys: string; does: string }[] = [
  ...TOOL_IDS.map((id) => ({ keys: TOOLS[id].key.toUpperCase(), does: TOOLS[id].label })),
  { keys: '[  ]', does: 'Smaller / larger brush' },
  { keys: 'Ctrl+Z', does: 'Undo' },
  { keys: 'Ctrl+Shift+Z, Ctrl+Y', does: 'Redo' },
  { keys: '+  −', does: 'Zoom in / out' },
  { keys: '0', does: 'Fit the image in view' },
]

export const MIN_BRUSH = 1
export const MAX_BRUSH = 512
