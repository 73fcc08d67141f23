// Engine-facing contracts. The engine engineer fills this file in; the runtime and the query compiler code against it.

/**
 * What a session holds of the engine: the catalog it reads and writes, and its open transaction. Reached from
 * expressions and statements as `ctx.session.engine`.
 */
// biome-ignore lint/suspicious/noEmptyInterface: filled in by the engine
export interface EngineSession {}
