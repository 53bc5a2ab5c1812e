import { eventually } from '@compliance/testing';
import { ADMIN_KEY, startAccountsStack, type AccountsStack } from './accounts-harness';

/**
 * The accounts service is killed (SIGKILL, no clean shutdown) in the middle of traffic and a new process takes its
 * place. Whatever the gateway acknowledged with 201 must be in the store and in the read model afterwards; requests
 * caught in the crash may get 503 (and be retried by the client), but none may be applied twice.
 */
describe('accounts service crash and restart under traffic', () => {
  let stack: AccountsStack;

  beforeAll(async () => {
    stack = await startAccountsStack('accounts_crash');
  });

  afterAll(async () => {
    await stack?.stop();
  });

  it('keeps every acknowledged account and applies no command twice', async () => {
    let running = true;
    const results: { name: string; status: number; accountId?: string }[] = [];
    const sender = async (worker: number) => {
      for (let i = 0; running; i += 1) {
        const name = `crash-w${worker}-${i}`;
        const response = await stack.http('POST', '/v1/admin/accounts', { key: ADMIN_KEY, body: { name } });
        results.push({ name, status: response.status, accountId: response.body?.accountId });
      }
    };
    const senders = [sender(1), sender(2)];

    await new Promise((resolve) => setTimeout(resolve, 1500));
    await stack.service.kill();
    await stack.startExtraService();
    await new Promise((resolve) => setTimeout(resolve, 3000));
    running = false;
    await Promise.all(senders);

    const acknowledged = results.filter((result) => result.status === 201);
    expect(acknowledged.length).toBeGreaterThan(5);
    expect(results.filter((result) => result.status !== 201 && result.status !== 503)).toEqual([]);

    const created = await stack.db.pool.query<{ name: string }>(
      `SELECT data->>'name' AS name FROM event_store.events WHERE type = 'AccountCreated'`,
    );
    const names = created.rows.map((row) => row.name);
    expect(new Set(names).size).toBe(names.length);
    for (const { name } of acknowledged) expect(names).toContain(name);

    for (const { accountId } of acknowledged) {
      await eventually(async () => {
        const read = await stack.http('GET', `/v1/admin/accounts/${accountId!}`, { key: ADMIN_KEY });
        return read.status === 200 ? true : undefined;
      });
    }
  });
});
