// How V8 compiles our regular expressions, set once at the start of each process we run (CLI, pool worker,
// isolation worker). By default V8 first compiles a pattern to bytecode for its interpreter and compiles it again
// to machine code on a later use ("tier-up"). Almost every pattern of the pipeline runs more than once per file,
// so the bytecode compile is wasted work; on a one-file check the patterns' cold compiles are the biggest cost
// after module loading (bench/ratios.mjs; issue 19).
import { setFlagsFromString } from 'node:v8';

let done = false;

/** Compile each regular expression straight to machine code (V8 `--no-regexp-tier-up`). */
export function compileRegexpsOnce(): void {
  if (done) return;
  done = true;
  setFlagsFromString('--no-regexp-tier-up');
}
