// A simulated clock, so that NOW(), SLEEP() and the function service's timeouts are deterministic in tests.
// Time only moves when something advances it (SLEEP, a simulated function's duration, or a test).

/** 2018-09-25 13:55:00 UTC, the day of the seed's timeout error. Tests set their own start time when it matters. */
export const DEFAULT_START_MICROS = Date.UTC(2018, 8, 25, 13, 55, 0) * 1000;

export class SimulatedClock {
  private micros: number;

  constructor(startMicros: number = DEFAULT_START_MICROS) {
    this.micros = startMicros;
  }

  nowMicros(): number {
    return this.micros;
  }

  advanceMicros(delta: number): void {
    if (delta > 0) this.micros += delta;
  }

  advanceSeconds(seconds: number): void {
    this.advanceMicros(Math.round(seconds * 1_000_000));
  }

  set(micros: number): void {
    this.micros = micros;
  }
}

/** A small seeded generator (xorshift128+ over 32-bit halves) for RAND() without a seed and UUID(). */
export class SeededRandom {
  private s0: number;
  private s1: number;

  constructor(seed = 0x5eed) {
    this.s0 = (seed ^ 0x9e3779b9) >>> 0 || 1;
    this.s1 = (Math.imul(seed, 0x85ebca6b) ^ 0xc2b2ae35) >>> 0 || 2;
  }

  /** A float in [0, 1). */
  next(): number {
    let x = this.s0;
    const y = this.s1;
    this.s0 = y;
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= y ^ (y >>> 5);
    this.s1 = x >>> 0;
    return ((this.s0 + this.s1) >>> 0) / 4294967296;
  }
}
