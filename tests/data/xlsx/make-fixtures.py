#!/usr/bin/python3
"""make-fixtures.py — build the .xlsx fixtures of tests/t-xlsxread.c.

Run with the system Python, which has openpyxl:

    /usr/bin/python3 tests/data/xlsx/make-fixtures.py

The outputs are committed; rerun only to change them.  Zip timestamps and
document properties are fixed so that a rerun gives the same bytes.

  basic.xlsx      written by openpyxl (inline strings with character
                  references), numbers, dates, bools, a formula without a
                  cached value, Japanese text, hidden and veryHidden sheets,
                  an empty sheet
  date1904.xlsx   openpyxl with the 1904 date system
  excel.xlsx      hand-written the way Japanese Excel writes: phonetic <rPh>,
                  rich text, xml:space, _x000D_, inline strings, cached
                  formula results, t="e"/"d"/"str", custom date formats,
                  absolute and ../ relationship targets
  prefixed.xlsx   Strict OOXML with x: prefixes everywhere, no r attributes,
                  the workbook at wb/book.xml
  fallback.xlsx   no relationship parts at all (conventional part names)
  bad.xlsx        one sheet per fault: malformed XML, a missing shared
                  string, a bad cell reference, a bad number, a cell beyond
                  column XFD, one beyond row 1048576, a billion-laughs DOCTYPE
  xxe.xlsx        an external entity in workbook.xml
  bomb.xlsx       a sheet inflating to 2 MiB from a few KiB
  liar.xlsx       the same, its zip headers claiming 1000 bytes
  entries.xlsx    a valid workbook with 120 zip entries
  docx.xlsx       a zip whose office document is not a workbook
  noworkbook.xlsx a zip without a workbook
  notzip.xlsx     a CSV file under an .xlsx name
  old.xls         the first bytes of an OLE2 (old .xls) file
"""
import datetime
import os
import re
import struct
import zipfile

import openpyxl

HERE = os.path.dirname(os.path.abspath(__file__))
STAMP = (2024, 4, 1, 0, 0, 0)

MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
RNS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
PKG = "http://schemas.openxmlformats.org/package/2006/relationships"
MC = "http://schemas.openxmlformats.org/markup-compatibility/2006"
X14AC = "http://schemas.microsoft.com/office/spreadsheetml/2009/9/ac"
DECL = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n'


def out(name):
    return os.path.join(HERE, name)


def write_zip(name, parts, method=zipfile.ZIP_DEFLATED):
    """Write parts, a list of (part name, str or bytes), in this order."""
    with zipfile.ZipFile(out(name), "w") as z:
        for part, data in parts:
            if isinstance(data, str):
                data = data.encode("utf-8")
            info = zipfile.ZipInfo(part, date_time=STAMP)
            info.compress_type = method
            z.writestr(info, data)


def rezip(name):
    """Rewrite an openpyxl output with fixed timestamps and properties."""
    with zipfile.ZipFile(out(name)) as z:
        parts = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    fixed = []
    for part, data in parts:
        if part == "docProps/core.xml":
            data = re.sub(rb"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ",
                          b"2024-04-01T00:00:00Z", data)
        fixed.append((part, data))
    write_zip(name, fixed)


def content_types(sheets=1, sst=True, styles=True, wb="/xl/workbook.xml"):
    ct = ('<Types xmlns="http://schemas.openxmlformats.org/package/2006/'
          'content-types"><Default Extension="rels" ContentType="application'
          '/vnd.openxmlformats-package.relationships+xml"/><Default '
          'Extension="xml" ContentType="application/xml"/>')
    ct += ('<Override PartName="%s" ContentType="application/vnd.'
           'openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
           % wb)
    for i in range(1, sheets + 1):
        ct += ('<Override PartName="/xl/worksheets/sheet%d.xml" ContentType='
               '"application/vnd.openxmlformats-officedocument.spreadsheetml'
               '.worksheet+xml"/>' % i)
    if sst:
        ct += ('<Override PartName="/xl/sharedStrings.xml" ContentType='
               '"application/vnd.openxmlformats-officedocument.spreadsheetml'
               '.sharedStrings+xml"/>')
    if styles:
        ct += ('<Override PartName="/xl/styles.xml" ContentType="application'
               '/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"'
               '/>')
    return DECL + ct + "</Types>"


