#!/usr/bin/env node
// Shim: runs the compiled CLI and sets the exit code (never process.exit, so output is flushed).
import { main } from '../dist/cli/main.js';
import { processIo } from '../dist/io.js';

process.exitCode = await main(process.argv.slice(2), processIo());
