// The process entry of the CLI: runs main() with the process's I/O and sets the exit code (never process.exit,
// so output is flushed). bin/kehoach.js loads this, or its bundle (dist/bundle/kehoach.js).
import { processIo } from '../io.js';
import { main } from './main.js';

process.exitCode = await main(process.argv.slice(2), processIo());
