// Runs the CLI's main(argv, io) in this process, as bin/kehoach.js does in its own: the output and exit code a
// user would see, without starting a process per case (end-to-end spawns stay in a few tests of each file).
import { main } from '../src/cli/main.js';
import type { Io } from '../src/io.js';
import { ROOT } from './_build.js';

export interface MainRun {
  code: number;
  stdout: string;
  stderr: string;
}

export async function runMain(args: string[], cwd = ROOT, env: Record<string, string> = {}): Promise<MainRun> {
  const out: string[] = [];
  const err: string[] = [];
  const io: Io = {
    stdout: (s) => void out.push(s),
    stderr: (s) => void err.push(s),
    cwd,
    env: { ...process.env, NO_COLOR: '1', CI: 'true', ...env },
    isTTY: false,
    stderrIsTTY: false,
  };
  const code = await main(args, io);
  return { code, stdout: out.join(''), stderr: err.join('') };
}
