import { describe, expect, it } from 'vitest'
import { decodeEntities, hordeText } from './hordeText'

describe('horde text', () => {
  it('gives back what the owner wrote from what the horde stored', () => {
    expect(decodeEntities('Fast &amp; friendly')).toBe('Fast & friendly')
    expect(decodeEntities('&lt;img src=x onerror=alert(1)&gt;')).toBe('<img src=x onerror=alert(1)>')
    expect(decodeEntities('&#39;quoted&#x27; &quot;')).toBe(`'quoted' "`)
  })

  it('leaves what is not an entity alone', () => {
    expect(decodeEntities('Tom & Jerry; &unknown; &#0;')).toBe('Tom & Jerry; &unknown; &#0;')
    expect(hordeText(null)).toBe('')
  })
})
