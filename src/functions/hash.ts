// Hashes and UUID(). Digests are lower-case hex text, as MySQL returns them in the connection character set.
// UUID() is a version-1 UUID built from the simulated clock and session.random(), so a seeded session repeats it.

import { createHash } from "node:crypto";
import type { ExecContext } from "../compile/types.ts";
import { argBytes, argInt, TEXT } from "./args.ts";
import { fn } from "./define.ts";
import type { Builtin } from "./types.ts";

const text = () => TEXT;

function digest(algorithm: string, v: Parameters<typeof argBytes>[0]): string {
  return createHash(algorithm).update(argBytes(v)).digest("hex");
}

const SHA2: Record<number, string> = { 0: "sha256", 224: "sha224", 256: "sha256", 384: "sha384", 512: "sha512" };

/** 100-ns intervals between the Gregorian reform (1582-10-15) and the Unix epoch, as RFC 4122 counts time. */
const GREGORIAN_OFFSET = 122192928000000000n;

function uuid(ctx: ExecContext): string {
  const t =
    BigInt(Math.floor(ctx.session.nowMicros())) * 10n +
    GREGORIAN_OFFSET +
    BigInt(Math.floor(ctx.session.random() * 10));
  const hex = (n: bigint | number, width: number) => n.toString(16).padStart(width, "0");
  const timeLow = t & 0xffffffffn;
  const timeMid = (t >> 32n) & 0xffffn;
  const timeHi = ((t >> 48n) & 0x0fffn) | 0x1000n;
  const clockSeq = (Math.floor(ctx.session.random() * 0x4000) & 0x3fff) | 0x8000;
  let node = "";
  for (let i = 0; i < 6; i++) node += hex(Math.floor(ctx.session.random() * 256), 2);
  return `${hex(timeLow, 8)}-${hex(timeMid, 4)}-${hex(timeHi, 4)}-${hex(clockSeq, 4)}-${node}`;
}

const sha1 = fn("SHA1", 1, 1, text, (a) => digest("sha1", a[0]));

export const hashBuiltins: readonly Builtin[] = [
  fn("MD5", 1, 1, text, (a) => digest("md5", a[0])),
  sha1,
  { ...sha1, name: "SHA" },
  fn("SHA2", 2, 2, text, (a, ctx) => {
    const algorithm = SHA2[argInt(a[1], ctx)];
    if (algorithm !== undefined) return digest(algorithm, a[0]);
    ctx.session.warn(1583, "42000", "Incorrect parameters in the call to native function 'sha2'");
    return null;
  }),
  fn("UUID", 0, 0, text, (_a, ctx) => uuid(ctx), { volatile: true, nullPropagating: false }),
];
