// Types of test/scan.mjs.
export function scanOf(bytes: Uint8Array): Promise<Uint8Array>;
