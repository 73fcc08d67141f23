// Hashes and UUID(). Digests are lower-case hex text, as MySQL returns them in the connection character set.
// UUID() is a version-1 UUID built from the simulated clock and session.random(), so a seeded session repeats it.

import { createHash } from "node:crypto";
import type { ExecContext } from "../compile/types.ts";
import { Bytes } from "../values/value.ts";
import { argBytes, argInt, argText, BINARY, INT, TEXT } from "./args.ts";
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

/** MySQL's TO_BASE64 breaks the output into lines of 76 characters (base64_encode in mysys/base64.cc). */
function toBase64(v: Parameters<typeof argBytes>[0]): string {
  const b64 = Buffer.from(argBytes(v)).toString("base64");
  return b64.replace(/(.{76})(?=.)/g, "$1\n");
}

/**
 * FROM_BASE64 skips whitespace; anything else that is not base64, or missing padding, gives NULL with warning 1958
 * at the offset where decoding stopped (base64_decode in mysys/base64.cc).
 */
function fromBase64(text: string, ctx: ExecContext): Bytes | null {
  const s = text.replace(/[ \t\r\n]/g, "");
  const bad = /[^A-Za-z0-9+/=]|=[^=]/.exec(s);
  if (bad !== null || s.length % 4 !== 0 || /={3}/.test(s)) {
    const at = bad !== null ? bad.index + (bad[0].length - 1) : s.length;
    ctx.session.warn(1958, "HY000", `Bad base64 data as position ${at}`);
    return null;
  }
  return new Bytes(new Uint8Array(Buffer.from(s, "base64")));
}

const CRC_TABLE = (() => {
  const t = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t[n] = c >>> 0;
  }
  return t;
})();

/** zlib's CRC-32 of the argument's bytes, an unsigned 32-bit integer. */
function crc32(bytes: Uint8Array): number {
  let c = 0xffffffff;
  for (const b of bytes) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
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
  fn("TO_BASE64", 1, 1, text, (a) => toBase64(a[0])),
  fn(
    "FROM_BASE64",
    1,
    1,
    () => BINARY,
    (a, ctx) => fromBase64(argText(a[0]), ctx),
  ),
  fn(
    "CRC32",
    1,
    1,
    () => ({ ...INT, unsigned: true }),
    (a) => crc32(argBytes(a[0])),
  ),
  fn("UUID", 0, 0, text, (_a, ctx) => uuid(ctx), { volatile: true, nullPropagating: false }),
];
