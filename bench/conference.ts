// The conferences the export benches work on: generated people (each with a phone, gender
// and birth year, so each row is its own person) over points of 100, in one province.
import { communePositions, generatePerson, seededRandom } from '../src/main/demo/demo-data';
import type { ServiceHost } from '../src/main/host/service-host';

async function ok<T>(host: ServiceHost, name: Parameters<ServiceHost['call']>[0], input: unknown): Promise<T> {
  const envelope = await host.call(name, input);
  if (!envelope.ok) throw new Error(envelope.error.message);
  return envelope.value as T;
}

/** A conference of `attendees` people over points of 100; returns its id. */
export async function conferenceOf(host: ServiceHost, name: string, attendees: number): Promise<number> {
  const random = seededRandom(attendees);
  const points: number[] = [];
  for (let i = 0; i < Math.ceil(attendees / 100); i++)
    points.push(
      (await ok<{ id: number }>(host, 'bridgePoints.create', { name: `Điểm cầu Đảng ủy xã số ${i + 1}` })).id,
    );
  const conference = await ok<{ id: number }>(host, 'conferences.create', {
    name,
    kind: 'hoc_tap_nghi_quyet',
    date: '2026-12-30',
    session: 'sang',
    startTime: '08:00',
    hostBody: 'Tỉnh ủy Thái Nguyên',
  });
  await ok(host, 'conferenceBridgePoints.attach', { conferenceId: conference.id, bridgePointIds: points });
  const cbps = await ok<{ id: number }[]>(host, 'conferenceBridgePoints.list', { conferenceId: conference.id });
  const rows = Array.from({ length: attendees }, (_, i) => {
    const person = generatePerson(random);
    return {
      fullName: person.fullName,
      gender: person.gender,
      birthYear: person.birthYear,
      phone: `09${String(i).padStart(8, '0')}`,
      position: communePositions[i % communePositions.length],
      unit: `Đảng ủy xã số ${Math.floor(i / 100) + 1}`,
      conferenceBridgePointId: cbps[Math.floor(i / 100)].id,
      status: 'co_mat',
    };
  });
  for (let start = 0; start < rows.length; start += 100_000)
    await ok(host, 'attendees.add', { conferenceId: conference.id, rows: rows.slice(start, start + 100_000) });
  return conference.id;
}
