import { ID_PREFIX, isId, newUlid } from '@compliance/contracts';
import { copyIdOf } from '../src/commands/copy-assets/copy-id';

describe('copy ids', () => {
  it('are valid ids, the same for the same command and source, different otherwise', () => {
    const commandId = newUlid();
    const id = copyIdOf(ID_PREFIX.endUser, commandId, 'eu_01JGFJJZ000000000000000000');
    expect(isId(ID_PREFIX.endUser, id)).toBe(true);
    expect(copyIdOf(ID_PREFIX.endUser, commandId, 'eu_01JGFJJZ000000000000000000')).toBe(id);
    expect(copyIdOf(ID_PREFIX.endUser, commandId, 'eu_01JGFJJZ000000000000000001')).not.toBe(id);
    expect(copyIdOf(ID_PREFIX.endUser, newUlid(), 'eu_01JGFJJZ000000000000000000')).not.toBe(id);
    expect(id.slice(3, 13)).toBe(commandId.slice(0, 10));
  });
});
