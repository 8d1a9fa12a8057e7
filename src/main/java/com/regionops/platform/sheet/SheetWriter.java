package com.regionops.platform.sheet;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFCell;
import org.apache.poi.xssf.streaming.SXSSFRow;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Writes the .xlsx exports users open in Excel or WPS: a bold, frozen, filterable header row and
 * typed cells (dates are real dates, so they sort and filter as dates). Rows stream through a
 * small window to temporary files, so a large export does not sit in the heap; they are deleted
 * once the workbook is written. Single use: add sheets and rows, then {@link #write} once; a writer
 * given up before that is closed ({@code try (SheetWriter w = ...)}) so its temporary files go too.
 *
 * <p>Text is always written as text: a value such as {@code =HYPERLINK(...)} stays a string and is
 * never turned into a formula.
 */
public final class SheetWriter implements AutoCloseable {

  private static final int WINDOW_ROWS = 200;
  private static final int MIN_WIDTH = 6;
  private static final int MAX_WIDTH = 60;
  private static final int DATE_WIDTH = 10;

  private final SXSSFWorkbook workbook = new SXSSFWorkbook(WINDOW_ROWS);
  private final CellStyle headerStyle;
  private final CellStyle dateStyle;
  private final List<Sheet> sheets = new ArrayList<>();
  private boolean closed;

  public SheetWriter() {
    workbook.setCompressTempFiles(true);
    Font bold = workbook.createFont();
    bold.setBold(true);
    headerStyle = workbook.createCellStyle();
    headerStyle.setFont(bold);
    dateStyle = workbook.createCellStyle();
    dateStyle.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd"));
  }

  /** The title Excel shows under 文件 › 信息; it is kept out of the sheets so they stay re-importable. */
  public SheetWriter title(String title) {
    workbook.getXSSFWorkbook().getProperties().getCoreProperties().setTitle(title);
    return this;
  }

  /** A new sheet whose first row is the given headers. */
  public Sheet sheet(String name, List<String> headers) {
    if (closed) {
      throw new IllegalStateException("workbook already written or closed");
    }
    Sheet sheet = new Sheet(workbook.createSheet(name), headers);
    sheets.add(sheet);
    return sheet;
  }

  /** A workbook built by {@code fill} (title and sheets), as the bytes of an .xlsx. */
  public static byte[] bytes(java.util.function.Consumer<SheetWriter> fill) {
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    try (SheetWriter writer = new SheetWriter()) {
      fill.accept(writer);
      writer.write(out);
    }
    return out.toByteArray();
  }

  /** Writes the workbook and deletes its temporary files; the stream is left open. */
  public void write(OutputStream out) {
    if (closed) {
      throw new IllegalStateException("workbook already written or closed");
    }
    try {
      sheets.forEach(Sheet::finish);
      workbook.write(out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      close();
    }
  }

  /** Deletes the temporary files; needed only when {@link #write} was never reached. */
  @Override
  public void close() {
    if (closed) {
      return;
    }
    closed = true;
    try {
      // since POI 5.4 close() also deletes the temporary files (dispose() is deprecated for it)
      workbook.close();
    } catch (IOException ignored) {
      // nothing was promised to anyone: at worst a temporary file outlives the request
    }
  }

  /** One sheet being filled, row by row below its header. */
  public final class Sheet {

    private final SXSSFSheet sheet;
    private final int[] widths;
    private int next;

    private Sheet(SXSSFSheet sheet, List<String> headers) {
      this.sheet = sheet;
      this.widths = new int[headers.size()];
      SXSSFRow row = sheet.createRow(next++);
      for (int i = 0; i < headers.size(); i++) {
        SXSSFCell cell = row.createCell(i);
        cell.setCellValue(headers.get(i));
        cell.setCellStyle(headerStyle);
        widths[i] = displayWidth(headers.get(i));
      }
    }

    /**
     * Adds a row: String, Number, LocalDate, Boolean (是/否) or null (an empty cell), one per header.
     * Numbers are stored as doubles, so identifiers longer than 15 digits belong in a String.
     */
    public Sheet row(Object... values) {
      if (closed) {
        throw new IllegalStateException("workbook already written or closed");
      }
      if (values.length > widths.length) {
        throw new IllegalArgumentException(values.length + " values for " + widths.length + " columns");
      }
      SXSSFRow row = sheet.createRow(next++);
      for (int i = 0; i < values.length; i++) {
        Object value = values[i];
        if (value == null) {
          continue;
        }
        SXSSFCell cell = row.createCell(i);
        int width;
        if (value instanceof String s) {
          cell.setCellValue(s);
          width = displayWidth(s);
        } else if (value instanceof Number n) {
          cell.setCellValue(n.doubleValue());
          width = n.toString().length();
        } else if (value instanceof LocalDate d) {
          cell.setCellValue(d);
          cell.setCellStyle(dateStyle);
          width = DATE_WIDTH;
        } else if (value instanceof Boolean b) {
          cell.setCellValue(b ? "是" : "否");
          width = 2;
        } else {
          // an enum or a timestamp would show its English toString(); the caller picks the label
          throw new IllegalArgumentException("unsupported cell value " + value.getClass().getName());
        }
        widths[i] = Math.max(widths[i], width);
      }
      return this;
    }

    private void finish() {
      int lastColumn = widths.length - 1;
      if (lastColumn < 0) {
        return;
      }
      sheet.createFreezePane(0, 1);
      sheet.setAutoFilter(new CellRangeAddress(0, Math.max(0, next - 1), 0, lastColumn));
      for (int i = 0; i <= lastColumn; i++) {
        // +2 leaves room for the filter button; units are 1/256 of a character
        int chars = Math.min(MAX_WIDTH, Math.max(MIN_WIDTH, widths[i] + 2));
        sheet.setColumnWidth(i, chars * 256);
      }
    }
  }

  /** Characters a text takes on screen: CJK and full-width characters are about two wide. */
  static int displayWidth(String text) {
    int width = 0;
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      width += wide(cp) ? 2 : 1;
      i += Character.charCount(cp);
    }
    return width;
  }

  private static boolean wide(int cp) {
    return (cp >= 0x1100 && cp <= 0x115F)
        || (cp >= 0x2E80 && cp <= 0xA4CF)
        || (cp >= 0xAC00 && cp <= 0xD7A3)
        || (cp >= 0xF900 && cp <= 0xFAFF)
        || (cp >= 0xFE30 && cp <= 0xFE4F)
        || (cp >= 0xFF00 && cp <= 0xFF60)
        || (cp >= 0xFFE0 && cp <= 0xFFE6)
        || cp >= 0x20000;
  }
}
