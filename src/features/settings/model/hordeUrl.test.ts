import { describe, expect, it } from 'vitest'
import { candidateApiUrls, parseHordeUrl } from './hordeUrl'

describe('parseHordeUrl', () => {
  it('accepts an API address and drops trailing slashes', () => {
    expect(parseHordeUrl(' https://aihorde.net/api/ ')).toEqual({ url: 'https://aihorde.net/api' })
    expect(parseHordeUrl('http://127.0.0.1:7001/api')).toEqual({ url: 'http://127.0.0.1:7001/api' })
  })
  it('adds https:// when the scheme is missing', () => {
    expect(parseHordeUrl('aihorde.net')).toEqual({ url: 'https://aihorde.net' })
  })
  it('explains what is wrong', () => {
    expect(parseHordeUrl('')).toHaveProperty('error')
    expect(parseHordeUrl('ftp://example.com')).toHaveProperty('error')
    expect(parseHordeUrl('https://exa mple.com')).toHaveProperty('error')
    expect(parseHordeUrl('not a url at all')).toEqual({ error: 'This is not a web address.' })
  })
  it('tries /api under a site address', () => {
    expect(candidateApiUrls('https://aihorde.net')).toEqual([
      'https://aihorde.net',
      'https://aihorde.net/api',
    ])
    expect(candidateApiUrls('https://aihorde.net/api')).toEqual(['https://aihorde.net/api'])
  })
})
