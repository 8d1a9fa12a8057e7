package com.regionops.platform.sheet;

import java.util.Arrays;

/**
 * The cells of one sheet row that a table can read, in column order, holding only what the typed
 * getters need. Blank cells (no value, or text that is only spaces) are left out: every getter and
 * every check treats them exactly as a missing cell, and a 50,000-row upload should not pay for them.
 */
final class RowCells {

  static final byte STRING = 1;
  static final byte NUMBER = 2;
  static final byte BOOLEAN = 3;
  static final byte FORMULA = 4;
  static final byte ERROR = 5;

  /** Format bits of a NUMBER cell. */
  static final byte DATE_FORMAT = 1;
  static final byte PERCENT_FORMAT = 2;

  private static final int[] NO_COLUMNS = {};
  private static final byte[] NO_BYTES = {};
  private static final double[] NO_NUMBERS = {};
  private static final String[] NO_TEXTS = {};

  /** The 0-based row index. */
  final int index;
  private final int[] columns;
  private final byte[] kinds;
  private final byte[] formats;
  /** A NUMBER's value; 1 or 0 for a BOOLEAN. */
  private final double[] numbers;
  /** A STRING's text, already through {@link SheetReader#cleanText}; an ERROR's code such as #N/A. */
  private final String[] texts;

  private RowCells(int index, int[] columns, byte[] kinds, byte[] formats, double[] numbers, String[] texts) {
    this.index = index;
    this.columns = columns;
    this.kinds = kinds;
    this.formats = formats;
    this.numbers = numbers;
    this.texts = texts;
  }

  static RowCells empty(int index) {
    return new RowCells(index, NO_COLUMNS, NO_BYTES, NO_BYTES, NO_NUMBERS, NO_TEXTS);
  }

  boolean isEmpty() {
    return columns.length == 0;
  }

  /** The position of a column's cell, or a negative number when the cell is blank or absent. */
  int find(int column) {
    return Arrays.binarySearch(columns, column);
  }

  int size() {
    return columns.length;
  }

  int column(int at) {
    return columns[at];
  }

  byte kind(int at) {
    return kinds[at];
  }

  byte format(int at) {
    return formats[at];
  }

  double number(int at) {
    return numbers[at];
  }

  String text(int at) {
    return texts[at];
  }

  /**
   * Collects one row's cells as the XML gives them. Excel writes columns in order; when a file does
   * not, the cells are sorted and a later cell for the same column replaces the earlier one, as POI's
   * usermodel does.
   */
  static final class Builder {

    private int size;
    private int[] columns = new int[16];
    private byte[] kinds = new byte[16];
    private byte[] formats = new byte[16];
    private double[] numbers = new double[16];
    private String[] texts = new String[16];
    private boolean ascending = true;

    void clear() {
      Arrays.fill(texts, 0, size, null);
      size = 0;
      ascending = true;
    }

    /** Adds a cell; kind 0 is a blank cell, which is kept only until the row is built so it can replace an earlier one. */
    void add(int column, byte kind, byte format, double number, String text) {
      if (size == columns.length) {
        int capacity = size * 2;
        columns = Arrays.copyOf(columns, capacity);
        kinds = Arrays.copyOf(kinds, capacity);
        formats = Arrays.copyOf(formats, capacity);
        numbers = Arrays.copyOf(numbers, capacity);
        texts = Arrays.copyOf(texts, capacity);
      }
      if (size > 0 && column <= columns[size - 1]) {
        ascending = false;
      }
      columns[size] = column;
      kinds[size] = kind;
      formats[size] = format;
      numbers[size] = number;
      texts[size] = text;
      size++;
    }

    RowCells build(int index) {
      Integer[] order = null;
      int count = size;
      if (!ascending) {
        order = new Integer[size];
        for (int i = 0; i < size; i++) {
          order[i] = i;
        }
        // stable, so among cells of one column the last written stays last
        Arrays.sort(order, (a, b) -> Integer.compare(columns[a], columns[b]));
      }
      int kept = 0;
      for (int i = 0; i < count; i++) {
        int at = order == null ? i : order[i];
        boolean replaced = order != null && i + 1 < count && columns[order[i + 1]] == columns[at];
        if (kinds[at] != 0 && !replaced) {
          kept++;
        }
      }
      if (kept == 0) {
        return empty(index);
      }
      int[] c = new int[kept];
      byte[] k = new byte[kept];
      byte[] f = new byte[kept];
      double[] n = new double[kept];
      String[] t = new String[kept];
      int j = 0;
      for (int i = 0; i < count; i++) {
        int at = order == null ? i : order[i];
        boolean replaced = order != null && i + 1 < count && columns[order[i + 1]] == columns[at];
        if (kinds[at] != 0 && !replaced) {
          c[j] = columns[at];
          k[j] = kinds[at];
          f[j] = formats[at];
          n[j] = numbers[at];
          t[j] = texts[at];
          j++;
        }
      }
      return new RowCells(index, c, k, f, n, t);
    }
  }
}
