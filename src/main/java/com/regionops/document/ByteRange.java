package com.regionops.document;

/**
 * One byte range of a {@code Range: bytes=...} header (RFC 9110 14.1.2), resolved against the
 * file's size. Several ranges in one header are answered with the whole file, as the RFC allows.
 */
record ByteRange(long start, long end) {

  long length() {
    return end - start + 1;
  }

  /** The range asked for, null for the whole file, or {@link Unsatisfiable} when none of it exists. */
  static ByteRange parse(String header, long size) {
    if (header == null || !header.startsWith("bytes=") || header.indexOf(',') >= 0) {
      return null;
    }
    String spec = header.substring(6).trim();
    int dash = spec.indexOf('-');
    if (dash < 0) {
      return null;
    }
    try {
      String first = spec.substring(0, dash).trim();
      String last = spec.substring(dash + 1).trim();
      if (first.isEmpty()) {
        long suffix = Long.parseLong(last);
        if (suffix <= 0) {
          throw new Unsatisfiable();
        }
        return new ByteRange(Math.max(0, size - suffix), size - 1);
      }
      long start = Long.parseLong(first);
      long end = last.isEmpty() ? size - 1 : Math.min(Long.parseLong(last), size - 1);
      if (start >= size) {
        throw new Unsatisfiable();
      }
      return start > end ? null : new ByteRange(start, end);
    } catch (NumberFormatException e) {
      return null;
    }
  }

  /** 416: the range starts beyond the end of the file. */
  static final class Unsatisfiable extends RuntimeException {
    Unsatisfiable() {
      super(null, null, false, false);
    }
  }
}
