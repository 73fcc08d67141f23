// Digest calls, recorded on the real server by record.ts.

export const cases: readonly string[] = [
  "MD5('testing')",
  "MD5('')",
  "MD5('héllo😀')",
  "MD5(NULL)",
  "MD5(123)",
  "SHA1('abc')",
  "SHA('abc')",
  "SHA2('abc', 224)",
  "SHA2('abc', 256)",
  "SHA2('abc', 384)",
  "SHA2('abc', 512)",
  "SHA2('abc', 0)",
  "SHA2('abc', 100)",
  "SHA2(NULL, 256)",
  "LENGTH(UUID())",
  "SUBSTRING(UUID(), 15, 1)",
];
