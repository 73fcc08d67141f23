// A simulated clock, so that NOW(), SLEEP() and the function service's timeouts are deterministic in tests.
// Time only moves when something advances it (SLEEP, a simulated function's duration, or a test).
//
// Three readings, as MySQL's THD keeps them:
// - the real (simulated) wall clock, which SLEEP and the function service advance: SYSDATE() reads it;
// - the user time fixed by `SET timestamp = n` (MySQL's thd->user_time): NOW() and friends read it while it is set,
//   however long the session sleeps; `SET timestamp = 0` goes back to the wall clock;
// - the start time of the running statement (thd->start_time): NOW() is constant within a statement, and within a
//   stored function or trigger it is the calling statement's. The runner marks statement starts with
//   `beginStatement()` (MySQL's reset_start_time_for_sp does this for every statement of a procedure, but not inside
//   a function or trigger); until the first mark the wall clock is used.

/** 2018-09-25 13:55:00 UTC, the day of the seed's timeout error. Tests set their own start time when it matters. */
export const DEFAULT_START_MICROS = Date.UTC(2018, 8, 25, 13, 55, 0) * 1000;

export class SimulatedClock {
  private micros: number;
  /** `SET timestamp` in microseconds, or null when NOW() follows the wall clock. */
  private userMicros: number | null = null;
  /** The wall clock when the running statement started, or null before any statement was marked. */
  private statementStart: number | null = null;

  constructor(startMicros: number = DEFAULT_START_MICROS) {
    this.micros = startMicros;
  }

  /** The time NOW() sees: the user time when `SET timestamp` fixed one, else the statement's start time. */
  nowMicros(): number {
    return this.userMicros ?? this.statementStart ?? this.micros;
  }

  /** The wall clock, as SYSDATE() sees it: it moves within a statement when something sleeps. */
  realMicros(): number {
    return this.micros;
  }

  /** Marks the start of a statement (not of one inside a stored function or trigger): NOW() is fixed until the next. */
  beginStatement(): void {
    this.statementStart = this.micros;
  }

  advanceMicros(delta: number): void {
    if (delta > 0) this.micros += delta;
  }

  advanceSeconds(seconds: number): void {
    this.advanceMicros(Math.round(seconds * 1_000_000));
  }

  /**
   * `SET timestamp = micros / 1e6`: fixes NOW() at that time (0 lets it follow the clock again, as in MySQL). The wall
   * clock is not moved: SYSDATE() and the function service go on in real (simulated) time.
   */
  set(micros: number): void {
    this.statementStart = null;
    if (micros === 0) {
      this.userMicros = null;
      return;
    }
    this.userMicros = micros;
  }

  /** True while `SET timestamp` fixes the time. */
  get fixed(): boolean {
    return this.userMicros !== null;
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