def package_rels(target="xl/workbook.xml", ns=RNS):
    return (DECL + '<Relationships xmlns="%s"><Relationship Id="rId1" '
            'Type="%s/officeDocument" Target="%s"/></Relationships>'
            % (PKG, ns, target))


def workbook(sheets):
    """sheets: list of (name, state or None)."""
    s = "".join('<sheet name="%s" sheetId="%d"%s r:id="rId%d"/>'
                % (n, i + 1, ' state="%s"' % st if st else "", i + 1)
                for i, (n, st) in enumerate(sheets))
    return (DECL + '<workbook xmlns="%s" xmlns:r="%s"><workbookPr/>'
            '<sheets>%s</sheets></workbook>' % (MAIN, RNS, s))


def workbook_rels(n, extra=""):
    s = "".join('<Relationship Id="rId%d" Type="%s/worksheet" '
                'Target="worksheets/sheet%d.xml"/>' % (i, RNS, i)
                for i in range(1, n + 1))
    return DECL + '<Relationships xmlns="%s">%s%s</Relationships>' % (
        PKG, s, extra)


def sheet(rows):
    return (DECL + '<worksheet xmlns="%s" xmlns:r="%s"><sheetData>%s'
            '</sheetData></worksheet>' % (MAIN, RNS, rows))


def simple_parts(sheet_xml, extra=()):
    """A minimal workbook with one sheet and no shared strings or styles."""
    return [
        ("[Content_Types].xml", content_types(1, False, False)),
        ("_rels/.rels", package_rels()),
        ("xl/workbook.xml", workbook([("Sheet1", None)])),
        ("xl/_rels/workbook.xml.rels", workbook_rels(1)),
        ("xl/worksheets/sheet1.xml", sheet_xml),
    ] + list(extra)


# ---- openpyxl ---------------------------------------------------------------

def make_basic():
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "回答"
    ws.append(["氏名", "年齢", "回答日", "同意", "合計", "比率", "和暦",
               "率", "金額"])
    ws.append(["山田 太郎", 42, datetime.date(2024, 4, 1), True, "=B2*2",
               3.25, datetime.datetime(2024, 4, 1, 12, 0), -0.5, 1234])
    ws["G2"].number_format = '[$-411]ggge"年"m"月"d"日"'
    ws["H2"].number_format = "0.00%"
    ws["I2"].number_format = '#,##0"円"'
    ws["A3"] = "改行\nあり"
    ws["D3"] = False
    hidden = wb.create_sheet("隠し")
    hidden["A1"] = "secret"
    hidden.sheet_state = "hidden"
    very = wb.create_sheet("とても隠し")
    very["B2"] = 7
    very.sheet_state = "veryHidden"
    wb.create_sheet("Empty")
    fixed = datetime.datetime(2024, 4, 1)
    wb.properties.created = fixed
    wb.properties.modified = fixed
    wb.save(out("basic.xlsx"))
    rezip("basic.xlsx")


def make_1904():
    from openpyxl.utils.datetime import CALENDAR_MAC_1904
    wb = openpyxl.Workbook()
    wb.epoch = CALENDAR_MAC_1904
    ws = wb.active
    ws["A1"] = datetime.date(2024, 4, 1)
    ws["A2"] = 100
    wb.save(out("date1904.xlsx"))
    rezip("date1904.xlsx")


# ---- Excel-style, by hand ---------------------------------------------------

