package com.regionops.platform.sheet;

import java.io.Closeable;
import java.io.File;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.IntFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackageRelationship;
import org.apache.poi.openxml4j.opc.PackageRelationshipCollection;
import org.apache.poi.openxml4j.opc.PackageRelationshipTypes;
import org.apache.poi.openxml4j.opc.ZipPackagePart;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.ExcelNumberFormat;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFRelation;
import org.xml.sax.SAXException;

/**
 * Reads a workbook a user uploaded, which may be anything: columns are found by their header text
 * (in any order, full- or half-width), every cell is read through a typed getter that records a
 * {@link SheetError} naming the cell instead of throwing, and all problems are collected (at most
 * {@value #MAX_ERRORS}) so one upload shows every mistake.
 *
 * <p>What it refuses and why: formulas are never evaluated (a formula cell is an error asking for
 * values), since a value that depends on other cells is not what the user sees once rows are taken
 * apart, and evaluation is work an upload must not be able to trigger; POI's zip-bomb guard stays
 * on; a sheet is read up to {@value #MAX_DATA_ROWS} data rows. A macro-enabled workbook (.xlsm) is
 * read for its cells only — POI never runs macros.
 *
 * <p>A file that is not an .xlsx at all (an .xls, an encrypted workbook, another zip, random bytes)
 * raises {@link NotXlsxException}, meant to become a 415 "不是 .xlsx 文件"; a file that is an .xlsx
 * but expands suspiciously raises {@link SheetFormatException}. Everything else is an error in
 * {@link #errors()}.
 *
 * <p>Sheets are streamed (SAX), not loaded as POI's usermodel would load them: the usermodel keeps
 * every cell of every sheet as XML objects, which ran a 512 MB server out of heap on a 20,000-row
 * plan. Opening reads only the sheet list; {@link #table} reads the one sheet asked for and keeps,
 * per row, just the typed values of the columns it can be asked about. A cell reads as the usermodel
 * would read it (see {@link WorksheetHandler}). Since the sheet is only read when asked for, a damaged
 * or oversized sheet part can also be refused by {@link #table} rather than by {@link #open}.
 */
public final class SheetReader implements Closeable {

  public static final int MAX_DATA_ROWS = 50_000;
  public static final int MAX_ERRORS = 200;

  private static final Pattern DASHED_DATE = Pattern.compile("(\\d{4})([-/.])(\\d{1,2})\\2(\\d{1,2})");
  private static final Pattern CHINESE_DATE = Pattern.compile("(\\d{4})年(\\d{1,2})月(\\d{1,2})日");

  private static final byte FORMAT_UNKNOWN = -1;

  private final File file;
  private final OPCPackage pkg;
  private final PackagePart workbookPart;
  /** The sheets in workbook order, by name as the workbook spells it. */
  private final LinkedHashMap<String, PackagePart> sheets;
  private final boolean date1904;
  private final List<SheetError> errors = new ArrayList<>();
  private boolean truncated;
  /** Read with the first sheet that needs them. */
  private List<String> sharedStrings;
  private StylesTable styles;
  private byte[] numberFormats;

  private SheetReader(File file, OPCPackage pkg, PackagePart workbookPart, LinkedHashMap<String, PackagePart> sheets,
      boolean date1904) {
    this.file = file;
    this.pkg = pkg;
    this.workbookPart = workbookPart;
    this.sheets = sheets;
    this.date1904 = date1904;
  }

