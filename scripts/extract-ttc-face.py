#!/usr/bin/env python3
"""Cuts one face out of a TrueType collection (.ttc) into a standalone .ttf.

PDFsharp cannot open .ttc collections (STACK.md), so the portal ships WenQuanYi Micro Hei's face 0 as a .ttf.
This is how that file was made: python3 scripts/extract-ttc-face.py /usr/share/fonts/truetype/wqy/wqy-microhei.ttc 0 out.ttf
A face is its table directory plus the tables it points to; offsets are rewritten for the new file.
"""
import struct
import sys


def extract(ttc_path: str, face: int, out_path: str) -> None:
    data = open(ttc_path, "rb").read()
    tag, _version, num_fonts = struct.unpack(">4sII", data[:12])
    if tag != b"ttcf":
        raise SystemExit(f"{ttc_path} is not a TrueType collection")
    if face >= num_fonts:
        raise SystemExit(f"face {face} out of range (collection has {num_fonts})")
    offset = struct.unpack(">I", data[12 + 4 * face:16 + 4 * face])[0]
    sfnt_version, num_tables, search_range, entry_selector, range_shift = struct.unpack(">IHHHH", data[offset:offset + 12])
    records = []
    for i in range(num_tables):
        rec = data[offset + 12 + 16 * i: offset + 28 + 16 * i]
        table_tag, checksum, table_offset, length = struct.unpack(">4sIII", rec)
        records.append((table_tag, checksum, table_offset, length))

    header = struct.pack(">IHHHH", sfnt_version, num_tables, search_range, entry_selector, range_shift)
    position = 12 + 16 * num_tables
    directory = b""
    body = b""
    for table_tag, checksum, table_offset, length in records:
        directory += struct.pack(">4sIII", table_tag, checksum, position + len(body), length)
        table = data[table_offset:table_offset + length]
        body += table + b"\0" * ((4 - length % 4) % 4)  # tables start on 4-byte boundaries
    with open(out_path, "wb") as out:
        out.write(header + directory + body)


if __name__ == "__main__":
    if len(sys.argv) != 4:
        raise SystemExit(__doc__)
    extract(sys.argv[1], int(sys.argv[2]), sys.argv[3])