EXCEL_SST = """<sst xmlns="%s" count="9" uniqueCount="8">\
<si><t>氏名</t><rPh sb="0" eb="2"><t>シメイ</t></rPh><phoneticPr fontId="1"/></si>\
<si><r><rPr><b/><sz val="11"/><color theme="1"/><rFont val="游ゴシック"/>\
<family val="3"/><charset val="128"/><scheme val="minor"/></rPr><t>太字</t></r>\
<r><rPr><sz val="11"/><color theme="1"/><rFont val="游ゴシック"/><family val="3"/>\
<charset val="128"/><scheme val="minor"/></rPr><t xml:space="preserve"> と普通</t></r>\
<rPh sb="0" eb="2"><t>フトジ</t></rPh><rPh sb="3" eb="5"><t>フツウ</t></rPh>\
<phoneticPr fontId="1"/></si>\
<si><t xml:space="preserve">  前後に空白  </t></si>\
<si><t>1行目_x000D_
2行目</t></si>\
<si><t>a_x005F_x000D_b</t></si>\
<si><t/></si>\
<si><t>&lt;tag&gt; &amp; "引用"</t></si>\
<si><t>絵文字_xD83D__xDE00_</t></si>\
</sst>""" % MAIN

EXCEL_STYLES = """<styleSheet xmlns="%s" xmlns:mc="%s" mc:Ignorable="x14ac" \
xmlns:x14ac="%s">\
<numFmts count="4">\
<numFmt numFmtId="176" formatCode="[$-411]ggge&quot;年&quot;m&quot;月&quot;d&quot;日&quot;;@"/>\
<numFmt numFmtId="177" formatCode="#,##0&quot;円&quot;"/>\
<numFmt numFmtId="178" formatCode="yyyy/m/d"/>\
<numFmt numFmtId="179" formatCode="&quot;d&quot;0\\h_);[Red]\\(0\\)"/>\
</numFmts>\
<fonts count="1"><font><sz val="11"/><name val="游ゴシック"/></font></fonts>\
<fills count="1"><fill><patternFill patternType="none"/></fill></fills>\
<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>\
<cellStyleXfs count="1"><xf numFmtId="14" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>\
<cellXfs count="8">\
<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>\
<xf numFmtId="14" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>\
<xf numFmtId="176" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>\
<xf numFmtId="177" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>\
<xf numFmtId="22" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>\
<xf numFmtId="10" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>\
<xf numFmtId="178" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>\
<xf numFmtId="179" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1">\
<alignment vertical="center"/></xf>\
</cellXfs>\
<cellStyles count="1"><cellStyle name="標準" xfId="0" builtinId="0"/></cellStyles>\
</styleSheet>""" % (MAIN, MC, X14AC)

