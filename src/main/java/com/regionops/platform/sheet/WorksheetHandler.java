package com.regionops.platform.sheet;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFRichTextString;
import org.xml.sax.Attributes;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Streams a worksheet's XML ({@code <sheetData><row><c r t s><f/><v/><is/></c></row></sheetData>}
 * then {@code <mergeCells>}) into {@link RowCells}, one row at a time, reading each cell the way
 * POI's usermodel ({@code XSSFCell}) would: a cell with a formula (other than a data table's) or
 * inside an array formula is a formula whatever its cached value, {@code t="n"} without a value is
 * blank, a boolean is true only for "1", text goes through POI's {@code _xHHHH_} decoding, and a
 * rich or inline string reads as its runs' plain text without phonetic guides.
 *
 * <p>Rows are handed over as they end, so the caller can stop keeping them; the whole XML is still
 * read because the merged regions come after the rows.
 */
final class WorksheetHandler extends DefaultHandler {

  /** Takes each row in document order. */
  interface Rows {
    void accept(RowCells row);
  }

  /**
   * Rows out of order or repeated, or an array formula covering cells already passed. Excel never
   * writes that, but POI sorts rows (a repeated row replacing the earlier one) and applies array
   * formulas once every cell is loaded, so the caller reads such a sheet again keeping every row.
   */
  static final class OutOfOrder extends SAXException {
    OutOfOrder() {
      super("rows out of order");
    }
  }

  /** What a cell's value refers to elsewhere in the workbook. */
  interface Workbook {
    String sharedString(String index);

    byte numberFormat(int styleIndex);
  }

  private static final int INTERN_MAX_LENGTH = 24;
  private static final int INTERN_MAX_ENTRIES = 8_192;

  private final Rows rows;
  private final Workbook workbook;
  private final boolean inOrder;
  /** Cells right of this column can never be read by the caller and are not kept. */
  private int keepColumnsUpTo = Integer.MAX_VALUE;
  /** Set once no further row is wanted; the XML is still read for its merged regions. */
  private boolean skipRows;

  final List<CellRangeAddress> merges = new ArrayList<>();
  /** Ranges of array formulas: every cell in one is a formula cell for POI, whatever it holds. */
  final List<CellRangeAddress> arrayFormulas = new ArrayList<>();
  /** When the array formulas were all collected beforehand. */
  private final boolean arrayFormulasKnown;
  private final RowCells.Builder cells = new RowCells.Builder();
  /** Inline strings repeat (a level, a department): one String each instead of one per cell. */
  private final Map<String, String> interned = new HashMap<>();

  private int depth;
  private boolean inSheetData;
  private boolean inMergeCells;
  private boolean inRow;
  private int rowIndex;
  private int lastRowIndex = -1;
  private int maxRowIndex = -1;
  private int maxColumn;

  private int cellDepth = -1;
  private boolean skipCell;
  private int column;
  private String type;
  private int style;
  private boolean formula;
  private boolean hasValue;
  private boolean hasInline;
  private String inlineString;
  private final RichText inline = new RichText();
  private final StringBuilder value = new StringBuilder();
  private StringBuilder capture;

  /**
   * @param inOrder whether to hand rows over as they come, refusing rows out of order with
   *     {@link OutOfOrder}; otherwise the caller sorts them
   * @param arrayFormulas the sheet's array formula ranges from an earlier reading, or null to
   *     collect them while reading
   */
  WorksheetHandler(Rows rows, Workbook workbook, boolean inOrder, List<CellRangeAddress> arrayFormulas) {
    this.rows = rows;
    this.workbook = workbook;
    this.inOrder = inOrder;
    this.arrayFormulasKnown = arrayFormulas != null;
    if (arrayFormulas != null) {
      this.arrayFormulas.addAll(arrayFormulas);
    }
  }

  void keepColumnsUpTo(int column) {
    keepColumnsUpTo = column;
  }

  void skipRemainingRows() {
    skipRows = true;
  }

