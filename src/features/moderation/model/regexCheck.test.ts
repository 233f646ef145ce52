import { describe, expect, it } from 'vitest'
import { checkRegex } from './regexCheck'
import { testPrompt } from './promptTest'

describe('checkRegex', () => {
  it('compiles a common regex, case-insensitively', () => {
    const r = checkRegex('forbidden-?word')
    expect(r.ok && r.regex.test('FORBIDDENWORD')).toBe(true)
    expect(r.ok && r.warning).toBeNull()
  })
  it('explains a regex that does not compile', () => {
    const r = checkRegex('(unclosed')
    expect(r).toMatchObject({ ok: false })
    if (!r.ok) expect(r.error).toMatch(/not a valid regular expression/)
  })
  it('names Python-only syntax the browser cannot read', () => {
    const r = checkRegex('(?P<word>bad)')
    expect(r.ok).toBe(false)
    if (!r.ok) expect(r.error).toMatch(/named groups \(\?P<name>…\) are Python syntax/)
  })
  it('warns when the browser reads something Python reads differently', () => {
    const r = checkRegex('bad\\Z')
    expect(r).toMatchObject({ ok: true })
    if (r.ok) expect(r.warning).toMatch(/\\A and \\Z/)
  })
  it('asks for a regex when empty', () => {
    expect(checkRegex('  ')).toEqual({ ok: false, error: 'Write the regular expression to match.' })
  })
})

describe('testPrompt', () => {
  const filters = [
    { id: '1', regex: 'forbidden-?word', filter_type: 10, replacement: '' },
    { id: '2', regex: 'dragon', filter_type: 20 },
  ]
  it('is clean when nothing matches', () => {
    expect(testPrompt('a quiet lake', filters)).toMatchObject({ suspicion: 0, verdict: 'clean' })
  })
  it('counts one group as suspicious only', () => {
    const r = testPrompt('a red dragon', filters)
    expect(r).toMatchObject({ suspicion: 1, verdict: 'suspicious' })
    expect(r.hits.find((h) => h.id === '2')?.match).toBe('dragon')
  })
  it('rewrites with the type-10 replacements when both groups match and something is left', () => {
    expect(testPrompt('forbidden-word dragon', filters)).toMatchObject({
      suspicion: 2,
      verdict: 'replaced',
      replacedPrompt: ' dragon',
    })
  })
  it('refuses when both groups match and nothing is left', () => {
    const both = [...filters, { id: '3', regex: 'forbidden-?word', filter_type: 20 }]
    expect(testPrompt('forbidden-word', both)).toMatchObject({ suspicion: 2, verdict: 'refused' })
  })
  it('reads only the positive prompt', () => {
    expect(testPrompt('a lake ### dragon', filters).verdict).toBe('clean')
  })
  it('reports a filter the browser cannot read instead of failing', () => {
    const r = testPrompt('x', [{ id: '9', regex: '(?P<n>x)', filter_type: 11 }])
    expect(r.hits[0]?.error).toMatch(/Python/)
    expect(r.suspicion).toBe(0)
  })
})