EXCEL_SHEET1 = """<worksheet xmlns="%s" xmlns:r="%s" xmlns:mc="%s" \
mc:Ignorable="x14ac xr" xmlns:x14ac="%s">\
<dimension ref="A1:AB6"/><sheetViews><sheetView tabSelected="1" workbookViewId="0">\
<selection activeCell="A1" sqref="A1"/></sheetView></sheetViews>\
<sheetFormatPr defaultRowHeight="18.75" x14ac:dyDescent="0.4"/>\
<cols><col min="1" max="1" width="12" customWidth="1"/></cols>
<sheetData>
<row r="1" spans="1:4" x14ac:dyDescent="0.4"><c r="A1" s="0" t="s"><v>0</v></c>\
<c r="B1" t="s"><v>1</v></c><c r="C1" s="1"/><c r="D1" t="s"><v>5</v></c></row>
<row r="2" spans="1:9" x14ac:dyDescent="0.4"><c r="A2"><v>42</v></c>\
<c r="B2" t="n"><v>3.5</v></c><c r="C2" s="1"><v>45383</v></c>\
<c r="D2" s="2"><v>45383.5</v></c><c r="E2" s="3"><v>1234</v></c>\
<c r="F2" s="5"><v>0.25</v></c><c r="G2" s="6"><v>45384</v></c>\
<c r="H2" s="7"><v>2</v></c><c r="I2" s="4"><v>45383.25</v></c></row>
<row r="3" spans="1:9" x14ac:dyDescent="0.4"><c r="A3" t="b"><v>1</v></c>\
<c r="B3" t="b"><v>0</v></c><c r="C3" t="e"><f>NA()</f><v>#N/A</v></c>\
<c r="D3"><f>SUM(A2:B2)</f><v>45.5</v></c>\
<c r="E3" t="str"><f>A1&amp;"様"</f><v>氏名様</v></c>\
<c r="F3" t="inlineStr"><is><t>インライン</t></is></c>\
<c r="G3" t="d"><v>2024-04-01T00:00:00Z</v></c>\
<c r="H3" t="inlineStr"><is><r><t>漢</t></r><r><rPr><b/></rPr><t>字</t></r>\
<rPh sb="0" eb="2"><t>カンジ</t></rPh></is></c>\
<c r="I3" t="str"><f>""</f><v></v></c></row>
<row r="4" spans="1:28"><c r="A4" t="s"><v>2</v></c><c r="B4" t="s"><v>3</v></c>\
<c r="C4" t="s"><v>4</v></c><c r="D4" t="s"><v>6</v></c><c r="E4" t="s"><v>7</v></c>\
<c r="AB4"><v>7</v></c></row>
<row r="5" ht="30" customHeight="1"/>
<row r="6"><c r="B6"><v>1E-3</v></c></row>
</sheetData>\
<phoneticPr fontId="1"/>\
<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>\
<extLst><ext uri="{CCE6A557-97BC-4b89-ADB6-D9C93CAAB3DF}" \
xmlns:x14="http://schemas.microsoft.com/office/spreadsheetml/2009/9/main">\
<x14:dataValidations count="1" \
xmlns:xm="http://schemas.microsoft.com/office/excel/2006/main">\
<x14:dataValidation type="list"><x14:formula1><xm:f>集計!$A$1:$A$3</xm:f>\
</x14:formula1><xm:sqref>A2</xm:sqref></x14:dataValidation></x14:dataValidations>\
</ext></extLst></worksheet>""" % (MAIN, RNS, MC, X14AC)

EXCEL_SHEET2 = """<worksheet xmlns="%s"><sheetData><row r="1"><c r="A1" t="s">\
<v>0</v></c></row></sheetData></worksheet>""" % MAIN

EXCEL_WORKBOOK = """<workbook xmlns="%s" xmlns:r="%s" xmlns:mc="%s" \
mc:Ignorable="x15 xr xr6 xr10 xr2">\
<fileVersion appName="xl" lastEdited="7" lowestEdited="7" rupBuild="27328"/>\
<workbookPr defaultThemeVersion="164011"/>\
<mc:AlternateContent xmlns:mc="%s"><mc:Choice Requires="x15">\
<x15ac:absPath url="C:\\Users\\tanaka\\Desktop\\" \
xmlns:x15ac="http://schemas.microsoft.com/office/spreadsheetml/2010/11/ac"/>\
</mc:Choice></mc:AlternateContent>\
<bookViews><workbookView xWindow="-120" yWindow="-120" windowWidth="29040" \
windowHeight="15840"/></bookViews>\
<sheets><sheet name="調査票" sheetId="1" r:id="rId1"/>\
<sheet name="集計" sheetId="2" state="hidden" r:id="rId2"/></sheets>\
<definedNames><definedName name="_xlnm.Print_Area" localSheetId="0">\
調査票!$A$1:$I$6</definedName></definedNames>\
<calcPr calcId="191029"/></workbook>""" % (MAIN, RNS, MC, MC)

