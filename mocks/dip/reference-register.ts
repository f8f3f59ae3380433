// The sender unique references the DIP has accepted in a run, for MSG1006 ("reference already
// used") across batches. A run must remember every one, so this is the only part of the
// emulator's memory that grows with the messages it takes: as a Set of strings it cost about
// 95 bytes a message (`npm run bench:soak`, 10 minutes at 500/s: +28 MB). Here a reference is
// split at its last '-' into a prefix its sender repeats (S-IF-031-1000000001-SUP-20260915-)
// and the sequence after it; the prefix is kept once, the sequence as bytes in one growing
// buffer, found again through an open-addressing table of typed arrays: 30 to 45 bytes a
// reference. Exact: two references are the same only when their prefix and sequence are.

/** The table doubles before it is three-quarters full: linear probing stays short, and the table small. */
const INITIAL_SLOTS = 1024;
const INITIAL_BYTES = 16 * 1024;
/** The sequence length's top bit: its code units take two bytes each. */
const WIDE = 0x8000;
const LENGTH_MASK = 0x7fff;

/** FNV-1a over the UTF-16 code units, mixed with the prefix's number. */
function hashOf(prefixId: number, sequence: string): number {
  let hash = (0x811c9dc5 ^ prefixId) >>> 0;
  for (let index = 0; index < sequence.length; index += 1) {
    hash ^= sequence.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash;
}

export class ReferenceRegister {
  private readonly prefixIds = new Map<string, number>();
  /** Per slot: 1 + where its entry starts in `bytes`, or 0 for an empty slot. */
  private slots = new Uint32Array(INITIAL_SLOTS);
  /** Per slot: the entry's hash, so most probes never read the bytes. */
  private hashes = new Uint32Array(INITIAL_SLOTS);
  /**
   * Entries back to back: prefix number (4 bytes), then the sequence's length (2 bytes, top bit
   * set when its code units take two bytes each), then its code units (one byte each when all are
   * below 256, as the grammar's letters and digits are).
   */
  private bytes = Buffer.allocUnsafeSlow(INITIAL_BYTES);
  private used = 0;
  private count = 0;

  get size(): number {
    return this.count;
  }

  has(reference: string): boolean {
    const { prefix, sequence } = split(reference);
    const prefixId = this.prefixIds.get(prefix);
    return prefixId !== undefined && this.slotOf(prefixId, sequence, hashOf(prefixId, sequence)) >= 0;
  }

  add(reference: string): void {
    const { prefix, sequence } = split(reference);
    let prefixId = this.prefixIds.get(prefix);
    if (prefixId === undefined) this.prefixIds.set(prefix, (prefixId = this.prefixIds.size));
    const hash = hashOf(prefixId, sequence);
    const found = this.slotOf(prefixId, sequence, hash);
    if (found >= 0) return;
    if ((this.count + 1) * 4 > this.slots.length * 3) this.grow();
    const start = this.write(prefixId, sequence);
    this.place(start, hash);
    this.count += 1;
  }

  /** The slot holding this entry, or -1. */
  private slotOf(prefixId: number, sequence: string, hash: number): number {
    const mask = this.slots.length - 1;
    for (let slot = hash & mask; this.slots[slot] !== 0; slot = (slot + 1) & mask) {
      if (this.hashes[slot] === hash && this.matches(this.slots[slot]! - 1, prefixId, sequence)) return slot;
    }
    return -1;
  }

  private matches(start: number, prefixId: number, sequence: string): boolean {
    const header = this.bytes.readUInt16LE(start + 4);
    if (this.bytes.readUInt32LE(start) !== prefixId || (header & LENGTH_MASK) !== sequence.length) return false;
    const wide = (header & WIDE) !== 0;
    for (let index = 0; index < sequence.length; index += 1) {
      const unit = wide ? this.bytes.readUInt16LE(start + 6 + index * 2) : this.bytes[start + 6 + index]!;
      if (unit !== sequence.charCodeAt(index)) return false;
    }
    return true;
  }

  private write(prefixId: number, sequence: string): number {
    let wide = false;
    for (let index = 0; index < sequence.length && !wide; index += 1) wide = sequence.charCodeAt(index) > 0xff;
    const needed = 6 + sequence.length * (wide ? 2 : 1);
    if (this.used + needed > this.bytes.length) {
      // Not zero-filled: only the bytes written are ever read, and untouched pages cost no memory.
      const bigger = Buffer.allocUnsafeSlow(Math.max(Math.ceil(this.bytes.length * 1.5), this.used + needed));
      this.bytes.copy(bigger, 0, 0, this.used);
      this.bytes = bigger;
    }
    const start = this.used;
    this.bytes.writeUInt32LE(prefixId, start);
    this.bytes.writeUInt16LE(sequence.length | (wide ? WIDE : 0), start + 4);
    for (let index = 0; index < sequence.length; index += 1) {
      if (wide) this.bytes.writeUInt16LE(sequence.charCodeAt(index), start + 6 + index * 2);
      else this.bytes[start + 6 + index] = sequence.charCodeAt(index);
    }
    this.used += needed;
    return start;
  }

  private place(start: number, hash: number): void {
    const mask = this.slots.length - 1;
    let slot = hash & mask;
    while (this.slots[slot] !== 0) slot = (slot + 1) & mask;
    this.slots[slot] = start + 1;
    this.hashes[slot] = hash;
  }

  private grow(): void {
    const [slots, hashes] = [this.slots, this.hashes];
    this.slots = new Uint32Array(slots.length * 2);
    this.hashes = new Uint32Array(slots.length * 2);
    for (let slot = 0; slot < slots.length; slot += 1) if (slots[slot] !== 0) this.place(slots[slot]! - 1, hashes[slot]!);
  }
}

/**
 * A reference's shared part and its own part. A reference without '-' (it failed the grammar
 * check, which the DIP lets through) is all sequence; one longer than a sequence length can
 * hold keeps its excess in the prefix, which stays exact, only less compact.
 */
function split(reference: string): { prefix: string; sequence: string } {
  const cut = Math.max(reference.lastIndexOf('-') + 1, reference.length - LENGTH_MASK);
  return { prefix: reference.slice(0, cut), sequence: reference.slice(cut) };
}
