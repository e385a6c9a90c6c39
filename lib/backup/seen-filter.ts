/**
 * What an import has seen (note ids, duplicate keys), in about two bytes a string whatever their length: a Bloom
 * filter that grows by adding layers, each twice the size of the one before. It answers "never seen" for certain
 * and "perhaps seen" with under 0.5% false alarms, which the import confirms by reading the store. An import of a
 * million notes holds a few MB here, where a Set of a million hashes held some 40 MB.
 */

/** Bits per string in each layer, and probes per string: about 0.05% false alarms for a full layer. */
const BITS_PER_ENTRY = 16;
const PROBES = 10;

interface Layer {
  bits: Uint32Array;
  mask: number;
  capacity: number;
  count: number;
}

function newLayer(capacity: number): Layer {
  const size = capacity * BITS_PER_ENTRY; // a power of two: capacities are
  return { bits: new Uint32Array(size / 32), mask: size - 1, capacity, count: 0 };
}

/** Two independent 32-bit hashes of a string (FNV-1a and a multiply-xorshift), finalised with Murmur3's mixer. */
function hashes(text: string): [number, number] {
  let a = 0x811c9dc5;
  let b = 0x9747b28c;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x5bd1e995);
    b ^= b >>> 13;
  }
  return [mix(a), mix(b) | 1]; // the step is odd: every probe lands on a different bit of a power-of-two table
}

function mix(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

export class SeenFilter {
  private readonly layers: Layer[] = [];

  /** `firstCapacity` (a power of two) strings fit the first layer. */
  constructor(private readonly firstCapacity = 1 << 14) {}

  add(text: string): void {
    let layer = this.layers[this.layers.length - 1];
    if (!layer || layer.count >= layer.capacity) {
      layer = newLayer(layer ? layer.capacity * 2 : this.firstCapacity);
      this.layers.push(layer);
    }
    const [h1, h2] = hashes(text);
    for (let i = 0; i < PROBES; i++) {
      const bit = (h1 + Math.imul(i, h2)) & layer.mask;
      layer.bits[bit >>> 5] |= 1 << (bit & 31);
    }
    layer.count++;
  }

  /** False: `text` was never added. True: it perhaps was. */
  mightHave(text: string): boolean {
    if (!this.layers.length) return false;
    const [h1, h2] = hashes(text);
    return this.layers.some((layer) => {
      for (let i = 0; i < PROBES; i++) {
        const bit = (h1 + Math.imul(i, h2)) & layer.mask;
        if ((layer.bits[bit >>> 5] & (1 << (bit & 31))) === 0) return false;
      }
      return true;
    });
  }

  /** The memory the filter holds, in bytes. */
  get bytes(): number {
    return this.layers.reduce((sum, layer) => sum + layer.bits.byteLength, 0);
  }
}