EXCEL_WB_RELS = """<Relationships xmlns="%s">\
<Relationship Id="rId3" Type="%s/theme" Target="theme/theme1.xml"/>\
<Relationship Id="rId5" Type="%s/sharedStrings" Target="/xl/sharedStrings.xml"/>\
<Relationship Id="rId2" Type="%s/worksheet" Target="worksheets/../worksheets/sheet2.xml"/>\
<Relationship Id="rId4" Type="%s/styles" Target="styles.xml"/>\
<Relationship Id="rId1" Type="%s/worksheet" Target="/xl/worksheets/sheet1.xml"/>\
</Relationships>""" % (PKG, RNS, RNS, RNS, RNS, RNS)


def make_excel():
    pkg_rels = (DECL + '<Relationships xmlns="%s"><Relationship Id="rId3" '
                'Type="%s/extended-properties" Target="docProps/app.xml"/>'
                '<Relationship Id="rId2" Type="http://schemas.openxmlformats'
                '.org/package/2006/relationships/metadata/core-properties" '
                'Target="docProps/core.xml"/><Relationship Id="rId1" '
                'Type="%s/officeDocument" Target="xl/workbook.xml"/>'
                '</Relationships>' % (PKG, RNS, RNS))
    # Parts deliberately not in the usual order.
    write_zip("excel.xlsx", [
        ("xl/worksheets/sheet2.xml", DECL + EXCEL_SHEET2),
        ("xl/sharedStrings.xml", DECL + EXCEL_SST),
        ("[Content_Types].xml", content_types(2)),
        ("xl/worksheets/sheet1.xml", DECL + EXCEL_SHEET1),
        ("xl/_rels/workbook.xml.rels", DECL + EXCEL_WB_RELS),
        ("_rels/.rels", pkg_rels),
        ("xl/styles.xml", DECL + EXCEL_STYLES),
        ("xl/workbook.xml", DECL + EXCEL_WORKBOOK),
    ])


# ---- Strict OOXML with prefixes, no r attributes ----------------------------

SMAIN = "http://purl.oclc.org/ooxml/spreadsheetml/main"
SREL = "http://purl.oclc.org/ooxml/officeDocument/relationships"


def make_prefixed():
    book = ('<?xml version="1.0" encoding="utf-8"?><x:workbook xmlns:x="%s" '
            'xmlns:r="%s"><x:sheets><x:sheet name="Data" sheetId="1" '
            'r:id="Rb1"/><x:sheet name="Other" sheetId="2" '
            'state="veryHidden" r:id="Rb2"/></x:sheets></x:workbook>'
            % (SMAIN, SREL))
    rels = ('<?xml version="1.0" encoding="utf-8"?><Relationships xmlns="%s">'
            '<Relationship Id="Rb1" Type="%s/worksheet" '
            'Target="sheets/data.xml"/><Relationship Id="Rb2" '
            'Type="%s/worksheet" Target="./sheets/other.xml"/>'
            '<Relationship Id="Rs" Type="%s/sharedStrings" '
            'Target="strings.xml"/><Relationship Id="Rst" Type="%s/styles" '
            'Target="st.xml"/></Relationships>'
            % (PKG, SREL, SREL, SREL, SREL))
    strings = ('<?xml version="1.0" encoding="utf-8"?><x:sst xmlns:x="%s">'
               '<x:si><x:t>見出し</x:t></x:si><x:si><x:r><x:t>ab</x:t></x:r>'
               '<x:r><x:t>cd</x:t></x:r></x:si></x:sst>' % SMAIN)
    styles = ('<?xml version="1.0" encoding="utf-8"?><x:styleSheet '
              'xmlns:x="%s"><x:numFmts count="1"><x:numFmt numFmtId="164" '
              'formatCode="yyyy/m/d"/></x:numFmts><x:cellXfs count="2">'
              '<x:xf numFmtId="0"/><x:xf numFmtId="164"/></x:cellXfs>'
              '</x:styleSheet>' % SMAIN)
    data = """<?xml version="1.0" encoding="utf-8"?>
<x:worksheet xmlns:x="%s">
  <x:sheetData>
    <x:row>
      <x:c t="s"><x:v>0</x:v></x:c>
      <x:c t="s"><x:v>1</x:v></x:c>
      <x:c s="1"><x:v>45383</x:v></x:c>
    </x:row>
    <x:row>
      <x:c t="inlineStr"><x:is><x:t>in</x:t></x:is></x:c>
    </x:row>
    <x:row r="5">
      <x:c r="C5"><x:v>5</x:v></x:c>
      <x:c><x:v>6</x:v></x:c>
    </x:row>
    <x:row>
      <x:c><x:v>7</x:v></x:c>
    </x:row>
  </x:sheetData>
</x:worksheet>
""" % SMAIN
    other = ('<x:worksheet xmlns:x="%s"><x:sheetData><x:row><x:c><x:v>1'
             '</x:v></x:c></x:row></x:sheetData></x:worksheet>' % SMAIN)
    write_zip("prefixed.xlsx", [
        ("[Content_Types].xml", content_types(0, False, False,
                                              "/wb/book.xml")),
        ("_rels/.rels", package_rels("/wb/book.xml", SREL)),
        ("wb/book.xml", book),
        ("wb/_rels/book.xml.rels", rels),
        ("wb/strings.xml", strings),
        ("wb/st.xml", styles),
        ("wb/sheets/data.xml", data),
        ("wb/sheets/other.xml", other),
    ])


