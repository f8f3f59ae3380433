// The ISD look-up the DIP and the central systems use: DIP ID ↔ MPID ↔ role, plus what the
// emulator needs to reach a participant (webhook) and to know it (API key). Simulated central
// parties (SMRS as REGS, CSS …) are registered here too, so every sender is known.

export interface Party {
  readonly dipId: string;
  readonly mpid: string;
  readonly role: string;
  readonly name: string;
  /** Where the DIP pushes publications for this party; absent for simulated parties. */
  readonly webhookUrl?: string;
  /** The X-API-Key this party submits with; absent for simulated parties. */
  readonly apiKey?: string;
}

export class PartyDirectory {
  private readonly byDipId = new Map<string, Party>();

  constructor(parties: readonly Party[] = []) {
    for (const party of parties) this.add(party);
  }

  add(party: Party): void {
    if (this.byDipId.has(party.dipId)) throw new Error(`DIP ID ${party.dipId} is registered twice (${party.name})`);
    this.byDipId.set(party.dipId, party);
  }

  byDip(dipId: string): Party | undefined {
    return this.byDipId.get(dipId);
  }

  withRole(role: string): Party[] {
    return [...this.byDipId.values()].filter((party) => party.role === role);
  }

  /** The party an API key belongs to (keys are compared in constant time). */
  byApiKey(key: string | null): Party | undefined {
    if (!key) return undefined;
    return [...this.byDipId.values()].find((party) => party.apiKey !== undefined && constantTimeEquals(party.apiKey, key));
  }

  get all(): readonly Party[] {
    return [...this.byDipId.values()];
  }
}

function constantTimeEquals(a: string, b: string): boolean {
  let difference = a.length ^ b.length;
  for (let i = 0; i < Math.max(a.length, b.length); i += 1) difference |= (a.charCodeAt(i) || 0) ^ (b.charCodeAt(i) || 0);
  return difference === 0;
}