  @Override
  public void startElement(String uri, String localName, String qName, Attributes attributes) throws SAXException {
    depth++;
    if (cellDepth >= 0) {
      cellChild(localName, attributes);
      return;
    }
    switch (localName) {
      case "sheetData" -> inSheetData = true;
      case "row" -> {
        if (inSheetData) {
          startRow(attributes);
        }
      }
      case "c" -> {
        if (inRow && !skipRows) {
          startCell(attributes);
        }
      }
      case "mergeCells" -> inMergeCells = true;
      case "mergeCell" -> {
        if (inMergeCells) {
          merge(attributes.getValue("ref"));
        }
      }
      default -> {
        // anything else (columns, formatting, validations, extensions) holds no cell values
      }
    }
  }

  private void cellChild(String localName, Attributes attributes) throws SAXException {
    if (skipCell && !"f".equals(localName)) {
      return; // an array formula's range may still reach back into the columns kept
    }
    boolean direct = depth == cellDepth + 1;
    switch (localName) {
      case "f" -> {
        if (direct) {
          String kind = attributes.getValue("t");
          // a data table's cell holds a plain value as far as POI is concerned
          if (!"dataTable".equals(kind)) {
            formula = true;
          }
          String ref = attributes.getValue("ref");
          if ("array".equals(kind) && ref != null && !arrayFormulasKnown) {
            arrayFormula(ref);
          }
        }
      }
      case "v" -> {
        if (direct) {
          hasValue = true;
          capture = value;
        }
      }
      case "is" -> {
        if (direct) {
          hasInline = true;
          inline.begin();
        }
      }
      default -> inline.start(localName);
    }
  }

  @Override
  public void characters(char[] ch, int start, int length) {
    if (capture != null) {
      capture.append(ch, start, length);
    } else {
      inline.characters(ch, start, length);
    }
  }

  @Override
  public void endElement(String uri, String localName, String qName) throws SAXException {
    int level = depth--;
    if (cellDepth >= 0) {
      switch (localName) {
        case "v" -> capture = null;
        case "is" -> inlineString = inline.finish();
        case "c" -> {
          if (level == cellDepth) {
            endCell();
          }
        }
        default -> inline.end(localName);
      }
      return;
    }
    switch (localName) {
      case "row" -> {
        if (inRow) {
          endRow();
        }
      }
      case "sheetData" -> inSheetData = false;
      case "mergeCells" -> inMergeCells = false;
      default -> {
      }
    }
  }

  private void startRow(Attributes attributes) throws SAXException {
    int index = -1;
    String r = attributes.getValue("r");
    if (r != null) {
      try {
        index = (int) (Long.parseLong(r.strip()) - 1);
      } catch (NumberFormatException e) {
        index = -1;
      }
    }
    if (r == null || index < 0) {
      // a writer that leaves out row numbers means the next row (POI's rule)
      index = maxRowIndex + 1;
    }
    if (inOrder && index <= lastRowIndex) {
      throw new OutOfOrder();
    }
    lastRowIndex = index;
    maxRowIndex = Math.max(maxRowIndex, index);
    rowIndex = index;
    inRow = true;
    maxColumn = -1;
    cells.clear();
  }

  private void endRow() {
    inRow = false;
    if (!skipRows) {
      rows.accept(cells.build(rowIndex));
    }
  }

  private void startCell(Attributes attributes) {
    cellDepth = depth;
    String ref = attributes.getValue("r");
    int col = ref == null ? -1 : columnOf(ref);
    if (col < 0) {
      // no reference: the column after the row's last cell (POI's rule)
      col = maxColumn + 1;
    }
    maxColumn = Math.max(maxColumn, col);
    column = col;
    skipCell = col > keepColumnsUpTo;
    type = attributes.getValue("t");
    String s = attributes.getValue("s");
    style = 0;
    if (s != null) {
      try {
        style = Integer.parseInt(s.strip());
      } catch (NumberFormatException e) {
        style = -1;
      }
    }
    formula = false;
    hasValue = false;
    hasInline = false;
    inlineString = null;
    inline.reset();
    capture = null;
    value.setLength(0);
  }