def make_fallback():
    sst = DECL + ('<sst xmlns="%s"><si><t>fallback</t></si></sst>' % MAIN)
    styles = DECL + ('<styleSheet xmlns="%s"><cellXfs count="2"><xf '
                     'numFmtId="0"/><xf numFmtId="14"/></cellXfs>'
                     '</styleSheet>' % MAIN)
    write_zip("fallback.xlsx", [
        ("xl/workbook.xml", workbook([("S", None)])),
        ("xl/worksheets/sheet1.xml", sheet(
            '<row r="1"><c r="A1" t="s"><v>0</v></c>'
            '<c r="B1" s="1"><v>45383</v></c></row>')),
        ("xl/sharedStrings.xml", sst),
        ("xl/styles.xml", styles),
    ])


# ---- faults -----------------------------------------------------------------

LAUGHS = """<?xml version="1.0"?>
<!DOCTYPE lolz [
 <!ENTITY lol "lol">
 <!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
 <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
 <!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
 <!ENTITY lol5 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;">
 <!ENTITY lol6 "&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;">
 <!ENTITY lol7 "&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;">
 <!ENTITY lol8 "&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;">
 <!ENTITY lol9 "&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;">
]>
<worksheet xmlns="%s"><sheetData><row r="1"><c r="A1" t="inlineStr"><is>\
<t>&lol9;</t></is></c></row></sheetData></worksheet>""" % MAIN

BAD_SHEETS = [
    ("malformed", DECL + '<worksheet xmlns="%s">\n<sheetData>\n'
     '<row r="1"><c r="A1"><v>1</v></c></rwo>\n</sheetData>\n</worksheet>'
     % MAIN),
    ("badsst", sheet('<row r="1"><c r="A1" t="s"><v>9</v></c></row>')),
    ("badref", sheet('<row r="1"><c r="1A"><v>1</v></c></row>')),
    ("badnum", sheet('<row r="1"><c r="A1"><v>abc</v></c></row>')),
    ("bigcol", sheet('<row r="1"><c r="XFD1"><v>1</v></c>'
                     '<c r="XFE1"><v>2</v></c></row>')),
    ("bigrow", sheet('<row r="1048576"><c r="A1048576"><v>1</v></c></row>'
                     '<row r="1048577"><c r="A1048577"><v>2</v></c></row>')),
    ("laughs", LAUGHS),
]


