package com.regionops.document;

import java.io.IOException;
import java.io.InputStream;

/**
 * Where the bytes of a document live. Metadata always stays in our tables; content is written
 * once per {@link DocumentContent} row, never changed, and read back whole or from an offset.
 */
public interface DocumentStore {

  /** The value of ro_document_content.store for what this store writes. */
  String name();

  /**
   * Whether {@link #put} belongs inside the upload's transaction (rows in the same database) or
   * before it (a remote service that must not be called while a connection is held).
   */
  default boolean writesInTransaction() {
    return true;
  }

  /**
   * Writes the content's bytes and returns their storage key, or null when the row itself is the
   * key. Inside the transaction the content row exists already; before it, {@code content.id()} is
   * null and the key must be this write's alone, so that {@link #discard} removes nothing another
   * upload relies on.
   */
  String put(DocumentContent content, InputStream bytes) throws IOException;

  /** The bytes from {@code offset}, {@code length} of them, streamed. */
  InputStream open(DocumentContent content, long offset, long length) throws IOException;

  /** Removes what {@link #put} wrote under {@code storageKey} when its transaction rolled back. */
  default void discard(String storageKey) {
  }
}
