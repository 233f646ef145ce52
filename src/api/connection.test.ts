import { describe, expect, it } from 'vitest'
import { hordeRegisterUrl } from './connection'

describe('the horde’s register page', () => {
  it('sits beside its API', () => {
    expect(hordeRegisterUrl('https://aihorde.net/api')).toBe('https://aihorde.net/register')
    expect(hordeRegisterUrl('https://aihorde.net/api/')).toBe('https://aihorde.net/register')
    expect(hordeRegisterUrl('http://127.0.0.1:7001/api')).toBe('http://127.0.0.1:7001/register')
    expect(hordeRegisterUrl('https://example.org/horde/api/v2')).toBe('https://example.org/horde/register')
    expect(hordeRegisterUrl('https://horde.example.org')).toBe('https://horde.example.org/register')
  })
  it('is none for an address that does not parse', () => {
    expect(hordeRegisterUrl('not a url')).toBeNull()
  })
})