def make_bad():
    n = len(BAD_SHEETS)
    sst = DECL + ('<sst xmlns="%s"><si><t>only</t></si></sst>' % MAIN)
    parts = [
        ("[Content_Types].xml", content_types(n, True, False)),
        ("_rels/.rels", package_rels()),
        ("xl/workbook.xml", workbook([(name, None)
                                     for name, _ in BAD_SHEETS])),
        ("xl/_rels/workbook.xml.rels", workbook_rels(
            n, '<Relationship Id="rIdS" Type="%s/sharedStrings" '
            'Target="sharedStrings.xml"/>' % RNS)),
        ("xl/sharedStrings.xml", sst),
    ]
    for i, (_, xml) in enumerate(BAD_SHEETS):
        parts.append(("xl/worksheets/sheet%d.xml" % (i + 1), xml))
    write_zip("bad.xlsx", parts)


def make_xxe():
    wb = ('<?xml version="1.0"?>\n<!DOCTYPE workbook [\n'
          '<!ENTITY xxe SYSTEM "file:///etc/passwd">\n]>\n'
          '<workbook xmlns="%s" xmlns:r="%s"><sheets><sheet name="&xxe;" '
          'sheetId="1" r:id="rId1"/></sheets></workbook>' % (MAIN, RNS))
    parts = simple_parts(sheet(""))
    parts[2] = ("xl/workbook.xml", wb)
    write_zip("xxe.xlsx", parts)


BOMB_ROWS = 2 * 1024 * 1024 // len("<row/>")


def bomb_sheet():
    return sheet('<row r="1"><c r="A1"><v>1</v></c></row>' +
                 "<row/>" * BOMB_ROWS)


def make_bomb():
    write_zip("bomb.xlsx", simple_parts(bomb_sheet()))


def make_liar():
    """bomb.xlsx, but both zip headers say the sheet is 1000 bytes."""
    write_zip("liar.xlsx", simple_parts(bomb_sheet()))
    path = out("liar.xlsx")
    with zipfile.ZipFile(path) as z:
        info = z.getinfo("xl/worksheets/sheet1.xml")
    data = bytearray(open(path, "rb").read())
    # Local file header: uncompressed size at offset 22.
    assert data[info.header_offset:info.header_offset + 4] == b"PK\x03\x04"
    struct.pack_into("<I", data, info.header_offset + 22, 1000)
    # Central directory: walk the entries from the end record.
    end = data.rindex(b"PK\x05\x06")
    pos = struct.unpack_from("<I", data, end + 16)[0]
    while data[pos:pos + 4] == b"PK\x01\x02":
        nlen, xlen, clen = struct.unpack_from("<HHH", data, pos + 28)
        if bytes(data[pos + 46:pos + 46 + nlen]) == info.filename.encode():
            struct.pack_into("<I", data, pos + 24, 1000)
        pos += 46 + nlen + xlen + clen
    open(path, "wb").write(bytes(data))


def make_entries():
    extra = [("xl/media/image%d.bin" % i, b"x") for i in range(115)]
    write_zip("entries.xlsx", simple_parts(
        sheet('<row r="1"><c r="A1"><v>1</v></c></row>'), extra))


def make_docx():
    write_zip("docx.xlsx", [
        ("_rels/.rels", package_rels("word/document.xml")),
        ("word/document.xml", DECL + '<w:document xmlns:w="http://schemas.'
         'openxmlformats.org/wordprocessingml/2006/main"><w:body/>'
         '</w:document>'),
    ])


def make_noworkbook():
    write_zip("noworkbook.xlsx", [("readme.txt", "just a zip\n"),
                                  ("data/values.csv", "a,b\n1,2\n")])


def make_plain():
    with open(out("notzip.xlsx"), "w", encoding="utf-8") as f:
        f.write("氏名,年齢\n山田,42\n")
    with open(out("old.xls"), "wb") as f:
        f.write(bytes([0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]) +
                bytes(504))


def main():
    make_basic()
    make_1904()
    make_excel()
    make_prefixed()
    make_fallback()
    make_bad()
    make_xxe()
    make_bomb()
    make_liar()
    make_entries()
    make_docx()
    make_noworkbook()
    make_plain()


if __name__ == "__main__":
    main()
