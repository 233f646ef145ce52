import { describe, expect, it } from 'vitest'
import {
  maintenanceMsgProblem,
  teamInfoProblem,
  teamNameProblem,
  workerInfoProblem,
  workerNameProblem,
} from './limits'

describe('what the horde would refuse, caught before sending', () => {
  it('worker names: 5 to 100 characters', () => {
    expect(workerNameProblem('')).toMatch(/Write a name/)
    expect(workerNameProblem('abcd')).toMatch(/at least 5/)
    expect(workerNameProblem('   abcd  ')).toMatch(/at least 5/)
    expect(workerNameProblem('abcde')).toBeNull()
    expect(workerNameProblem('x'.repeat(100))).toBeNull()
    expect(workerNameProblem('x'.repeat(101))).toMatch(/at most 100/)
  })

  it('worker info up to 1,000 characters, maintenance messages up to 300', () => {
    expect(workerInfoProblem('')).toBeNull()
    expect(workerInfoProblem('x'.repeat(1000))).toBeNull()
    expect(workerInfoProblem('x'.repeat(1001))).toMatch(/at most 1,000 characters \(now 1,001\)/)
    expect(maintenanceMsgProblem('x'.repeat(300))).toBeNull()
    expect(maintenanceMsgProblem('x'.repeat(301))).toMatch(/at most 300/)
  })

  it('team names 3 to 100, team info none or 3 to 1,000', () => {
    expect(teamNameProblem('ab')).toMatch(/at least 3/)
    expect(teamNameProblem('abc')).toBeNull()
    expect(teamNameProblem('x'.repeat(101))).toMatch(/at most 100/)
    expect(teamInfoProblem('')).toBeNull()
    expect(teamInfoProblem('ab')).toMatch(/at least 3/)
    expect(teamInfoProblem('x'.repeat(1001))).toMatch(/at most 1,000/)
  })
})
