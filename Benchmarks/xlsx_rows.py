#!/usr/bin/env python3
"""Writes a workbook of one sheet with ROWS rows (default 1,048,576, Excel's most): a header
and one system a row, its ID, Name and Area as shared strings and its Annual Cost a number,
as Excel lays a sheet out. The standard library only; written as it goes, never held whole.

    python3 Benchmarks/xlsx_rows.py big.xlsx [ROWS]
    /usr/bin/time -v .build/release/cleave import xlsx big.xlsx -o big --force
"""
import sys
import zipfile

MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
AREAS = 12


def main():
    path = sys.argv[1]
    rows = int(sys.argv[2]) if len(sys.argv) > 2 else 1 << 20
    items = rows - 1
    # Shared strings: the four headers, the areas, then each item's id and name.
    headers = ["ID", "Name", "Area", "Annual Cost"]
    areas = ["Area %d" % a for a in range(AREAS)]
    first_item = len(headers) + AREAS
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=6) as book:
        book.writestr("[Content_Types].xml", '<?xml version="1.0" encoding="UTF-8"?>'
                      '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>')
        book.writestr("xl/workbook.xml", '<?xml version="1.0" encoding="UTF-8"?>'
                      '<workbook xmlns="%s" xmlns:r="%s"><sheets>'
                      '<sheet name="Systems" sheetId="1" r:id="rId1"/></sheets></workbook>' % (MAIN, REL))
        book.writestr("xl/_rels/workbook.xml.rels", '<?xml version="1.0" encoding="UTF-8"?>'
                      '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                      '<Relationship Id="rId1" Type="%s/worksheet" Target="worksheets/sheet1.xml"/>'
                      '</Relationships>' % REL)
        with book.open("xl/sharedStrings.xml", "w", force_zip64=True) as out:
            count = first_item + 2 * items
            out.write(('<?xml version="1.0" encoding="UTF-8"?>'
                       '<sst xmlns="%s" count="%d" uniqueCount="%d">' % (MAIN, count, count)).encode())
            out.write("".join("<si><t>%s</t></si>" % s for s in headers + areas).encode())
            chunk = []
            for n in range(1, items + 1):
                chunk.append("<si><t>sys-%07d</t></si><si><t>System %d</t></si>" % (n, n))
                if len(chunk) == 10000:
                    out.write("".join(chunk).encode())
                    chunk = []
            out.write(("".join(chunk) + "</sst>").encode())
        with book.open("xl/worksheets/sheet1.xml", "w", force_zip64=True) as out:
            out.write(('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
                       '<worksheet xmlns="%s"><dimension ref="A1:D%d"/><sheetData>' % (MAIN, rows)).encode())
            out.write(('<row r="1" spans="1:4">' + "".join(
                '<c r="%s1" t="s"><v>%d</v></c>' % (col, k) for k, col in enumerate("ABCD")) + "</row>").encode())
            chunk = []
            for r in range(2, rows + 1):
                n = r - 1
                chunk.append('<row r="%d" spans="1:4"><c r="A%d" t="s"><v>%d</v></c><c r="B%d" t="s"><v>%d</v></c>'
                             '<c r="C%d" t="s"><v>%d</v></c><c r="D%d"><v>%d</v></c></row>'
                             % (r, r, first_item + 2 * (n - 1), r, first_item + 2 * (n - 1) + 1,
                                r, len(headers) + n % AREAS, r, 1000 + (n * 37) % 50000))
                if len(chunk) == 10000:
                    out.write("".join(chunk).encode())
                    chunk = []
            out.write(("".join(chunk) + "</sheetData></worksheet>").encode())


if __name__ == "__main__":
    main()
