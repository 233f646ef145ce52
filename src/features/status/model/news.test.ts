import { describe, expect, it } from 'vitest'
import { newsParts } from './news'

describe('newsParts', () => {
  it('turns markdown links and bare http(s) URLs into links, without the sentence’s full stop', () => {
    expect(newsParts('See [the README](https://example.org/r) or https://example.org/x.')).toEqual([
      { kind: 'text', text: 'See ' },
      { kind: 'link', text: 'the README', href: 'https://example.org/r' },
      { kind: 'text', text: ' or ' },
      { kind: 'link', text: 'https://example.org/x', href: 'https://example.org/x' },
      { kind: 'text', text: '.' },
    ])
  })

  it('keeps HTML and other schemes as plain text', () => {
    const parts = newsParts(
      '<script>alert(1)</script> [x](javascript:alert(1)) <a href="https://e.org">y</a>',
    )
    expect(parts.filter((p) => p.kind === 'link').map((p) => p.kind === 'link' && p.href)).toEqual([
      'https://e.org/',
    ])
    expect(parts.map((p) => p.text).join('')).toContain('<script>alert(1)</script>')
    expect(parts.map((p) => p.text).join('')).toContain('[x](javascript:alert(1))')
  })

  it('drops bold marks and keeps the rest of the words', () => {
    expect(newsParts('The **simulated horde** serves text.')).toEqual([
      { kind: 'text', text: 'The simulated horde serves text.' },
    ])
  })
})
