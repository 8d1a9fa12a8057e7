package com.regionops.platform.sheet;

import java.io.Closeable;
import java.io.File;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

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
 */
public final class SheetReader implements Closeable {

  public static final int MAX_DATA_ROWS = 50_000;
  public static final int MAX_ERRORS = 200;

  private static final Pattern DASHED_DATE = Pattern.compile("(\\d{4})([-/.])(\\d{1,2})\\2(\\d{1,2})");
  private static final Pattern CHINESE_DATE = Pattern.compile("(\\d{4})年(\\d{1,2})月(\\d{1,2})日");

  private final OPCPackage pkg;
  private final XSSFWorkbook workbook;
  private final List<SheetError> errors = new ArrayList<>();
  private boolean truncated;

  private SheetReader(OPCPackage pkg, XSSFWorkbook workbook) {
    this.pkg = pkg;
    this.workbook = workbook;
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
      return new SheetReader(pkg, new XSSFWorkbook(pkg));
    } catch (IOException | RuntimeException e) {
      pkg.revert();
      throw refusal(xlsx, e);
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
   */
  public Table table(String sheetName, Collection<String> required, Collection<String> optional) {
    Set<String> known = new LinkedHashSet<>(required);
    known.addAll(optional);
    Table table = new Table(sheetName, known);
    XSSFSheet sheet = findSheet(sheetName);
    if (sheet == null) {
      error(new SheetError(sheetName, null, "缺少工作表「" + sheetName + "」"));
      return table;
    }
    org.apache.poi.ss.usermodel.Row header = null;
    for (org.apache.poi.ss.usermodel.Row row : sheet) {
      if (!blank(row)) {
        header = row;
        break;
      }
    }
    if (header != null) {
      table.mapHeader(header);
    }
    List<String> missing = required.stream().filter(h -> !table.columns.containsKey(key(h))).toList();
    if (!missing.isEmpty()) {
      String where = header == null ? "工作表为空" : "表头取自第 " + (header.getRowNum() + 1) + " 行";
      error(new SheetError(sheetName, null, "缺少列：" + String.join("、", missing) + "（" + where + "）"));
      return table;
    }
    if (header != null && table.errorFree) {
      table.readMerges(sheet, header.getRowNum());
      table.readRows(sheet, header.getRowNum());
    }
    return table;
  }

  private XSSFSheet findSheet(String name) {
    String wanted = key(name);
    for (int i = 0; i < workbook.getNumberOfSheets(); i++) {
      if (key(workbook.getSheetName(i)).equals(wanted)) {
        return workbook.getSheetAt(i);
      }
    }
    return null;
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

  private static boolean blank(org.apache.poi.ss.usermodel.Row row) {
    for (Cell cell : row) {
      if (!blank(cell)) {
        return false;
      }
    }
    return true;
  }

  private static boolean blank(Cell cell) {
    if (cell == null || cell.getCellType() == CellType.BLANK) {
      return true;
    }
    return cell.getCellType() == CellType.STRING && cleanText(cell.getStringCellValue()) == null;
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

  private static String plainNumber(double value) {
    return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
  }

  /** Raised for a file that is not an .xlsx; meant to become a 415. */
  public static final class NotXlsxException extends RuntimeException {
    NotXlsxException(String message, Throwable cause) {
      super(message, cause);
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
    /** Cells covered by a one-row merge, pointing at the merge's top-left cell. */
    private final Map<CellReference, CellReference> mergedInRow = new HashMap<>();
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

    private void mapHeader(org.apache.poi.ss.usermodel.Row header) {
      Map<String, String> firstCell = new LinkedHashMap<>();
      for (Cell cell : header) {
        if (cell.getCellType() != CellType.STRING) {
          continue; // a formula or number is no header we look for
        }
        String text = cleanText(cell.getStringCellValue());
        if (text == null || !labels.containsKey(key(text))) {
          continue;
        }
        String ref = new CellReference(cell).formatAsString(false);
        String earlier = firstCell.putIfAbsent(key(text), ref);
        if (earlier != null) {
          errorFree = false;
          error(new SheetError(name, ref, "列「" + labels.get(key(text)) + "」重复，已在 " + earlier + " 出现"));
        } else {
          columns.put(key(text), cell.getColumnIndex());
        }
      }
    }

    private void readMerges(XSSFSheet sheet, int headerRow) {
      for (CellRangeAddress region : sheet.getMergedRegions()) {
        if (region.getLastRow() < headerRow || !coversKnownColumn(region)) {
          continue;
        }
        Cell topLeft = cellAt(sheet, region.getFirstRow(), region.getFirstColumn());
        if (blank(topLeft)) {
          continue;
        }
        if (region.getFirstRow() != region.getLastRow()) {
          refused.add(region);
          error(new SheetError(name, new CellReference(region.getFirstRow(), region.getFirstColumn()).formatAsString(false),
              "合并单元格 " + region.formatAsString() + " 请拆分后填写"));
          continue;
        }
        CellReference origin = new CellReference(region.getFirstRow(), region.getFirstColumn());
        for (int column : columns.values()) {
          if (column > region.getFirstColumn() && column <= region.getLastColumn()) {
            mergedInRow.put(new CellReference(region.getFirstRow(), column), origin);
          }
        }
      }
    }

    private boolean coversKnownColumn(CellRangeAddress region) {
      return columns.values().stream().anyMatch(c -> c >= region.getFirstColumn() && c <= region.getLastColumn());
    }

    private void readRows(XSSFSheet sheet, int headerRow) {
      int count = 0;
      for (org.apache.poi.ss.usermodel.Row row : sheet) {
        if (row.getRowNum() <= headerRow || blankInKnownColumns(row)) {
          continue;
        }
        if (++count > MAX_DATA_ROWS) {
          error(new SheetError(name, null, "数据超过 " + MAX_DATA_ROWS + " 行上限，第 " + (row.getRowNum() + 1) + " 行起未读取"));
          return;
        }
        Row data = new Row(sheet, row);
        if (refused.stream().anyMatch(r -> r.getFirstRow() <= row.getRowNum() && row.getRowNum() <= r.getLastRow())) {
          data.failed = true;
        }
        rows.add(data);
      }
    }

    private boolean blankInKnownColumns(org.apache.poi.ss.usermodel.Row row) {
      for (int column : columns.values()) {
        if (!blank(row.getCell(column))) {
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

      private final XSSFSheet sheet;
      private final org.apache.poi.ss.usermodel.Row row;
      private final Set<Integer> reported = new LinkedHashSet<>();
      private boolean failed;

      private Row(XSSFSheet sheet, org.apache.poi.ss.usermodel.Row row) {
        this.sheet = sheet;
        this.row = row;
      }

      /** The row number as Excel shows it (1-based). */
      public int number() {
        return row.getRowNum() + 1;
      }

      /** The cell of a header in this row, such as "C12"; null when the sheet has no such column. */
      public String cell(String header) {
        Integer column = columns.get(checkedKey(header));
        return column == null ? null : new CellReference(row.getRowNum(), column).formatAsString(false);
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
        if (inRefusedRegion(row.getRowNum(), column) || !reported.add(column)) {
          return;
        }
        SheetReader.this.error(new SheetError(name, cell(header), message));
      }

      /** Text; numbers as written (12, not 12.0), full-width digits and letters as half-width, trimmed. */
      public String text(String header) {
        Cell cell = readable(header);
        if (cell == null) {
          return null;
        }
        return switch (cell.getCellType()) {
          case NUMERIC -> DateUtil.isCellDateFormatted(cell)
              ? cell.getLocalDateTimeCellValue().toLocalDate().toString()
              : plainNumber(cell.getNumericCellValue());
          case BOOLEAN -> cell.getBooleanCellValue() ? "是" : "否";
          default -> cleanText(cell.getStringCellValue());
        };
      }

      /** A whole number: 12, 12.0, "12" or "１２"; 12.5 is refused. */
      public Integer integer(String header) {
        Cell cell = readable(header);
        if (cell == null) {
          return null;
        }
        BigDecimal value;
        String shown;
        if (cell.getCellType() == CellType.NUMERIC) {
          value = BigDecimal.valueOf(cell.getNumericCellValue());
          shown = plainNumber(cell.getNumericCellValue());
        } else if (cell.getCellType() == CellType.STRING) {
          shown = cleanText(cell.getStringCellValue());
          if (shown == null) {
            return null;
          }
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
        Cell cell = readable(header);
        if (cell == null) {
          return null;
        }
        if (cell.getCellType() == CellType.NUMERIC) {
          // the shortest decimal that reads back as the double: 1234.56, not 1234.5599999999999
          return BigDecimal.valueOf(cell.getNumericCellValue());
        }
        String shown = cell.getCellType() == CellType.STRING ? cleanText(cell.getStringCellValue()) : text(header);
        if (shown == null) {
          return null;
        }
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
        Cell cell = readable(header);
        if (cell == null) {
          return null;
        }
        if (cell.getCellType() == CellType.NUMERIC && DateUtil.isCellDateFormatted(cell)
            && DateUtil.isValidExcelDate(cell.getNumericCellValue())) {
          return cell.getLocalDateTimeCellValue().toLocalDate();
        }
        String shown = text(header);
        if (cell.getCellType() == CellType.STRING) {
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
        Cell cell = readable(header);
        if (cell == null) {
          return null;
        }
        BigDecimal value = null;
        String shown;
        if (cell.getCellType() == CellType.NUMERIC) {
          value = BigDecimal.valueOf(cell.getNumericCellValue());
          if (cell.getCellStyle().getDataFormatString().contains("%")) {
            value = value.movePointRight(2);
          }
          shown = value.stripTrailingZeros().toPlainString() + "%";
        } else {
          shown = text(header);
          if (cell.getCellType() == CellType.STRING) {
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
      private Cell readable(String header) {
        Integer column = columns.get(checkedKey(header));
        if (column == null || inRefusedRegion(row.getRowNum(), column)) {
          return null;
        }
        CellReference origin = mergedInRow.get(new CellReference(row.getRowNum(), column));
        Cell cell = origin == null ? row.getCell(column) : cellAt(sheet, origin.getRow(), origin.getCol());
        if (blank(cell) || reported.contains(column)) {
          return null;
        }
        if (cell.getCellType() == CellType.FORMULA) {
          error(header, "单元格含公式，请粘贴为数值");
          return null;
        }
        if (cell.getCellType() == CellType.ERROR) {
          error(header, "单元格为错误值 " + FormulaError.forInt(cell.getErrorCellValue()).getString() + "，请填写有效内容");
          return null;
        }
        return cell;
      }
    }
  }

  private static Cell cellAt(XSSFSheet sheet, int row, int column) {
    org.apache.poi.ss.usermodel.Row r = sheet.getRow(row);
    return r == null ? null : r.getCell(column);
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
