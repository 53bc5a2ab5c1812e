import { spawn, type ChildProcess } from 'node:child_process';

export interface ServiceProcessOptions {
  /** The built entry point, e.g. `apps/accounts/dist/main.js`. */
  script: string;
  env: NodeJS.ProcessEnv;
  /** A line on stdout that says the service is serving. */
  readyLine: RegExp;
  timeoutMs?: number;
}

/**
 * A service run the way production runs it: its own Node process, started from its built entry point. Tests use it
 * to drive services through the gateway without importing them, and to kill and restart them.
 */
export class ServiceProcess {
  private output = '';

  private constructor(private readonly child: ChildProcess) {
    child.stdout?.on('data', (chunk: Buffer) => (this.output += chunk.toString()));
    child.stderr?.on('data', (chunk: Buffer) => (this.output += chunk.toString()));
  }

  static async start({
    script,
    env,
    readyLine,
    timeoutMs = 60_000,
  }: ServiceProcessOptions): Promise<ServiceProcess> {
    const child = spawn(process.execPath, [script], {
      env: { ...process.env, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const service = new ServiceProcess(child);
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => {
        child.kill('SIGKILL');
        reject(new Error(`${script} not ready within ${timeoutMs} ms:\n${service.output}`));
      }, timeoutMs);
      const onData = (): void => {
        if (!readyLine.test(service.output)) return;
        clearTimeout(timer);
        child.stdout?.off('data', onData);
        resolve();
      };
      child.stdout?.on('data', onData);
      child.once('exit', (code, signal) => {
        clearTimeout(timer);
        reject(new Error(`${script} exited (${code ?? signal}) before it was ready:\n${service.output}`));
      });
    });
    return service;
  }

  get logs(): string {
    return this.output;
  }

  /** SIGTERM, and waits for the process to exit; resolves with its exit code. */
  async stop(): Promise<number | null> {
    return this.signal('SIGTERM');
  }

  /** SIGKILL: a crash, no clean shutdown. */
  async kill(): Promise<void> {
    await this.signal('SIGKILL');
  }

  private async signal(signal: NodeJS.Signals): Promise<number | null> {
    if (this.child.exitCode !== null || this.child.signalCode !== null) return this.child.exitCode;
    const exited = new Promise<number | null>((resolve) => this.child.once('exit', (code) => resolve(code)));
    this.child.kill(signal);
    return exited;
  }
}