  private void endCell() {
    cellDepth = -1;
    capture = null;
    if (skipCell) {
      return;
    }
    byte kind;
    byte format = 0;
    double number = 0;
    String text = null;
    if (formula || inArrayFormula(rowIndex, column)) {
      kind = RowCells.FORMULA;
    } else {
      String v = hasValue ? value.toString() : null;
      switch (type == null ? "n" : type) {
        case "b" -> {
          kind = RowCells.BOOLEAN;
          number = "1".equals(v) ? 1 : 0;
        }
        case "n" -> {
          if (v == null) {
            kind = 0;
          } else {
            try {
              number = v.isEmpty() ? 0 : Double.parseDouble(v);
              kind = RowCells.NUMBER;
              format = workbook.numberFormat(style);
            } catch (NumberFormatException e) {
              // POI would fail on reading it; the text lets the getters name the cell instead
              kind = RowCells.STRING;
              text = v;
            }
          }
        }
        case "e" -> {
          kind = RowCells.ERROR;
          text = v == null ? "" : v;
        }
        case "s" -> {
          kind = RowCells.STRING;
          text = v == null ? "" : workbook.sharedString(v);
        }
        case "inlineStr" -> {
          kind = RowCells.STRING;
          text = hasInline ? (inlineString == null ? "" : inlineString) : v == null ? "" : decode(v);
        }
        case "str" -> {
          kind = RowCells.STRING;
          text = v == null ? "" : decode(v);
        }
        default -> {
          // t="d" (an ISO date, strict OOXML) or unknown: POI's usermodel cannot read it either
          kind = RowCells.STRING;
          text = v == null ? "" : v;
        }
      }
      if (kind == RowCells.STRING) {
        text = SheetReader.cleanText(text);
        if (text == null) {
          kind = 0;
        } else {
          text = intern(text);
        }
      }
    }
    cells.add(column, kind, format, number, text);
  }

  private void arrayFormula(String ref) throws SAXException {
    CellRangeAddress range;
    try {
      range = CellRangeAddress.valueOf(ref);
    } catch (RuntimeException e) {
      return; // an unreadable range marks no other cell
    }
    arrayFormulas.add(range);
    // Excel puts the formula in the range's first cell; anywhere else, cells before it were handed over as values
    boolean coversEarlierCells = range.getFirstRow() < rowIndex
        || (range.getFirstRow() == rowIndex && range.getFirstColumn() < column);
    if (inOrder && coversEarlierCells) {
      throw new OutOfOrder();
    }
  }

  private boolean inArrayFormula(int row, int col) {
    for (CellRangeAddress range : arrayFormulas) {
      if (range.isInRange(row, col)) {
        return true;
      }
    }
    return false;
  }

  private void merge(String ref) {
    if (ref == null) {
      return;
    }
    try {
      merges.add(CellRangeAddress.valueOf(ref));
    } catch (RuntimeException e) {
      // a reference that names no range merges nothing
    }
  }

  private String intern(String text) {
    if (text.length() > INTERN_MAX_LENGTH) {
      return text;
    }
    String known = interned.get(text);
    if (known != null) {
      return known;
    }
    if (interned.size() < INTERN_MAX_ENTRIES) {
      interned.put(text, text);
    }
    return text;
  }

  /** POI's {@code _x000D_} escapes, as {@code XSSFRichTextString.getString()} reads them. */
  static String decode(String text) {
    return text.contains("_x") ? new XSSFRichTextString(text).getString() : text;
  }

  /** The column of a reference such as "C12"; -1 when it names none. */
  static int columnOf(String ref) {
    int col = 0;
    int i = 0;
    int n = ref.length();
    while (i < n) {
      char c = ref.charAt(i);
      if (c < 'A' || c > 'Z') {
        break;
      }
      col = col * 26 + (c - 'A' + 1);
      i++;
      if (col > 1 << 20) {
        return -1;
      }
    }
    boolean digitsOnly = i > 0 && i < n;
    for (int j = i; j < n && digitsOnly; j++) {
      char c = ref.charAt(j);
      digitsOnly = c >= '0' && c <= '9';
    }
    if (digitsOnly) {
      return col - 1;
    }
    try {
      // "$C$12", lower case and other forms POI still reads
      return new CellReference(ref).getCol();
    } catch (RuntimeException e) {
      return -1;
    }
  }
}
