// Just enough protobuf reading for Anki's schema-18 config blobs (notetype kind, template formats).
export interface ProtoField {
  field: number;
  wire: number;
  varint?: number;
  bytes?: Uint8Array;
}

export function readProto(buf: Uint8Array): ProtoField[] {
  const out: ProtoField[] = [];
  let p = 0;
  const varint = (): number => {
    let result = 0, mul = 1;
    for (let i = 0; i < 10; i++) {
      if (p >= buf.length) throw new Error('truncated varint');
      const b = buf[p++]!;
      result += (b & 0x7f) * mul;
      if (!(b & 0x80)) return result;
      mul *= 128;
    }
    throw new Error('bad varint');
  };
  while (p < buf.length) {
    const key = varint();
    const field = Math.floor(key / 8), wire = key & 7;
    if (wire === 0) out.push({ field, wire, varint: varint() });
    else if (wire === 2) {
      const len = varint();
      if (p + len > buf.length) throw new Error('truncated field');
      out.push({ field, wire, bytes: buf.subarray(p, p + len) });
      p += len;
    } else if (wire === 1) p += 8;
    else if (wire === 5) p += 4;
    else throw new Error(`unsupported wire type ${wire}`);
  }
  return out;
}

export function protoString(fields: ProtoField[], n: number): string | undefined {
  const f = fields.find((x) => x.field === n && x.bytes);
  return f?.bytes ? new TextDecoder().decode(f.bytes) : undefined;
}

export function protoVarint(fields: ProtoField[], n: number): number | undefined {
  return fields.find((x) => x.field === n && x.varint !== undefined)?.varint;
}
