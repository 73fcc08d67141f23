// Internal shapes of compiled stored-program code.
//
// A compiled statement inside a body is an `Exec`: it runs against the routine's Frame and returns a completion.
// Completions are small integers so that the per-statement path allocates nothing:
//   0            normal completion
//   RETURN (1)   RETURN in a stored function; the value is in `frame.ret`
//   2*id         LEAVE the construct with label id `id` (blocks, also used by EXIT handlers)
//   2*id + 1     ITERATE the loop with label id `id`

import type { Frame } from "./frame.ts";

export type Completion = number;
export type Exec = (f: Frame) => Completion;

export const NORMAL = 0;
export const RETURN = 1;

export const leaveOf = (labelId: number): Completion => labelId * 2;
export const iterateOf = (labelId: number): Completion => labelId * 2 + 1;