  /**
   * Opens an .xlsx (or .xlsm) read-only.
   *
   * @throws NotXlsxException when the file is not an Office Open XML workbook
   * @throws SheetFormatException when it expands beyond POI's zip-bomb limits
   */
  public static SheetReader open(File xlsx) {
    OPCPackage pkg;
    try {
      pkg = OPCPackage.open(xlsx, PackageAccess.READ);
    } catch (InvalidFormatException | RuntimeException e) {
      throw refusal(xlsx, e);
    }
    try {
      PackageRelationship core = pkg.getRelationshipsByType(PackageRelationshipTypes.CORE_DOCUMENT).getRelationship(0);
      if (core == null) {
        // strict OOXML, or a zip with no office document at all: POI's usermodel loads neither
        throw new InvalidFormatException("no transitional OOXML core document");
      }
      PackagePart workbookPart = pkg.getPart(core);
      if (workbookPart == null) {
        throw new InvalidFormatException("core document part missing");
      }
      checkInflation(pkg);
      WorkbookXml.Contents contents = WorkbookXml.workbook(workbookPart);
      LinkedHashMap<String, PackagePart> sheets = new LinkedHashMap<>();
      for (WorkbookXml.SheetEntry entry : contents.sheets()) {
        PackagePart part = sheetPart(workbookPart, entry.relationshipId());
        if (part != null && entry.name() != null) {
          sheets.putIfAbsent(entry.name(), part);
        }
      }
      return new SheetReader(xlsx, pkg, workbookPart, sheets, contents.date1904());
    } catch (IOException | SAXException | InvalidFormatException | RuntimeException e) {
      pkg.revert();
      throw refusal(xlsx, e);
    }
  }

  /**
   * A listed sheet's part, or null when the usermodel would skip it too: a dangling relationship,
   * or a part that is neither a worksheet nor a chart sheet (a chart sheet reads as an empty sheet).
   */
  private static PackagePart sheetPart(PackagePart workbookPart, String relationshipId) {
    if (relationshipId == null) {
      return null;
    }
    try {
      PackageRelationship rel = workbookPart.getRelationship(relationshipId);
      if (rel == null) {
        return null;
      }
      String type = rel.getRelationshipType();
      if (!XSSFRelation.WORKSHEET.getRelation().equals(type) && !XSSFRelation.CHARTSHEET.getRelation().equals(type)) {
        return null;
      }
      return workbookPart.getRelatedPart(rel);
    } catch (InvalidFormatException | RuntimeException e) {
      return null;
    }
  }

  /**
   * POI's zip-bomb limits applied to the sizes the zip declares for its XML parts, so that an
   * inflating workbook is refused on opening, as when every part was loaded then. Parts are read
   * later through POI's guard all the same, which also catches a zip that understates its sizes.
   */
  private static void checkInflation(OPCPackage pkg) throws IOException, InvalidFormatException {
    for (PackagePart part : pkg.getParts()) {
      if (!(part instanceof ZipPackagePart zipPart) || part.getContentType() == null
          || !part.getContentType().toLowerCase(Locale.ROOT).endsWith("xml")) {
        continue; // pictures and other binaries are never inflated here
      }
      ZipArchiveEntry entry = zipPart.getZipArchive();
      long size = entry == null ? -1 : entry.getSize();
      long compressed = entry == null ? -1 : entry.getCompressedSize();
      if (size < 0 || compressed < 0) {
        continue;
      }
      if (size > ZipSecureFile.getMaxEntrySize()
          || (size > ZipSecureFile.getGraceEntrySize() && (double) compressed / size < ZipSecureFile.getMinInflateRatio())) {
        throw new IOException("Zip bomb detected: " + entry.getName() + " declares " + size + " bytes from " + compressed);
      }
    }
  }

  private static RuntimeException refusal(File file, Exception cause) {
    if (isZipBomb(cause)) {
      return new SheetFormatException(List.of(new SheetError(null, null, "文件解压后异常庞大（疑似压缩炸弹），已拒绝读取")));
    }
    FileMagic magic;
    try {
      magic = FileMagic.valueOf(file);
    } catch (IOException | RuntimeException e) {
      magic = FileMagic.UNKNOWN;
    }
    // .xls files and password-protected .xlsx files are both OLE2 containers
    String hint = magic == FileMagic.OLE2 ? "（.xls 或设有密码的文件请在 Excel 中取消密码并另存为 .xlsx）" : "";
    return new NotXlsxException("不是 .xlsx 文件" + hint, cause);
  }

