/** The simulator's time: real time plus an offset tests can move forward (expiry, online, request timeouts). */
export class SimClock {
  private offset = 0
  now(): number {
    return Date.now() + this.offset
  }
  advance(ms: number): void {
    this.offset += ms
  }
  reset(): void {
    this.offset = 0
  }
}
