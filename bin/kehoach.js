#!/usr/bin/env node
// Shim: runs the CLI's bundle (dist/bundle, made by `npm run build`) when it is at least as new as the compiled
// modules, else the compiled modules themselves (after a bare `tsc`).
import { statSync } from 'node:fs';

const mtime = (url) => {
  try {
    return statSync(url).mtimeMs;
  } catch {
    return -1;
  }
};
const bundle = new URL('../dist/bundle/kehoach.js', import.meta.url);
const entry = new URL('../dist/cli/entry.js', import.meta.url);
await import(mtime(bundle) >= mtime(entry) ? bundle.href : entry.href);