  private static boolean isZipBomb(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t.getMessage() != null && t.getMessage().contains("Zip bomb detected")) {
        return true;
      }
    }
    return false;
  }

  /** Whether the workbook has a sheet of this name (compared trimmed, full-width as half-width). */
  public boolean hasSheet(String name) {
    return findSheet(name) != null;
  }

  /**
   * The data rows of a sheet, below its header row (the first row that is not blank). A missing
   * sheet or a missing required header is an error, and the table then has no rows. Getters accept
   * only the declared headers; other columns in the sheet are ignored.
   *
   * @throws NotXlsxException when the sheet's XML cannot be read
   * @throws SheetFormatException when the sheet expands beyond POI's zip-bomb limits
   */
  public Table table(String sheetName, Collection<String> required, Collection<String> optional) {
    Set<String> known = new LinkedHashSet<>(required);
    known.addAll(optional);
    PackagePart sheet = findSheet(sheetName);
    if (sheet == null) {
      Table table = new Table(sheetName, known);
      error(new SheetError(sheetName, null, "缺少工作表「" + sheetName + "」"));
      return table;
    }
    Load load = new Load(new Table(sheetName, known), required);
    try {
      try {
        WorksheetHandler handler = new WorksheetHandler(load, workbook(), true, null);
        load.handler = handler;
        WorkbookXml.parse(sheet, handler);
        load.merges = handler.merges;
      } catch (WorksheetHandler.OutOfOrder e) {
        // the header row, the row limit and blank rows all depend on sheet order: keep every row, sort, then
        // decide; and a cell's kind depends on array formulas anywhere in the sheet, so find those first
        WorksheetHandler arrays = new WorksheetHandler(row -> { }, workbook(), false, null);
        WorkbookXml.parse(sheet, arrays);
        load = new Load(new Table(sheetName, known), required);
        TreeMap<Integer, RowCells> all = new TreeMap<>();
        WorksheetHandler handler = new WorksheetHandler(row -> all.put(row.index, row), workbook(), false,
            arrays.arrayFormulas);
        WorkbookXml.parse(sheet, handler);
        all.values().forEach(load::accept);
        load.merges = handler.merges;
      }
    } catch (IOException | SAXException | RuntimeException e) {
      throw refusal(file, e);
    }
    load.finish();
    return load.table;
  }

  private PackagePart findSheet(String name) {
    String wanted = key(name);
    for (Map.Entry<String, PackagePart> sheet : sheets.entrySet()) {
      if (key(sheet.getKey()).equals(wanted)) {
        return sheet.getValue();
      }
    }
    return null;
  }

  /** Shared strings and number formats, read once the first sheet needs them. */
  private WorksheetHandler.Workbook workbook() throws IOException, SAXException {
    if (sharedStrings == null) {
      PackagePart part = related(XSSFRelation.SHARED_STRINGS.getRelation());
      sharedStrings = part == null ? List.of() : WorkbookXml.sharedStrings(part);
    }
    if (styles == null) {
      PackagePart part = related(XSSFRelation.STYLES.getRelation());
      // a workbook without styles reads as POI's default: one style, General
      styles = part == null ? new StylesTable() : new StylesTable(part);
      numberFormats = new byte[styles.getNumCellStyles()];
      Arrays.fill(numberFormats, FORMAT_UNKNOWN);
    }
    return new WorksheetHandler.Workbook() {
      @Override
      public String sharedString(String index) {
        try {
          return sharedStrings.get(Integer.parseInt(index));
        } catch (RuntimeException e) {
          return ""; // POI's usermodel reads a dangling index as empty text
        }
      }

      @Override
      public byte numberFormat(int styleIndex) {
        return SheetReader.this.numberFormat(styleIndex);
      }
    };
  }

  private PackagePart related(String relationshipType) throws IOException {
    try {
      PackageRelationshipCollection rels = workbookPart.getRelationshipsByType(relationshipType);
      PackageRelationship rel = rels.size() == 0 ? null : rels.getRelationship(0);
      return rel == null ? null : workbookPart.getRelatedPart(rel);
    } catch (InvalidFormatException e) {
      throw new IOException(e);
    }
  }

  /**
   * Whether a style's number format shows a date (as {@code DateUtil.isCellDateFormatted} decides,
   * less the value check) and whether it shows a percentage; a style the workbook does not have
   * is neither, as the usermodel gives such a cell no style.
   */
  private byte numberFormat(int styleIndex) {
    if (styleIndex < 0 || styleIndex >= numberFormats.length) {
      return 0;
    }
    byte known = numberFormats[styleIndex];
    if (known != FORMAT_UNKNOWN) {
      return known;
    }
    XSSFCellStyle style = styles.getStyleAt(styleIndex);
    ExcelNumberFormat format = ExcelNumberFormat.from(style);
    byte flags = 0;
    if (format != null && DateUtil.isADateFormat(format.getIdx(), format.getFormat())) {
      flags |= RowCells.DATE_FORMAT;
    }
    String pattern = style == null ? null : style.getDataFormatString();
    if (pattern != null && pattern.contains("%")) {
      flags |= RowCells.PERCENT_FORMAT;
    }
    numberFormats[styleIndex] = flags;
    return flags;
  }

  /**
   * Everything found so far, in the order found. Past {@value #MAX_ERRORS} the last entry says the
   * rest were left out.
   */
  public List<SheetError> errors() {
    return List.copyOf(errors);
  }

  /** Throws a {@link SheetFormatException} carrying {@link #errors()} when there are any. */
  public void throwIfErrors() {
    if (!errors.isEmpty()) {
      throw new SheetFormatException(errors);
    }
  }

  private void error(SheetError error) {
    if (errors.size() < MAX_ERRORS) {
      errors.add(error);
    } else if (!truncated) {
      truncated = true;
      errors.set(MAX_ERRORS - 1, new SheetError(null, null, "错误超过 " + (MAX_ERRORS - 1) + " 条，其余未列出"));
    }
  }

  /** Gives the file back without writing to it (closing a read-only package would try to save it). */
  @Override
  public void close() {
    pkg.revert();
  }

  /** How headers and sheet names are compared: full-width as half-width, no spaces, any case. */
  static String key(String header) {
    return asciiHalfWidth(header).replaceAll("\\s+", "").toLowerCase(Locale.ROOT);
  }

  /** Full-width ASCII (Ｂ, １, －, ／, （）, ％) and the ideographic space as their half-width forms. */
  static String asciiHalfWidth(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c >= '\uFF01' && c <= '\uFF5E') {
        out.append((char) (c - 0xFEE0));
      } else if (c == '\u3000' || c == '\u00A0') {
        out.append(' ');
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }

  /**
   * A value's text: full-width digits and letters as half-width (typed with a Chinese input method
   * they look the same), trimmed; null when nothing is left. Full-width punctuation stays, so a
   * name's （一期） reads as typed.
   */
  static String cleanText(String text) {
    if (isClean(text)) {
      return text; // most cells: no copy, and a shared string stays one String however often it is used
    }
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean alnum = (c >= '０' && c <= '９') || (c >= 'Ａ' && c <= 'Ｚ') || (c >= 'ａ' && c <= 'ｚ');
      if (alnum) {
        out.append((char) (c - 0xFEE0));
      } else if (c == '\u3000' || c == '\u00A0') {
        out.append(' ');
      } else {
        out.append(c);
      }
    }
    String stripped = out.toString().strip();
    return stripped.isEmpty() ? null : stripped;
  }

  private static boolean isClean(String text) {
    int n = text.length();
    if (n == 0 || Character.isWhitespace(text.codePointAt(0)) || Character.isWhitespace(text.codePointBefore(n))) {
      return false;
    }
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      if ((c >= '０' && c <= '９') || (c >= 'Ａ' && c <= 'Ｚ') || (c >= 'ａ' && c <= 'ｚ') || c == '\u3000'
          || c == '\u00A0') {
        return false;
      }
    }
    return true;
  }

  private static String plainNumber(double value) {
    return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
  }

  /** Raised for a file that is not an .xlsx; meant to become a 415. */
  public static final class NotXlsxException extends RuntimeException {
    NotXlsxException(String message, Throwable cause) {
      super(message, cause);
    }
  }

  /**
   * One reading of a sheet into a table, fed row by row in sheet order: finds the header, then keeps
   * the data rows up to the limit, and only the cells a getter or a merged region can ask for.
   */
  private final class Load implements WorksheetHandler.Rows {

    final Table table;
    private final Collection<String> required;
    /** The parser to tell what it may drop; null when the rows were read beforehand. */
    WorksheetHandler handler;
    List<CellRangeAddress> merges = List.of();
    private RowCells header;
    private boolean refused;
    /**
     * Errors found while reading, reported once the sheet is read to its end: a sheet found out of
     * order midway is read again, and what this reading concluded (its header included) is void.
     */
    private final List<SheetError> found = new ArrayList<>();
    private int count;
    private int firstBeyond = -1;
    /** Header and later rows with any cell a merged region may start at, in sheet order. */
    private final List<RowCells> kept = new ArrayList<>();
    private final List<RowCells> data = new ArrayList<>();

    Load(Table table, Collection<String> required) {
      this.table = table;
      this.required = required;
    }

    @Override
    public void accept(RowCells row) {
      if (firstBeyond >= 0 || refused) {
        return;
      }
      if (header == null) {
        if (row.isEmpty()) {
          return;
        }
        header = row;
        table.mapHeader(row, found);
        List<String> missing = missing();
        if (!missing.isEmpty()) {
          found.add(new SheetError(table.name, null,
              "缺少列：" + String.join("、", missing) + "（表头取自第 " + (row.index + 1) + " 行）"));
        }
        if (!missing.isEmpty() || !table.errorFree) {
          refused = true;
          if (handler != null) {
            // no rows are wanted, but only the rest of the sheet shows that this was its header
            handler.skipRemainingRows();
          }
          return;
        }
        if (handler != null) {
          // a merged region that matters starts at or left of a column read, so nothing further right is needed
          handler.keepColumnsUpTo(table.columns.values().stream().mapToInt(Integer::intValue).max().orElse(-1));
        }
        kept.add(row);
        return;
      }
      if (table.blankInKnownColumns(row)) {
        if (!row.isEmpty()) {
          kept.add(row);
        }
        return;
      }
      if (++count > MAX_DATA_ROWS) {
        firstBeyond = row.index;
        if (handler != null) {
          handler.skipRemainingRows();
        }
        return;
      }
      kept.add(row);
      data.add(row);
    }

    private List<String> missing() {
      return required.stream().filter(h -> !table.columns.containsKey(key(h))).toList();
    }

    void finish() {
      if (header == null) {
        List<String> missing = missing();
        if (!missing.isEmpty()) {
          found.add(new SheetError(table.name, null, "缺少列：" + String.join("、", missing) + "（工作表为空）"));
        }
      } else if (!refused) {
        table.readMerges(merges, header.index, this::rowAt, found);
        for (RowCells row : data) {
          table.add(row);
        }
        if (firstBeyond >= 0) {
          found.add(new SheetError(table.name, null,
              "数据超过 " + MAX_DATA_ROWS + " 行上限，第 " + (firstBeyond + 1) + " 行起未读取"));
        }
      }
      found.forEach(SheetReader.this::error);
    }

    /**
     * A row as read, or null for a row that is blank, absent, above the header or past the limit.
     * A merged region starting past the limit is thus never refused: its rows are not read anyway.
     */
    private RowCells rowAt(int index) {
      int low = 0;
      int high = kept.size() - 1;
      while (low <= high) {
        int mid = (low + high) >>> 1;
        int at = kept.get(mid).index;
        if (at < index) {
          low = mid + 1;
        } else if (at > index) {
          high = mid - 1;
        } else {
          return kept.get(mid);
        }
      }
      return null;
    }
  }

  /** A sheet's data rows and where its columns are. */
  public final class Table {

    private final String name;
    private final Set<String> known;
    private final Map<String, Integer> columns = new HashMap<>();
    private final Map<String, String> labels = new HashMap<>();
    private final List<Row> rows = new ArrayList<>();
    /** Multi-row merged regions holding a value: refused, reported once, their rows left out. */
    private final List<CellRangeAddress> refused = new ArrayList<>();
    /** Cells covered by a one-row merge (row and column), pointing at the column of the merge's top-left cell. */
    private final Map<Long, Integer> mergedInRow = new HashMap<>();
    private boolean errorFree = true;

    private Table(String name, Set<String> known) {
      this.name = name;
      this.known = known;
      known.forEach(h -> labels.put(key(h), h));
    }

    public String name() {
      return name;
    }

    /** The data rows in sheet order, blank rows skipped. */
    public List<Row> rows() {
      return rows;
    }

    /** The column letter(s) of a header, or null when the sheet has no such column. */
    public String column(String header) {
      Integer index = columns.get(checkedKey(header));
      return index == null ? null : CellReference.convertNumToColString(index);
    }

    private String checkedKey(String header) {
      String key = key(header);
      if (!labels.containsKey(key)) {
        throw new IllegalArgumentException("header not declared for " + name + ": " + header);
      }
      return key;
    }

    private void mapHeader(RowCells header, List<SheetError> found) {
      Map<String, String> firstCell = new LinkedHashMap<>();
      for (int at = 0; at < header.size(); at++) {
        if (header.kind(at) != RowCells.STRING) {
          continue; // a formula or number is no header we look for
        }
        String text = header.text(at);
        if (!labels.containsKey(key(text))) {
          continue;
        }
        String ref = new CellReference(header.index, header.column(at)).formatAsString(false);
        String earlier = firstCell.putIfAbsent(key(text), ref);
        if (earlier != null) {
          errorFree = false;
          found.add(new SheetError(name, ref, "列「" + labels.get(key(text)) + "」重复，已在 " + earlier + " 出现"));
        } else {
          columns.put(key(text), header.column(at));
        }
      }
    }

    private void readMerges(List<CellRangeAddress> regions, int headerRow, IntFunction<RowCells> rowAt,
        List<SheetError> found) {
      for (CellRangeAddress region : regions) {
        if (region.getLastRow() < headerRow || !coversKnownColumn(region)) {
          continue;
        }
        RowCells topRow = rowAt.apply(region.getFirstRow());
        if (topRow == null || topRow.find(region.getFirstColumn()) < 0) {
          continue; // blank top-left: nothing to spread or refuse
        }
        if (region.getFirstRow() != region.getLastRow()) {
          refused.add(region);
          found.add(new SheetError(name, new CellReference(region.getFirstRow(), region.getFirstColumn()).formatAsString(false),
              "合并单元格 " + region.formatAsString() + " 请拆分后填写"));
          continue;
        }
        for (int column : columns.values()) {
          if (column > region.getFirstColumn() && column <= region.getLastColumn()) {
            mergedInRow.put(cellKey(region.getFirstRow(), column), region.getFirstColumn());
          }
        }
      }
    }

    private boolean coversKnownColumn(CellRangeAddress region) {
      return columns.values().stream().anyMatch(c -> c >= region.getFirstColumn() && c <= region.getLastColumn());
    }

    private void add(RowCells cells) {
      Row data = new Row(cells);
      if (refused.stream().anyMatch(r -> r.getFirstRow() <= cells.index && cells.index <= r.getLastRow())) {
        data.failed = true;
      }
      rows.add(data);
    }

    private boolean blankInKnownColumns(RowCells row) {
      for (int column : columns.values()) {
        if (row.find(column) >= 0) {
          return false;
        }
      }
      return true;
    }

    private boolean inRefusedRegion(int row, int column) {
      return refused.stream().anyMatch(r -> r.isInRange(row, column));
    }

    /** One data row; each getter returns null for an empty cell and for a cell it reported. */
    public final class Row {

      private final RowCells cells;
      /** Columns already reported; made on the first report, since most rows have none. */
      private Set<Integer> reported;
      private boolean failed;

      private Row(RowCells cells) {
        this.cells = cells;
      }

      /** The row number as Excel shows it (1-based). */
      public int number() {
        return cells.index + 1;
      }

      /** The cell of a header in this row, such as "C12"; null when the sheet has no such column. */
      public String cell(String header) {
        Integer column = columns.get(checkedKey(header));
        return column == null ? null : new CellReference(cells.index, column).formatAsString(false);
      }

      /** Whether any cell of this row was reported; such a row is meant to be left out. */
      public boolean hasErrors() {
        return failed;
      }

      /**
       * Reports a problem with a cell the caller found (an unknown label, a duplicate). A cell
       * gets one error: a later one for the same cell is dropped.
       */
      public void error(String header, String message) {
        Integer column = columns.get(checkedKey(header));
        failed = true;
        if (column == null) {
          SheetReader.this.error(new SheetError(name, null, "第 " + number() + " 行: " + message));
          return;
        }
        if (reported == null) {
          reported = new HashSet<>();
        }
        if (inRefusedRegion(cells.index, column) || !reported.add(column)) {
          return;
        }
        SheetReader.this.error(new SheetError(name, cell(header), message));
      }

      /** Text; numbers as written (12, not 12.0), full-width digits and letters as half-width, trimmed. */
      public String text(String header) {
        Value cell = readable(header);
        if (cell == null) {
          return null;
        }
        return switch (cell.kind) {
          case RowCells.NUMBER -> cell.dateFormatted()
              ? DateUtil.getLocalDateTime(cell.number, date1904).toLocalDate().toString()
              : plainNumber(cell.number);
          case RowCells.BOOLEAN -> cell.number != 0 ? "是" : "否";
          default -> cell.text;
        };
      }

      /** A whole number: 12, 12.0, "12" or "１２"; 12.5 is refused. */
      public Integer integer(String header) {
        Value cell = readable(header);
        if (cell == null) {
          return null;
        }
        BigDecimal value;
        String shown;
        if (cell.kind == RowCells.NUMBER) {
          value = BigDecimal.valueOf(cell.number);
          shown = plainNumber(cell.number);
        } else if (cell.kind == RowCells.STRING) {
          shown = cell.text;
          value = decimal(shown);
        } else {
          value = null;
          shown = text(header);
        }
        try {
          if (value == null) {
            throw new ArithmeticException();
          }
          return value.stripTrailingZeros().intValueExact();
        } catch (ArithmeticException e) {
          error(header, "应为整数：「" + shown + "」");
          return null;
        }
      }

      /** A number as typed (12, 12.50, "1,234.5", full-width digits); the caller checks its range and scale. */
      public BigDecimal number(String header) {
        Value cell = readable(header);
        if (cell == null) {
          return null;
        }
        if (cell.kind == RowCells.NUMBER) {
          // the shortest decimal that reads back as the double: 1234.56, not 1234.5599999999999
          return BigDecimal.valueOf(cell.number);
        }
        String shown = cell.kind == RowCells.STRING ? cell.text : text(header);
        BigDecimal value = decimal(shown.replace(",", "").replace("，", ""));
        if (value == null) {
          error(header, "应为数字：「" + shown + "」");
        }
        return value;
      }

      /**
       * A date: a date-formatted cell, or text as 2027-05-01, 2027/5/1, 2027.5.1 or 2027年5月1日
       * (full-width digits too).
       */
      public LocalDate date(String header) {
        Value cell = readable(header);
        if (cell == null) {
          return null;
        }
        if (cell.kind == RowCells.NUMBER && cell.dateFormatted()) {
          return DateUtil.getLocalDateTime(cell.number, date1904).toLocalDate();
        }
        String shown = text(header);
        if (cell.kind == RowCells.STRING) {
          LocalDate parsed = parseDate(shown);
          if (parsed != null) {
            return parsed;
          }
        }
        error(header, "无法识别的日期「" + shown + "」，请填写如 2027-05-01 的日期");
        return null;
      }

      /**
       * A percentage 0–100, rounded: 50, "50", "50%", or 0.5 in a cell formatted as a percentage.
       */
      public Integer percent(String header) {
        Value cell = readable(header);
        if (cell == null) {
          return null;
        }
        BigDecimal value = null;
        String shown;
        if (cell.kind == RowCells.NUMBER) {
          value = BigDecimal.valueOf(cell.number);
          if ((cell.format & RowCells.PERCENT_FORMAT) != 0) {
            value = value.movePointRight(2);
          }
          shown = value.stripTrailingZeros().toPlainString() + "%";
        } else {
          shown = text(header);
          if (cell.kind == RowCells.STRING) {
            String number = asciiHalfWidth(shown).strip();
            value = decimal(number.endsWith("%") ? number.substring(0, number.length() - 1).strip() : number);
          }
        }
        if (value == null) {
          error(header, "应为 0–100 的百分数：「" + shown + "」");
          return null;
        }
        int rounded = value.setScale(0, RoundingMode.HALF_UP).intValue();
        if (value.compareTo(BigDecimal.ZERO) < 0 || rounded > 100) {
          error(header, "应为 0–100 的百分数：「" + shown + "」");
          return null;
        }
        return rounded;
      }

      /**
       * The cell behind a header, or null when it is empty, absent or already refused (a formula,
       * an error value, a merge across rows).
       */
      private Value readable(String header) {
        Integer column = columns.get(checkedKey(header));
        if (column == null || inRefusedRegion(cells.index, column)) {
          return null;
        }
        Integer origin = mergedInRow.get(cellKey(cells.index, column));
        int at = cells.find(origin == null ? column : origin);
        if (at < 0 || (reported != null && reported.contains(column))) {
          return null;
        }
        byte kind = cells.kind(at);
        if (kind == RowCells.FORMULA) {
          error(header, "单元格含公式，请粘贴为数值");
          return null;
        }
        if (kind == RowCells.ERROR) {
          error(header, "单元格为错误值 " + errorCode(cells.text(at)) + "，请填写有效内容");
          return null;
        }
        return new Value(kind, cells.format(at), cells.number(at), cells.text(at));
      }
    }
  }

  /** A readable cell: a STRING's cleaned text, or a NUMBER or BOOLEAN with its number format. */
  private record Value(byte kind, byte format, double number, String text) {

    /** As {@code DateUtil.isCellDateFormatted}: a date format and a value Excel can show as a date. */
    boolean dateFormatted() {
      return (format & RowCells.DATE_FORMAT) != 0 && DateUtil.isValidExcelDate(number);
    }
  }

  private static long cellKey(int row, int column) {
    return ((long) row << 32) | (column & 0xFFFFFFFFL);
  }

  private static String errorCode(String code) {
    try {
      return FormulaError.forString(code).getString();
    } catch (RuntimeException e) {
      return code;
    }
  }

  private static BigDecimal decimal(String text) {
    try {
      return new BigDecimal(asciiHalfWidth(text).strip());
    } catch (NumberFormatException e) {
      return null;
    }
  }

  static LocalDate parseDate(String text) {
    if (text == null) {
      return null;
    }
    String compact = asciiHalfWidth(text).replaceAll("\\s+", "");
    Matcher m = DASHED_DATE.matcher(compact);
    int year;
    int month;
    int day;
    if (m.matches()) {
      year = Integer.parseInt(m.group(1));
      month = Integer.parseInt(m.group(3));
      day = Integer.parseInt(m.group(4));
    } else {
      m = CHINESE_DATE.matcher(compact);
      if (!m.matches()) {
        return null;
      }
      year = Integer.parseInt(m.group(1));
      month = Integer.parseInt(m.group(2));
      day = Integer.parseInt(m.group(3));
    }
    try {
      return LocalDate.of(year, month, day);
    } catch (DateTimeException e) {
      return null;
    }
  }
}
