import { ADMIN_KEY, startAccountsStack, type AccountsStack } from './accounts-harness';

/**
 * A steady stream of create-account requests while a second accounts instance joins the consumer group `accounts`
 * (rebalance) and later leaves (rebalance again). Every request must get its answer, and no command may be applied
 * twice: one account per answered request, each name once.
 */
describe('accounts request-reply across consumer-group rebalances', () => {
  let stack: AccountsStack;

  beforeAll(async () => {
    stack = await startAccountsStack('accounts_rebalance');
  });

  afterAll(async () => {
    await stack?.stop();
  });

  it('answers every request while an instance joins and leaves, and creates each account once', async () => {
    let running = true;
    const results: { name: string; status: number; accountId?: string }[] = [];
    const sender = async (worker: number) => {
      for (let i = 0; running; i += 1) {
        const name = `w${worker}-${i}`;
        const response = await stack.http('POST', '/v1/admin/accounts', { key: ADMIN_KEY, body: { name } });
        results.push({ name, status: response.status, accountId: response.body?.accountId });
      }
    };
    const senders = [sender(1), sender(2), sender(3)];

    await new Promise((resolve) => setTimeout(resolve, 1000));
    const second = await stack.startExtraService();
    await new Promise((resolve) => setTimeout(resolve, 4000));
    await second.stop();
    await new Promise((resolve) => setTimeout(resolve, 3000));
    running = false;
    await Promise.all(senders);

    expect(results.length).toBeGreaterThan(20);
    expect(results.filter((result) => result.status !== 201)).toEqual([]);
    const created = await stack.db.pool.query<{ name: string }>(
      `SELECT data->>'name' AS name FROM event_store.events WHERE type = 'AccountCreated'`,
    );
    const names = created.rows.map((row) => row.name).sort();
    expect(names).toEqual(results.map((result) => result.name).sort());
    expect(new Set(results.map((result) => result.accountId)).size).toBe(results.length);
  });
});
