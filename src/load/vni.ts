// Decodes text typed in VNI fonts (VNI-Times …): a base letter followed by Latin-1 mark characters, longest match first.

// Each vowel group lists the six tones in the order: none, sắc, huyền, hỏi, ngã, nặng.
// The VNI sequences per group come from the VNI Windows font layout (the table xvnkb's vni.h also uses).
const GROUPS: [unicode: string, vni: string[]][] = [
  ['aáàảãạ', ['a', 'aù', 'aø', 'aû', 'aõ', 'aï']],
  ['âấầẩẫậ', ['aâ', 'aá', 'aà', 'aå', 'aã', 'aä']],
  ['ăắằẳẵặ', ['aê', 'aé', 'aè', 'aú', 'aü', 'aë']],
  ['eéèẻẽẹ', ['e', 'eù', 'eø', 'eû', 'eõ', 'eï']],
  ['êếềểễệ', ['eâ', 'eá', 'eà', 'eå', 'eã', 'eä']],
  ['oóòỏõọ', ['o', 'où', 'oø', 'oû', 'oõ', 'oï']],
  ['ôốồổỗộ', ['oâ', 'oá', 'oà', 'oå', 'oã', 'oä']],
  ['ơớờởỡợ', ['ô', 'ôù', 'ôø', 'ôû', 'ôõ', 'ôï']],
  ['uúùủũụ', ['u', 'uù', 'uø', 'uû', 'uõ', 'uï']],
  ['ưứừửữự', ['ö', 'öù', 'öø', 'öû', 'öõ', 'öï']],
  ['iíìỉĩị', ['i', 'í', 'ì', 'æ', 'ó', 'ò']],
  ['yýỳỷỹỵ', ['y', 'yù', 'yø', 'yû', 'yõ', 'î']],
  ['đ', ['ñ']],
];

let table: Map<string, string> | undefined;

/** VNI sequence → Unicode letter, both cases (VNI capitals use the capital forms of the same mark characters). */
export function vniTable(): Map<string, string> {
  if (table) return table;
  const t = new Map<string, string>();
  for (const [letters, seqs] of GROUPS) {
    Array.from(letters).forEach((letter, i) => {
      const seq = seqs[i];
      if (seq === undefined || seq === letter) return;
      t.set(seq, letter);
      t.set(seq.toUpperCase(), letter.toUpperCase());
    });
  }
  table = t;
  return t;
}

/** Converts a VNI-encoded string (as Word stores it: one Latin-1 character per byte) to Unicode. */
export function decodeVni(s: string): string {
  const t = vniTable();
  let out = '';
  let i = 0;
  while (i < s.length) {
    const two = s.slice(i, i + 2);
    const hit2 = two.length === 2 ? t.get(two) : undefined;
    if (hit2 !== undefined) {
      out += hit2;
      i += 2;
      continue;
    }
    const one = s.charAt(i);
    out += t.get(one) ?? one;
    i += 1;
  }
  return out;
}

/** Encodes Unicode Vietnamese to VNI (used by tests to build legacy-font fixtures). */
export function encodeVni(s: string): string {
  const reverse = new Map<string, string>();
  for (const [seq, letter] of vniTable()) reverse.set(letter, seq);
  return Array.from(s.normalize('NFC'), (c) => reverse.get(c) ?? c).join('');
}
