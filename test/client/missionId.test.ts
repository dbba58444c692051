// The mission id made on the client: a version 4 UUID, from randomUUID or from random bytes.
import { newMissionId } from '../../src/client/missionId';

const V4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

describe('a mission id', () => {
  it('comes from crypto.randomUUID where there is one', () => {
    expect(newMissionId({ randomUUID: () => 'from-random-uuid', getRandomValues: (a) => a })).toBe(
      'from-random-uuid',
    );
  });

  it('is a version 4 UUID made from random bytes where randomUUID is missing', () => {
    const zeros = newMissionId({ getRandomValues: (array) => array.fill(0) });
    expect(zeros).toBe('00000000-0000-4000-8000-000000000000');
    const ones = newMissionId({ getRandomValues: (array) => array.fill(255) });
    expect(ones).toBe('ffffffff-ffff-4fff-bfff-ffffffffffff');
  });

  it('differs each time with the real crypto, and passes the server id check', () => {
    const made = new Set(Array.from({ length: 50 }, () => newMissionId()));
    expect(made.size).toBe(50);
    for (const id of made) expect(id).toMatch(V4);
  });
});
