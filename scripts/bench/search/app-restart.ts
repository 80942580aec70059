/**
 * Restarts the app in a child process of its own (app-restart-child.ts, compiled) on the
 * bench's database and saved index: what a restart costs, and the app's RSS with nothing of
 * the bench in the process.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

export type RestartedApp = {
  base: string;
  /** Boot to listening, the saved index loaded on the way. */
  bootMs: number;
  documents: number;
  rssAfterLoad: number;
  /** Forgets the RSS peak so far (call before the load you want the peak of). */
  resetPeak(): void;
  /** The largest RSS the child reported since the last reset. */
  peakRss(): number;
  /** SIGTERM, then SIGKILL if it has not exited within 30 s. */
  stop(): Promise<void>;
};

type Ready = { port: number; bootMs: number; documents: number; rss: number };

/** Starts the compiled child with this process' environment and waits until it listens. */
export function restartApp(root: string): Promise<RestartedApp> {
  const entry = path.join(root, 'dist', 'scripts', 'bench', 'search', 'app-restart-child.js');
  if (!fs.existsSync(entry)) throw new Error(`${entry} is missing: run \`npx tsc -p tsconfig.json\` first`);
  const child = spawn(process.execPath, [entry, root], { cwd: root, env: process.env, stdio: ['ignore', 'pipe', 'inherit'] });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  let peak = 0;
  let buffered = '';
  return new Promise((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`the restarted app exited with ${code} before listening`)));
    child.stdout.on('data', (chunk: Buffer) => {
      const lines = (buffered + chunk.toString()).split('\n');
      buffered = lines.pop() ?? '';
      for (const line of lines.filter((l) => l.startsWith('{'))) {
        const message = JSON.parse(line) as Partial<Ready> & { rss: number };
        peak = Math.max(peak, message.rss);
        if (message.port !== undefined) resolve(restarted(message as Ready));
      }
    });
  });

  function restarted(ready: Ready): RestartedApp {
    return {
      base: `http://127.0.0.1:${ready.port}`, bootMs: ready.bootMs, documents: ready.documents, rssAfterLoad: ready.rss,
      resetPeak: () => (peak = 0),
      peakRss: () => peak,
      async stop() {
        if (child.exitCode !== null || child.signalCode !== null) return;
        const kill = setTimeout(() => child.kill('SIGKILL'), 30_000);
        child.kill('SIGTERM');
        await exited;
        clearTimeout(kill);
      },
    };
  }
}
